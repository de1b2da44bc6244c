#include "core/handover_rules.h"

#include "catch_qt.h"
#include "handover_fixtures.h"

#include <algorithm>

using namespace marsa::core;
using namespace handover_test;

namespace {

const Discrepancy *find(const std::vector<Discrepancy> &list, DiscrepancyRule rule) {
    const auto found =
        std::find_if(list.begin(), list.end(), [&](const Discrepancy &d) { return d.rule == rule; });
    return found == list.end() ? nullptr : &*found;
}

Explanation explanation(const Discrepancy &discrepancy, const char *text) {
    return {discrepancy.rule, discrepancy.figuresKey(), QString::fromUtf8(text),
            signatureOf(kSupervisor, kNow)};
}

} // namespace

TEST_CASE("Numbers that agree give no discrepancy") {
    CHECK(HandoverRules::discrepancies(rescuedCase(), waitingForReview(), {}).empty());
}

TEST_CASE("Each discrepancy rule fires with its numbers") {
    Incident incident = rescuedCase();
    Disembarkation d = waitingForReview();

    SECTION("persons on board against rescued, dead and missing") {
        incident.personsOnBoard.total = 90;
        const auto found = HandoverRules::discrepancies(incident, d, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().rule == DiscrepancyRule::PersonsOnBoard);
        CHECK(found.front().description ==
              QStringLiteral(
                  "90 were reported on board, but rescued, dead and missing add up to 85 (80 + 2 + 3)."));
        CHECK(found.front().figuresKey() == QStringLiteral("on_board=90;rescued=80;dead=2;missing=3"));
    }
    SECTION("rescued against disembarked, counting the case's other disembarkations") {
        incident.outcome->rescued = 120;
        auto found = HandoverRules::discrepancies(incident, d, {});
        REQUIRE(find(found, DiscrepancyRule::RescuedDisembarked) != nullptr);
        CHECK(find(found, DiscrepancyRule::RescuedDisembarked)->description ==
              QStringLiteral("120 rescued (case outcome), but 80 disembarked."));
        found = HandoverRules::discrepancies(incident, d, {1, 35, 0});
        CHECK(find(found, DiscrepancyRule::RescuedDisembarked)->description ==
              QStringLiteral(
                  "120 rescued (case outcome), but 115 disembarked: 80 here and 35 at the case's other "
                  "disembarkations."));
        CHECK(find(found, DiscrepancyRule::RescuedDisembarked)->figures ==
              std::vector<Figure>{{QStringLiteral("rescued"), 120},
                                  {QStringLiteral("disembarked_here"), 80},
                                  {QStringLiteral("disembarked_elsewhere"), 35}});
        // 40 at the other port: the case adds up.
        CHECK(find(HandoverRules::discrepancies(incident, d, {1, 40, 0}),
                   DiscrepancyRule::RescuedDisembarked) == nullptr);
    }
    SECTION("handed over against received by DCIM and evacuated to hospital") {
        d.acknowledgement->values.received.men = 52;
        d.acknowledgement->values.transfers.front().count = 73;
        const auto found = HandoverRules::discrepancies(incident, d, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().description ==
              QStringLiteral("80 handed over by the Coast Guard, but 73 received by "
                             "DCIM and 2 evacuated to hospital (75 in all)."));
        CHECK(found.front().figuresKey() == QStringLiteral("handed_over=80;received=73;evacuated=2"));
        // Before the Red Crescent has recorded its evacuations, the comparison waits.
        d.medical.reset();
        CHECK(find(HandoverRules::discrepancies(incident, d, {}), DiscrepancyRule::HandedOverReceived) ==
              nullptr);
    }
    SECTION("dead against bodies brought ashore, and bodies handed over against recorded") {
        incident.outcome->dead = 3;
        incident.outcome->missing = 2;
        d.medical->values.bodies = 1;
        const auto found = HandoverRules::discrepancies(incident, d, {});
        REQUIRE(found.size() == 2);
        CHECK(find(found, DiscrepancyRule::DeadBodies)->description ==
              QStringLiteral("3 dead (case outcome), but 2 bodies brought ashore."));
        CHECK(find(found, DiscrepancyRule::BodiesRecorded)->description ==
              QStringLiteral("The Coast Guard handed over 2 bodies, the Red Crescent recorded 1."));
    }
    SECTION("persons referred to medical care and not recorded as medical cases") {
        d.declaration.values.medicalCasesReferred = 5;
        const auto found = HandoverRules::discrepancies(incident, d, {});
        REQUIRE(found.size() == 1);
        CHECK(found.front().description ==
              QStringLiteral("5 persons were referred to medical care, but the Red "
                             "Crescent recorded 3 medical cases."));
        // More cases than referred is triage, not a discrepancy.
        d.declaration.values.medicalCasesReferred = 1;
        CHECK(HandoverRules::discrepancies(incident, d, {}).empty());
    }
}

