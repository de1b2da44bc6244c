#include "replay/demo_lines.h"

#include "replay/exercise_ais.h"

#include <cmath>
#include <map>

namespace marsa::replay {

namespace {

constexpr std::int64_t kStaticMs = 360'000; // a type 5 every 6 min, as a Class A transmits it

} // namespace

std::vector<storage::JournalEntry> demoTrafficLines(const storage::DemoTraffic &traffic) {
    std::map<std::uint32_t, const core::VesselStatic *> statics;
    for (const core::VesselStatic &vessel : traffic.statics) {
        statics[vessel.mmsi] = &vessel;
    }
    std::map<std::uint32_t, std::int64_t> lastStatic;
    std::vector<storage::JournalEntry> entries;
    entries.reserve(traffic.positions.size() * 2);
    int sequenceId = 0;
    auto add = [&entries](std::int64_t timeMs, const QList<QByteArray> &sentences) {
        for (const QByteArray &sentence : sentences) {
            storage::JournalEntry entry;
            entry.timeMs = timeMs;
            entry.kind = storage::JournalKind::Line;
            entry.source = kDemoFeedId;
            entry.payload = sentence;
            entries.push_back(std::move(entry));
        }
    };
    for (const core::VesselPosition &position : traffic.positions) {
        AisVesselFix fix;
        fix.mmsi = position.mmsi;
        fix.position = geo::LatLon{position.lat, position.lon};
        fix.sogKn = position.hasSog() ? position.sog : 0.0;
        if (position.hasCog()) {
            fix.cogDeg = position.cog;
        }
        fix.navStatus = position.navStatus <= 15 ? position.navStatus : 15;
        fix.utcSecond = static_cast<int>((position.timeMs / 1000) % 60);
        add(position.timeMs, positionReportSentences(fix));
        const auto vessel = statics.find(position.mmsi);
        const auto last = lastStatic.find(position.mmsi);
        if (vessel != statics.end() &&
            (last == lastStatic.end() || position.timeMs - last->second >= kStaticMs)) {
            add(position.timeMs,
                staticDataSentences(position.mmsi, vessel->second->name, vessel->second->callSign,
                                    vessel->second->shipType, sequenceId));
            sequenceId = (sequenceId + 1) % 10;
            lastStatic[position.mmsi] = position.timeMs;
        }
    }
    return entries;
}

} // namespace marsa::replay
