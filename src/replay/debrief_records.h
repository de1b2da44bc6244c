#pragma once

#include "core/result.h"
#include "replay/debrief.h"
#include "replay/scenario.h"

#include <QDateTime>
#include <QString>

namespace marsa::storage {
class Database;
}

namespace marsa::replay {

/// What a debrief is computed from: the exercise's script and the records its trainees made.
struct DebriefSource {
    QString exerciseName;
    Scenario scenario;
    QDateTime startUtc; ///< T+0
    DebriefRecords records;
};

/// Reads the script (storage::exerciseScriptOf) and the records of an exercise database: its cases
/// with their timelines, phase history (the journal), taskings and handovers, its units and places.
/// Refused, with the reason, for an operational database and an exercise made without a scenario.
core::Result<DebriefSource> readDebriefSource(storage::Database &database);

/// The same, computed: what `marsa-cli exercise debrief` and the Debrief dialog show.
core::Result<Debrief> debriefOf(storage::Database &database, QString *exerciseName = nullptr);

} // namespace marsa::replay
