#include "core/handover_rules.h"

#include "catch_qt.h"
#include "handover_fixtures.h"

using namespace marsa::core;
using namespace handover_test;

TEST_CASE("A handover walks through its four steps, each signed by its own agency") {
    const Incident incident = rescuedCase();
    const HandoverLists known = lists();
    CHECK(HandoverRules::declare(kCoastGuard, incident, declaration(), known, kNow));

    Disembarkation d = declared();
    CHECK(HandoverRules::nextStep(d) == HandoverStep::Acknowledgement);
    CHECK(HandoverRules::acknowledge(kDcim, incident, d, acknowledgement(), known));
    d.acknowledgement = Signed<Acknowledgement>{acknowledgement(), signatureOf(kDcim, kNow)};
    d.state = HandoverRules::stateAfterSigning(declared(), HandoverStep::Acknowledgement);
    CHECK(d.state == HandoverState::Acknowledged);
    CHECK(handoverStatusText(d) == QStringLiteral("Acknowledged by DCIM"));

    CHECK(HandoverRules::recordMedical(kRedCrescent, incident, d, medicalReport(), known));
    d.state = HandoverRules::stateAfterSigning(d, HandoverStep::Medical);
    d.medical = Signed<MedicalReport>{medicalReport(), signatureOf(kRedCrescent, kNow)};
    CHECK(d.state == HandoverState::MedicalRecorded);
    CHECK(HandoverRules::nextStep(d) == HandoverStep::Review);

    const auto found = HandoverRules::discrepancies(incident, d, {});
    CHECK(found.empty());
    CHECK(HandoverRules::approve(kSupervisor, incident, d, found));
    d.state = HandoverState::Approved;
    CHECK(d.isLocked());
    CHECK_FALSE(HandoverRules::nextStep(d).has_value());
    CHECK(d.signerOf(HandoverStep::Acknowledgement)->userName == QStringLiteral("k.nasser"));
    CHECK(d.reference() == QStringLiteral("LY-2026-0153/1"));
}

TEST_CASE("No agency can sign another agency's step: core refuses it") {
    const Incident incident = rescuedCase();
    struct Expected {
        const User *user;
        HandoverStep step;
        bool allowed;
    };
    const Expected table[] = {
        {&kCoastGuard, HandoverStep::Declaration, true},
        {&kCoastGuard, HandoverStep::Acknowledgement, false},
        {&kCoastGuard, HandoverStep::Medical, false},
        {&kCoastGuard, HandoverStep::Review, false},
        {&kDcim, HandoverStep::Declaration, false},
        {&kDcim, HandoverStep::Acknowledgement, true},
        {&kDcim, HandoverStep::Medical, false},
        {&kDcim, HandoverStep::Review, false},
        {&kRedCrescent, HandoverStep::Declaration, false},
        {&kRedCrescent, HandoverStep::Acknowledgement, false},
        {&kRedCrescent, HandoverStep::Medical, true},
        {&kRedCrescent, HandoverStep::Review, false},
        {&kSupervisor, HandoverStep::Declaration, true},
        {&kSupervisor, HandoverStep::Acknowledgement, false},
        {&kSupervisor, HandoverStep::Review, true},
        {&kDcimSupervisor, HandoverStep::Declaration, false},
        {&kDcimSupervisor, HandoverStep::Acknowledgement, true},
        {&kDcimSupervisor, HandoverStep::Review, true},
        {&kObserver, HandoverStep::Declaration, false},
        {&kObserver, HandoverStep::Review, false},
        {&kAdministrator, HandoverStep::Declaration, false},
        {&kAdministrator, HandoverStep::Review, false},
    };
    for (const Expected &row : table) {
        INFO(row.user->userName.toStdString() << " step " << static_cast<int>(row.step));
        const Decision decision = HandoverRules::authorizeStep(*row.user, row.step, incident);
        CHECK(decision.allowed == row.allowed);
        CHECK(decision.reason.isEmpty() == row.allowed);
    }
    CHECK(HandoverRules::authorizeStep(kRedCrescent, HandoverStep::Acknowledgement, incident).reason ==
          QStringLiteral(
              "Only the DCIM signs step 2 (DCIM acknowledgement); you sign for the Libyan Red Crescent."));
    CHECK(HandoverRules::authorizeStep(kDcim, HandoverStep::Review, incident).reason ==
          QStringLiteral("Only a supervisor reviews a handover."));
    CHECK(HandoverRules::authorizeStep(kObserver, HandoverStep::Declaration, incident).reason ==
          QStringLiteral("Observers read the record; they never change it."));

    // The step functions refuse too, before they look at any value.
    const Disembarkation d = declared();
    CHECK(HandoverRules::acknowledge(kRedCrescent, incident, d, acknowledgement(), lists())
              .reason.startsWith(QStringLiteral("Only the DCIM signs step 2")));
    CHECK_FALSE(HandoverRules::declare(kDcim, incident, declaration(), lists(), kNow));
    CHECK_FALSE(
        HandoverRules::recordMedical(kCoastGuard, incident, waitingForReview(), medicalReport(), lists()));
    CHECK_FALSE(HandoverRules::approve(kDcim, incident, waitingForReview(), {}));
}