TEST_CASE("A discrepancy blocks approval until it is explained, for the numbers it was explained for") {
    Incident incident = rescuedCase();
    incident.personsOnBoard.total = 90;
    Disembarkation d = waitingForReview();
    d.acknowledgement->values.received.men = 52;
    d.acknowledgement->values.transfers.front().count = 73;
    const auto found = HandoverRules::discrepancies(incident, d, {});
    REQUIRE(found.size() == 2);
    const Decision refused =
        HandoverRules::approve(kSupervisor, incident, d, HandoverRules::unexplained(found, {}));
    CHECK(refused.reason ==
          QStringLiteral("Explain each discrepancy of handover LY-2026-0153/1 before approving "
                         "it: Persons on board; Handed over and received."));

    CHECK(HandoverRules::explain(kDcim, incident, d, DiscrepancyRule::HandedOverReceived,
                                 QStringLiteral("5 escaped at the gate"), found));
    CHECK(HandoverRules::explain(kDcim, incident, d, DiscrepancyRule::DeadBodies, QStringLiteral("x"), found)
              .reason == QStringLiteral("Handover LY-2026-0153/1 has no discrepancy “Dead and bodies brought "
                                        "ashore” to explain."));
    CHECK(HandoverRules::explain(kDcim, incident, d, DiscrepancyRule::HandedOverReceived, QStringLiteral(" "),
                                 found)
              .reason == QStringLiteral("Write the explanation of the discrepancy."));
    CHECK_FALSE(HandoverRules::explain(kObserver, incident, d, DiscrepancyRule::HandedOverReceived,
                                       QStringLiteral("x"), found));

    d.explanations = {explanation(found[1], "5 escaped at the gate")};
    auto open = HandoverRules::unexplained(found, d.explanations);
    REQUIRE(open.size() == 1);
    CHECK(open.front().rule == DiscrepancyRule::PersonsOnBoard);
    d.explanations.push_back(explanation(found[0], "the caller's count included 5 on another boat"));
    CHECK(HandoverRules::unexplained(found, d.explanations).empty());
    CHECK(HandoverRules::approve(kSupervisor, incident, d, {}));

    // New numbers need a new explanation: the old one was written for 90 on board.
    incident.personsOnBoard.total = 95;
    open = HandoverRules::unexplained(HandoverRules::discrepancies(incident, d, {}), d.explanations);
    REQUIRE(open.size() == 1);
    CHECK(open.front().figuresKey() == QStringLiteral("on_board=95;rescued=80;dead=2;missing=3"));
}

TEST_CASE("An approved handover is locked, a supervisor corrects it with an amendment and a reason") {
    const Incident incident = rescuedCase();
    Disembarkation d = waitingForReview();
    d.state = HandoverState::Approved;
    d.review = Signed<Review>{{true, HandoverStep::Declaration, {}}, signatureOf(kDcimSupervisor, kNow)};
    const HandoverLists known = lists();

    CHECK(HandoverRules::acknowledge(kDcim, incident, d, acknowledgement(), known).reason ==
          QStringLiteral("Handover LY-2026-0153/1 is approved and locked: correct it with an amendment."));
    CHECK_FALSE(HandoverRules::explain(kDcim, incident, d, DiscrepancyRule::PersonsOnBoard,
                                       QStringLiteral("x"),
                                       {Discrepancy{DiscrepancyRule::PersonsOnBoard, {}, {}}}));
    CHECK_FALSE(
        HandoverRules::returnTo(kSupervisor, incident, d, HandoverStep::Medical, QStringLiteral("x")));

    MedicalReport corrected = medicalReport();
    corrected.medicalCases = 4;
    const StepValues values = corrected;
    CHECK(HandoverRules::amend(kRedCrescent, incident, d, values, QStringLiteral("late"), known, kNow, {})
              .reason == QStringLiteral("Only a supervisor amends an approved handover."));
    CHECK(HandoverRules::amend(kSupervisor, incident, d, values, {}, known, kNow, {}).reason ==
          QStringLiteral("Give the reason for the amendment."));
    CHECK(HandoverRules::amend(kSupervisor, incident, d, StepValues(medicalReport()), QStringLiteral("r"),
                               known, kNow, {})
              .reason == QStringLiteral("The amendment changes nothing."));
    MedicalReport impossible = corrected;
    impossible.evacuations.front().count = 5;
    CHECK_FALSE(HandoverRules::amend(kSupervisor, incident, d, StepValues(impossible), QStringLiteral("r"),
                                     known, kNow, {}));
    const Discrepancy left{DiscrepancyRule::BodiesRecorded, {}, {}};
    CHECK(HandoverRules::amend(kSupervisor, incident, d, values, QStringLiteral("r"), known, kNow, {left})
              .reason ==
          QStringLiteral("Explain the discrepancies the amendment leaves: Bodies handed over and recorded."));
    CHECK(HandoverRules::amend(kSupervisor, incident, d, values, QStringLiteral("hospital's register"), known,
                               kNow, {}));
    CHECK(stepOf(values) == HandoverStep::Medical);

    // A closed case's approved handover is still corrected by amendment; before approval it is not.
    Incident closed = incident;
    closed.status = IncidentStatus::Closed;
    CHECK(HandoverRules::amend(kSupervisor, closed, d, values, QStringLiteral("hospital's register"), known,
                               kNow, {}));
    CHECK(HandoverRules::amend(kSupervisor, incident, waitingForReview(), values, QStringLiteral("r"), known,
                               kNow, {})
              .reason ==
          QStringLiteral("Handover LY-2026-0153/1 is not approved yet: its steps are corrected by "
                         "returning it to them, not by an amendment."));
}
