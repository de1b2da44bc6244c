#include "core/handover_rules.h"

#include "core/countries.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace marsa::core {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::HandoverRules)
};

constexpr HandoverStep kSteps[] = {HandoverStep::Declaration, HandoverStep::Acknowledgement,
                                   HandoverStep::Medical, HandoverStep::Review};

QString utcMinute(const QDateTime &time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

/// Why a step cannot be signed now: what the handover waits for.
Decision notItsTurn(const Disembarkation &disembarkation) {
    const QString reference = disembarkation.reference();
    if (disembarkation.isLocked()) {
        return Decision::refuse(
            Text::tr("Handover %1 is approved and locked: correct it with an amendment.").arg(reference));
    }
    if (const auto step = disembarkation.returnedTo()) {
        return Decision::refuse(
            Text::tr("Handover %1 was returned to step %2 (%3), which is signed again first.")
                .arg(reference)
                .arg(static_cast<int>(*step))
                .arg(handoverStepName(*step)));
    }
    const auto next = HandoverRules::nextStep(disembarkation).value_or(HandoverStep::Review);
    return Decision::refuse(Text::tr("Handover %1 waits for step %2 (%3).")
                                .arg(reference)
                                .arg(static_cast<int>(next))
                                .arg(handoverStepName(next)));
}

/// Four eyes: whoever signed a step does not review it, except a trainer playing every part of an exercise.
Decision reviewerIsNotASigner(const User &user, const Incident &incident,
                              const Disembarkation &disembarkation) {
    if (user.role == Role::Trainer && incident.isExercise) {
        return Decision::allow();
    }
    for (HandoverStep step :
         {HandoverStep::Declaration, HandoverStep::Acknowledgement, HandoverStep::Medical}) {
        const auto signer = disembarkation.signerOf(step);
        if (signer && signer->userName == user.userName) {
            return Decision::refuse(
                Text::tr("You signed step %1 of handover %2: another supervisor reviews it.")
                    .arg(static_cast<int>(step))
                    .arg(disembarkation.reference()));
        }
    }
    return Decision::allow();
}

Decision countsNotNegative(std::initializer_list<int> counts) {
    for (int count : counts) {
        if (count < 0) {
            return Decision::refuse(Text::tr("Counts cannot be negative."));
        }
    }
    return Decision::allow();
}

Decision checkNationalities(const Declaration &declaration) {
    if (declaration.nationalities.empty()) {
        return Decision::allow();
    }
    std::set<QString> seen;
    int sum = 0;
    for (const NationalityCount &entry : declaration.nationalities) {
        const auto code = normalizedNationality(entry.country);
        if (!code) {
            return Decision::refuse(Text::tr("“%1” is not an ISO 3166 country code; record persons whose "
                                             "nationality is not known as “unknown”.")
                                        .arg(entry.country));
        }
        if (entry.count <= 0) {
            return Decision::refuse(Text::tr("Give each nationality a count above zero."));
        }
        if (!seen.insert(*code).second) {
            return Decision::refuse(
                Text::tr("%1 is listed twice among the nationalities.").arg(nationalityName(*code)));
        }
        sum += entry.count;
    }
    const int total = declaration.persons.total();
    if (sum < total) {
        return Decision::refuse(Text::tr("The nationalities add up to %1, but %2 persons were handed over: "
                                         "record the remaining %3 as unknown.")
                                    .arg(sum)
                                    .arg(total)
                                    .arg(total - sum));
    }
    if (sum > total) {
        return Decision::refuse(
            Text::tr("The nationalities add up to %1, more than the %2 persons handed over.")
                .arg(sum)
                .arg(total));
    }
    return Decision::allow();
}

Decision checkFacility(const HandoverLists &lists, std::int64_t id, FacilityKind kind) {
    const Facility *facility = lists.facility(id, kind);
    if (facility == nullptr) {
        return Decision::refuse(kind == FacilityKind::Hospital
                                    ? Text::tr("Choose the hospital from the list.")
                                    : Text::tr("Choose the detention centre from the list."));
    }
    if (!facility->isActive) {
        return Decision::refuse(
            kind == FacilityKind::Hospital
                ? Text::tr("%1 is no longer in use: choose another hospital.").arg(facility->name)
                : Text::tr("%1 is no longer in use: choose another detention centre.").arg(facility->name));
    }
    return Decision::allow();
}

} // namespace

