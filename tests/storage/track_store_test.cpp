#include "storage/database.h"
#include "storage/track_retention.h"
#include "storage/track_store.h"
#include "storage/transaction.h"

#include "catch_qt.h"
#include "pg_fixture.h"

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
constexpr std::int64_t kDay = 24 * 60 * kMinute;
constexpr std::int64_t kMidnight = (kT0 / kDay + 1) * kDay;  // 2026-11-19T00:00:00Z
constexpr std::int64_t kEvening = kMidnight - 120 * kMinute; // 22:00 the evening before

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
    test::TestDatabaseLocation folder;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<storage::TrackStore> tracks;
    Store() {
        auto db = storage::Database::open(folder.location());
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
    /// The minutes after base (kT0 by default) of a vessel's stored positions.
    std::vector<std::int64_t> minutesOf(std::uint32_t mmsi, std::int64_t base = kT0) const {
        auto track = tracks->track(mmsi, 0, std::numeric_limits<std::int64_t>::max());
        REQUIRE(track);
        std::vector<std::int64_t> minutes;
        for (const core::VesselPosition &position : track.value()) {
            minutes.push_back((position.timeMs - base) / kMinute);
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

TEST_CASE("Appended positions come back as one vessel's track in time order, field for field", "[engines]") {
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

TEST_CASE("Not-available speed, course and heading stay not available", "[engines]") {
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

TEST_CASE("A position heard twice is stored once, the first one heard", "[engines]") {
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

TEST_CASE("Positions without an MMSI or off the globe are dropped and counted", "[engines]") {
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

TEST_CASE("Appends move the recent rows into the archive once enough have gathered", "[engines]") {
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

TEST_CASE("The latest position of every vessel heard since a time, one each", "[engines]") {
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

TEST_CASE("An unknown vessel has an empty track, an inverted window is refused", "[engines]") {
    Store store;
    REQUIRE(store.tracks->appendPositions(std::vector{report(kSahel, 0, 33.0, 12.0)}));
    auto none = store.tracks->track(999'999'999, 0, kT0 * 2);
    REQUIRE(none);
    CHECK(none->empty());
    auto inverted = store.tracks->track(kSahel, kT0 + kMinute, kT0);
    REQUIRE_FALSE(inverted);
    CHECK(inverted.errorMessage().contains(QStringLiteral("ends before it starts")));
}

TEST_CASE("Static reports merge into what is stored: a type 24 part A keeps part B's values", "[engines]") {
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

TEST_CASE("Thinning shortens the tracks older than the cutoff and leaves newer points alone", "[engines]") {
    Store store;
    // Two hours of a straight course north, one report a minute, up to a UTC midnight, then half
    // an hour more: thinning works a whole UTC day at a time.
    std::vector<core::VesselPosition> batch;
    for (int minute = 0; minute < 150; ++minute) {
        batch.push_back(report(kSahel, 0, 33.0 + minute * 0.003, 12.0));
        batch.back().timeMs = kEvening + minute * kMinute;
        batch.back().cog = 0.0F;
    }
    batch.push_back(report(kOcean, 0, 34.0, 15.0)); // nothing old: untouched
    batch.back().timeMs = kEvening + 200 * kMinute;
    REQUIRE(store.tracks->appendPositions(batch));
    const std::int64_t cutoff = kMidnight + 20 * kMinute; // the day before is wholly older
    auto thinned = store.tracks->thin(cutoff, 25.0, 10 * kMinute);
    REQUIRE(thinned);
    // Minutes 0-119: one point every ten minutes and the last one before midnight remain.
    CHECK(thinned->vessels == 1);
    CHECK(thinned->examined == 120);
    CHECK(thinned->removed == 107);
    CHECK(thinned->untilMs == kMidnight);
    Minutes expected{0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 119};
    for (int minute = 120; minute < 150; ++minute) {
        expected.push_back(minute);
    }
    CHECK(store.minutesOf(kSahel, kEvening) == expected);
    CHECK(store.minutesOf(kOcean, kEvening) == Minutes{200});
    CHECK(store.tracks->positionCount().value() == 44);
    CHECK(storage::loadThinnedUntil(store.database->connection()).value() == kMidnight);
    CHECK_FALSE(store.tracks->thin(cutoff, -1.0, 10 * kMinute));
}

TEST_CASE("The track retention setting has defaults, is stored, and refuses values out of range",
          "[engines]") {
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

TEST_CASE("Thinning by the stored retention keeps the retention's days whole and thins what is older",
          "[engines]") {
    Store store;
    // The same two and a half hours as above, from 22:00 to 00:30; a retention of one day, run
    // a day and twenty minutes after midnight: the cutoff is 00:20, so the day before is thinned.
    std::vector<core::VesselPosition> batch;
    for (int minute = 0; minute < 150; ++minute) {
        batch.push_back(report(kSahel, 0, 33.0 + minute * 0.003, 12.0));
        batch.back().timeMs = kEvening + minute * kMinute;
        batch.back().cog = 0.0F;
    }
    REQUIRE(store.tracks->appendPositions(batch));
    REQUIRE(storage::saveTrackRetention(store.database->connection(), {1, 25.0, 10}));
    const std::int64_t nowMs = kMidnight + kDay + 20 * kMinute;
    auto run = storage::thinByRetention(*store.tracks, nowMs);
    REQUIRE(run);
    CHECK(run->retention == storage::TrackRetention{1, 25.0, 10});
    CHECK(run->cutoffMs == kMidnight + 20 * kMinute);
    CHECK(run->thinned.examined == 120);
    CHECK(run->thinned.removed == 107);
    CHECK(store.tracks->positionCount().value() == 43);

    // A wider gap stored later applies to the days thinned next (a day already thinned is not
    // read again): a day later, the half hour after midnight keeps a point every half hour.
    REQUIRE(storage::saveTrackRetention(store.database->connection(), {1, 25.0, 30}));
    auto wider = storage::thinByRetention(*store.tracks, nowMs + kDay);
    REQUIRE(wider);
    CHECK(wider->thinned.examined == 30);
    CHECK(wider->thinned.removed == 28); // 00:00 and 00:29 remain
    CHECK(store.minutesOf(kSahel, kEvening).size() == 13 + 2);

    // A damaged setting thins nothing and says why.
    QSqlQuery damage(store.database->connection());
    REQUIRE(damage.exec(
        QStringLiteral("UPDATE meta SET value = 'many' WHERE key = 'track_retention.full_detail_days'")));
    auto refused = storage::thinByRetention(*store.tracks, nowMs);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("damaged")));
    CHECK(store.tracks->positionCount().value() == 15);
}

namespace {

/// Three vessels reporting every 20, 30 and 70 s for an hour, in time order as a receiver hears
/// them, with every 50th report heard a second time by another feed a little later.
std::vector<core::VesselPosition> interleavedTraffic() {
    std::vector<core::VesselPosition> reports;
    const std::uint32_t vessels[] = {kSahel, kOcean, kFishing};
    const int intervalsS[] = {20, 30, 70};
    for (int second = 0; second < 3600; ++second) {
        for (int v = 0; v < 3; ++v) {
            if (second % intervalsS[v] != 0) {
                continue;
            }
            core::VesselPosition position = report(vessels[v], 0, 33.0 + second * 1e-4 + v, 12.0 + v);
            position.timeMs = kT0 + second * 1000LL;
            position.sog = static_cast<float>(v + second % 7);
            reports.push_back(position);
            if (reports.size() % 50 == 0) {
                position.sourceId = 2;
                position.lat += 0.5; // a different copy: which one is kept shows
                reports.push_back(position);
            }
        }
    }
    return reports;
}

void appendInBatches(storage::TrackStore &store, const std::vector<core::VesselPosition> &reports,
                     std::size_t batchRows) {
    for (std::size_t at = 0; at < reports.size(); at += batchRows) {
        const std::size_t count = std::min(batchRows, reports.size() - at);
        REQUIRE(store.appendPositions(std::span<const core::VesselPosition>(reports.data() + at, count)));
    }
}

void checkSameTrack(const std::vector<core::VesselPosition> &a, const std::vector<core::VesselPosition> &b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO("position " << i);
        CHECK(a[i].timeMs == b[i].timeMs);
        CHECK(a[i].lat == b[i].lat);
        CHECK(a[i].lon == b[i].lon);
        CHECK(a[i].sog == b[i].sog);
        CHECK(a[i].sourceId == b[i].sourceId);
    }
}

} // namespace

TEST_CASE("A batch as large as a run goes straight into the archive, after the recent rows", "[engines]") {
    Store store;
    store.tracks->setCompactThreshold(4);
    REQUIRE(store.tracks->appendPositions(std::vector{report(kSahel, 0, 33.0, 12.0, 1)}));
    CHECK(store.recentRows() == 1);
    // Minute 0 again from feed 2: the one stored first (feed 1, in the recent table) stays.
    auto run = store.tracks->appendPositions(
        std::vector{report(kSahel, 0, 33.9, 12.0, 2), report(kSahel, 1, 33.1, 12.0, 2),
                    report(kSahel, 2, 33.2, 12.0, 2), report(kOcean, 0, 34.0, 15.0, 2)});
    REQUIRE(run);
    CHECK(run->stored == 3);
    CHECK(run->duplicates == 1);
    CHECK(store.recentRows() == 0);
    CHECK(rowsInTable(store, "vessel_positions") == 4);
    const auto track = store.tracks->track(kSahel, kT0, kT0 + 2 * kMinute);
    REQUIRE(track);
    REQUIRE(track->size() == 3);
    CHECK(track->front().sourceId == 1);
    CHECK(track->front().lat == 33.0);
    // Smaller batches go into the recent table again.
    REQUIRE(store.tracks->appendPositions(std::vector{report(kSahel, 3, 33.3, 12.0)}));
    CHECK(store.recentRows() == 1);
}

TEST_CASE("Bulk load keeps every row and gives the same tracks as batches through the recent table",
          "[engines]") {
    const std::vector<core::VesselPosition> reports = interleavedTraffic();
    Store live;
    live.tracks->setCompactThreshold(100); // many moves, some rows left in the recent table
    appendInBatches(*live.tracks, reports, 7);
    Store bulk;
    bulk.tracks->setBulkLoad(true);
    appendInBatches(*bulk.tracks, reports, 97); // runs interleaved with reading, as ingest does
    CHECK(bulk.recentRows() == 0);
    // 180 + 120 + 52 reports, the repeats dropped.
    CHECK(live.tracks->positionCount().value() == 352);
    CHECK(bulk.tracks->positionCount().value() == 352);
    CHECK(rowsInTable(bulk, "vessel_positions") == 352);
    for (const std::uint32_t mmsi : {kSahel, kOcean, kFishing}) {
        INFO("MMSI " << mmsi);
        const auto expected = live.tracks->track(mmsi, 0, kT0 * 2);
        const auto got = bulk.tracks->track(mmsi, 0, kT0 * 2);
        REQUIRE(expected);
        REQUIRE(got);
        checkSameTrack(got.value(), expected.value());
        for (const core::VesselPosition &position : got.value()) {
            CHECK(position.sourceId == 1); // the first copy heard
        }
    }
    const auto latestLive = live.tracks->latestPositions(0).value();
    const auto latestBulk = bulk.tracks->latestPositions(0).value();
    REQUIRE(latestBulk.size() == 3);
    checkSameTrack(latestBulk, latestLive);
}

TEST_CASE("Whether a vessel has positions at all, in either table", "[engines]") {
    Store store;
    CHECK_FALSE(store.tracks->hasPositions(kSahel).value());
    REQUIRE(store.tracks->appendPositions(std::vector{report(kSahel, 0, 33.0, 12.0)}));
    CHECK(store.tracks->hasPositions(kSahel).value()); // in the recent table
    CHECK_FALSE(store.tracks->hasPositions(kOcean).value());
    REQUIRE(store.tracks->compact());
    CHECK(store.tracks->hasPositions(kSahel).value()); // in the archive
    CHECK_FALSE(store.tracks->hasPositions(kFishing).value());
}

TEST_CASE("The tracks of every vessel heard in a window, in one read, as track() gives them", "[engines]") {
    Store store;
    store.tracks->setCompactThreshold(1'000'000);
    const std::vector<core::VesselPosition> reports = interleavedTraffic();
    appendInBatches(*store.tracks, std::vector(reports.begin(), reports.begin() + 200), 50);
    REQUIRE(store.tracks->compact());
    appendInBatches(*store.tracks, std::vector(reports.begin() + 200, reports.end()), 50);
    // A copy of an archived report in the recent table: the archive's stays.
    core::VesselPosition again = reports[10];
    again.sourceId = 3;
    REQUIRE(store.tracks->appendPositions(std::vector{again}));
    REQUIRE(store.recentRows() > 0);

    const std::int64_t from = kT0 + 1000 * 1000; // both ends included
    const std::int64_t to = kT0 + 2000 * 1000;
    auto tracks = store.tracks->tracksSince(from, to);
    REQUIRE(tracks);
    REQUIRE(tracks->size() == 3);
    CHECK(tracks->at(0).mmsi == kOcean); // by MMSI
    CHECK(tracks->at(1).mmsi == kSahel);
    CHECK(tracks->at(2).mmsi == kFishing);
    for (const storage::VesselTrack &track : tracks.value()) {
        INFO("MMSI " << track.mmsi);
        checkSameTrack(track.positions, store.tracks->track(track.mmsi, from, to).value());
    }
    CHECK(tracks->at(1).positions.front().timeMs == from); // Sahel reports every 20 s
    CHECK(tracks->at(1).positions.back().timeMs == to);
    CHECK(tracks->at(1).positions.size() == 51);
    CHECK(tracks->at(0).positions.size() == 33); // every 30 s: 1020 ... 1980

    auto whole = store.tracks->tracksSince(0);
    REQUIRE(whole);
    std::size_t total = 0;
    for (const storage::VesselTrack &track : whole.value()) {
        total += track.positions.size();
        for (std::size_t i = 1; i < track.positions.size(); ++i) {
            CHECK(track.positions[i - 1].timeMs < track.positions[i].timeMs);
        }
    }
    CHECK(total == 352);
    REQUIRE(again.mmsi == kOcean); // at 90 s
    CHECK(whole->at(0).positions.at(3).timeMs == again.timeMs);
    CHECK(whole->at(0).positions.at(3).sourceId == 1);

    // Sahel alone late in the hour (its last report at 3580 s); nobody after it.
    auto late = store.tracks->tracksSince(kT0 + 3575 * 1000);
    REQUIRE(late);
    REQUIRE(late->size() == 1);
    CHECK(late->at(0).mmsi == kSahel);
    CHECK(late->at(0).positions.size() == 1);
    CHECK(store.tracks->tracksSince(kT0 + 3581 * 1000).value().empty());
    CHECK_FALSE(store.tracks->tracksSince(to, from));
}

namespace {

/// Three days of one vessel zigzagging, one report a minute from 22:00 on the day before kMidnight.
std::vector<core::VesselPosition> threeDays() {
    std::vector<core::VesselPosition> reports;
    for (int minute = 0; minute < 3 * 24 * 60; ++minute) {
        core::VesselPosition position =
            report(kSahel, 0, 33.0 + minute * 0.001, 12.0 + (minute / 37 % 2) * 0.01);
        position.timeMs = kEvening + minute * kMinute;
        reports.push_back(position);
    }
    return reports;
}

} // namespace

TEST_CASE("Thinning is incremental: a second run touches nothing, growing cutoffs leave what one run does",
          "[engines]") {
    const std::vector<core::VesselPosition> reports = threeDays();
    Store once;
    REQUIRE(once.tracks->appendPositions(reports));
    auto single = once.tracks->thin(kMidnight + 2 * kDay + 5 * kMinute, 25.0, 10 * kMinute);
    REQUIRE(single);
    CHECK(single->untilMs == kMidnight + 2 * kDay);
    // The evening before, and the two days after kMidnight: 120 + 2 x 1440.
    CHECK(single->examined == 120 + 2 * 1440);
    CHECK(single->removed > 2000);

    Store stepwise;
    REQUIRE(stepwise.tracks->appendPositions(reports));
    // A cutoff inside a day thins only the whole days before it.
    auto first = stepwise.tracks->thin(kMidnight + 12 * 60 * kMinute, 25.0, 10 * kMinute);
    REQUIRE(first);
    CHECK(first->untilMs == kMidnight);
    CHECK(first->examined == 120);
    auto second = stepwise.tracks->thin(kMidnight + kDay + 60 * kMinute, 25.0, 10 * kMinute);
    REQUIRE(second);
    CHECK(second->examined == 1440); // the first day after kMidnight only
    auto third = stepwise.tracks->thin(kMidnight + 2 * kDay + 5 * kMinute, 25.0, 10 * kMinute);
    REQUIRE(third);
    CHECK(third->examined == 1440);
    CHECK(first->removed + second->removed + third->removed == single->removed);
    checkSameTrack(stepwise.tracks->track(kSahel, 0, kT0 * 2).value(),
                   once.tracks->track(kSahel, 0, kT0 * 2).value());

    // Again with the same cutoff: nothing read, nothing removed.
    auto again = once.tracks->thin(kMidnight + 2 * kDay + 5 * kMinute, 25.0, 10 * kMinute);
    REQUIRE(again);
    CHECK(again->vessels == 0);
    CHECK(again->examined == 0);
    CHECK(again->removed == 0);
    CHECK(again->untilMs == kMidnight + 2 * kDay);
    CHECK(once.tracks->positionCount().value() ==
          static_cast<std::int64_t>(reports.size()) - single->removed);
}

TEST_CASE("Positions appended into days already thinned move the thinning mark back to their day",
          "[engines]") {
    Store store;
    std::vector<core::VesselPosition> today;
    for (int minute = 0; minute < 60; ++minute) {
        today.push_back(report(kOcean, 0, 34.0 + minute * 0.003, 15.0));
        today.back().timeMs = kMidnight + 2 * kDay + minute * kMinute;
    }
    REQUIRE(store.tracks->appendPositions(today));
    REQUIRE(store.tracks->thin(kMidnight + 2 * kDay, 25.0, 10 * kMinute));
    CHECK(storage::loadThinnedUntil(store.database->connection()).value() == kMidnight + 2 * kDay);
    // A log of the evening before kMidnight ingested later: two straight hours, a report a minute.
    std::vector<core::VesselPosition> old;
    for (int minute = 0; minute < 120; ++minute) {
        old.push_back(report(kSahel, 0, 33.0 + minute * 0.003, 12.0));
        old.back().timeMs = kEvening + minute * kMinute;
        old.back().cog = 0.0F;
    }
    REQUIRE(store.tracks->appendPositions(old));
    CHECK(storage::loadThinnedUntil(store.database->connection()).value() == kMidnight - kDay);
    // Later positions do not move it forward.
    REQUIRE(store.tracks->appendPositions(std::vector{today.back()}));
    CHECK(storage::loadThinnedUntil(store.database->connection()).value() == kMidnight - kDay);
    auto thinned = store.tracks->thin(kMidnight + 2 * kDay, 25.0, 10 * kMinute);
    REQUIRE(thinned);
    CHECK(thinned->examined == 120);
    CHECK(thinned->removed == 107);
    CHECK(storage::loadThinnedUntil(store.database->connection()).value() == kMidnight + 2 * kDay);
}

TEST_CASE("A move takes what another connection appended meanwhile, and nothing rolled back", "[engines]") {
    Store store;                                                     // the console's connection
    auto worker = storage::TrackStore::open(store.database->path()); // a feed's own connection
    REQUIRE(worker);
    worker->setCompactThreshold(1'000'000);
    REQUIRE(
        worker->appendPositions(std::vector{report(kSahel, 0, 33.0, 12.0), report(kSahel, 1, 33.1, 12.0)}));
    // Another writer appends to the same recent table, then the worker again.
    REQUIRE(store.tracks->appendPositions(std::vector{report(kOcean, 0, 34.0, 15.0)}));
    REQUIRE(worker->appendPositions(std::vector{report(kSahel, 2, 33.2, 12.0)}));
    REQUIRE(worker->compact());
    CHECK(store.recentRows() == 0);
    CHECK(rowsInTable(store, "vessel_positions") == 4);
    CHECK(store.minutesOf(kSahel) == Minutes{0, 1, 2});
    CHECK(store.minutesOf(kOcean) == Minutes{0});

    // From here the worker alone writes; a batch inside a transaction that is rolled back is not
    // stored, and not moved later either.
    REQUIRE(worker->appendPositions(std::vector{report(kSahel, 4, 33.4, 12.0, 1)}));
    {
        storage::Transaction aborted(worker->connection());
        REQUIRE(aborted.isActive());
        REQUIRE(worker->appendPositions(std::vector{report(kFishing, 0, 32.0, 13.0)}));
    }
    REQUIRE(worker->appendPositions(
        std::vector{report(kSahel, 4, 33.9, 12.0, 2), report(kSahel, 3, 33.3, 12.0, 2)}));
    REQUIRE(worker->compact());
    CHECK(store.minutesOf(kFishing).empty());
    // And once more without interference: duplicates dropped, the first one stored kept.
    REQUIRE(worker->appendPositions(std::vector{report(kSahel, 5, 33.5, 12.0, 1)}));
    REQUIRE(worker->appendPositions(std::vector{report(kSahel, 5, 33.9, 12.0, 2)}));
    REQUIRE(worker->compact());
    CHECK(store.recentRows() == 0);
    CHECK(store.minutesOf(kSahel) == Minutes{0, 1, 2, 3, 4, 5});
    const auto track = store.tracks->track(kSahel, kT0 + 3 * kMinute, kT0 + 5 * kMinute).value();
    REQUIRE(track.size() == 3);
    CHECK(track[0].lat == 33.3);
    CHECK(track[1].lat == 33.4);
    CHECK(track[1].sourceId == 1);
    CHECK(track[2].lat == 33.5);
    CHECK(track[1].sourceId == 1);
}
