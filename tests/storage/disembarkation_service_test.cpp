#include "handover_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace marsa;
using namespace test;
using core::HandoverState;
using core::HandoverStep;

namespace {

QStringList kindsOf(const std::vector<storage::IncidentEvent> &events) {
    QStringList kinds;
    for (const storage::IncidentEvent &event : events) {
        if (event.kind.startsWith(QLatin1String("handover_"))) {
            kinds << event.kind;
        }
    }
    return kinds;
}

std::vector<core::AuditEntry> auditOf(storage::Database &database, const QString &action) {
    std::vector<core::AuditEntry> found;
    const auto entries = storage::AuditLog(database.connection()).all();
    REQUIRE(entries);
    for (const core::AuditEntry &entry : entries.value()) {
        if (entry.action == action) {
            found.push_back(entry);
        }
    }
    return found;
}

} // namespace

TEST_CASE(
    "A handover walks through its four steps with users of each agency, each on the timeline and audited",
    "[engines]") {
    HandoverFixture f;
    const std::int64_t auditBefore = f.auditRows();
    auto declared = f.handovers->declare(kOfficer, f.incident, HandoverFixture::declaration());
    REQUIRE(declared);
    CHECK(declared->reference() == QStringLiteral("LY-2026-0001/1"));
    CHECK(declared->state == HandoverState::Declared);
    CHECK(declared->placeName == QStringLiteral("Tripoli"));
    CHECK(declared->declaration.signature.userName == QStringLiteral("a.salem"));
    CHECK(declared->declaration.signature.agency == core::Agency::CoastGuard);
    CHECK(declared->declaration.signature.timeUtc == f.clock.now);
    // Stored as core normalises it: alpha-2 codes, then unknown.
    CHECK(declared->declaration.values.nationalities ==
          std::vector<core::NationalityCount>{
              {QStringLiteral("ER"), 18}, {QStringLiteral("SD"), 30}, {QStringLiteral("unknown"), 32}});
    CHECK(declared->declaration.values.monitoringParties ==
          std::vector{core::MonitoringParty::Iom, core::MonitoringParty::Other});
    CHECK(declared->declaration.values.otherMonitoringParty == QStringLiteral("MSF"));
    CHECK(declared->declaration.values == core::HandoverRules::normalized(HandoverFixture::declaration()));

    f.clock.now = f.clock.now.addSecs(1200);
    auto acknowledged = f.handovers->acknowledge(kDcim, declared->id, f.acknowledgement());
    REQUIRE(acknowledged);
    CHECK(acknowledged->state == HandoverState::Acknowledged);
    CHECK(acknowledged->acknowledgement->values == f.acknowledgement());
    CHECK(acknowledged->acknowledgement->signature.agency == core::Agency::Dcim);

    f.clock.now = f.clock.now.addSecs(1200);
    auto recorded = f.handovers->recordMedical(kRedCrescent, declared->id, f.medical());
    REQUIRE(recorded);
    CHECK(recorded->state == HandoverState::MedicalRecorded);
    CHECK(recorded->medical->values == f.medical());
    CHECK(f.handovers->row(declared->id)->discrepancies.empty());

    f.clock.now = f.clock.now.addSecs(1200);
    auto approved = f.handovers->approve(kSupervisor, declared->id);
    INFO((approved ? QString() : approved.errorMessage()).toStdString());
    REQUIRE(approved);
    CHECK(approved->state == HandoverState::Approved);
    CHECK(approved->review->values.approved);
    CHECK(approved->review->signature.userName == QStringLiteral("m.fathi"));
    CHECK(approved->version == 4);

    const auto timeline = f.service->timeline(f.incident);
    REQUIRE(timeline);
    CHECK(kindsOf(timeline.value()) ==
          QStringList{QStringLiteral("handover_declared"), QStringLiteral("handover_acknowledged"),
                      QStringLiteral("handover_medical"), QStringLiteral("handover_approved")});
    const auto declaredEvent = std::find_if(timeline->begin(), timeline->end(), [](const auto &e) {
        return e.kind == QLatin1String("handover_declared");
    });
    CHECK(declaredEvent->summary ==
          QStringLiteral("Disembarkation LY-2026-0001/1 at Tripoli declared: 80 persons "
                         "(58 men, 12 women, 10 children, 0 unknown), 2 bodies"));
    CHECK(f.auditRows() == auditBefore + 4);
    const auto audit = auditOf(*f.database, QStringLiteral("handover.acknowledged"));
    REQUIRE(audit.size() == 1);
    CHECK(audit.front().subject == QStringLiteral("LY-2026-0001/1"));
    CHECK(audit.front().agency == QStringLiteral("dcim"));
    const QJsonObject details = QJsonDocument::fromJson(audit.front().details.toUtf8()).object();
    CHECK(details.value(QStringLiteral("men")).toInt() == 57);
    CHECK(details.value(QStringLiteral("case")).toString() == QStringLiteral("LY-2026-0001"));
    CHECK_FALSE(storage::AuditLog(f.database->connection()).verify()->firstBrokenRow.has_value());
}

