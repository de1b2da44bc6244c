#pragma once

#include "core/result.h"
#include "replay/exercise_clock.h"
#include "replay/scenario.h"
#include "replay/scenario_timeline.h"

#include <QSet>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace marsa::storage {
class Database;
}

namespace marsa::replay {

/// One message the scenario sends the trainees at its time (a scripted moment of
/// scenarioTimeline, or an asset back in service).
struct ScriptedMessage {
    QString key;            ///< "event:7" (index in scenarioTimeline), "back:7"
    Offset at;              ///< when it is due
    QString kind;           ///< "alert", "weather", "asset_ready", "asset_back" or an inject's key
    QByteArray payload;     ///< JSON: "text" and, for an alert, the case's fields
    std::size_t eventIndex; ///< in scenarioTimeline
};

/// Runs a scenario's messages on the console where the trainer view is open, as the exercise clock
/// moves: sends each scripted message that is due into the exercise database, once, whoever else
/// sends it (storage::ExerciseMessages). The scenario's AIS is not the director's: every console
/// plays it (replay::ExerciseTraffic). Refused on a database that is not an exercise with a scenario.
class ExerciseDirector {
public:
    /// `clock` is the exercise's, its run state kept current by the caller. Nothing is sent unless
    /// the exercise runs.
    static core::Result<std::unique_ptr<ExerciseDirector>> create(const storage::Database &database,
                                                                  const ExerciseClock &clock);

    const Scenario &scenario() const { return m_scenario; }
    const std::vector<ScenarioEvent> &timeline() const { return m_timeline; }
    const std::vector<ScriptedMessage> &messages() const { return m_messages; }
    QDateTime startUtc() const { return m_startUtc; }

    /// Sends what is due by the exercise clock; answers how many messages it stored now.
    core::Result<int> tick();
    /// The scripted message of timeline event `eventIndex`, sent now (at the clock's time) and not
    /// again at its own time; false when it was sent already. Refused for an event that sends none.
    core::Result<bool> sendNow(std::size_t eventIndex);
    /// A radio call the trainer types, sent now.
    core::Result<bool> sendRadioCall(const QString &text);
    /// The keys sent so far (read from the database at each tick).
    const QSet<QString> &sentKeys() const { return m_sent; }
    /// The scripted message of an event, or null when the event sends none (a trainer's note,
    /// a vessel appearing, the end).
    const ScriptedMessage *messageOf(std::size_t eventIndex) const;

private:
    ExerciseDirector(const storage::Database &database, const ExerciseClock &clock);
    core::Result<bool> publish(const ScriptedMessage &message, std::int64_t timeMs);

    const storage::Database &m_database;
    const ExerciseClock &m_clock;
    Scenario m_scenario;
    QDateTime m_startUtc;
    std::vector<ScenarioEvent> m_timeline;
    std::vector<ScriptedMessage> m_messages;
    QSet<QString> m_sent;
};

} // namespace marsa::replay
