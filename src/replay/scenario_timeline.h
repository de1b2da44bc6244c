#pragma once

#include "replay/scenario.h"

#include <vector>

namespace marsa::replay {

/// One scripted moment of an exercise, for the trainer's view and the debrief: what the
/// scenario makes happen, against which the trainees' actions are measured.
struct ScenarioEvent {
    enum class Kind { Alert, Weather, AssetReady, VesselAppears, Inject, End };
    Offset at;
    Kind kind = Kind::Inject;
    QString caseId;                   ///< Alert, and injects about a case
    QString asset;                    ///< AssetReady, and injects about a unit
    std::optional<InjectKind> inject; ///< Kind::Inject
    QString summary;                  ///< one translated line
};

/// Every alert, weather change, unit becoming ready, vessel appearing and inject, and the end,
/// in time order (in file order at the same time).
std::vector<ScenarioEvent> scenarioTimeline(const Scenario &scenario);

} // namespace marsa::replay