TEST_CASE("No agency can fill another's step in storage either, and a refusal writes nothing", "[engines]") {
    HandoverFixture f;
    auto declared = f.handovers->declare(kOfficer, f.incident, HandoverFixture::declaration());
    REQUIRE(declared);
    const auto before = f.rowCounts();

    const auto byDcim = f.handovers->declare(kDcim, f.incident, HandoverFixture::declaration());
    REQUIRE_FALSE(byDcim);
    CHECK(byDcim.errorMessage() ==
          QStringLiteral("Only the Coast Guard signs step 1 (Coast Guard declaration); you "
                         "sign for the DCIM."));
    CHECK_FALSE(f.handovers->acknowledge(kRedCrescent, declared->id, f.acknowledgement()));
    CHECK_FALSE(f.handovers->acknowledge(kOfficer, declared->id, f.acknowledgement()));
    CHECK_FALSE(f.handovers->recordMedical(kDcim, declared->id, f.medical()));
    CHECK_FALSE(f.handovers->acknowledge(kObserver, declared->id, f.acknowledgement()));
    // In order: the Red Crescent waits for DCIM even when its values are right.
    CHECK(f.handovers->recordMedical(kRedCrescent, declared->id, f.medical()).errorMessage() ==
          QStringLiteral("Handover LY-2026-0001/1 waits for step 2 (DCIM acknowledgement)."));
    CHECK_FALSE(f.handovers->approve(kSupervisor, declared->id));
    // Impossible values: more unaccompanied minors than children, more received than handed over.
    core::Declaration impossible = HandoverFixture::declaration();
    impossible.unaccompaniedMinors = 12;
    CHECK(f.handovers->declare(kOfficer, f.incident, impossible).errorMessage() ==
          QStringLiteral("12 unaccompanied minors, but only 10 children (boys and girls) were handed over."));
    CHECK(f.handovers->acknowledge(kDcim, declared->id, f.acknowledgement(62)).errorMessage() ==
          QStringLiteral(
              "DCIM received 83, more than the 80 handed over: explain the difference in a remark."));
    core::Acknowledgement negative = f.acknowledgement();
    negative.received.boys = -1;
    CHECK_FALSE(f.handovers->acknowledge(kDcim, declared->id, negative));

    CHECK(f.rowCounts() == before);
    CHECK(f.handovers->find(declared->id)->state == HandoverState::Declared);
    CHECK(f.handovers->find(declared->id)->version == 1);
}

TEST_CASE("A supervisor returns a handover to a step, that agency signs again and the old values stay",
          "[engines]") {
    HandoverFixture f;
    const core::DisembarkationId id = f.waitingForReview(52); // 73 received: 5 unaccounted
    CHECK(f.handovers->returnTo(kSupervisor, id, HandoverStep::Acknowledgement, {}).errorMessage() ==
          QStringLiteral("Give the reason for returning the handover to step 2."));
    auto returned = f.handovers->returnTo(kSupervisor, id, HandoverStep::Acknowledgement,
                                          QStringLiteral("recount at the centre"));
    REQUIRE(returned);
    CHECK(returned->state == HandoverState::Returned);
    CHECK(returned->returnedTo() == HandoverStep::Acknowledgement);
    CHECK(returned->review->values.reason == QStringLiteral("recount at the centre"));
    CHECK(core::handoverStatusText(returned.value()) ==
          QStringLiteral("Returned to step 2 (DCIM acknowledgement)"));

    CHECK_FALSE(f.handovers->recordMedical(kRedCrescent, id, f.medical()));
    CHECK_FALSE(f.handovers->approve(kDcimSupervisor, id));
    auto again = f.handovers->acknowledge(kDcim, id, f.acknowledgement());
    REQUIRE(again);
    CHECK(again->state == HandoverState::MedicalRecorded);
    CHECK(again->acknowledgement->values.received.total() == 78);
    CHECK(again->medical->values == f.medical()); // the later step keeps its values

    const auto history = f.handovers->history(id);
    REQUIRE(history);
    REQUIRE(history->size() == 5); // declaration, acknowledgement, medical, return, acknowledgement again
    CHECK(history->at(1).step == HandoverStep::Acknowledgement);
    CHECK_FALSE(history->at(1).isCurrent);
    CHECK(std::get<core::Acknowledgement>(history->at(1).values).received.total() == 73);
    CHECK(history->at(4).isCurrent);
    CHECK(std::get<core::Review>(history->at(3).values).returnedTo == HandoverStep::Acknowledgement);
    CHECK(kindsOf(f.service->timeline(f.incident).value()).contains(QStringLiteral("handover_returned")));
    REQUIRE(f.handovers->approve(kDcimSupervisor, id));
}

