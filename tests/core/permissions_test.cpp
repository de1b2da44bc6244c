#include "core/permissions.h"

#include <catch2/catch.hpp>

using namespace marsa::core;

namespace {

User user(Agency agency, Role role) {
    User u;
    u.userName = QStringLiteral("test");
    u.agency = agency;
    u.role = role;
    return u;
}

Incident openCase(bool exercise = false) {
    Incident incident;
    incident.caseNumber = {2026, 153};
    incident.status = IncidentStatus::Assessing;
    incident.isExercise = exercise;
    return incident;
}

} // namespace

TEST_CASE("A Coast Guard watch officer runs a case but cannot edit a closed one or manage users") {
    const User officer = user(Agency::CoastGuard, Role::WatchOfficer);
    const Incident incident = openCase();
    for (Action action :
         {Action::CreateIncident, Action::ChangePhase, Action::ChangeStatus, Action::TaskAsset,
          Action::AddLogEntry, Action::RecordOutcome, Action::DeclareHandover}) {
        CHECK(authorize(officer, action, &incident).allowed);
    }
    for (Action action : {Action::EditClosedCase, Action::ManageUsers, Action::ReviewHandover,
                          Action::AcknowledgeHandover, Action::RecordMedical, Action::RunExercise}) {
        const Decision decision = authorize(officer, action, &incident);
        CHECK_FALSE(decision.allowed);
        CHECK_FALSE(decision.reason.isEmpty());
    }
}

TEST_CASE("Observers read everything and change nothing") {
    for (Role role : {Role::WatchOfficer, Role::Supervisor, Role::Administrator, Role::Trainer}) {
        const User observer = user(Agency::Observer, role);
        CHECK(authorize(observer, Action::ViewIncidents).allowed);
        for (Action action : {Action::CreateIncident, Action::AddLogEntry, Action::ManageUsers,
                              Action::ReviewHandover, Action::RunExercise}) {
            const Decision decision = authorize(observer, action);
            CHECK_FALSE(decision.allowed);
            CHECK(decision.reason.contains(QStringLiteral("Observers")));
        }
    }
}

TEST_CASE("Each agency fills in its own step of a handover") {
    CHECK(authorize(user(Agency::CoastGuard, Role::WatchOfficer), Action::DeclareHandover).allowed);
    CHECK(authorize(user(Agency::Dcim, Role::WatchOfficer), Action::AcknowledgeHandover).allowed);
    CHECK(authorize(user(Agency::RedCrescent, Role::WatchOfficer), Action::RecordMedical).allowed);
    CHECK_FALSE(authorize(user(Agency::Dcim, Role::WatchOfficer), Action::DeclareHandover).allowed);
    CHECK_FALSE(
        authorize(user(Agency::RedCrescent, Role::WatchOfficer), Action::AcknowledgeHandover).allowed);
    CHECK_FALSE(authorize(user(Agency::CoastGuard, Role::WatchOfficer), Action::RecordMedical).allowed);
    CHECK_FALSE(authorize(user(Agency::Dcim, Role::WatchOfficer), Action::CreateIncident).allowed);
}

TEST_CASE("A watch officer cannot approve a handover, and a supervisor can") {
    CHECK_FALSE(authorize(user(Agency::CoastGuard, Role::WatchOfficer), Action::ReviewHandover).allowed);
    CHECK(authorize(user(Agency::CoastGuard, Role::Supervisor), Action::ReviewHandover).allowed);
    CHECK(authorize(user(Agency::Dcim, Role::Supervisor), Action::ReviewHandover).allowed);
}

TEST_CASE("Only an administrator manages users, and administrators run no operations") {
    CHECK(authorize(user(Agency::CoastGuard, Role::Administrator), Action::ManageUsers).allowed);
    CHECK_FALSE(authorize(user(Agency::CoastGuard, Role::Supervisor), Action::ManageUsers).allowed);
    CHECK_FALSE(authorize(user(Agency::CoastGuard, Role::Administrator), Action::CreateIncident).allowed);
}

TEST_CASE("A closed case changes only through a supervisor's edit of a closed case") {
    Incident closed = openCase();
    closed.status = IncidentStatus::Closed;
    const Decision officer =
        authorize(user(Agency::CoastGuard, Role::WatchOfficer), Action::AddLogEntry, &closed);
    CHECK_FALSE(officer.allowed);
    CHECK(officer.reason.contains(QStringLiteral("LY-2026-0153")));
    CHECK_FALSE(authorize(user(Agency::CoastGuard, Role::Supervisor), Action::ChangeStatus, &closed).allowed);
    CHECK(authorize(user(Agency::CoastGuard, Role::Supervisor), Action::EditClosedCase, &closed).allowed);
}

TEST_CASE("Trainers act on exercise cases only, and a disabled account does nothing") {
    const User trainer = user(Agency::CoastGuard, Role::Trainer);
    const Incident real = openCase(false);
    const Incident exercise = openCase(true);
    CHECK_FALSE(authorize(trainer, Action::ChangePhase, &real).allowed);
    CHECK(authorize(trainer, Action::ChangePhase, &exercise).allowed);
    CHECK(authorize(trainer, Action::RunExercise).allowed);

    User disabled = user(Agency::CoastGuard, Role::Supervisor);
    disabled.isActive = false;
    CHECK_FALSE(authorize(disabled, Action::ViewIncidents).allowed);
    CHECK_FALSE(authorize(disabled, Action::CreateIncident).allowed);
}
