#include "replay/exercise_traffic.h"

#include "geo/geodesy.h"
#include "replay/drift.h"
#include "replay/exercise_ais.h"
#include "replay/exercise_clock.h"
#include "replay/scenario_reader.h"
#include "storage/database.h"
#include "storage/exercise.h"
#include "storage/exercise_run.h"
#include "storage/exercise_traffic.h"

#include <QCoreApplication>

namespace marsa::replay {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::replay::ExerciseTraffic)
};

constexpr std::int64_t kReportMs = 10'000;  // a type 1 every 10 s of exercise time
constexpr std::int64_t kStaticMs = 360'000; // a type 5 every 6 min
constexpr std::int64_t kCatchUpMs = 60'000; // after a restart or a jump, the last minute only
constexpr int kLawEnforcement = 55;         // ITU-R M.1371 type of ship
constexpr int kPageLines = 5000;            // recorded lines read at a time

} // namespace

ExerciseTraffic::ExerciseTraffic(const storage::Database &database, const ExerciseClock &clock,
                                 Scenario scenario, QDateTime startUtc, std::map<QString, geo::LatLon> places)
    : m_database(database)
    , m_clock(clock)
    , m_scenario(std::move(scenario))
    , m_startUtc(std::move(startUtc))
    , m_places(std::move(places)) {
    for (const TrafficVessel &vessel : m_scenario.traffic) {
        m_tracks.push_back(vesselTrack(vessel));
    }
    if (auto count = storage::ExerciseTraffic(m_database).count()) {
        m_recordedLines = count.value();
    }
}

ExerciseTraffic::~ExerciseTraffic() = default;

core::Result<std::unique_ptr<ExerciseTraffic>>
ExerciseTraffic::create(const storage::Database &database, const ExerciseClock &clock,
                        std::map<QString, geo::LatLon> places) {
    auto script = storage::exerciseScriptOf(database.connection());
    if (!script) {
        return script.error();
    }
    if (!database.isExercise() || !script.value()) {
        return core::Error{Text::tr("%1 is not an exercise with a scenario: it has no exercise traffic.")
                               .arg(database.path())};
    }
    const ScenarioReadResult read = readScenario(script.value()->scenarioText.toUtf8(), ScenarioContext{});
    if (!read.scenario) {
        return core::Error{
            Text::tr("The exercise's scenario cannot be read: %1")
                .arg(read.issues.empty() ? QString() : read.issues.front().text(QStringLiteral("scenario")))};
    }
    return std::make_unique<ExerciseTraffic>(database, clock, *read.scenario, script.value()->startUtc,
                                             std::move(places));
}

core::Result<std::size_t> ExerciseTraffic::tick() {
    if (m_clock.run().state != storage::ExerciseState::Running) {
        return std::size_t{0}; // before the start, paused and ended: nothing moves
    }
    const std::int64_t nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    std::vector<feeds::ReceivedLine> lines;
    transmitScripted(nowMs, lines);
    if (m_recordedLines > 0) {
        if (auto played = playRecorded(nowMs, lines); !played) {
            return played.error();
        }
    }
    const std::size_t count = lines.size();
    if (count > 0 && m_sink) {
        m_linesSent += count;
        m_sink(std::move(lines));
    }
    return count;
}

core::Result<void> ExerciseTraffic::playRecorded(std::int64_t nowMs, std::vector<feeds::ReceivedLine> &out) {
    // Lines between the last tick and now; after a start, a jump or a step back, the last minute.
    const bool caughtUp =
        m_recordedUpToMs >= 0 && nowMs >= m_recordedUpToMs && nowMs - m_recordedUpToMs <= kCatchUpMs;
    std::int64_t fromMs = caughtUp ? m_recordedUpToMs : nowMs - kCatchUpMs;
    std::optional<std::pair<std::int64_t, std::int64_t>> after =
        caughtUp && m_recordedLast && m_recordedLast->first >= fromMs ? m_recordedLast : std::nullopt;
    const storage::ExerciseTraffic store(m_database);
    for (;;) {
        auto page = store.read(fromMs, nowMs, after, kPageLines);
        if (!page) {
            return page.error();
        }
        for (storage::ExerciseTrafficLine &recorded : page.value()) {
            feeds::ReceivedLine line;
            line.line = std::move(recorded.line);
            line.receivedMs = recorded.timeMs;
            line.sourceId = kFeedId;
            out.push_back(std::move(line));
        }
        if (!page->empty()) {
            after = std::pair{page->back().timeMs, page->back().id};
            m_recordedLast = after;
        }
        if (page->size() < static_cast<std::size_t>(kPageLines)) {
            break;
        }
    }
    m_recordedUpToMs = nowMs;
    return {};
}

