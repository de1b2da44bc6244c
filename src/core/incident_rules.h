#pragma once

#include "core/incident.h"
#include "core/permissions.h"

#include <QString>

#include <vector>

namespace marsa::core {

/// The coordination state machine: which status may follow which, and when the emergency
/// phase may change. Each answer is a Decision with a reason the officer can read.
class IncidentRules {
public:
    /// The statuses that may follow `from` in the normal course of a case (reopening a closed
    /// case is separate: see reopen()).
    static std::vector<IncidentStatus> nextStatuses(IncidentStatus from);

    [[nodiscard]] static Decision changeStatus(const Incident &incident, IncidentStatus to);
    /// A phase change needs a reason (IAMSAR: the log shows why the phase was declared).
    [[nodiscard]] static Decision changePhase(const Incident &incident, EmergencyPhase to,
                                              const QString &reason);
    /// Counts that make sense: none negative, and not more rescued + dead + missing than on board
    /// unless the officer explains it (reports of persons on board are often low).
    [[nodiscard]] static Decision recordOutcome(const Incident &incident, const Outcome &outcome,
                                                const QString &remark);
    /// A closed, transferred or false-alarm case back to assessing, with a reason.
    [[nodiscard]] static Decision reopen(const Incident &incident, const QString &reason);
};

} // namespace marsa::core
