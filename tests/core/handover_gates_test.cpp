#include "core/handover_rules.h"

#include "catch_qt.h"
#include "handover_fixtures.h"

// The gates the console asks before anything is typed: each answers as the signing rule would.

using namespace marsa::core;
using namespace handover_test;

namespace {

Disembarkation returnedTo(HandoverStep step) {
    Disembarkation d = waitingForReview();
    d.state = HandoverState::Returned;
    d.review = Signed<Review>{Review{false, step, QStringLiteral("recount")}, signatureOf(kSupervisor, kNow)};
    return d;
}

Disembarkation approved() {
    Disembarkation d = waitingForReview();
    d.state = HandoverState::Approved;
    d.review = Signed<Review>{Review{true, HandoverStep::Declaration, {}}, signatureOf(kSupervisor, kNow)};
    return d;
}

} // namespace

TEST_CASE("mayStart opens only the step whose agency and turn it is") {
    const Incident incident = rescuedCase();
    const Disembarkation d = declared();
    CHECK(HandoverRules::mayStart(kDcim, HandoverStep::Acknowledgement, incident, d));
    const Decision coastGuard =
        HandoverRules::mayStart(kCoastGuard, HandoverStep::Acknowledgement, incident, d);
    CHECK_FALSE(coastGuard);
    CHECK(coastGuard.reason ==
          HandoverRules::authorizeStep(kCoastGuard, HandoverStep::Acknowledgement, incident).reason);
    CHECK(coastGuard.reason.contains(QStringLiteral("DCIM")));

    // The Red Crescent's step waits for DCIM's, and says so.
    const Decision early = HandoverRules::mayStart(kRedCrescent, HandoverStep::Medical, incident, d);
    CHECK_FALSE(early);
    CHECK(early.reason.contains(QStringLiteral("waits for step 2")));
    // A declared handover is not declared again unless returned to the Coast Guard.
    CHECK_FALSE(HandoverRules::mayStart(kCoastGuard, HandoverStep::Declaration, incident, d));
    CHECK_FALSE(HandoverRules::mayStart(kSupervisor, HandoverStep::Review, incident, d));
}

TEST_CASE("mayStart gives the same answer as the signing rule with acceptable values") {
    const Incident incident = rescuedCase();
    const HandoverLists known = lists();
    for (const Disembarkation &d : {declared(), waitingForReview(), returnedTo(HandoverStep::Declaration),
                                    returnedTo(HandoverStep::Acknowledgement), approved()}) {
        for (const User *user : {&kCoastGuard, &kDcim, &kRedCrescent, &kSupervisor, &kObserver}) {
            const Decision redeclare =
                HandoverRules::redeclare(*user, incident, d, declaration(), known, kNow);
            CHECK(HandoverRules::mayStart(*user, HandoverStep::Declaration, incident, d).reason ==
                  redeclare.reason);
            const Decision acknowledge =
                HandoverRules::acknowledge(*user, incident, d, acknowledgement(), known);
            CHECK(HandoverRules::mayStart(*user, HandoverStep::Acknowledgement, incident, d).reason ==
                  acknowledge.reason);
            const Decision medical = HandoverRules::recordMedical(*user, incident, d, medicalReport(), known);
            CHECK(HandoverRules::mayStart(*user, HandoverStep::Medical, incident, d).reason ==
                  medical.reason);
            const Decision approve = HandoverRules::approve(*user, incident, d, {});
            CHECK(HandoverRules::mayStart(*user, HandoverStep::Review, incident, d).reason == approve.reason);
        }
    }
}

