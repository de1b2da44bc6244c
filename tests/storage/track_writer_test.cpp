#include "storage/database.h"
#include "storage/track_store.h"
#include "storage/track_writer.h"

#include "catch_qt.h"
#include "pg_fixture.h"

#include <QSqlQuery>

#include <atomic>
#include <thread>
#include <vector>

using namespace marsa;

namespace {

constexpr std::int64_t kT0 = 1'795'000'000'000;

core::VesselPosition at(std::uint32_t mmsi, std::int64_t second) {
    core::VesselPosition position;
    position.mmsi = mmsi;
    position.timeMs = kT0 + second * 1000;
    position.lat = 33.0 + second * 1e-4;
    position.lon = 12.0;
    position.sog = 8.0F;
    position.messageType = 1;
    return position;
}

storage::Database openDatabase(const QString &path) {
    auto database = storage::Database::open(path);
    REQUIRE(database);
    return std::move(database.value());
}

} // namespace

TEST_CASE("The track writer writes a batch when it is full, and the rest when flushed", "[engines]") {
    test::TestDatabaseLocation folder;
    storage::Database database = openDatabase(folder.location());
    storage::TrackStore store(database);
    storage::TrackWriter writer(store, {3, 60'000});
    for (int second = 0; second < 7; ++second) {
        REQUIRE(writer.add(at(642'000'001, second)));
    }
    CHECK(writer.totals().batches == 2);
    CHECK(writer.totals().positions == 6);
    CHECK(writer.pendingPositions() == 1);
    CHECK(store.positionCount().value() == 6);
    REQUIRE(writer.add(at(642'000'001, 6))); // the same report again, from a second feed
    REQUIRE(writer.flush());
    CHECK(writer.totals().positions == 7);
    CHECK(writer.totals().duplicates == 1);
    CHECK(writer.pendingPositions() == 0);
    CHECK(store.positionCount().value() == 7);
}

TEST_CASE("The track writer merges static reports in memory and writes them with the batch", "[engines]") {
    test::TestDatabaseLocation folder;
    storage::Database database = openDatabase(folder.location());
    storage::TrackStore store(database);
    {
        storage::TrackWriter writer(store, {1000, 60'000});
        core::VesselStatic partA;
        partA.mmsi = 642'000'001;
        partA.name = QStringLiteral("SAHEL");
        partA.confirmedMs = kT0;
        core::VesselStatic partB;
        partB.mmsi = 642'000'001;
        partB.callSign = QStringLiteral("5AB12");
        partB.shipType = 37;
        partB.confirmedMs = kT0 + 6000;
        REQUIRE(writer.add(partA));
        REQUIRE(writer.add(partB));
        REQUIRE(writer.add(at(642'000'001, 0)));
        CHECK(writer.pendingStatics() == 1);
        CHECK_FALSE(store.staticOf(642'000'001).value().has_value()); // nothing written yet
    } // the writer writes what it holds when it goes
    const auto stored = store.staticOf(642'000'001);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK(stored->value().name == QStringLiteral("SAHEL"));
    CHECK(stored->value().callSign == QStringLiteral("5AB12"));
    CHECK(stored->value().shipType == 37);
    CHECK(store.positionCount().value() == 1);
}

TEST_CASE("With no delay allowed the track writer writes every report at once", "[engines]") {
    test::TestDatabaseLocation folder;
    storage::Database database = openDatabase(folder.location());
    storage::TrackStore store(database);
    storage::TrackWriter writer(store, {1000, 0});
    REQUIRE(writer.add(at(642'000'001, 0)));
    CHECK(writer.pendingPositions() == 0);
    CHECK(store.positionCount().value() == 1);
}

TEST_CASE("A track store on a worker thread writes while the console's connection reads", "[engines]") {
    test::TestDatabaseLocation folder;
    const QString path = folder.location();
    storage::Database console = openDatabase(path);
    storage::TrackStore reader(console);
    constexpr int kVessels = 50;
    constexpr int kSeconds = 400; // 20,000 reports in batches of 1,000
    std::atomic<bool> failed{false};
    std::atomic<bool> done{false};
    std::thread worker([&] {
        // Its own connection, opened on this thread, as the live feed's worker does.
        auto store = storage::TrackStore::open(path);
        if (!store) {
            failed = true;
            done = true;
            return;
        }
        store->setCompactThreshold(5000);
        {
            storage::TrackWriter writer(store.value(), {1000, 60'000});
            for (int second = 0; second < kSeconds && !failed; ++second) {
                for (int vessel = 0; vessel < kVessels; ++vessel) {
                    if (!writer.add(at(642'000'000 + static_cast<std::uint32_t>(vessel), second))) {
                        failed = true;
                    }
                }
            }
            if (!writer.flush()) {
                failed = true;
            }
        }
        done = true;
    });
    // Meanwhile the console reads: every count it sees is a whole number of batches.
    std::int64_t reads = 0;
    while (!done) {
        auto count = reader.positionCount();
        REQUIRE(count);
        CHECK(count.value() % 1000 == 0);
        ++reads;
    }
    worker.join();
    REQUIRE_FALSE(failed);
    CHECK(reads > 0);
    CHECK(reader.positionCount().value() == kVessels * kSeconds);
    const auto track = reader.track(642'000'007, kT0, kT0 + kSeconds * 1000);
    REQUIRE(track);
    CHECK(track->size() == static_cast<std::size_t>(kSeconds));
    CHECK(reader.latestPositions(kT0).value().size() == static_cast<std::size_t>(kVessels));
}
