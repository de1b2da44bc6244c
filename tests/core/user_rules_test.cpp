#include "core/user_rules.h"

#include "catch_qt.h"

using namespace marsa::core;

namespace {

User account(const char *name, Role role, bool active = true) {
    User u;
    u.userName = QString::fromLatin1(name);
    u.displayName = QString::fromLatin1(name);
    u.role = role;
    u.isActive = active;
    return u;
}

} // namespace

TEST_CASE("A user name is one word of 1 to 64 characters, and a full name is not empty") {
    CHECK(UserRules::userName(QStringLiteral("cg.officer")).allowed);
    CHECK(UserRules::userName(QStringLiteral("  cg.officer  ")).allowed); // trimmed when stored
    CHECK(UserRules::userName(QString(64, QLatin1Char('a'))).allowed);
    for (const QString &bad :
         {QString(), QStringLiteral("   "), QString(65, QLatin1Char('a')), QStringLiteral("cg officer")}) {
        const Decision decision = UserRules::userName(bad);
        CHECK_FALSE(decision.allowed);
        CHECK_FALSE(decision.reason.isEmpty());
    }
    CHECK(UserRules::displayName(QStringLiteral("Salem Ali")).allowed);
    CHECK_FALSE(UserRules::displayName(QStringLiteral(" \t")).allowed);
    CHECK_FALSE(UserRules::displayName(QString(65, QLatin1Char('a'))).allowed);
}

TEST_CASE("The last active administrator keeps the role and stays active") {
    const User admin = account("admin", Role::Administrator);
    const User other = account("admin.2", Role::Administrator);
    const User officer = account("cg.officer", Role::WatchOfficer);

    const Decision demoted = UserRules::changeRole(admin, Role::Supervisor, 1);
    CHECK_FALSE(demoted.allowed);
    CHECK(demoted.reason.contains(QStringLiteral("last active administrator")));
    CHECK(UserRules::changeRole(admin, Role::Administrator, 1).allowed); // no change of role
    CHECK(UserRules::changeRole(admin, Role::Supervisor, 2).allowed);
    CHECK(UserRules::changeRole(officer, Role::Trainer, 1).allowed);
    // An inactive administrator is not the one who keeps the accounts managed.
    CHECK(UserRules::changeRole(account("old.admin", Role::Administrator, false), Role::Trainer, 1).allowed);

    const Decision deactivated = UserRules::deactivate(other, admin, 1);
    CHECK_FALSE(deactivated.allowed);
    CHECK(deactivated.reason.contains(QStringLiteral("last active administrator")));
    CHECK(UserRules::deactivate(other, admin, 2).allowed);
    CHECK(UserRules::deactivate(admin, officer, 1).allowed);
}

TEST_CASE("Nobody deactivates their own account, and only an active account is deactivated") {
    const User admin = account("admin", Role::Administrator);
    const Decision self = UserRules::deactivate(admin, admin, 3);
    CHECK_FALSE(self.allowed);
    CHECK(self.reason == QStringLiteral("You cannot deactivate your own account."));

    const User inactive = account("cg.officer", Role::WatchOfficer, false);
    CHECK_FALSE(UserRules::deactivate(admin, inactive, 1).allowed);
    CHECK(UserRules::reactivate(inactive).allowed);
    CHECK_FALSE(UserRules::reactivate(account("cg.officer", Role::WatchOfficer)).allowed);
}
