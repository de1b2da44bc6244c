#pragma once

#include "core/result.h"
#include "feeds/line_sink.h"
#include "geo/lat_lon.h"
#include "replay/scenario.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace marsa::storage {
class Database;
}

namespace marsa::replay {

class ExerciseClock;

/// The AIS of an exercise, played by every console on it as its exercise clock moves
/// (docs/exercises.md): (a) the scenario's traffic (its vessels along their waypoints, its units
/// with an MMSI at their position or home port) as !AIVDM lines made here, a type 1 report every
/// 10 s of exercise time per vessel and a type 5 every 6 min; (b) for an exercise made from a
/// replay window, the lines the operational feeds received in that window (table
/// exercise_traffic), each when the exercise clock passes its time, read page by page. Both are
/// handed to the line sink as one feed of their own (kFeedId, "Exercise traffic"). After a start, a
/// restart or a jump only the last minute is sent, never a flood. Nothing moves unless the exercise
/// runs. Lives on the console's GUI thread; the sink decides where the lines go (live picture, and
/// track store and journal on the one console that records).
class ExerciseTraffic {
public:
    /// The feed id of the exercise's AIS (ReceivedLine::sourceId): above any configured feed's.
    static constexpr quint16 kFeedId = 0xFFF0;
    using LineSink = std::function<void(std::vector<feeds::ReceivedLine> lines)>;

    /// The exercise's traffic, or an error on a database that is not an exercise with a scenario.
    /// `places` are the home ports by place key.
    static core::Result<std::unique_ptr<ExerciseTraffic>> create(const storage::Database &database,
                                                                 const ExerciseClock &clock,
                                                                 std::map<QString, geo::LatLon> places);
    /// The traffic of `scenario` with T+0 at `startUtc` (tests, and the director's own checks).
    ExerciseTraffic(const storage::Database &database, const ExerciseClock &clock, Scenario scenario,
                    QDateTime startUtc, std::map<QString, geo::LatLon> places);
    ~ExerciseTraffic();

    void setLineSink(LineSink sink) { m_sink = std::move(sink); }
    /// Hands the sink what is due by the exercise clock; answers how many lines.
    core::Result<std::size_t> tick();
    /// Lines handed to the sink so far.
    std::uint64_t linesSent() const { return m_linesSent; }
    /// Whether the exercise plays recorded lines (made from a replay window).
    bool hasRecordedLines() const { return m_recordedLines > 0; }

private:
    void transmitScripted(std::int64_t nowMs, std::vector<feeds::ReceivedLine> &out);
    core::Result<void> playRecorded(std::int64_t nowMs, std::vector<feeds::ReceivedLine> &out);
    std::vector<feeds::ReceivedLine> scriptedAt(std::int64_t timeMs, bool withStatic);

    const storage::Database &m_database;
    const ExerciseClock &m_clock;
    Scenario m_scenario;
    QDateTime m_startUtc;
    std::map<QString, geo::LatLon> m_places;
    std::vector<std::vector<TimedPosition>> m_tracks; ///< per traffic vessel
    LineSink m_sink;
    std::int64_t m_scriptedDoneMs = -1; ///< exercise time up to which position reports were sent
    int m_sequenceId = 0;
    std::int64_t m_recordedLines = 0;
    std::int64_t m_recordedUpToMs = -1; ///< exercise time up to which recorded lines were played
    std::optional<std::pair<std::int64_t, std::int64_t>> m_recordedLast; ///< (time, id) last played
    std::uint64_t m_linesSent = 0;
};

} // namespace marsa::replay
