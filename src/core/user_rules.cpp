#include "core/user_rules.h"

#include <QCoreApplication>

#include <algorithm>

namespace marsa::core {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::UserRules)
};

bool isLastActiveAdministrator(const User &account, int activeAdministrators) {
    return account.isActive && account.role == Role::Administrator && activeAdministrators <= 1;
}

Decision lastAdministratorStays(const User &account) {
    return Decision::refuse(Text::tr("%1 is the last active administrator: make another administrator first, "
                                     "or nobody could manage the accounts.")
                                .arg(account.userName));
}

} // namespace

Decision UserRules::userName(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaximumNameLength) {
        return Decision::refuse(Text::tr("A user name needs 1 to %1 characters.").arg(kMaximumNameLength));
    }
    if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); })) {
        return Decision::refuse(Text::tr("A user name has no spaces: use a dot, as in cg.officer."));
    }
    return Decision::allow();
}

Decision UserRules::displayName(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return Decision::refuse(Text::tr("Give the account holder's full name."));
    }
    if (trimmed.size() > kMaximumNameLength) {
        return Decision::refuse(Text::tr("A full name has at most %1 characters.").arg(kMaximumNameLength));
    }
    return Decision::allow();
}

Decision UserRules::changeRole(const User &account, Role role, int activeAdministrators) {
    if (role != Role::Administrator && isLastActiveAdministrator(account, activeAdministrators)) {
        return lastAdministratorStays(account);
    }
    return Decision::allow();
}

Decision UserRules::deactivate(const User &acting, const User &account, int activeAdministrators) {
    if (account.userName == acting.userName) {
        return Decision::refuse(Text::tr("You cannot deactivate your own account."));
    }
    if (!account.isActive) {
        return Decision::refuse(Text::tr("The account %1 is already inactive.").arg(account.userName));
    }
    if (isLastActiveAdministrator(account, activeAdministrators)) {
        return lastAdministratorStays(account);
    }
    return Decision::allow();
}

Decision UserRules::reactivate(const User &account) {
    if (account.isActive) {
        return Decision::refuse(Text::tr("The account %1 is already active.").arg(account.userName));
    }
    return Decision::allow();
}

} // namespace marsa::core
