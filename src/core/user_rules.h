#pragma once

#include "core/permissions.h"

#include <QString>

namespace marsa::core {

/// The rules for changing the accounts, after the permission matrix has said who may change them
/// (Action::ManageUsers): accounts carry a name, and the console always keeps an active
/// administrator, so nobody can lock everyone out of user management. Each answer is a Decision
/// with a reason the administrator can read.
class UserRules {
public:
    /// The longest user name and display name stored (the sign-in field and the audit log show them).
    static constexpr int kMaximumNameLength = 64;

    /// A user name: 1 to kMaximumNameLength characters once trimmed, without spaces (it is typed
    /// at sign-in and written into every audit row).
    [[nodiscard]] static Decision userName(const QString &name);
    /// The name shown for an account: not empty once trimmed, at most kMaximumNameLength characters.
    [[nodiscard]] static Decision displayName(const QString &name);

    /// Giving `account` a new role: never the last active administrator to another role.
    /// `activeAdministrators` counts the active administrators, `account` among them if it is one.
    [[nodiscard]] static Decision changeRole(const User &account, Role role, int activeAdministrators);
    /// Deactivating `account`: never one's own account, never the last active administrator.
    [[nodiscard]] static Decision deactivate(const User &acting, const User &account,
                                             int activeAdministrators);
    /// Reactivating `account`: only an inactive one.
    [[nodiscard]] static Decision reactivate(const User &account);
};

} // namespace marsa::core