TEST_CASE("Each discrepancy blocks approval until a remark explains it", "[engines]") {
    HandoverFixture f;
    const core::DisembarkationId id = f.waitingForReview(52);
    auto row = f.handovers->row(id);
    REQUIRE(row);
    REQUIRE(row->discrepancies.size() == 1);
    CHECK(row->discrepancies.front().description ==
          QStringLiteral("80 handed over by the Coast Guard, but 73 "
                         "received by DCIM and 2 evacuated to hospital (75 "
                         "in all)."));
    const auto before = f.rowCounts();
    const auto refused = f.handovers->approve(kSupervisor, id);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage() ==
          QStringLiteral("Explain each discrepancy of handover LY-2026-0001/1 before "
                         "approving it: Handed over and received."));
    CHECK(f.rowCounts() == before);
    CHECK(f.handovers->reviewQueue()->front().unexplained.size() == 1);

    REQUIRE(f.handovers->explain(kDcim, id, core::DiscrepancyRule::HandedOverReceived,
                                 QStringLiteral("5 taken to hospital by IOM before the count")));
    row = f.handovers->row(id);
    CHECK(row->unexplained.empty());
    CHECK(row->disembarkation.explanations.front().signature.agency == core::Agency::Dcim);
    CHECK(row->disembarkation.explanations.front().figuresKey ==
          QStringLiteral("handed_over=80;received=73;evacuated=2"));
    REQUIRE(f.handovers->approve(kSupervisor, id));

    // Explanations may also come with the approval itself, in the same transaction.
    HandoverFixture g;
    const core::DisembarkationId other = g.waitingForReview(52);
    CHECK_FALSE(g.handovers->approve(kSupervisor, other,
                                     {{core::DiscrepancyRule::DeadBodies, QStringLiteral("not this one")}}));
    REQUIRE(g.handovers->approve(
        kSupervisor, other,
        {{core::DiscrepancyRule::HandedOverReceived, QStringLiteral("recounted at the gate")}}));
    CHECK(auditOf(*g.database, QStringLiteral("handover.explained")).size() == 1);
}

TEST_CASE("An approved handover cannot change except by an audited amendment that keeps the old values",
          "[engines]") {
    HandoverFixture f;
    const core::DisembarkationId id = f.waitingForReview();
    REQUIRE(f.handovers->approve(kSupervisor, id));
    const auto before = f.rowCounts();
    CHECK(f.handovers->acknowledge(kDcim, id, f.acknowledgement()).errorMessage() ==
          QStringLiteral("Handover LY-2026-0001/1 is approved and locked: correct it with an amendment."));
    CHECK_FALSE(f.handovers->returnTo(kDcimSupervisor, id, HandoverStep::Medical, QStringLiteral("late")));
    core::MedicalReport corrected = f.medical();
    corrected.medicalCases = 5;
    CHECK_FALSE(f.handovers->amend(kRedCrescent, id, corrected, QStringLiteral("hospital register")));
    CHECK_FALSE(f.handovers->amend(kSupervisor, id, corrected, {}));
    // The rows themselves refuse to change, whatever a program tries.
    QSqlQuery query(f.database->connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE handover_steps SET men = 1")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM handover_nationalities")));
    CHECK(f.rowCounts() == before);

    f.clock.now = f.clock.now.addSecs(86400);
    auto amended = f.handovers->amend(kDcimSupervisor, id, corrected, QStringLiteral("hospital register"));
    INFO((amended ? QString() : amended.errorMessage()).toStdString());
    REQUIRE(amended);
    CHECK(amended->state == HandoverState::Approved);
    CHECK(amended->medical->values.medicalCases == 5);
    REQUIRE(amended->amendments.size() == 1);
    const core::Amendment &amendment = amended->amendments.front();
    CHECK(amendment.step == HandoverStep::Medical);
    CHECK(std::get<core::MedicalReport>(amendment.before).medicalCases == 3);
    CHECK(std::get<core::MedicalReport>(amendment.after).medicalCases == 5);
    CHECK(amendment.reason == QStringLiteral("hospital register"));
    CHECK(amendment.signature.userName == QStringLiteral("s.ali"));

    const auto audit = auditOf(*f.database, QStringLiteral("handover.amended"));
    REQUIRE(audit.size() == 1);
    const QJsonObject details = QJsonDocument::fromJson(audit.front().details.toUtf8()).object();
    CHECK(details.value(QStringLiteral("before")).toObject().value(QStringLiteral("medical_cases")).toInt() ==
          3);
    CHECK(details.value(QStringLiteral("after")).toObject().value(QStringLiteral("medical_cases")).toInt() ==
          5);
    CHECK(details.value(QStringLiteral("reason")).toString() == QStringLiteral("hospital register"));
    const auto history = f.handovers->history(id);
    CHECK(std::count_if(history->begin(), history->end(), [](const auto &r) { return r.isAmendment; }) == 1);

    // An amendment that opens a discrepancy explains it, or is refused.
    core::Declaration moreBodies = f.handovers->find(id)->declaration.values;
    moreBodies.bodiesRecovered = 3;
    CHECK(f.handovers->amend(kDcimSupervisor, id, moreBodies, QStringLiteral("third body")).errorMessage() ==
          QStringLiteral(
              "Explain the discrepancies the amendment leaves: Dead and bodies brought ashore; Bodies "
              "handed over and recorded."));
    REQUIRE(
        f.handovers->amend(kDcimSupervisor, id, moreBodies, QStringLiteral("third body"),
                           {{core::DiscrepancyRule::DeadBodies, QStringLiteral("found after the outcome")},
                            {core::DiscrepancyRule::BodiesRecorded, QStringLiteral("taken by the family")}}));
    CHECK(f.handovers->find(id)->amendments.size() == 2);
}

