#include "replay/replay_state.h"

#include "core/live_targets.h"
#include "feeds/ais_pipeline.h"
#include "feeds/ais_traffic.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>

using namespace marsa;

namespace {

// What the chart and the Vessels panel show of a target: compared between the live run and replay.
struct Shown {
    double lat = 0;
    double lon = 0;
    std::int64_t heardMs = 0;
    core::TargetState state = core::TargetState::Live;
    QString name;
    bool alarm = false;
    bool operator==(const Shown &) const = default;
};

std::map<std::uint32_t, Shown> shown(const core::LiveTargets &targets) {
    std::map<std::uint32_t, Shown> result;
    for (const core::LiveTarget &target : targets.targets()) {
        result[target.mmsi] = {target.position.lat, target.position.lon,  target.position.timeMs,
                               target.state,        target.displayName(), target.isAlarm};
    }
    return result;
}

// Received lines of a generated feed: each received 300 ms after its tag block's time, by one of
// two feeds.
std::vector<feeds::ReceivedLine> generatedFeed(std::int64_t count, int ships) {
    feeds::TrafficOptions options;
    options.ships = ships;
    const QByteArray traffic = feeds::generateTraffic(7, count, options);
    static const QRegularExpression tagTime(QStringLiteral(R"(c:(\d+))"));
    std::vector<feeds::ReceivedLine> lines;
    std::int64_t lastMs = options.startMs;
    quint16 feed = 1;
    for (const QByteArray &sentence : traffic.split('\n')) {
        const QByteArray line = sentence.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const auto match = tagTime.match(QString::fromLatin1(line));
        if (match.hasMatch()) {
            lastMs = std::max<std::int64_t>(lastMs, match.captured(1).toLongLong() * 1000 + 300);
        }
        // A two-sentence message comes whole from one feed; others alternate.
        if (!line.contains(",2,2,")) {
            feed = feed == 1 ? 2 : 1;
        }
        lines.push_back({line, lastMs, feed});
    }
    // The shore receivers fail for 8.5 minutes, 14 minutes in: the targets not heard again soon
    // after are lost at the instants that follow.
    const std::int64_t outageMs = options.startMs + 14 * 60'000;
    std::erase_if(lines, [outageMs](const feeds::ReceivedLine &line) {
        return line.receivedMs >= outageMs && line.receivedMs < outageMs + 510'000;
    });
    return lines;
}

} // namespace

TEST_CASE("A replay shows the targets the live console showed at the same instant", "[replay]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("m.sqlite"));
    auto database = storage::Database::open(path);
    REQUIRE(database);

    const std::vector<feeds::ReceivedLine> lines = generatedFeed(30'000, 40);
    const std::int64_t startMs = lines.front().receivedMs;
    const std::int64_t endMs = lines.back().receivedMs;
    REQUIRE(endMs - startMs > 45 * 60'000); // long enough for targets to be lost and removed

    // Instants to compare at: early, when targets have been lost, and late.
    std::vector<std::int64_t> instants{startMs + 5 * 60'000, startMs + 22 * 60'000 + 40'000,
                                       startMs + 41 * 60'000 + 500, endMs};
    std::map<std::int64_t, std::map<std::uint32_t, Shown>> live;

    // The live run: the pipeline the console runs (decode, journal, batches to the target table,
    // positions then static data as VesselConsole applies them), in batches of 250 ms of traffic.
    {
        feeds::AisPipeline pipeline(path, 1'000'000);
        core::LiveTargets targets;
        QObject::connect(&pipeline, &feeds::AisPipeline::batchReady,
                         [&targets](const feeds::TargetBatchPtr &batch) {
                             targets.apply(std::span<const core::VesselPosition>(batch->positions));
                             for (const core::VesselStatic &statics : batch->statics) {
                                 targets.apply(statics);
                             }
                         });
        std::size_t next = 0;
        std::size_t instant = 0;
        while (next < lines.size()) {
            std::size_t end = next;
            while (end < lines.size() && lines[end].receivedMs < lines[next].receivedMs + 250) {
                ++end;
            }
            // Stop at the next instant: what arrived at or before it, not after.
            if (instant < instants.size()) {
                std::size_t upTo = next;
                while (upTo < end && lines[upTo].receivedMs <= instants[instant]) {
                    ++upTo;
                }
                end = std::max(upTo,
                               next + (upTo == next && lines[next].receivedMs > instants[instant] ? 0 : 1));
            }
            if (end > next) {
                pipeline.acceptLines(std::span(lines).subspan(next, end - next));
                pipeline.flush();
                targets.age(lines[end - 1].receivedMs);
                next = end;
            }
            while (instant < instants.size() &&
                   (next == lines.size() || lines[next].receivedMs > instants[instant])) {
                targets.age(instants[instant]);
                live[instants[instant]] = shown(targets);
                ++instant;
            }
        }
        pipeline.shutdown();
    }

    for (std::int64_t at : instants) {
        INFO("instant " << (at - startMs) / 1000 << " s into the feed");
        auto replayed = replay::stateAt(database->connection(), at);
        REQUIRE(replayed);
        const auto expected = live.at(at);
        const auto actual = shown(replayed->targets);
        CHECK(actual.size() == expected.size());
        for (const auto &[mmsi, target] : expected) {
            INFO("MMSI " << mmsi);
            REQUIRE(actual.count(mmsi) == 1);
            CHECK(actual.at(mmsi) == target);
        }
    }
    // Some of them were lost at one instant: the comparison covered that state too.
    bool anyLost = false;
    for (const auto &[at, targets] : live) {
        for (const auto &[mmsi, target] : targets) {
            anyLost = anyLost || target.state == core::TargetState::Lost;
        }
    }
    CHECK(anyLost);
}