TEST_CASE("Handover steps come in order, each once") {
    const Incident incident = rescuedCase();
    const Disembarkation d = declared();
    CHECK(HandoverRules::recordMedical(kRedCrescent, incident, d, medicalReport(), lists()).reason ==
          QStringLiteral("Handover LY-2026-0153/1 waits for step 2 (DCIM acknowledgement)."));
    CHECK(HandoverRules::approve(kSupervisor, incident, d, {}).reason ==
          QStringLiteral("Handover LY-2026-0153/1 waits for step 2 (DCIM acknowledgement)."));
    const Disembarkation review = waitingForReview();
    CHECK(HandoverRules::acknowledge(kDcim, incident, review, acknowledgement(), lists()).reason ==
          QStringLiteral("Handover LY-2026-0153/1 waits for step 4 (Supervisor review)."));
    CHECK_FALSE(HandoverRules::redeclare(kCoastGuard, incident, review, declaration(), lists(), kNow));
}

TEST_CASE(
    "A supervisor returns a handover to a named step with a reason, and only that step is signed again") {
    const Incident incident = rescuedCase();
    Disembarkation d = waitingForReview();
    CHECK(HandoverRules::returnTo(kSupervisor, incident, d, HandoverStep::Acknowledgement, {}).reason ==
          QStringLiteral("Give the reason for returning the handover to step 2."));
    CHECK_FALSE(HandoverRules::returnTo(kSupervisor, incident, d, HandoverStep::Review, QStringLiteral("x")));
    REQUIRE(HandoverRules::returnTo(kSupervisor, incident, d, HandoverStep::Acknowledgement,
                                    QStringLiteral("recount at the centre")));
    d.state = HandoverState::Returned;
    d.review = Signed<Review>{{false, HandoverStep::Acknowledgement, QStringLiteral("recount")},
                              signatureOf(kSupervisor, kNow)};
    CHECK(d.returnedTo() == HandoverStep::Acknowledgement);
    CHECK(handoverStatusText(d) == QStringLiteral("Returned to step 2 (DCIM acknowledgement)"));
    CHECK(HandoverRules::nextStep(d) == HandoverStep::Acknowledgement);

    CHECK(HandoverRules::recordMedical(kRedCrescent, incident, d, medicalReport(), lists()).reason ==
          QStringLiteral(
              "Handover LY-2026-0153/1 was returned to step 2 (DCIM acknowledgement), which is signed "
              "again first."));
    CHECK_FALSE(HandoverRules::redeclare(kCoastGuard, incident, d, declaration(), lists(), kNow));
    CHECK_FALSE(HandoverRules::approve(kDcimSupervisor, incident, d, {}));
    CHECK(HandoverRules::acknowledge(kDcim, incident, d, acknowledgement(), lists()));
    // The later steps keep their values: signed again, the handover waits for review once more.
    CHECK(HandoverRules::stateAfterSigning(d, HandoverStep::Acknowledgement) ==
          HandoverState::MedicalRecorded);

    d.review->values.returnedTo = HandoverStep::Declaration;
    CHECK(HandoverRules::redeclare(kCoastGuard, incident, d, declaration(), lists(), kNow));
    CHECK_FALSE(HandoverRules::acknowledge(kDcim, incident, d, acknowledgement(), lists()));
}

