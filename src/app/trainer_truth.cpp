#include "app/trainer_truth.h"

#include "app/exercise_session.h"
#include "chart/layer_stack.h"
#include "chart/scenario_truth_layer.h"
#include "replay/drift.h"
#include "replay/exercise_clock.h"

namespace marsa::app {

namespace {

chart::ScenarioTruthLayer *truthLayer(chart::LayerStack &layers) {
    const int index = layers.indexOf(QLatin1String(chart::ScenarioTruthLayer::kId));
    return index < 0 ? nullptr : dynamic_cast<chart::ScenarioTruthLayer *>(layers.at(index));
}

} // namespace

TrainerTruth::TrainerTruth(ExerciseSession &session, replay::Scenario scenario, chart::LayerStack &layers,
                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scenario(std::move(scenario))
    , m_layers(layers) {
    if (truthLayer(m_layers) == nullptr) {
        // Over the cases, so the truth is never hidden under a case's disc.
        const int cases = m_layers.indexOf(QStringLiteral("incidents"));
        m_layers.insert(cases >= 0 ? cases + 1 : m_layers.count(),
                        std::make_unique<chart::ScenarioTruthLayer>());
    }
    connect(&m_session, &ExerciseSession::ticked, this, &TrainerTruth::update);
    connect(&m_session, &ExerciseSession::runChanged, this, &TrainerTruth::update);
    update();
}

void TrainerTruth::withdraw() {
    disconnect(&m_session, nullptr, this, nullptr);
    const int index = m_layers.indexOf(QLatin1String(chart::ScenarioTruthLayer::kId));
    if (index >= 0) {
        m_layers.remove(index);
        Q_EMIT changed();
    }
}

std::vector<chart::TruthMark> TrainerTruth::marksAt(const replay::Scenario &scenario,
                                                    std::int64_t elapsedSeconds) {
    std::vector<chart::TruthMark> marks;
    const replay::Offset at{elapsedSeconds};
    for (const replay::ScenarioCase &boat : scenario.cases) {
        if (boat.alertAt > at) {
            continue; // nobody knows of it yet, the trainer's script neither shows it
        }
        const std::vector<replay::TimedPosition> track = replay::driftTrack(scenario, boat, at);
        chart::TruthMark mark;
        mark.caseId = boat.id;
        for (const replay::TimedPosition &point : track) {
            if (point.at <= at) {
                mark.track.push_back(point.position);
            }
        }
        mark.now = replay::positionOnTrack(track, at);
        marks.push_back(std::move(mark));
    }
    return marks;
}

void TrainerTruth::update() {
    chart::ScenarioTruthLayer *layer = truthLayer(m_layers);
    const std::int64_t elapsed = m_session.clock().elapsedSeconds();
    if (layer == nullptr || elapsed == m_shownSeconds) {
        return;
    }
    m_shownSeconds = elapsed;
    layer->setMarks(marksAt(m_scenario, elapsed));
    m_layers.markChanged(m_layers.indexOf(layer->id()));
    Q_EMIT changed();
}

} // namespace marsa::app
