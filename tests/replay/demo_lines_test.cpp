// The demonstration's ships in the journal: a replay of the demonstration's last hours shows the
// ships its track store holds, where it holds them.

#include "replay/demo_lines.h"
#include "replay/replay_state.h"

#include "geo/geodesy.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/demo_traffic.h"
#include "storage/journal.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>

using namespace marsa;

namespace {

class DemoClock final : public core::Clock {
public:
    QDateTime now{QDate(2026, 12, 5), QTime(12, 0), Qt::UTC};
    QDateTime nowUtc() const override { return now; }
};

} // namespace

TEST_CASE("A replay of the demonstration's last hours shows its ships where the track store has them") {
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    auto database = storage::Database::open(folder.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(database);
    const DemoClock clock;
    REQUIRE(storage::writeDemoData(database.value(), clock, replay::demoTrafficLines));

    const storage::DemoTraffic traffic = storage::demoTraffic(clock.now);
    REQUIRE_FALSE(traffic.positions.empty());
    storage::Journal journal(database->connection());
    std::int64_t lines = 0;
    const std::int64_t nowMs = clock.now.toMSecsSinceEpoch();
    storage::JournalQuery all;
    all.fromMs = nowMs - 4 * 3600 * 1000;
    all.toMs = nowMs;
    all.kind = storage::JournalKind::Line;
    REQUIRE(journal.scan(all, [&lines](const storage::JournalEntryView &entry) {
        CHECK(entry.source == replay::kDemoFeedId);
        CHECK(entry.payload.startsWith("!AIVDM"));
        ++lines;
    }));
    // One report per stored position, and two-sentence static data besides.
    CHECK(lines > static_cast<std::int64_t>(traffic.positions.size()));

    // An hour ago: every ship heard then stands at its last stored position, with its name.
    const std::int64_t atMs = nowMs - 3600 * 1000;
    std::map<std::uint32_t, core::VesselPosition> expected;
    for (const core::VesselPosition &position : traffic.positions) {
        if (position.timeMs <= atMs) {
            expected[position.mmsi] = position;
        }
    }
    REQUIRE(expected.size() >= 10);
    auto state = replay::stateAt(database->connection(), atMs);
    REQUIRE(state);
    for (const auto &[mmsi, position] : expected) {
        INFO("MMSI " << mmsi);
        const core::LiveTarget *target = state->targets.find(mmsi);
        REQUIRE(target != nullptr);
        CHECK(target->position.timeMs == position.timeMs);
        // AIS carries 1/10000 minute: within a metre or so of the stored position.
        CHECK(geo::rangeBearing(geo::LatLon{target->position.lat, target->position.lon},
                                geo::LatLon{position.lat, position.lon})
                  .distanceNm < 0.001);
        for (const core::VesselStatic &vessel : traffic.statics) {
            if (vessel.mmsi == mmsi && !vessel.name.isEmpty()) {
                CHECK(target->statics.name == vessel.name.toUpper().left(20));
            }
        }
    }
}

TEST_CASE("Without an encoder the demonstration journals no received line") {
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    auto database = storage::Database::open(folder.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(database);
    const DemoClock clock;
    REQUIRE(storage::writeDemoData(database.value(), clock));
    storage::JournalQuery all;
    all.toMs = clock.now.toMSecsSinceEpoch();
    all.kind = storage::JournalKind::Line;
    auto lines = storage::Journal(database->connection()).read(all);
    REQUIRE(lines);
    CHECK(lines->empty());
}