TEST_CASE("Whoever signed a step of a handover does not review it") {
    const Incident incident = rescuedCase();
    Disembarkation d = waitingForReview();
    d.declaration.signature = signatureOf(kSupervisor, kAshore);
    CHECK(HandoverRules::approve(kSupervisor, incident, d, {}).reason ==
          QStringLiteral("You signed step 1 of handover LY-2026-0153/1: another supervisor reviews it."));
    CHECK_FALSE(
        HandoverRules::returnTo(kSupervisor, incident, d, HandoverStep::Medical, QStringLiteral("why")));
    CHECK(HandoverRules::approve(kDcimSupervisor, incident, d, {}));
}

TEST_CASE("Trainers play every part of an exercise handover, and none of an operational one") {
    Incident exercise = rescuedCase();
    exercise.isExercise = true;
    Disembarkation d = waitingForReview();
    d.isExercise = true;
    d.declaration.signature = signatureOf(kTrainer, kAshore);
    d.acknowledgement->signature = signatureOf(kTrainer, kAshore);
    for (HandoverStep step : {HandoverStep::Declaration, HandoverStep::Acknowledgement, HandoverStep::Medical,
                              HandoverStep::Review}) {
        CHECK(HandoverRules::authorizeStep(kTrainer, step, exercise));
    }
    CHECK(HandoverRules::approve(kTrainer, exercise, d, {}));
    CHECK(HandoverRules::authorizeStep(kTrainer, HandoverStep::Declaration, rescuedCase()).reason ==
          QStringLiteral("Trainers act only on exercise cases, never on operational ones."));
}

TEST_CASE("A disembarkation is declared for a rescued case with its outcome, and not on a closed one") {
    Incident incident = rescuedCase();
    incident.status = IncidentStatus::Assessing;
    CHECK(HandoverRules::declare(kCoastGuard, incident, declaration(), lists(), kNow).reason ==
          QStringLiteral("A disembarkation is declared for a case on scene, rescued or disembarked; case "
                         "LY-2026-0153 is Assessing."));
    incident = rescuedCase();
    incident.outcome.reset();
    CHECK(HandoverRules::declare(kCoastGuard, incident, declaration(), lists(), kNow).reason ==
          QStringLiteral(
              "Record the outcome of case LY-2026-0153 (rescued, dead, missing) before declaring its "
              "disembarkation."));
    for (IncidentStatus status : {IncidentStatus::OnScene, IncidentStatus::Disembarked}) {
        incident = rescuedCase();
        incident.status = status;
        CHECK(HandoverRules::declare(kCoastGuard, incident, declaration(), lists(), kNow));
    }
    incident = rescuedCase();
    incident.status = IncidentStatus::Closed;
    CHECK(HandoverRules::acknowledge(kDcim, incident, declared(), acknowledgement(), lists()).reason ==
          QStringLiteral("Case LY-2026-0153 is closed: only a supervisor can change it."));
}

