#include "storage/database.h"
#include "storage/track_retention.h"
#include "storage/track_store.h"

#include "catch_qt.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

using namespace marsa;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kT0 = 1'795'000'000'000; // 2026-11-18T11:06:40Z
constexpr std::uint32_t kSahel = 642'123'456;
constexpr std::uint32_t kOcean = 215'000'001;
constexpr std::uint32_t kFishing = 642'777'001;

core::VesselPosition report(std::uint32_t mmsi, std::int64_t minute, double lat, double lon,
                            std::uint16_t source = 1) {
    core::VesselPosition position;
    position.mmsi = mmsi;
    position.timeMs = kT0 + minute * kMinute;
    position.lat = lat;
    position.lon = lon;
    position.sog = 10.5F;
    position.cog = 42.25F;
    position.heading = 41;
    position.navStatus = 0;
    position.messageType = 1;
    position.sourceId = source;
    return position;
}

struct Store {
    QTemporaryDir folder;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<storage::TrackStore> tracks;
    Store() {
        auto db = storage::Database::open(folder.filePath(QStringLiteral("tracks.sqlite")));
        REQUIRE(db);
        database = std::make_unique<storage::Database>(std::move(db.value()));
        tracks = std::make_unique<storage::TrackStore>(*database);
    }
    std::int64_t recentRows() const {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM vessel_positions_recent")));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
    std::vector<std::int64_t> minutesOf(std::uint32_t mmsi) const {
        auto track = tracks->track(mmsi, 0, std::numeric_limits<std::int64_t>::max());
        REQUIRE(track);
        std::vector<std::int64_t> minutes;
        for (const core::VesselPosition &position : track.value()) {
            minutes.push_back((position.timeMs - kT0) / kMinute);
        }
        return minutes;
    }
};

using Minutes = std::vector<std::int64_t>;

std::int64_t rowsInTable(const Store &store, const char *table) {
    QSqlQuery query(store.database->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("Appended positions come back as one vessel's track in time order, field for field") {
    Store store;
    // Out of order and interleaved, as two feeds deliver them.
    const std::vector<core::VesselPosition> batch{
        report(kSahel, 2, 33.02, 12.0), report(kOcean, 1, 34.0, 15.0), report(kSahel, 0, 33.00, 12.0),
        report(kSahel, 1, 33.01, 12.0), report(kOcean, 0, 34.1, 15.1), report(kSahel, 3, 33.03, 12.0)};
    auto appended = store.tracks->appendPositions(batch);
    REQUIRE(appended);
    CHECK(appended->stored == 6);
    CHECK(appended->duplicates == 0);
    CHECK(appended->invalid == 0);

    auto track = store.tracks->track(kSahel, kT0 + kMinute, kT0 + 3 * kMinute); // both ends included
    REQUIRE(track);
    REQUIRE(track->size() == 3);
    CHECK(track->at(0).lat == 33.01);
    CHECK(track->at(2).lat == 33.03);
    const core::VesselPosition &first = track->front();
    CHECK(first.mmsi == kSahel);
    CHECK(first.timeMs == kT0 + kMinute);
    CHECK(first.lon == 12.0);
    CHECK(first.sog == 10.5F);
    CHECK(first.cog == 42.25F);
    CHECK(first.heading == 41);
    CHECK(first.messageType == 1);
    CHECK(first.sourceId == 1);
    CHECK(store.tracks->positionCount().value() == 6);
}

TEST_CASE("Not-available speed, course and heading stay not available") {
    Store store;
    core::VesselPosition position = report(kSahel, 0, 33.0, 12.0);
    position.sog = std::numeric_limits<float>::quiet_NaN();
    position.cog = std::numeric_limits<float>::quiet_NaN();
    position.heading = -1;
    position.navStatus = core::kNavStatusNotDefined;
    position.messageType = 18;
    REQUIRE(store.tracks->appendPositions(std::vector{position}));
    REQUIRE(store.tracks->compact());
    const auto track = store.tracks->track(kSahel, kT0, kT0);
    REQUIRE(track);
    REQUIRE(track->size() == 1);
    CHECK_FALSE(track->front().hasSog());
    CHECK_FALSE(track->front().hasCog());
    CHECK_FALSE(track->front().hasHeading());
    CHECK(track->front().navStatus == core::kNavStatusNotDefined);
    CHECK(track->front().messageType == 18);
}

TEST_CASE("A position heard twice is stored once, the first one heard") {
    Store store;
    // Within one batch: dropped at once.
    auto appended = store.tracks->appendPositions(std::vector{report(kSahel, 0, 33.0, 12.0, 1),
                                                              report(kSahel, 0, 33.0, 12.0, 2),
                                                              report(kSahel, 1, 33.1, 12.0, 1)});
    REQUIRE(appended);
    CHECK(appended->stored == 2);
    CHECK(appended->duplicates == 1);
    // In a later batch, while the first is still in the recent table, and again after compaction.
    REQUIRE(store.tracks->appendPositions(std::vector{report(kSahel, 1, 33.1, 12.0, 3)}));
    CHECK(store.tracks->positionCount().value() == 2);
    CHECK(store.minutesOf(kSahel) == Minutes{0, 1});
    REQUIRE(store.tracks->compact());
    CHECK(store.recentRows() == 0);
    REQUIRE(store.tracks->appendPositions(std::vector{report(kSahel, 0, 33.0, 12.0, 4)}));
    CHECK(store.tracks->positionCount().value() == 2);
    const auto track = store.tracks->track(kSahel, kT0, kT0 + kMinute);
    REQUIRE(track);
    REQUIRE(track->size() == 2);
    CHECK(track->at(0).sourceId == 1);
    CHECK(track->at(1).sourceId == 1);
    REQUIRE(store.tracks->compact());
    CHECK(store.tracks->positionCount().value() == 2);
    CHECK(rowsInTable(store, "vessel_positions") == 2);
}

TEST_CASE("Positions without an MMSI or off the globe are dropped and counted") {
    Store store;
    core::VesselPosition noMmsi = report(0, 0, 33.0, 12.0);
    core::VesselPosition notAvailable = report(kSahel, 1, 91.0, 181.0); // AIS "not available"
    core::VesselPosition notANumber = report(kSahel, 2, std::nan(""), 12.0);
    auto appended = store.tracks->appendPositions(
        std::vector{noMmsi, notAvailable, notANumber, report(kSahel, 3, 33.0, 12.0)});
    REQUIRE(appended);
    CHECK(appended->invalid == 3);
    CHECK(appended->stored == 1);
    CHECK(store.tracks->positionCount().value() == 1);
}

TEST_CASE("Appends move the recent rows into the archive once enough have gathered") {
    Store store;
    store.tracks->setCompactThreshold(5);
    std::vector<core::VesselPosition> batch;
    for (int minute = 0; minute < 4; ++minute) {
        batch.push_back(report(kSahel, minute, 33.0 + minute * 0.01, 12.0));
    }
    REQUIRE(store.tracks->appendPositions(batch));
    CHECK(store.recentRows() == 4);
    REQUIRE(store.tracks->appendPositions(std::vector{report(kOcean, 0, 34.0, 15.0)}));
    CHECK(store.recentRows() == 0);
    CHECK(rowsInTable(store, "vessel_positions") == 5);
    REQUIRE(store.tracks->appendPositions(std::vector{report(kSahel, 9, 33.5, 12.0)}));
    CHECK(store.recentRows() == 1);
    // The track reads both tables.
    CHECK(store.minutesOf(kSahel) == Minutes{0, 1, 2, 3, 9});
}

TEST_CASE("The latest position of every vessel heard since a time, one each") {
    Store store;
    store.tracks->setCompactThreshold(4);
    REQUIRE(store.tracks->appendPositions(
        std::vector{report(kSahel, 0, 33.0, 12.0), report(kSahel, 5, 33.5, 12.0),
                    report(kOcean, 1, 34.0, 15.0), report(kFishing, 2, 32.9, 13.0)}));
    CHECK(store.recentRows() == 0); // in the archive now
    REQUIRE(store.tracks->appendPositions(std::vector{report(kOcean, 7, 34.7, 15.0)}));
    auto latest = store.tracks->latestPositions(kT0 + 3 * kMinute);
    REQUIRE(latest);
    REQUIRE(latest->size() == 2);        // the fishing boat was last heard at minute 2
    CHECK(latest->at(0).mmsi == kOcean); // by MMSI
    CHECK(latest->at(0).lat == 34.7);    // from the recent table
    CHECK(latest->at(1).mmsi == kSahel);
    CHECK(latest->at(1).lat == 33.5); // from the archive
    CHECK(store.tracks->latestPositions(0).value().size() == 3);
    CHECK(store.tracks->latestPositions(kT0 + 8 * kMinute).value().empty());
}

TEST_CASE("An unknown vessel has an empty track; an inverted window is refused") {
    Store store;
    REQUIRE(store.tracks->appendPositions(std::vector{report(kSahel, 0, 33.0, 12.0)}));
    auto none = store.tracks->track(999'999'999, 0, kT0 * 2);
    REQUIRE(none);
    CHECK(none->empty());
    auto inverted = store.tracks->track(kSahel, kT0 + kMinute, kT0);
    REQUIRE_FALSE(inverted);
    CHECK(inverted.errorMessage().contains(QStringLiteral("ends before it starts")));
}

TEST_CASE("Static reports merge into what is stored: a type 24 part A keeps part B's values") {
    Store store;
    core::VesselStatic partB;
    partB.mmsi = kSahel;
    partB.callSign = QStringLiteral("5AB12");
    partB.shipType = 37;
    partB.toBow = 8;
    partB.toStern = 4;
    partB.confirmedMs = kT0;
    REQUIRE(store.tracks->upsertStatic(partB));
    core::VesselStatic partA;
    partA.mmsi = kSahel;
    partA.name = QStringLiteral("SAHEL");
    partA.confirmedMs = kT0 + kMinute;
    auto merged = store.tracks->upsertStatic(partA);
    REQUIRE(merged);
    CHECK(merged->callSign == QStringLiteral("5AB12"));
    auto stored = store.tracks->staticOf(kSahel);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    const core::VesselStatic &sahel = stored->value();
    CHECK(sahel.name == QStringLiteral("SAHEL"));
    CHECK(sahel.callSign == QStringLiteral("5AB12"));
    CHECK(sahel.shipType == 37);
    CHECK(sahel.length() == 12);
    CHECK(sahel.confirmedMs == kT0 + kMinute);
    CHECK(sahel.destination.isEmpty());

    core::VesselStatic ocean;
    ocean.mmsi = kOcean;
    ocean.name = QStringLiteral("OCEAN PRIDE");
    ocean.imo = 9074729;
    ocean.draught = 7.5F;
    ocean.destination = QStringLiteral("MALTA");
    REQUIRE(store.tracks->upsertStatics(std::vector{ocean}));
    auto all = store.tracks->allStatic();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).mmsi == kOcean);
    CHECK(all->at(0).imo == 9074729U);
    CHECK(all->at(0).draught == 7.5F);
    CHECK(all->at(0).destination == QStringLiteral("MALTA"));
    CHECK_FALSE(store.tracks->staticOf(kFishing).value().has_value());
    core::VesselStatic nobody;
    CHECK_FALSE(store.tracks->upsertStatic(nobody));
}

TEST_CASE("Thinning shortens the tracks older than the cutoff and leaves newer points alone") {
    Store store;
    // Two hours of a straight course north, one report a minute, then half an hour more.
    std::vector<core::VesselPosition> batch;
    for (int minute = 0; minute < 150; ++minute) {
        batch.push_back(report(kSahel, minute, 33.0 + minute * 0.003, 12.0));
        batch.back().cog = 0.0F;
    }
    batch.push_back(report(kOcean, 200, 34.0, 15.0)); // nothing old: untouched
    REQUIRE(store.tracks->appendPositions(batch));
    const std::int64_t cutoff = kT0 + 120 * kMinute;
    auto thinned = store.tracks->thin(cutoff, 25.0, 10 * kMinute);
    REQUIRE(thinned);
    // Minutes 0-119: one point every ten minutes and the last one before the cutoff remain.
    CHECK(thinned->vessels == 1);
    CHECK(thinned->examined == 120);
    CHECK(thinned->removed == 107);
    Minutes expected{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 119};
    for (int minute = 120; minute < 150; ++minute) {
        expected.push_back(minute);
    }
    CHECK(store.minutesOf(kSahel) == expected);
    CHECK(store.minutesOf(kOcean) == Minutes{200});
    CHECK(store.tracks->positionCount().value() == 44);
    // A thinned track is thin: a second run removes nothing.
    auto again = store.tracks->thin(cutoff, 25.0, 10 * kMinute);
    REQUIRE(again);
    CHECK(again->removed == 0);
    CHECK_FALSE(store.tracks->thin(cutoff, -1.0, 10 * kMinute));
}

TEST_CASE("The track retention setting has defaults, is stored, and refuses values out of range") {
    Store store;
    const QSqlDatabase db = store.database->connection();
    auto initial = storage::loadTrackRetention(db);
    REQUIRE(initial);
    CHECK(initial.value() == storage::TrackRetention{});
    CHECK(initial->fullDetailDays == 7);
    CHECK(initial->cutoffMs(kT0) == kT0 - 7 * 24 * 3600 * 1000LL);
    CHECK(initial->maxGapMs() == 10 * kMinute);

    storage::TrackRetention month{30, 50.0, 15};
    REQUIRE(storage::saveTrackRetention(db, month));
    CHECK(storage::loadTrackRetention(db).value() == month);

    const storage::TrackRetention invalid[] = {{0, 25.0, 10}, {7, -1.0, 10}, {7, 25.0, 0}, {4000, 25.0, 10}};
    for (const storage::TrackRetention &bad : invalid) {
        const auto refused = storage::saveTrackRetention(db, bad);
        REQUIRE_FALSE(refused);
        CHECK_FALSE(refused.errorMessage().isEmpty());
    }
    CHECK(storage::loadTrackRetention(db).value() == month);
}

TEST_CASE("Thinning by the stored retention keeps the retention's days whole and thins what is older") {
    Store store;
    // The same two and a half hours as above; a retention of one day, run a day and two hours
    // after the start: the cutoff is minute 120, so the same points remain.
    std::vector<core::VesselPosition> batch;
    for (int minute = 0; minute < 150; ++minute) {
        batch.push_back(report(kSahel, minute, 33.0 + minute * 0.003, 12.0));
        batch.back().cog = 0.0F;
    }
    REQUIRE(store.tracks->appendPositions(batch));
    REQUIRE(storage::saveTrackRetention(store.database->connection(), {1, 25.0, 10}));
    const std::int64_t nowMs = kT0 + 120 * kMinute + 24 * 60 * kMinute;
    auto run = storage::thinByRetention(*store.tracks, nowMs);
    REQUIRE(run);
    CHECK(run->retention == storage::TrackRetention{1, 25.0, 10});
    CHECK(run->cutoffMs == kT0 + 120 * kMinute);
    CHECK(run->thinned.examined == 120);
    CHECK(run->thinned.removed == 107);
    CHECK(store.tracks->positionCount().value() == 43);

    // A wider gap stored later applies to the next run: one point every half hour.
    REQUIRE(storage::saveTrackRetention(store.database->connection(), {1, 25.0, 30}));
    auto wider = storage::thinByRetention(*store.tracks, nowMs);
    REQUIRE(wider);
    CHECK(wider->thinned.examined == 13);
    CHECK(wider->thinned.removed == 8); // minutes 0, 30, 60, 90 and 119 remain
    CHECK(store.minutesOf(kSahel).front() == 0);

    // A damaged setting thins nothing and says why.
    QSqlQuery damage(store.database->connection());
    REQUIRE(damage.exec(
        QStringLiteral("UPDATE meta SET value = 'many' WHERE key = 'track_retention.full_detail_days'")));
    auto refused = storage::thinByRetention(*store.tracks, nowMs);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("damaged")));
    CHECK(store.tracks->positionCount().value() == 35);
}