const Place *HandoverLists::place(const QString &key) const {
    const auto found =
        std::find_if(places.begin(), places.end(), [&](const Place &p) { return p.key == key; });
    return found == places.end() ? nullptr : &*found;
}

const Facility *HandoverLists::facility(std::int64_t id, FacilityKind kind) const {
    const auto found = std::find_if(facilities.begin(), facilities.end(),
                                    [&](const Facility &f) { return f.id == id && f.kind == kind; });
    return found == facilities.end() ? nullptr : &*found;
}

std::optional<Agency> HandoverRules::agencyOf(HandoverStep step) {
    switch (step) {
    case HandoverStep::Declaration:
        return Agency::CoastGuard;
    case HandoverStep::Acknowledgement:
        return Agency::Dcim;
    case HandoverStep::Medical:
        return Agency::RedCrescent;
    case HandoverStep::Review:
        return std::nullopt;
    }
    return std::nullopt;
}

Action HandoverRules::actionOf(HandoverStep step) {
    switch (step) {
    case HandoverStep::Declaration:
        return Action::DeclareHandover;
    case HandoverStep::Acknowledgement:
        return Action::AcknowledgeHandover;
    case HandoverStep::Medical:
        return Action::RecordMedical;
    case HandoverStep::Review:
        return Action::ReviewHandover;
    }
    return Action::ReviewHandover;
}

Decision HandoverRules::authorizeStep(const User &user, HandoverStep step, const Incident &incident) {
    // The handover's own words first for the people who take part in it; the permission matrix
    // answers for the others (disabled accounts, observers, administrators) and for the case.
    const bool takesPart = user.isActive && user.agency != Agency::Observer &&
                           (user.role == Role::WatchOfficer || user.role == Role::Supervisor);
    if (takesPart) {
        const auto agency = agencyOf(step);
        if (agency && user.agency != *agency) {
            return Decision::refuse(Text::tr("Only the %1 signs step %2 (%3); you sign for the %4.")
                                        .arg(agencyName(*agency))
                                        .arg(static_cast<int>(step))
                                        .arg(handoverStepName(step), agencyName(user.agency)));
        }
        if (!agency && user.role != Role::Supervisor) {
            return Decision::refuse(Text::tr("Only a supervisor reviews a handover."));
        }
    }
    return authorize(user, actionOf(step), &incident);
}

Decision HandoverRules::mayDeclare(const User &user, const Incident &incident) {
    if (const Decision allowed = authorizeStep(user, HandoverStep::Declaration, incident); !allowed) {
        return allowed;
    }
    if (incident.status != IncidentStatus::OnScene && incident.status != IncidentStatus::RescueComplete &&
        incident.status != IncidentStatus::Disembarked) {
        return Decision::refuse(Text::tr("A disembarkation is declared for a case on scene, rescued or "
                                         "disembarked; case %1 is %2.")
                                    .arg(incident.caseNumber.text(), statusName(incident.status)));
    }
    if (!incident.outcome) {
        return Decision::refuse(Text::tr("Record the outcome of case %1 (rescued, dead, missing) before "
                                         "declaring its disembarkation.")
                                    .arg(incident.caseNumber.text()));
    }
    return Decision::allow();
}

Decision HandoverRules::mayStart(const User &user, HandoverStep step, const Incident &incident,
                                 const Disembarkation &disembarkation) {
    if (const Decision allowed = authorizeStep(user, step, incident); !allowed) {
        return allowed;
    }
    bool itsTurn = disembarkation.returnedTo() == step;
    switch (step) {
    case HandoverStep::Declaration:
        break; // signed once when declared; again only after a return to it
    case HandoverStep::Acknowledgement:
        itsTurn = itsTurn || disembarkation.state == HandoverState::Declared;
        break;
    case HandoverStep::Medical:
        itsTurn = itsTurn || disembarkation.state == HandoverState::Acknowledged;
        break;
    case HandoverStep::Review:
        itsTurn = disembarkation.state == HandoverState::MedicalRecorded;
        break;
    }
    if (!itsTurn) {
        return notItsTurn(disembarkation);
    }
    if (step == HandoverStep::Review) {
        return reviewerIsNotASigner(user, incident, disembarkation);
    }
    return Decision::allow();
}