TEST_CASE("Impossible values are refused, each with a message that says what to do") {
    const Incident incident = rescuedCase();
    const HandoverLists known = lists();
    const auto declarationRefusal = [&](const auto &change) {
        Declaration d = declaration();
        change(d);
        return HandoverRules::checkDeclaration(d, incident, known, kNow).reason;
    };
    CHECK(declarationRefusal([](Declaration &d) { d.persons.men = -1; }) ==
          QStringLiteral("Counts cannot be negative."));
    CHECK(declarationRefusal([](Declaration &d) { d.unaccompaniedMinors = 11; }) ==
          QStringLiteral("11 unaccompanied minors, but only 10 children (boys and girls) were handed over."));
    CHECK(declarationRefusal([](Declaration &d) { d.nationalities.pop_back(); }) ==
          QStringLiteral(
              "The nationalities add up to 60, but 80 persons were handed over: record the remaining "
              "20 as unknown."));
    CHECK(declarationRefusal([](Declaration &d) { d.nationalities.front().count = 31; }) ==
          QStringLiteral("The nationalities add up to 81, more than the 80 persons handed over."));
    CHECK(
        declarationRefusal([](Declaration &d) { d.nationalities.front().country = QStringLiteral("XK"); }) ==
        QStringLiteral(
            "“XK” is not an ISO 3166 country code; record persons whose nationality is not known as "
            "“unknown”."));
    CHECK(declarationRefusal([](Declaration &d) { d.nationalities[1].country = QStringLiteral("SDN"); }) ==
          QStringLiteral("Sudan is listed twice among the nationalities."));
    CHECK(declarationRefusal([](Declaration &d) { d.medicalCasesReferred = 81; }) ==
          QStringLiteral("81 persons referred to medical care, but only 80 were handed over."));
    CHECK(declarationRefusal([](Declaration &d) { d.placeKey = QStringLiteral("naples"); }) ==
          QStringLiteral("“naples” is not a port or place of the list."));
    CHECK(declarationRefusal([](Declaration &d) { d.placeKey.clear(); }) ==
          QStringLiteral("Give the place of disembarkation: a port from the list, or a position."));
    CHECK(declarationRefusal([](Declaration &d) {
              d.placeKey.clear();
              d.position = QGeoCoordinate(45.0, 12.0);
          }) == QStringLiteral("The position of disembarkation is outside the chart's area."));
    CHECK(declarationRefusal([](Declaration &d) { d.timeUtc = kNow.addSecs(60); }) ==
          QStringLiteral("The disembarkation at 2026-11-23 09:01 UTC is in the future."));
    CHECK(declarationRefusal([](Declaration &d) { d.timeUtc = kAlert.addSecs(-60); }) ==
          QStringLiteral("The disembarkation at 2026-11-23 01:39 UTC is before the first alert of case "
                         "LY-2026-0153 (2026-11-23 01:40 UTC)."));
    CHECK(declarationRefusal([](Declaration &d) { d.unit = QStringLiteral("  "); }) ==
          QStringLiteral("Name the disembarking unit."));
    CHECK(declarationRefusal([](Declaration &d) { d.monitoringParties.push_back(MonitoringParty::Other); }) ==
          QStringLiteral("Name the other monitoring party."));
    CHECK(declarationRefusal([](Declaration &d) {
              d.persons = {};
              d.nationalities.clear();
              d.unaccompaniedMinors = 0;
              d.medicalCasesReferred = 0;
              d.bodiesRecovered = 0;
          }) == QStringLiteral("A disembarkation brings at least one person or body ashore."));
    // A position instead of a port, and no nationalities recorded at all, are fine.
    CHECK(declarationRefusal([](Declaration &d) {
              d.placeKey.clear();
              d.position = QGeoCoordinate(32.95, 12.10);
              d.nationalities.clear();
          }).isEmpty());

    const Declaration handedOver = declaration();
    const auto acknowledgementRefusal = [&](const auto &change) {
        Acknowledgement a = acknowledgement();
        change(a);
        return HandoverRules::checkAcknowledgement(a, handedOver, known).reason;
    };
    CHECK(acknowledgementRefusal([](Acknowledgement &a) { a.received.girls = -2; }) ==
          QStringLiteral("Counts cannot be negative."));
    CHECK(acknowledgementRefusal([](Acknowledgement &a) { a.transfers.front().count = 70; }) ==
          QStringLiteral("The transfers add up to 70, but DCIM received 78: say where each person went."));
    CHECK(acknowledgementRefusal([](Acknowledgement &a) { a.transfers.front().facilityId = 9; }) ==
          QStringLiteral("Choose the detention centre from the list."));
    CHECK(acknowledgementRefusal([](Acknowledgement &a) { a.transfers.front().facilityId = 2; }) ==
          QStringLiteral("Tajoura is no longer in use: choose another detention centre."));
    CHECK(acknowledgementRefusal([](Acknowledgement &a) {
              a.transfers = {{TransferKind::DetentionCentre, 1, {}, 70}, {TransferKind::Other, 0, {}, 8}};
          }) == QStringLiteral("Say where the persons of the other transfer went."));
    CHECK(acknowledgementRefusal([](Acknowledgement &a) {
              a.received.men = 61;
              a.transfers = {{TransferKind::DetentionCentre, 1, {}, 70}, {TransferKind::Released, 0, {}, 12}};
          }) ==
          QStringLiteral(
              "DCIM received 82, more than the 80 handed over: explain the difference in a remark."));
    CHECK(acknowledgementRefusal([](Acknowledgement &a) {
              a.received.men = 61;
              a.transfers = {{TransferKind::DetentionCentre, 1, {}, 82}};
              a.remarks = QStringLiteral("4 found hiding in the hold, counted at the gate");
          }).isEmpty());

    const auto medicalRefusal = [&](const auto &change) {
        MedicalReport m = medicalReport();
        change(m);
        return HandoverRules::checkMedical(m, handedOver, known).reason;
    };
    CHECK(medicalRefusal([](MedicalReport &m) { m.evacuations.front().count = 4; }) ==
          QStringLiteral("4 persons evacuated to hospital, more than the 3 medical cases."));
    CHECK(medicalRefusal([](MedicalReport &m) { m.medicalCases = 90; }) ==
          QStringLiteral("90 medical cases, more than the 80 persons handed over."));
    CHECK(medicalRefusal([](MedicalReport &m) { m.evacuations.front().hospitalId = 1; }) ==
          QStringLiteral("Choose the hospital from the list."));
    CHECK(medicalRefusal([](MedicalReport &m) { m.bodiesHospitalId = 0; }) ==
          QStringLiteral("Say where the bodies were taken."));
    CHECK(medicalRefusal([](MedicalReport &m) {
              m.bodiesHospitalId = 0;
              m.bodiesTakenTo = QStringLiteral("Zawiya cemetery");
          }).isEmpty());
}

TEST_CASE(
    "A declaration is stored with alpha-2 nationalities, trimmed texts and each monitoring party once") {
    Declaration typed = declaration();
    typed.unit = QStringLiteral(" Ubari ");
    typed.monitoringParties = {MonitoringParty::Unhcr, MonitoringParty::Iom, MonitoringParty::Unhcr};
    typed.otherMonitoringParty = QStringLiteral("left over");
    const Declaration stored = HandoverRules::normalized(typed);
    CHECK(stored.unit == QStringLiteral("Ubari"));
    CHECK(stored.nationalities == std::vector<NationalityCount>{{QStringLiteral("ER"), 18},
                                                                 {QStringLiteral("NG"), 12},
                                                                 {QStringLiteral("SD"), 30},
                                                                 {QStringLiteral("unknown"), 20}});
    CHECK(stored.monitoringParties == std::vector{MonitoringParty::Iom, MonitoringParty::Unhcr});
    CHECK(stored.otherMonitoringParty.isEmpty());
}
