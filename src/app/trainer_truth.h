#pragma once

#include "replay/scenario.h"

#include <QObject>

#include <cstdint>
#include <vector>

namespace marsa::chart {
class LayerStack;
struct TruthMark;
} // namespace marsa::chart

namespace marsa::app {

class ExerciseSession;

/// The trainer's own picture of a scenario exercise: while the trainer view is open, the chart of
/// that console shows where each alerted boat truly is at the exercise's time
/// (chart::ScenarioTruthLayer), moved every second with the session. withdraw() takes the layer out
/// of the stack (the trainer view closing); the trainees' consoles never have it.
class TrainerTruth final : public QObject {
    Q_OBJECT
public:
    TrainerTruth(ExerciseSession &session, replay::Scenario scenario, chart::LayerStack &layers,
                 QObject *parent = nullptr);

    /// The boats alerted by exercise time `elapsedSeconds` (after T+0), with their tracks from the
    /// alert and their position then.
    static std::vector<chart::TruthMark> marksAt(const replay::Scenario &scenario,
                                                 std::int64_t elapsedSeconds);

    /// Moves the marks to the session's exercise time now.
    void update();
    /// Takes the layer off the chart and stops moving it. Not done on destruction: a console closing
    /// with the view open tears its widgets down first, and they must not hear of the layer then.
    void withdraw();

Q_SIGNALS:
    /// The layer changed: the canvas paints again.
    void changed();

private:
    ExerciseSession &m_session;
    replay::Scenario m_scenario;
    chart::LayerStack &m_layers;
    std::int64_t m_shownSeconds = -1;
};

} // namespace marsa::app
