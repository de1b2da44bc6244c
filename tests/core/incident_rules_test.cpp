#include "core/incident_rules.h"

#include <catch2/catch.hpp>

using namespace marsa::core;

namespace {

Incident caseIn(IncidentStatus status, EmergencyPhase phase = EmergencyPhase::Alert) {
    Incident incident;
    incident.caseNumber = {2026, 7};
    incident.status = status;
    incident.phase = phase;
    incident.personsOnBoard.total = 85;
    return incident;
}

} // namespace

TEST_CASE("A case number reads LY-year-sequence and is parsed back") {
    CHECK(CaseNumber{2026, 153}.text() == QStringLiteral("LY-2026-0153"));
    CHECK(CaseNumber::parse(QStringLiteral("ly-2026-0153")) == CaseNumber{2026, 153});
    CHECK(CaseNumber::parse(QStringLiteral("LY-2026-12345")) == CaseNumber{2026, 12345});
    CHECK_FALSE(CaseNumber::parse(QStringLiteral("LY-26-0153")));
    CHECK_FALSE(CaseNumber::parse(QStringLiteral("LY-2026-0000")));
    CHECK_FALSE(CaseNumber::parse(QStringLiteral("MT-2026-0153")));
    CHECK(CaseNumber{2026, 2} < CaseNumber{2026, 10});
}

TEST_CASE("The IAMSAR phases keep their code words") {
    CHECK(phaseCode(EmergencyPhase::Uncertainty) == QStringLiteral("INCERFA"));
    CHECK(phaseCode(EmergencyPhase::Alert) == QStringLiteral("ALERFA"));
    CHECK(phaseCode(EmergencyPhase::Distress) == QStringLiteral("DETRESFA"));
}

TEST_CASE("A case runs from report to closure in the order of a rescue") {
    Incident incident = caseIn(IncidentStatus::Reported);
    for (IncidentStatus next :
         {IncidentStatus::Assessing, IncidentStatus::AssetTasked, IncidentStatus::OnScene,
          IncidentStatus::RescueComplete, IncidentStatus::Disembarked}) {
        INFO(statusName(next).toStdString());
        REQUIRE(IncidentRules::changeStatus(incident, next).allowed);
        incident.status = next;
    }
    const Decision withoutOutcome = IncidentRules::changeStatus(incident, IncidentStatus::Closed);
    CHECK_FALSE(withoutOutcome.allowed);
    CHECK(withoutOutcome.reason.contains(QStringLiteral("outcome")));
    incident.outcome = Outcome{80, 2, 3};
    CHECK(IncidentRules::changeStatus(incident, IncidentStatus::Closed).allowed);
}

TEST_CASE("A transition the state machine does not allow is refused with a reason") {
    const Decision skip =
        IncidentRules::changeStatus(caseIn(IncidentStatus::Reported), IncidentStatus::Disembarked);
    CHECK_FALSE(skip.allowed);
    CHECK(skip.reason == QStringLiteral("A case cannot go from Reported to Disembarked."));
    CHECK_FALSE(
        IncidentRules::changeStatus(caseIn(IncidentStatus::Assessing), IncidentStatus::Assessing).allowed);
    CHECK_FALSE(
        IncidentRules::changeStatus(caseIn(IncidentStatus::RescueComplete), IncidentStatus::OnScene).allowed);
    const Decision closed =
        IncidentRules::changeStatus(caseIn(IncidentStatus::FalseAlarm), IncidentStatus::Assessing);
    CHECK_FALSE(closed.allowed);
    CHECK(closed.reason.contains(QStringLiteral("reopen")));
    for (IncidentStatus final :
         {IncidentStatus::Closed, IncidentStatus::TransferredToOtherRcc, IncidentStatus::FalseAlarm}) {
        CHECK(IncidentRules::nextStatuses(final).empty());
        CHECK(isFinal(final));
    }
    CHECK_FALSE(isFinal(IncidentStatus::LostContact));
}

TEST_CASE("A phase change needs a new phase, a reason and an open case") {
    const Incident incident = caseIn(IncidentStatus::Assessing, EmergencyPhase::Alert);
    CHECK(IncidentRules::changePhase(incident, EmergencyPhase::Distress, QStringLiteral("taking water"))
              .allowed);
    CHECK(
        IncidentRules::changePhase(incident, EmergencyPhase::Uncertainty, QStringLiteral("contact regained"))
            .allowed);
    const Decision noReason =
        IncidentRules::changePhase(incident, EmergencyPhase::Distress, QStringLiteral("  "));
    CHECK_FALSE(noReason.allowed);
    CHECK(noReason.reason.contains(QStringLiteral("DETRESFA")));
    CHECK_FALSE(IncidentRules::changePhase(incident, EmergencyPhase::Alert, QStringLiteral("same")).allowed);
    CHECK_FALSE(IncidentRules::changePhase(caseIn(IncidentStatus::Closed), EmergencyPhase::Distress,
                                           QStringLiteral("late"))
                    .allowed);
}

TEST_CASE("Outcome counts are never negative and must add up to those on board or be explained") {
    const Incident onScene = caseIn(IncidentStatus::OnScene);
    CHECK(IncidentRules::recordOutcome(onScene, {80, 2, 3}, {}).allowed);
    CHECK_FALSE(IncidentRules::recordOutcome(onScene, {-1, 0, 0}, QStringLiteral("typo")).allowed);
    const Decision unexplained = IncidentRules::recordOutcome(onScene, {90, 0, 0}, {});
    CHECK_FALSE(unexplained.allowed);
    CHECK(unexplained.reason.contains(QStringLiteral("90")));
    CHECK(unexplained.reason.contains(QStringLiteral("85")));
    CHECK(
        IncidentRules::recordOutcome(onScene, {90, 0, 0}, QStringLiteral("POB was under-reported")).allowed);
    CHECK_FALSE(IncidentRules::recordOutcome(caseIn(IncidentStatus::Reported), {1, 0, 0}, {}).allowed);
}

TEST_CASE("A closed case is reopened only with a reason") {
    CHECK(IncidentRules::reopen(caseIn(IncidentStatus::Closed), QStringLiteral("second boat found")).allowed);
    CHECK_FALSE(IncidentRules::reopen(caseIn(IncidentStatus::Closed), {}).allowed);
    CHECK_FALSE(IncidentRules::reopen(caseIn(IncidentStatus::Assessing), QStringLiteral("x")).allowed);
}