Decision HandoverRules::mayAmend(const User &user, const Incident &incident,
                                 const Disembarkation &disembarkation) {
    // A closed case keeps its approved handovers open to correction: the amendment is its own record.
    if (user.isActive && user.agency != Agency::Observer && user.role == Role::WatchOfficer) {
        return Decision::refuse(Text::tr("Only a supervisor amends an approved handover."));
    }
    if (const Decision allowed = authorize(user, Action::ReviewHandover); !allowed) {
        return allowed;
    }
    if (user.role == Role::Trainer && !incident.isExercise) {
        return Decision::refuse(Text::tr("Trainers act only on exercise cases, never on operational ones."));
    }
    if (!disembarkation.isLocked()) {
        return Decision::refuse(Text::tr("Handover %1 is not approved yet: its steps are corrected by "
                                         "returning it to them, not by an amendment.")
                                    .arg(disembarkation.reference()));
    }
    return Decision::allow();
}

Decision HandoverRules::mayExplain(const User &user, const Incident &incident,
                                   const Disembarkation &disembarkation) {
    // Anyone who may sign one of the steps or review them explains; otherwise the refusal of the
    // step of the user's own agency says why not.
    bool mayTakePart = false;
    for (HandoverStep step : kSteps) {
        mayTakePart = mayTakePart || authorizeStep(user, step, incident).allowed;
    }
    if (!mayTakePart) {
        const HandoverStep own = user.agency == Agency::Dcim          ? HandoverStep::Acknowledgement
                                 : user.agency == Agency::RedCrescent ? HandoverStep::Medical
                                                                      : HandoverStep::Declaration;
        return authorizeStep(user, own, incident);
    }
    if (disembarkation.isLocked()) {
        return notItsTurn(disembarkation);
    }
    return Decision::allow();
}

Decision HandoverRules::declare(const User &user, const Incident &incident, const Declaration &declaration,
                                const HandoverLists &lists, const QDateTime &nowUtc) {
    if (const Decision allowed = mayDeclare(user, incident); !allowed) {
        return allowed;
    }
    return checkDeclaration(declaration, incident, lists, nowUtc);
}

Decision HandoverRules::redeclare(const User &user, const Incident &incident,
                                  const Disembarkation &disembarkation, const Declaration &declaration,
                                  const HandoverLists &lists, const QDateTime &nowUtc) {
    if (const Decision allowed = mayStart(user, HandoverStep::Declaration, incident, disembarkation);
        !allowed) {
        return allowed;
    }
    return checkDeclaration(declaration, incident, lists, nowUtc);
}

Decision HandoverRules::acknowledge(const User &user, const Incident &incident,
                                    const Disembarkation &disembarkation,
                                    const Acknowledgement &acknowledgement, const HandoverLists &lists) {
    if (const Decision allowed = mayStart(user, HandoverStep::Acknowledgement, incident, disembarkation);
        !allowed) {
        return allowed;
    }
    return checkAcknowledgement(acknowledgement, disembarkation.declaration.values, lists);
}

Decision HandoverRules::recordMedical(const User &user, const Incident &incident,
                                      const Disembarkation &disembarkation, const MedicalReport &report,
                                      const HandoverLists &lists) {
    if (const Decision allowed = mayStart(user, HandoverStep::Medical, incident, disembarkation); !allowed) {
        return allowed;
    }
    return checkMedical(report, disembarkation.declaration.values, lists);
}

Decision HandoverRules::explain(const User &user, const Incident &incident,
                                const Disembarkation &disembarkation, DiscrepancyRule rule,
                                const QString &text, const std::vector<Discrepancy> &current) {
    if (const Decision allowed = mayExplain(user, incident, disembarkation); !allowed) {
        return allowed;
    }
    return checkExplanation(disembarkation, rule, text, current);
}