TEST_CASE("A case landed at two ports is compared with its outcome as a whole", "[engines]") {
    HandoverFixture f;
    f.incident = f.rescuedCase({120, 2, 0});
    core::Declaration tripoli = HandoverFixture::declaration();
    auto first = f.handovers->declare(kOfficer, f.incident, tripoli);
    REQUIRE(first);
    auto row = f.handovers->row(first->id);
    REQUIRE(row);
    // 85 on board against 122 accounted, and 120 rescued against 80 landed so far.
    CHECK(row->discrepancies.size() == 2);
    core::Declaration misrata = HandoverFixture::declaration();
    misrata.placeKey = QStringLiteral("misrata");
    misrata.persons = {40, 0, 0, 0, 0};
    misrata.unaccompaniedMinors = 0;
    misrata.nationalities.clear();
    misrata.bodiesRecovered = 0;
    misrata.medicalCasesReferred = 0;
    auto second = f.handovers->declare(kOfficer, f.incident, misrata);
    REQUIRE(second);
    CHECK(second->sequence == 2);
    CHECK(second->reference() == QStringLiteral("LY-2026-0002/2"));
    row = f.handovers->row(first->id);
    REQUIRE(row->discrepancies.size() == 1);
    CHECK(row->discrepancies.front().rule == core::DiscrepancyRule::PersonsOnBoard);
    CHECK(f.handovers->ofIncident(f.incident)->size() == 2);
}

TEST_CASE("The list filters by port, date, step and discrepancy, the review queue puts discrepancies first",
          "[engines]") {
    HandoverFixture f;
    const core::DisembarkationId clean = f.waitingForReview();
    f.incident = f.rescuedCase({80, 2, 3});
    const core::DisembarkationId withDiscrepancy = f.waitingForReview(52);
    f.incident = f.rescuedCase({80, 2, 3});
    core::Declaration misrata = HandoverFixture::declaration();
    misrata.placeKey = QStringLiteral("misrata");
    misrata.timeUtc = misrata.timeUtc.addSecs(-3600);
    auto onlyDeclared = f.handovers->declare(kOfficer, f.incident, misrata);
    REQUIRE(onlyDeclared);

    storage::DisembarkationFilter filter;
    CHECK(f.handovers->list(filter)->size() == 3);
    filter.placeKey = QStringLiteral("misrata");
    REQUIRE(f.handovers->list(filter)->size() == 1);
    CHECK(f.handovers->list(filter)->front().disembarkation.id == onlyDeclared->id);
    filter = {};
    filter.state = HandoverState::MedicalRecorded;
    CHECK(f.handovers->list(filter)->size() == 2);
    filter = {};
    filter.unexplainedOnly = true;
    REQUIRE(f.handovers->list(filter)->size() == 1);
    CHECK(f.handovers->list(filter)->front().disembarkation.id == withDiscrepancy);
    filter = {};
    filter.from = QDate(2026, 11, 24);
    CHECK(f.handovers->list(filter)->empty());
    filter.from = QDate(2026, 11, 23);
    filter.to = QDate(2026, 11, 23);
    CHECK(f.handovers->list(filter)->size() == 3);

    const auto queue = f.handovers->reviewQueue();
    REQUIRE(queue);
    REQUIRE(queue->size() == 2);
    CHECK(queue->at(0).disembarkation.id == withDiscrepancy);
    CHECK(queue->at(1).disembarkation.id == clean);
}
