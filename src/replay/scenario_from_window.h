#pragma once

#include "core/incident.h"
#include "core/result.h"
#include "replay/scenario.h"
#include "storage/exercise.h"

#include <QByteArray>

#include <cstdint>
#include <utility>

namespace marsa::storage {
class Database;
}

// An exercise made from a copy of a replay window (docs/exercises.md, "An exercise from a replay
// window"): the operational journal's window turned into a scenario the exercise runs.
namespace marsa::replay {

/// The longest window an exercise is made from.
inline constexpr std::int64_t kLongestWindowMs = 24LL * 3600 * 1000;

/// The window of a case as `marsa-cli replay --incident` takes it: from its first alert (which may
/// come before the case was opened) to its last change (its closure for a closed case).
core::Result<std::pair<std::int64_t, std::int64_t>> caseWindow(storage::Database &operational,
                                                               const core::CaseNumber &number);

/// Derives a scenario from the operational journal's window fromMs..toMs (UTC ms): T+0 at the
/// window's start (a fixed UTC instant, whole seconds), its length the duration (at least the ten
/// minutes a scenario lasts); one case per case whose first snapshot falls in the window, alerting
/// as the records first had it (time, source, position, uncertainty, persons, craft, condition,
/// phase) and moving through the positions its snapshots recorded; the real watch's actions (phase
/// and status changes, taskings, on scene, releases, outcome) as trainer notes, never sent to the
/// trainees and naming units and the watch, never a person; no traffic of its own (the exercise
/// plays the window's received lines) and weather "not recorded" (the records hold no wind). The
/// result passes readScenario. Refused: an exercise database, an empty or reversed window, one
/// longer than kLongestWindowMs, one in which no case starts.
core::Result<Scenario> scenarioFromWindow(const storage::Database &operational, std::int64_t fromMs,
                                          std::int64_t toMs);

/// The scenario file (JSON, as docs/scenarios.md describes it) of a scenario derived from a window.
QByteArray derivedScenarioJson(const Scenario &scenario);

/// What createWindowExercise made.
struct WindowExercise {
    storage::ExerciseReport report;
    Scenario scenario;
};

/// A new SQLite exercise database at targetPath made from the operational database's window
/// fromMs..toMs: the scenario derived from it (scenarioFromWindow, checked by readScenario) as the
/// exercise's script, and the window's received lines copied into exercise_traffic, with the
/// exercise's places, users, assets and facilities, all in one transaction (storage::
/// createExerciseDatabase). All or nothing: on a refusal or a failure no file is left.
core::Result<WindowExercise> createWindowExercise(const storage::Database &operational,
                                                  const QString &targetPath, const QString &name,
                                                  std::int64_t fromMs, std::int64_t toMs);

} // namespace marsa::replay