Decision HandoverRules::checkExplanation(const Disembarkation &disembarkation, DiscrepancyRule rule,
                                         const QString &text, const std::vector<Discrepancy> &current) {
    if (text.trimmed().isEmpty()) {
        return Decision::refuse(Text::tr("Write the explanation of the discrepancy."));
    }
    if (std::none_of(current.begin(), current.end(), [&](const Discrepancy &d) { return d.rule == rule; })) {
        return Decision::refuse(Text::tr("Handover %1 has no discrepancy “%2” to explain.")
                                    .arg(disembarkation.reference(), discrepancyRuleName(rule)));
    }
    return Decision::allow();
}

Decision HandoverRules::approve(const User &user, const Incident &incident,
                                const Disembarkation &disembarkation,
                                const std::vector<Discrepancy> &unexplained) {
    if (const Decision allowed = mayStart(user, HandoverStep::Review, incident, disembarkation); !allowed) {
        return allowed;
    }
    if (!unexplained.empty()) {
        QStringList names;
        for (const Discrepancy &discrepancy : unexplained) {
            names << discrepancyRuleName(discrepancy.rule);
        }
        return Decision::refuse(Text::tr("Explain each discrepancy of handover %1 before approving it: %2.")
                                    .arg(disembarkation.reference(), names.join(QStringLiteral("; "))));
    }
    return Decision::allow();
}

Decision HandoverRules::returnTo(const User &user, const Incident &incident,
                                 const Disembarkation &disembarkation, HandoverStep step,
                                 const QString &reason) {
    if (const Decision allowed = mayStart(user, HandoverStep::Review, incident, disembarkation); !allowed) {
        return allowed;
    }
    if (step == HandoverStep::Review) {
        return Decision::refuse(Text::tr("A handover is returned to step 1, 2 or 3."));
    }
    if (reason.trimmed().isEmpty()) {
        return Decision::refuse(
            Text::tr("Give the reason for returning the handover to step %1.").arg(static_cast<int>(step)));
    }
    return Decision::allow();
}

Decision HandoverRules::amend(const User &user, const Incident &incident,
                              const Disembarkation &disembarkation, const StepValues &values,
                              const QString &reason, const HandoverLists &lists, const QDateTime &nowUtc,
                              const std::vector<Discrepancy> &unexplainedAfter) {
    if (const Decision allowed = mayAmend(user, incident, disembarkation); !allowed) {
        return allowed;
    }
    if (reason.trimmed().isEmpty()) {
        return Decision::refuse(Text::tr("Give the reason for the amendment."));
    }
    const Declaration &declared = disembarkation.declaration.values;
    Decision valid = Decision::allow();
    bool unchanged = false;
    if (const auto *declaration = std::get_if<Declaration>(&values)) {
        valid = checkDeclaration(*declaration, incident, lists, nowUtc);
        unchanged = normalized(*declaration) == declared;
    } else if (const auto *acknowledgement = std::get_if<Acknowledgement>(&values)) {
        valid = checkAcknowledgement(*acknowledgement, declared, lists);
        unchanged =
            disembarkation.acknowledgement && *acknowledgement == disembarkation.acknowledgement->values;
    } else if (const auto *report = std::get_if<MedicalReport>(&values)) {
        valid = checkMedical(*report, declared, lists);
        unchanged = disembarkation.medical && *report == disembarkation.medical->values;
    }
    if (!valid) {
        return valid;
    }
    if (unchanged) {
        return Decision::refuse(Text::tr("The amendment changes nothing."));
    }
    if (!unexplainedAfter.empty()) {
        QStringList names;
        for (const Discrepancy &discrepancy : unexplainedAfter) {
            names << discrepancyRuleName(discrepancy.rule);
        }
        return Decision::refuse(Text::tr("Explain the discrepancies the amendment leaves: %1.")
                                    .arg(names.join(QStringLiteral("; "))));
    }
    return Decision::allow();
}

