#pragma once

#include "core/incident.h"

#include <QString>

#include <optional>

namespace marsa::core {

enum class Agency { CoastGuard, Dcim, RedCrescent, Observer }; // Observer: IOM / UNHCR
enum class Role { WatchOfficer, Supervisor, Trainer, Administrator };

/// A person who signs in. Never a rescued person: Marsa stores no names of those.
struct User {
    std::int64_t id = 0;
    QString userName;
    QString displayName;
    Agency agency = Agency::CoastGuard;
    Role role = Role::WatchOfficer;
    bool isActive = true;
    int version = 1; ///< of the stored account, moved by each change (a save over another is refused)
};

/// Everything a user can ask Marsa to do; the permission matrix decides each.
enum class Action {
    ViewIncidents,
    CreateIncident,
    ChangePhase,
    ChangeStatus,
    TaskAsset,
    AddLogEntry,
    RecordOutcome,
    EditClosedCase,
    DeclareHandover,     // Coast Guard: counts handed over
    AcknowledgeHandover, // DCIM: counts received
    RecordMedical,       // Red Crescent: medical cases and bodies
    ReviewHandover,      // a supervisor approves or returns
    ManageAssets,
    ManageUsers,
    RunExercise,
    ManageHandoverLists, // the administrator's lists of detention centres and hospitals
};

/// The answer of the permission matrix: allowed, or refused with a reason the UI can show.
struct Decision {
    bool allowed = false;
    QString reason;

    static Decision allow() { return {true, {}}; }
    static Decision refuse(QString why) { return {false, std::move(why)}; }
    explicit operator bool() const { return allowed; }
};

/// The permission matrix. The UI greys out what this refuses, and every service asks it again
/// before it writes: a refusal here is final whatever the UI did.
[[nodiscard]] Decision authorize(const User &user, Action action, const Incident *incident = nullptr);

QString agencyName(Agency agency);
QString roleName(Role role);

/// Stable keys for storage and the audit log, never translated: "coast_guard", "watch_officer".
QString agencyKey(Agency agency);
QString roleKey(Role role);
std::optional<Agency> agencyFromKey(const QString &key);
std::optional<Role> roleFromKey(const QString &key);

} // namespace marsa::core
