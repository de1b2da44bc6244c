#include "core/permissions.h"

#include <QCoreApplication>

#include <initializer_list>

namespace marsa::core {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::Permissions)
};

bool among(Action action, std::initializer_list<Action> actions) {
    for (Action candidate : actions) {
        if (candidate == action) {
            return true;
        }
    }
    return false;
}

// What each agency and role may do, before any rule about a particular incident.
bool grants(const User &user, Action action) {
    if (action == Action::ViewIncidents) {
        return true;
    }
    switch (user.role) {
    case Role::Administrator:
        return among(action, {Action::ManageUsers, Action::ManageAssets, Action::ManageHandoverLists});
    case Role::Trainer:
        // Trainers run exercises; the operational actions they take are checked per incident.
        return among(action, {Action::RunExercise, Action::CreateIncident, Action::ChangePhase,
                              Action::ChangeStatus, Action::TaskAsset, Action::AddLogEntry,
                              Action::RecordOutcome, Action::DeclareHandover, Action::AcknowledgeHandover,
                              Action::RecordMedical, Action::ReviewHandover, Action::EditClosedCase});
    case Role::WatchOfficer:
    case Role::Supervisor:
        break;
    }
    const bool supervisor = user.role == Role::Supervisor;
    switch (user.agency) {
    case Agency::CoastGuard:
        return among(action,
                     {Action::CreateIncident, Action::ChangePhase, Action::ChangeStatus, Action::TaskAsset,
                      Action::AddLogEntry, Action::RecordOutcome, Action::DeclareHandover}) ||
               (supervisor &&
                among(action, {Action::EditClosedCase, Action::ReviewHandover, Action::ManageAssets}));
    case Agency::Dcim:
        return among(action, {Action::AddLogEntry, Action::AcknowledgeHandover}) ||
               (supervisor && action == Action::ReviewHandover);
    case Agency::RedCrescent:
        return among(action, {Action::AddLogEntry, Action::RecordMedical}) ||
               (supervisor && action == Action::ReviewHandover);
    case Agency::Observer:
        return false;
    }
    return false;
}

} // namespace

Decision authorize(const User &user, Action action, const Incident *incident) {
    if (!user.isActive) {
        return Decision::refuse(Text::tr("The account %1 is disabled.").arg(user.userName));
    }
    if (user.agency == Agency::Observer && action != Action::ViewIncidents) {
        return Decision::refuse(Text::tr("Observers read the record; they never change it."));
    }
    if (!grants(user, action)) {
        return Decision::refuse(Text::tr("A %1 of the %2 may not do this.")
                                    .arg(roleName(user.role).toLower(), agencyName(user.agency)));
    }
    if (incident == nullptr || action == Action::ViewIncidents) {
        return Decision::allow();
    }
    if (user.role == Role::Trainer && !incident->isExercise) {
        return Decision::refuse(Text::tr("Trainers act only on exercise cases, never on operational ones."));
    }
    if (isFinal(incident->status) && action != Action::EditClosedCase) {
        return Decision::refuse(
            Text::tr("Case %1 is closed: only a supervisor can change it.").arg(incident->caseNumber.text()));
    }
    return Decision::allow();
}

QString agencyKey(Agency agency) {
    switch (agency) {
    case Agency::CoastGuard:
        return QStringLiteral("coast_guard");
    case Agency::Dcim:
        return QStringLiteral("dcim");
    case Agency::RedCrescent:
        return QStringLiteral("red_crescent");
    case Agency::Observer:
        return QStringLiteral("observer");
    }
    return {};
}

QString roleKey(Role role) {
    switch (role) {
    case Role::WatchOfficer:
        return QStringLiteral("watch_officer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Trainer:
        return QStringLiteral("trainer");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Agency> agencyFromKey(const QString &key) {
    for (Agency agency : {Agency::CoastGuard, Agency::Dcim, Agency::RedCrescent, Agency::Observer}) {
        if (agencyKey(agency) == key) {
            return agency;
        }
    }
    return std::nullopt;
}

std::optional<Role> roleFromKey(const QString &key) {
    for (Role role : {Role::WatchOfficer, Role::Supervisor, Role::Trainer, Role::Administrator}) {
        if (roleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

QString agencyName(Agency agency) {
    switch (agency) {
    case Agency::CoastGuard:
        return Text::tr("Coast Guard");
    case Agency::Dcim:
        return Text::tr("DCIM");
    case Agency::RedCrescent:
        return Text::tr("Libyan Red Crescent");
    case Agency::Observer:
        return Text::tr("IOM/UNHCR observers");
    }
    return {};
}

QString roleName(Role role) {
    switch (role) {
    case Role::WatchOfficer:
        return Text::tr("Watch officer");
    case Role::Supervisor:
        return Text::tr("Supervisor");
    case Role::Trainer:
        return Text::tr("Trainer");
    case Role::Administrator:
        return Text::tr("Administrator");
    }
    return {};
}

} // namespace marsa::core
