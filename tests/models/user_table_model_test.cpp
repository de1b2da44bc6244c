#include "models/user_table_model.h"

#include "model_dump.h"

#include <QAbstractItemModelTester>

#include "catch_qt.h"

using namespace marsa;
using test::dump;

namespace {

core::User user(std::int64_t id, const char *name, core::Agency agency, core::Role role, bool active) {
    core::User u;
    u.id = id;
    u.userName = QString::fromLatin1(name);
    u.displayName = u.userName.toUpper();
    u.agency = agency;
    u.role = role;
    u.isActive = active;
    return u;
}

} // namespace

TEST_CASE("The users table shows user name, full name, agency, role and whether the account is active") {
    models::UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setUsers({user(8, "admin", core::Agency::CoastGuard, core::Role::Administrator, true),
                    user(5, "lrc.officer", core::Agency::RedCrescent, core::Role::WatchOfficer, false)});
    CHECK(
        dump(model) ==
        QStringList{QStringLiteral("admin | ADMIN | Coast Guard | Administrator | Yes"),
                    QStringLiteral("lrc.officer | LRC.OFFICER | Libyan Red Crescent | Watch officer | No")});
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column) {
        headers << model.headerData(column, Qt::Horizontal).toString();
    }
    CHECK(headers == QStringList{QStringLiteral("User name"), QStringLiteral("Full name"),
                                 QStringLiteral("Agency"), QStringLiteral("Role"), QStringLiteral("Active")});
    CHECK(model.index(1, 0).data(models::UserTableModel::UserIdRole).toLongLong() == 5);
    CHECK_FALSE(model.index(1, 0).data(models::UserTableModel::IsActiveRole).toBool());
    CHECK(model.rowOf(5) == 1);
    CHECK(model.rowOf(99) == -1);
    REQUIRE(model.user(0) != nullptr);
    CHECK(model.user(0)->role == core::Role::Administrator);
    CHECK(model.user(2) == nullptr);

    model.setUsers({user(8, "admin", core::Agency::CoastGuard, core::Role::Administrator, true)});
    CHECK(model.rowCount() == 1);
}
