#include "core/incident_rules.h"

#include <QCoreApplication>

#include <algorithm>

namespace marsa::core {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::IncidentRules)
};

} // namespace

std::vector<IncidentStatus> IncidentRules::nextStatuses(IncidentStatus from) {
    using S = IncidentStatus;
    switch (from) {
    case S::Reported:
        return {S::Assessing, S::AssetTasked, S::TransferredToOtherRcc, S::FalseAlarm};
    case S::Assessing:
        return {S::AssetTasked, S::TransferredToOtherRcc, S::FalseAlarm, S::LostContact};
    case S::AssetTasked:
        return {S::OnScene, S::Assessing, S::TransferredToOtherRcc, S::LostContact};
    case S::OnScene:
        return {S::RescueComplete, S::AssetTasked, S::LostContact};
    case S::RescueComplete:
        return {S::Disembarked};
    case S::Disembarked:
        return {S::Closed};
    case S::LostContact:
        return {S::Assessing, S::AssetTasked, S::Closed};
    case S::Closed:
    case S::TransferredToOtherRcc:
    case S::FalseAlarm:
        return {};
    }
    return {};
}

Decision IncidentRules::changeStatus(const Incident &incident, IncidentStatus to) {
    if (to == incident.status) {
        return Decision::refuse(
            Text::tr("Case %1 is already %2.").arg(incident.caseNumber.text(), statusName(to)));
    }
    if (isFinal(incident.status)) {
        return Decision::refuse(Text::tr("Case %1 is %2: reopen it before changing its status.")
                                    .arg(incident.caseNumber.text(), statusName(incident.status)));
    }
    const std::vector<IncidentStatus> allowed = nextStatuses(incident.status);
    if (std::find(allowed.begin(), allowed.end(), to) == allowed.end()) {
        return Decision::refuse(
            Text::tr("A case cannot go from %1 to %2.").arg(statusName(incident.status), statusName(to)));
    }
    if (to == IncidentStatus::Closed && incident.status == IncidentStatus::Disembarked && !incident.outcome) {
        return Decision::refuse(
            Text::tr("Record the outcome (rescued, dead, missing) before closing case %1.")
                .arg(incident.caseNumber.text()));
    }
    return Decision::allow();
}

Decision IncidentRules::changePhase(const Incident &incident, EmergencyPhase to, const QString &reason) {
    if (isFinal(incident.status)) {
        return Decision::refuse(Text::tr("Case %1 is %2: its phase no longer changes.")
                                    .arg(incident.caseNumber.text(), statusName(incident.status)));
    }
    if (to == incident.phase) {
        return Decision::refuse(
            Text::tr("Case %1 is already in %2.").arg(incident.caseNumber.text(), phaseCode(to)));
    }
    if (reason.trimmed().isEmpty()) {
        return Decision::refuse(Text::tr("Give the reason for declaring %1.").arg(phaseCode(to)));
    }
    return Decision::allow();
}

Decision IncidentRules::recordOutcome(const Incident &incident, const Outcome &outcome,
                                      const QString &remark) {
    if (outcome.rescued < 0 || outcome.dead < 0 || outcome.missing < 0) {
        return Decision::refuse(Text::tr("Counts cannot be negative."));
    }
    if (incident.status != IncidentStatus::OnScene && incident.status != IncidentStatus::RescueComplete &&
        incident.status != IncidentStatus::Disembarked && incident.status != IncidentStatus::LostContact) {
        return Decision::refuse(Text::tr("The outcome of case %1 is recorded once a unit is on scene.")
                                    .arg(incident.caseNumber.text()));
    }
    const int accounted = outcome.rescued + outcome.dead + outcome.missing;
    const int reported = incident.personsOnBoard.total;
    if (reported > 0 && accounted != reported && remark.trimmed().isEmpty()) {
        return Decision::refuse(
            Text::tr("Rescued, dead and missing add up to %1, but %2 were reported on board: "
                     "explain the difference in a remark.")
                .arg(accounted)
                .arg(reported));
    }
    return Decision::allow();
}

Decision IncidentRules::reopen(const Incident &incident, const QString &reason) {
    if (!isFinal(incident.status)) {
        return Decision::refuse(Text::tr("Case %1 is open.").arg(incident.caseNumber.text()));
    }
    if (reason.trimmed().isEmpty()) {
        return Decision::refuse(
            Text::tr("Give the reason for reopening case %1.").arg(incident.caseNumber.text()));
    }
    return Decision::allow();
}

} // namespace marsa::core