Decision HandoverRules::checkDeclaration(const Declaration &declaration, const Incident &incident,
                                         const HandoverLists &lists, const QDateTime &nowUtc) {
    const bool hasPlace = !declaration.placeKey.trimmed().isEmpty();
    if (!hasPlace && !declaration.position) {
        return Decision::refuse(
            Text::tr("Give the place of disembarkation: a port from the list, or a position."));
    }
    if (hasPlace && declaration.position) {
        return Decision::refuse(Text::tr("Give a port from the list or a position, not both."));
    }
    if (hasPlace && lists.place(declaration.placeKey.trimmed()) == nullptr) {
        return Decision::refuse(
            Text::tr("“%1” is not a port or place of the list.").arg(declaration.placeKey));
    }
    if (declaration.position &&
        (!declaration.position->isValid() ||
         !kChartArea.contains(declaration.position->latitude(), declaration.position->longitude()))) {
        return Decision::refuse(Text::tr("The position of disembarkation is outside the chart's area."));
    }
    if (!declaration.timeUtc.isValid()) {
        return Decision::refuse(Text::tr("Give the date and time of disembarkation (UTC)."));
    }
    if (declaration.timeUtc > nowUtc) {
        return Decision::refuse(
            Text::tr("The disembarkation at %1 UTC is in the future.").arg(utcMinute(declaration.timeUtc)));
    }
    if (incident.firstAlertUtc.isValid() && declaration.timeUtc < incident.firstAlertUtc) {
        return Decision::refuse(
            Text::tr("The disembarkation at %1 UTC is before the first alert of case %2 (%3 UTC).")
                .arg(utcMinute(declaration.timeUtc), incident.caseNumber.text(),
                     utcMinute(incident.firstAlertUtc)));
    }
    if (declaration.unit.trimmed().isEmpty()) {
        return Decision::refuse(Text::tr("Name the disembarking unit."));
    }
    const PersonCounts &persons = declaration.persons;
    if (const Decision counts = countsNotNegative(
            {persons.men, persons.women, persons.boys, persons.girls, persons.unknown,
             declaration.unaccompaniedMinors, declaration.medicalCasesReferred, declaration.bodiesRecovered});
        !counts) {
        return counts;
    }
    if (persons.total() == 0 && declaration.bodiesRecovered == 0) {
        return Decision::refuse(Text::tr("A disembarkation brings at least one person or body ashore."));
    }
    if (declaration.unaccompaniedMinors > persons.children()) {
        return Decision::refuse(
            Text::tr("%1 unaccompanied minors, but only %2 children (boys and girls) were "
                     "handed over.")
                .arg(declaration.unaccompaniedMinors)
                .arg(persons.children()));
    }
    if (declaration.medicalCasesReferred > persons.total()) {
        return Decision::refuse(Text::tr("%1 persons referred to medical care, but only %2 were handed over.")
                                    .arg(declaration.medicalCasesReferred)
                                    .arg(persons.total()));
    }
    if (const Decision nationalities = checkNationalities(declaration); !nationalities) {
        return nationalities;
    }
    const auto &parties = declaration.monitoringParties;
    if (std::find(parties.begin(), parties.end(), MonitoringParty::Other) != parties.end() &&
        declaration.otherMonitoringParty.trimmed().isEmpty()) {
        return Decision::refuse(Text::tr("Name the other monitoring party."));
    }
    return Decision::allow();
}

Decision HandoverRules::checkAcknowledgement(const Acknowledgement &acknowledgement,
                                             const Declaration &declaration, const HandoverLists &lists) {
    const PersonCounts &received = acknowledgement.received;
    if (const Decision counts = countsNotNegative(
            {received.men, received.women, received.boys, received.girls, received.unknown});
        !counts) {
        return counts;
    }
    for (const Transfer &transfer : acknowledgement.transfers) {
        if (transfer.count <= 0) {
            return Decision::refuse(Text::tr("Give each transfer a count above zero."));
        }
        if (transfer.kind == TransferKind::DetentionCentre) {
            if (const Decision centre =
                    checkFacility(lists, transfer.facilityId, FacilityKind::DetentionCentre);
                !centre) {
                return centre;
            }
        }
        if (transfer.kind == TransferKind::Other && transfer.note.trimmed().isEmpty()) {
            return Decision::refuse(Text::tr("Say where the persons of the other transfer went."));
        }
    }
    if (acknowledgement.transferred() != received.total()) {
        return Decision::refuse(
            Text::tr("The transfers add up to %1, but DCIM received %2: say where each person went.")
                .arg(acknowledgement.transferred())
                .arg(received.total()));
    }
    const int handedOver = declaration.persons.total();
    if (received.total() > handedOver && acknowledgement.remarks.trimmed().isEmpty()) {
        return Decision::refuse(
            Text::tr("DCIM received %1, more than the %2 handed over: explain the difference in a remark.")
                .arg(received.total())
                .arg(handedOver));
    }
    return Decision::allow();
}

