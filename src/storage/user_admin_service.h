#pragma once

#include "core/clock.h"
#include "core/permissions.h"
#include "core/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace marsa::storage {

class Database;

/// What an administrator may change of an account after creating it (the user name stays).
struct AccountDetails {
    QString displayName;
    core::Agency agency = core::Agency::CoastGuard;
    core::Role role = core::Role::WatchOfficer;
};

/// User management for the administrator. Every call asks core::authorize(acting,
/// Action::ManageUsers) first, of the acting user as the console holds it and again as the
/// database holds it now (an administrator deactivated or demoted meanwhile is refused); then
/// core::UserRules; then writes the change and its audit row ("user.create", "user.role",
/// "user.details", "user.deactivate", "user.reactivate", "user.password") in one transaction.
/// A refusal or a failure changes nothing. Passwords and their hashes never reach the audit log
/// or the log file.
class UserAdminService {
public:
    UserAdminService(Database &database, const core::Clock &clock);

    /// Every account, active or not, by user name.
    core::Result<std::vector<core::User>> all(const core::User &acting) const;
    /// A new, active account with an initial password (core::Password rules).
    core::Result<core::User> create(const core::User &acting, const core::User &account,
                                    const QString &password);
    /// New display name, agency and role. Audited as "user.role" when the agency or the role
    /// changes (what the account may do), otherwise as "user.details"; no change writes nothing.
    /// `expectedVersion`: the account's version the administrator saw; another stored version is
    /// refused as an ErrorKind::Conflict and nothing is written (none: no such check).
    core::Result<core::User> change(const core::User &acting, std::int64_t userId,
                                    const AccountDetails &details,
                                    std::optional<int> expectedVersion = std::nullopt);
    core::Result<core::User> deactivate(const core::User &acting, std::int64_t userId,
                                        std::optional<int> expectedVersion = std::nullopt);
    core::Result<core::User> reactivate(const core::User &acting, std::int64_t userId,
                                        std::optional<int> expectedVersion = std::nullopt);
    /// Replaces the account's password (core::Password rules), e.g. when its holder forgot it.
    core::Result<void> resetPassword(const core::User &acting, std::int64_t userId, const QString &password);

private:
    Database &m_database;
    const core::Clock &m_clock;
};

} // namespace marsa::storage
