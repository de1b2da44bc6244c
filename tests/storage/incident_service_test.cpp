#include "storage_fixture.h"

using namespace marsa;
using core::IncidentStatus;

using namespace test;

TEST_CASE("A watch officer opens cases numbered per year, each with its timeline and audit row",
          "[engines]") {
    Fixture f;
    auto first =
        f.service->create(kOfficer, rubberBoatOffZuwara(), QStringLiteral("call relayed by Alarm Phone"));
    REQUIRE(first);
    CHECK(first->caseNumber.text() == QStringLiteral("LY-2026-0001"));
    CHECK(first->status == IncidentStatus::Reported);
    auto second = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    INFO((second ? QString() : second.errorMessage()).toStdString());
    REQUIRE(second);
    CHECK(second->caseNumber.text() == QStringLiteral("LY-2026-0002"));

    auto stored = f.service->find(first->id);
    REQUIRE(stored);
    CHECK(stored->personsOnBoard.total == 85);
    CHECK(stored->personsOnBoard.children == 10);
    CHECK(stored->phase == core::EmergencyPhase::Alert);
    CHECK(stored->srrs == QStringList{QStringLiteral("LBY")});
    auto timeline = f.service->timeline(first->id);
    REQUIRE(timeline);
    REQUIRE(timeline->size() == 1);
    CHECK(timeline->front().kind == QStringLiteral("created"));
    CHECK(timeline->front().userName == QStringLiteral("a.salem"));
    CHECK(timeline->front().remarks == QStringLiteral("call relayed by Alarm Phone"));
    CHECK(f.auditRows() == 2);
}

TEST_CASE("A case runs from alert to closure, every step on the timeline and in the audit chain",
          "[engines]") {
    Fixture f;
    const auto incident = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(incident);
    const core::IncidentId id = incident->id;
    REQUIRE(
        f.service->changePhase(kOfficer, id, core::EmergencyPhase::Distress, QStringLiteral("taking water")));
    for (IncidentStatus next : {IncidentStatus::Assessing, IncidentStatus::AssetTasked,
                                IncidentStatus::OnScene, IncidentStatus::RescueComplete}) {
        f.clock.now = f.clock.now.addSecs(600);
        REQUIRE(f.service->changeStatus(kOfficer, id, next, {}));
    }
    REQUIRE(f.service->recordOutcome(kOfficer, id, {80, 2, 3}, {}));
    REQUIRE(f.service->addLogEntry(kDcim, id, QStringLiteral("bus ready at the naval base")));
    REQUIRE(f.service->changeStatus(kOfficer, id, IncidentStatus::Disembarked, {}));
    const auto closed = f.service->changeStatus(kOfficer, id, IncidentStatus::Closed, {});
    REQUIRE(closed);
    CHECK(closed->outcome->rescued == 80);

    const auto timeline = f.service->timeline(id);
    REQUIRE(timeline);
    CHECK(timeline->size() == 10);
    CHECK(timeline->at(1).summary == QStringLiteral("Phase ALERFA → DETRESFA"));
    CHECK(timeline->at(7).agency == QStringLiteral("dcim"));
    const auto verified = storage::AuditLog(f.database->connection()).verify();
    CHECK(verified->rows == 10);
    CHECK_FALSE(verified->firstBrokenRow.has_value());

    // A closed case: the officer cannot add to it; a supervisor reopens it with a reason.
    const auto late = f.service->addLogEntry(kOfficer, id, QStringLiteral("late note"));
    REQUIRE_FALSE(late);
    CHECK(late.errorMessage().contains(QStringLiteral("closed")));
    CHECK_FALSE(f.service->reopen(kOfficer, id, QStringLiteral("second boat")));
    const auto reopened = f.service->reopen(kSupervisor, id, QStringLiteral("second boat sighted"));
    REQUIRE(reopened);
    CHECK(reopened->status == IncidentStatus::Assessing);
}

TEST_CASE("A refused action changes nothing: not the case, not the timeline, not the audit log",
          "[engines]") {
    Fixture f;
    const auto incident = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(incident);
    const std::int64_t rows = f.auditRows();
    const int version = f.service->find(incident->id)->version;

    const auto noReason = f.service->changePhase(kOfficer, incident->id, core::EmergencyPhase::Distress, {});
    REQUIRE_FALSE(noReason);
    CHECK(noReason.errorMessage().contains(QStringLiteral("reason")));
    const auto skip = f.service->changeStatus(kOfficer, incident->id, IncidentStatus::Disembarked, {});
    REQUIRE_FALSE(skip);
    CHECK(skip.errorMessage().contains(QStringLiteral("cannot go from")));
    CHECK_FALSE(
        f.service->changePhase(kDcim, incident->id, core::EmergencyPhase::Distress, QStringLiteral("x")));
    const auto observer = f.service->addLogEntry(kObserver, incident->id, QStringLiteral("note"));
    REQUIRE_FALSE(observer);
    CHECK(observer.errorMessage().contains(QStringLiteral("Observers")));
    CHECK_FALSE(f.service->create(kObserver, rubberBoatOffZuwara(), {}));
    CHECK_FALSE(f.service->addLogEntry(kOfficer, incident->id, QStringLiteral("   ")));

    CHECK(f.auditRows() == rows);
    CHECK(f.service->find(incident->id)->version == version);
    CHECK(f.service->find(incident->id)->phase == core::EmergencyPhase::Alert);
    CHECK(f.service->timeline(incident->id)->size() == 1);
    CHECK(f.service->all()->size() == 1);
}

TEST_CASE("Impossible counts and positions are refused when a case is opened", "[engines]") {
    Fixture f;
    storage::NewIncident tooMany = rubberBoatOffZuwara();
    tooMany.personsOnBoard = {20, 15, 5, 4};
    const auto refused = f.service->create(kOfficer, tooMany, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("24")));
    storage::NewIncident negative = rubberBoatOffZuwara();
    negative.personsOnBoard = {-3, std::nullopt, std::nullopt, std::nullopt};
    CHECK_FALSE(f.service->create(kOfficer, negative, {}));
    storage::NewIncident nowhere = rubberBoatOffZuwara();
    nowhere.latitude = 95.0;
    CHECK_FALSE(f.service->create(kOfficer, nowhere, {}));
    CHECK(f.service->all()->empty());
    CHECK(f.auditRows() == 0);
}

TEST_CASE("A trainer opens exercise cases only", "[engines]") {
    Fixture f;
    const core::User trainer = user("t.ali", core::Agency::CoastGuard, core::Role::Trainer);
    CHECK_FALSE(f.service->create(trainer, rubberBoatOffZuwara(), {}));
    storage::NewIncident exercise = rubberBoatOffZuwara();
    exercise.isExercise = true;
    const auto created = f.service->create(trainer, exercise, {});
    REQUIRE(created);
    CHECK(created->isExercise);
    CHECK(f.service->changePhase(trainer, created->id, core::EmergencyPhase::Distress,
                                 QStringLiteral("drill")));
}