TEST_CASE("mayStart follows a return: only the named step is signed again") {
    const Incident incident = rescuedCase();
    const Disembarkation d = returnedTo(HandoverStep::Acknowledgement);
    CHECK(HandoverRules::mayStart(kDcim, HandoverStep::Acknowledgement, incident, d));
    const Decision medical = HandoverRules::mayStart(kRedCrescent, HandoverStep::Medical, incident, d);
    CHECK_FALSE(medical);
    CHECK(medical.reason.contains(QStringLiteral("returned to step 2")));
    CHECK_FALSE(HandoverRules::mayStart(kSupervisor, HandoverStep::Review, incident, d));
    CHECK(HandoverRules::mayStart(kCoastGuard, HandoverStep::Declaration, incident,
                                  returnedTo(HandoverStep::Declaration)));
}

TEST_CASE("mayStart keeps four eyes on the review") {
    const Incident incident = rescuedCase();
    Disembarkation d = waitingForReview();
    CHECK(HandoverRules::mayStart(kSupervisor, HandoverStep::Review, incident, d));
    d.declaration.signature = signatureOf(kSupervisor, kAshore);
    const Decision own = HandoverRules::mayStart(kSupervisor, HandoverStep::Review, incident, d);
    CHECK_FALSE(own);
    CHECK(own.reason.contains(QStringLiteral("You signed step 1")));
    CHECK_FALSE(HandoverRules::mayStart(kDcim, HandoverStep::Review, incident, d));
}

TEST_CASE("mayDeclare needs the Coast Guard, a rescued case and its outcome") {
    Incident incident = rescuedCase();
    CHECK(HandoverRules::mayDeclare(kCoastGuard, incident));
    CHECK_FALSE(HandoverRules::mayDeclare(kDcim, incident));
    CHECK_FALSE(HandoverRules::mayDeclare(kObserver, incident));
    incident.outcome.reset();
    const Decision noOutcome = HandoverRules::mayDeclare(kCoastGuard, incident);
    CHECK_FALSE(noOutcome);
    CHECK(noOutcome.reason.contains(QStringLiteral("Record the outcome")));
    CHECK(HandoverRules::declare(kCoastGuard, incident, declaration(), lists(), kNow).reason ==
          noOutcome.reason);
    incident = rescuedCase();
    incident.status = IncidentStatus::Reported;
    CHECK_FALSE(HandoverRules::mayDeclare(kCoastGuard, incident));
}

TEST_CASE("mayAmend opens an approved handover to supervisors only") {
    const Incident incident = rescuedCase();
    CHECK(HandoverRules::mayAmend(kSupervisor, incident, approved()));
    CHECK(HandoverRules::mayAmend(kDcimSupervisor, incident, approved()));
    const Decision officer = HandoverRules::mayAmend(kCoastGuard, incident, approved());
    CHECK_FALSE(officer);
    CHECK(officer.reason == QStringLiteral("Only a supervisor amends an approved handover."));
    CHECK_FALSE(HandoverRules::mayAmend(kObserver, incident, approved()));
    CHECK_FALSE(HandoverRules::mayAmend(kTrainer, incident, approved()));
    const Decision open = HandoverRules::mayAmend(kSupervisor, incident, waitingForReview());
    CHECK_FALSE(open);
    CHECK(open.reason.contains(QStringLiteral("not approved yet")));
    // The amendment itself asks the same gate first.
    Declaration changed = approved().declaration.values;
    changed.unit = QStringLiteral("Zawia");
    CHECK(HandoverRules::amend(kCoastGuard, incident, approved(), changed, QStringLiteral("typo"), lists(),
                               kNow, {})
              .reason == officer.reason);
}

TEST_CASE("mayExplain lets those who take part explain until approval") {
    const Incident incident = rescuedCase();
    CHECK(HandoverRules::mayExplain(kDcim, incident, waitingForReview()));
    CHECK(HandoverRules::mayExplain(kSupervisor, incident, waitingForReview()));
    CHECK_FALSE(HandoverRules::mayExplain(kObserver, incident, waitingForReview()));
    const Decision locked = HandoverRules::mayExplain(kSupervisor, incident, approved());
    CHECK_FALSE(locked);
    CHECK(locked.reason.contains(QStringLiteral("approved and locked")));
}