void ExerciseTraffic::transmitScripted(std::int64_t nowMs, std::vector<feeds::ReceivedLine> &out) {
    if (m_scenario.traffic.empty() &&
        std::none_of(m_scenario.assets.begin(), m_scenario.assets.end(),
                     [](const ScenarioAsset &asset) { return asset.mmsi.has_value(); })) {
        return;
    }
    std::int64_t next =
        m_scriptedDoneMs < 0 || nowMs - m_scriptedDoneMs > kCatchUpMs || nowMs < m_scriptedDoneMs
            ? (nowMs - kCatchUpMs) / kReportMs * kReportMs + kReportMs
            : m_scriptedDoneMs + kReportMs;
    const bool first = m_scriptedDoneMs < 0;
    if (first) {
        next = nowMs / kReportMs * kReportMs; // the first tick: the picture at once, statics too
    }
    for (; next <= nowMs; next += kReportMs) {
        const bool withStatic = first || next % kStaticMs == 0;
        std::vector<feeds::ReceivedLine> at = scriptedAt(next, withStatic);
        out.insert(out.end(), at.begin(), at.end());
        m_scriptedDoneMs = next;
    }
}

std::vector<feeds::ReceivedLine> ExerciseTraffic::scriptedAt(std::int64_t timeMs, bool withStatic) {
    std::vector<feeds::ReceivedLine> lines;
    const std::int64_t startMs = m_startUtc.toMSecsSinceEpoch();
    const Offset at{(timeMs - startMs) / 1000};
    const int second = static_cast<int>((timeMs / 1000) % 60);
    auto add = [&](const QList<QByteArray> &sentences) {
        for (const QByteArray &sentence : sentences) {
            feeds::ReceivedLine line;
            line.line = sentence;
            line.receivedMs = timeMs;
            line.sourceId = kFeedId;
            lines.push_back(std::move(line));
        }
    };
    auto addStatic = [&](std::int64_t mmsi, const QString &name, const QString &callSign, int type) {
        if (withStatic) {
            add(staticDataSentences(static_cast<std::uint32_t>(mmsi), name, callSign, type, m_sequenceId));
            m_sequenceId = (m_sequenceId + 1) % 10;
        }
    };
    for (std::size_t i = 0; i < m_scenario.traffic.size(); ++i) {
        const TrafficVessel &vessel = m_scenario.traffic[i];
        const auto &track = m_tracks[i];
        if (track.empty() || at < track.front().at || track.back().at < at) {
            continue;
        }
        AisVesselFix fix;
        fix.mmsi = static_cast<std::uint32_t>(vessel.mmsi);
        fix.position = positionOnTrack(track, at);
        const geo::LatLon ahead = positionOnTrack(track, Offset{at.seconds + 10});
        const geo::RangeBearing step = geo::rangeBearing(fix.position, ahead);
        fix.sogKn = step.distanceNm * 360.0;
        if (step.distanceNm > 0.0) {
            fix.cogDeg = step.initialBearingDeg;
        } else {
            fix.navStatus = 0;
        }
        fix.utcSecond = second;
        add(positionReportSentences(fix));
        addStatic(vessel.mmsi, vessel.name, vessel.callSign, vessel.shipType);
    }
    for (const ScenarioAsset &asset : m_scenario.assets) {
        if (!asset.mmsi) {
            continue;
        }
        AisVesselFix fix;
        fix.mmsi = static_cast<std::uint32_t>(*asset.mmsi);
        fix.utcSecond = second;
        if (asset.position) {
            fix.position = *asset.position;
        } else if (const auto port = m_places.find(asset.homePort); port != m_places.end()) {
            fix.position = port->second;
            fix.navStatus = 5; // moored
        } else {
            continue;
        }
        add(positionReportSentences(fix));
        addStatic(*asset.mmsi, asset.name, asset.callSign, kLawEnforcement);
    }
    return lines;
}

} // namespace marsa::replay
