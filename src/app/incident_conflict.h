#pragma once

#include "app/conflict_dialog.h"
#include "app/incident_commands.h"
#include "core/asset.h"
#include "core/incident.h"
#include "core/permissions.h"
#include "core/result.h"

#include <QColor>
#include <QDateTime>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace marsa::core {
class Clock;
}
namespace marsa::storage {
class Database;
struct IncidentEvent;
} // namespace marsa::storage

namespace marsa::app {

/// A case as a console shows it: the record, its taskings and the newest timeline event read with it.
/// What the officer saw when they began a change is the version the change is made on.
struct CaseState {
    core::Incident incident;
    std::vector<core::Tasking> taskings;
    std::int64_t lastEventId = 0; ///< the newest event of the case's timeline shown; 0 for none
};

/// Reads a case as it is saved now.
core::Result<CaseState> readCaseState(storage::Database &database, const core::Clock &clock,
                                      core::IncidentId id);

/// One change of a case an officer asks for, in the terms a conflict needs: what it is called on a
/// given state of the case, what the case would look like after it, whether the rules still allow it,
/// and how it is written over a given version.
struct CaseChange {
    core::Action action = core::Action::AddLogEntry;
    QString remarks;
    /// "Status Assessing → On scene", on the state the change starts from.
    std::function<QString(const CaseState &)> describe;
    /// The case as it would be after the change, `at` the time it is made.
    std::function<void(CaseState &, const QDateTime &at)> project;
    /// The state machine's answer on a state (permissions are checked besides).
    std::function<core::Decision(const CaseState &)> rule;
    /// Writes the change over `version`; the answer is the case after it.
    std::function<core::Result<EditResult>(std::optional<int> version)> write;
    /// On the undo stack (an edit), or a fact for the record (a unit on scene, a release).
    bool undoable = true;
};

/// Whether the officer may still make `change` on `now`: empty, or the reason they may not.
QString refusalOn(const CaseChange &change, const core::User &user, const CaseState &now);

/// Both versions of a case for app::ConflictDialog: the officer's change as made on `seen`, the case
/// saved now, and what the others wrote to its timeline since `seen` (`events`, the whole timeline).
ConflictComparison compareCase(const CaseChange &change, const core::User &user, const CaseState &seen,
                               const CaseState &now, const std::vector<storage::IncidentEvent> &events,
                               const std::map<std::int64_t, QString> &assetNames, const QDateTime &at,
                               const QColor &caution);

/// The log entry that keeps a change not applied after a conflict in the case's timeline.
QString notAppliedEntry(const CaseChange &change, const CaseState &seen);

} // namespace marsa::app