Decision HandoverRules::checkMedical(const MedicalReport &report, const Declaration &declaration,
                                     const HandoverLists &lists) {
    if (const Decision counts = countsNotNegative({report.medicalCases, report.bodies}); !counts) {
        return counts;
    }
    const int handedOver = declaration.persons.total();
    if (report.medicalCases > handedOver) {
        return Decision::refuse(Text::tr("%1 medical cases, more than the %2 persons handed over.")
                                    .arg(report.medicalCases)
                                    .arg(handedOver));
    }
    for (const Evacuation &evacuation : report.evacuations) {
        if (evacuation.count <= 0) {
            return Decision::refuse(Text::tr("Give each evacuation a count above zero."));
        }
        if (const Decision hospital = checkFacility(lists, evacuation.hospitalId, FacilityKind::Hospital);
            !hospital) {
            return hospital;
        }
    }
    if (report.evacuated() > report.medicalCases) {
        return Decision::refuse(Text::tr("%1 persons evacuated to hospital, more than the %2 medical cases.")
                                    .arg(report.evacuated())
                                    .arg(report.medicalCases));
    }
    if (report.bodiesHospitalId != 0) {
        if (const Decision hospital = checkFacility(lists, report.bodiesHospitalId, FacilityKind::Hospital);
            !hospital) {
            return hospital;
        }
    } else if (report.bodies > 0 && report.bodiesTakenTo.trimmed().isEmpty()) {
        return Decision::refuse(Text::tr("Say where the bodies were taken."));
    }
    return Decision::allow();
}

Declaration HandoverRules::normalized(const Declaration &declaration) {
    Declaration result = declaration;
    result.placeKey = declaration.placeKey.trimmed();
    result.placeNote = declaration.placeNote.trimmed();
    result.timeUtc = declaration.timeUtc.toUTC();
    result.unit = declaration.unit.trimmed();
    result.otherMonitoringParty = declaration.otherMonitoringParty.trimmed();
    result.remarks = declaration.remarks.trimmed();
    for (NationalityCount &entry : result.nationalities) {
        entry.country = normalizedNationality(entry.country).value_or(entry.country.trimmed());
    }
    // One order for storage and comparison: alpha-2 codes (capitals), then "unknown".
    std::sort(result.nationalities.begin(), result.nationalities.end(),
              [](const NationalityCount &a, const NationalityCount &b) { return a.country < b.country; });
    std::vector<MonitoringParty> parties;
    for (MonitoringParty party : declaration.monitoringParties) {
        if (std::find(parties.begin(), parties.end(), party) == parties.end()) {
            parties.push_back(party);
        }
    }
    std::sort(parties.begin(), parties.end());
    result.monitoringParties = parties;
    if (std::find(parties.begin(), parties.end(), MonitoringParty::Other) == parties.end()) {
        result.otherMonitoringParty.clear();
    }
    return result;
}

HandoverState HandoverRules::stateAfterSigning(const Disembarkation &disembarkation, HandoverStep step) {
    const bool acknowledged = disembarkation.acknowledgement || step == HandoverStep::Acknowledgement;
    const bool medical = disembarkation.medical || step == HandoverStep::Medical;
    if (acknowledged && medical) {
        return HandoverState::MedicalRecorded;
    }
    return acknowledged ? HandoverState::Acknowledged : HandoverState::Declared;
}

std::optional<HandoverStep> HandoverRules::nextStep(const Disembarkation &disembarkation) {
    switch (disembarkation.state) {
    case HandoverState::Declared:
        return HandoverStep::Acknowledgement;
    case HandoverState::Acknowledged:
        return HandoverStep::Medical;
    case HandoverState::MedicalRecorded:
        return HandoverStep::Review;
    case HandoverState::Returned:
        return disembarkation.returnedTo();
    case HandoverState::Approved:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace marsa::core
