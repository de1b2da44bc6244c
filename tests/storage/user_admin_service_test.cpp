#include "storage/user_admin_service.h"

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/user_repository.h"

#include "catch_qt.h"
#include "pg_fixture.h"

#include <QSqlQuery>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <sstream>

using namespace marsa;
using core::Agency;
using core::Role;

namespace {

class FixedClock final : public core::Clock {
public:
    QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(8, 0, 0), Qt::UTC);
    QDateTime nowUtc() const override { return now; }
};

const QString kPassword = QStringLiteral("Tripoli-watch-2026");

core::User account(const QString &name, Agency agency, Role role) {
    core::User user;
    user.userName = name;
    user.displayName = name + QStringLiteral(" (test)");
    user.agency = agency;
    user.role = role;
    return user;
}

/// A database with one administrator and one Coast Guard watch officer, both stored.
struct Fixture {
    test::TestDatabaseLocation folder;
    std::unique_ptr<storage::Database> database;
    FixedClock clock;
    std::unique_ptr<storage::UserAdminService> service;
    core::User admin;
    core::User officer;

    Fixture() {
        auto db = storage::Database::open(folder.location());
        REQUIRE(db);
        database = std::make_unique<storage::Database>(std::move(db.value()));
        service = std::make_unique<storage::UserAdminService>(*database, clock);
        admin = stored(account(QStringLiteral("admin"), Agency::CoastGuard, Role::Administrator));
        officer = stored(account(QStringLiteral("cg.officer"), Agency::CoastGuard, Role::WatchOfficer));
    }

    core::User stored(const core::User &user) {
        auto created = users().create(user, kPassword);
        REQUIRE(created);
        return created.value();
    }
    storage::UserRepository users() const { return storage::UserRepository(database->connection()); }
    std::vector<core::AuditEntry> audit() const {
        auto rows = storage::AuditLog(database->connection()).all();
        REQUIRE(rows);
        return rows.value();
    }
    core::User find(std::int64_t id) const {
        auto user = users().find(id);
        REQUIRE(user);
        return user.value();
    }
    /// Every stored column of every account, password hashes included, and the audit log's
    /// length: equal before and after means nothing was written.
    QString snapshot() const {
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(QStringLiteral("SELECT user_id, user_name, display_name, agency, role, "
                                          "password_hash, is_active, version FROM users ORDER BY user_id")));
        QStringList rows;
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < 8; ++i) {
                columns << query.value(i).toString();
            }
            rows << columns.join(QLatin1Char('|'));
        }
        return rows.join(QLatin1Char('\n')) + QStringLiteral("\naudit rows: %1").arg(audit().size());
    }
};

template <typename T>
QString message(const core::Result<T> &result) {
    return result ? QString() : result.errorMessage();
}

} // namespace

TEST_CASE("Only an administrator manages users: every other role and agency is refused, writing nothing",
          "[engines]") {
    Fixture f;
    for (Agency agency : {Agency::CoastGuard, Agency::Dcim, Agency::RedCrescent, Agency::Observer}) {
        for (Role role : {Role::WatchOfficer, Role::Supervisor, Role::Trainer, Role::Administrator}) {
            const QString name = core::agencyKey(agency) + QLatin1Char('.') + core::roleKey(role);
            INFO(name.toStdString());
            const bool mayManage = role == Role::Administrator && agency != Agency::Observer;
            core::User acting = account(name, agency, role);
            // Stored like any account, so a refusal comes from the permission matrix alone.
            acting = f.stored(acting);
            const core::Decision decision = core::authorize(acting, core::Action::ManageUsers);
            REQUIRE(decision.allowed == mayManage);
            const core::User target =
                f.stored(account(name + QStringLiteral(".target"), Agency::Dcim, Role::WatchOfficer));
            const QString before = f.snapshot();

            const auto listed = f.service->all(acting);
            const auto created = f.service->create(
                acting, account(name + QStringLiteral(".new"), Agency::Dcim, Role::WatchOfficer), kPassword);
            const auto changed = f.service->change(
                acting, target.id, {QStringLiteral("Renamed"), Agency::Dcim, Role::Supervisor});
            const auto reset =
                f.service->resetPassword(acting, target.id, QStringLiteral("Another-pass-2026"));
            const auto deactivated = f.service->deactivate(acting, target.id);
            const auto reactivated = f.service->reactivate(acting, target.id);

            if (!mayManage) {
                for (const QString &refusal : {message(listed), message(created), message(changed),
                                               message(reset), message(deactivated), message(reactivated)}) {
                    CHECK(refusal == decision.reason);
                }
                CHECK(f.snapshot() == before);
                continue;
            }
            CHECK(listed);
            REQUIRE(created);
            REQUIRE(changed);
            REQUIRE(reset);
            REQUIRE(deactivated);
            REQUIRE(reactivated);
            CHECK(f.find(target.id).role == Role::Supervisor);
            const std::vector<core::AuditEntry> rows = f.audit();
            REQUIRE(rows.size() >= 5);
            QStringList actions;
            for (auto row = rows.end() - 5; row != rows.end(); ++row) {
                actions << row->action;
                CHECK(row->userName == name);
            }
            CHECK(actions == QStringList{QStringLiteral("user.create"), QStringLiteral("user.role"),
                                         QStringLiteral("user.password"), QStringLiteral("user.deactivate"),
                                         QStringLiteral("user.reactivate")});
        }
    }
}

TEST_CASE("An administrator lists every account, active or not, by user name", "[engines]") {
    Fixture f;
    REQUIRE(f.service->deactivate(f.admin, f.officer.id));
    auto listed = f.service->all(f.admin);
    REQUIRE(listed);
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).userName == QStringLiteral("admin"));
    CHECK(listed->at(1).userName == QStringLiteral("cg.officer"));
    CHECK_FALSE(listed->at(1).isActive);
}

TEST_CASE("Creating an account writes it and a user.create audit row, never the password", "[engines]") {
    Fixture f;
    std::ostringstream logged;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(logged);
    const spdlog::level::level_enum level = spdlog::get_level(); // the test run's listener lowers it
    spdlog::set_level(spdlog::level::info);
    spdlog::default_logger()->sinks().push_back(sink);
    const QString password = QStringLiteral("Zuwara-relief-77");
    auto created = f.service->create(
        f.admin, account(QStringLiteral("  lrc.medic  "), Agency::RedCrescent, Role::WatchOfficer), password);
    spdlog::default_logger()->sinks().pop_back();
    spdlog::set_level(level);
    REQUIRE(created);
    CHECK(created->userName == QStringLiteral("lrc.medic"));
    CHECK(created->isActive);
    CHECK(f.find(created->id).agency == Agency::RedCrescent);
    auto signedIn = f.users().authenticate(QStringLiteral("lrc.medic"), password);
    REQUIRE(signedIn);
    CHECK(signedIn->role == Role::WatchOfficer);

    const std::vector<core::AuditEntry> rows = f.audit();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].action == QStringLiteral("user.create"));
    CHECK(rows[0].subject == QStringLiteral("lrc.medic"));
    CHECK(rows[0].userName == QStringLiteral("admin"));
    CHECK(rows[0].timeUtc == f.clock.now);
    CHECK(rows[0].details.contains(QStringLiteral("\"agency\":\"red_crescent\"")));
    CHECK(rows[0].details.contains(QStringLiteral("\"role\":\"watch_officer\"")));
    CHECK_FALSE(rows[0].details.contains(password));
    CHECK_FALSE(rows[0].details.contains(QStringLiteral("argon2")));
    CHECK(storage::AuditLog(f.database->connection()).verify()->firstBrokenRow == std::nullopt);
    const QString log = QString::fromStdString(logged.str());
    CHECK(log.contains(QStringLiteral("user.create: lrc.medic by admin")));
    CHECK_FALSE(log.contains(password));
    CHECK_FALSE(log.contains(QStringLiteral("argon2")));
}

TEST_CASE("A taken user name in any letter case, an empty name and a weak password are refused",
          "[engines]") {
    Fixture f;
    const QString before = f.snapshot();
    const auto taken = f.service->create(
        f.admin, account(QStringLiteral("CG.Officer"), Agency::Dcim, Role::Supervisor), kPassword);
    CHECK(message(taken) == QStringLiteral("The user name CG.Officer is taken."));
    CHECK_FALSE(
        f.service->create(f.admin, account(QStringLiteral("  "), Agency::Dcim, Role::Supervisor), kPassword));
    core::User nameless = account(QStringLiteral("dcim.new"), Agency::Dcim, Role::Supervisor);
    nameless.displayName = QStringLiteral(" ");
    CHECK(message(f.service->create(f.admin, nameless, kPassword)) ==
          QStringLiteral("Give the account holder's full name."));
    const auto weak =
        f.service->create(f.admin, account(QStringLiteral("dcim.new"), Agency::Dcim, Role::Supervisor),
                          QStringLiteral("short"));
    CHECK(message(weak).contains(QStringLiteral("at least 10 characters")));
    CHECK(message(f.service->resetPassword(f.admin, f.officer.id, QStringLiteral("123456789")))
              .contains(QStringLiteral("at least 10 characters")));
    CHECK_FALSE(f.service->change(f.admin, f.officer.id, {QString(), Agency::Dcim, Role::Supervisor}));
    CHECK(f.snapshot() == before);
}

TEST_CASE("A change of agency or role is audited as user.role, of the full name alone as user.details",
          "[engines]") {
    Fixture f;
    auto moved =
        f.service->change(f.admin, f.officer.id, {f.officer.displayName, Agency::Dcim, Role::Supervisor});
    REQUIRE(moved);
    CHECK(moved->agency == Agency::Dcim);
    CHECK(f.find(f.officer.id).role == Role::Supervisor);
    auto renamed = f.service->change(f.admin, f.officer.id,
                                     {QStringLiteral("Salem Ali"), Agency::Dcim, Role::Supervisor});
    REQUIRE(renamed);
    CHECK(f.find(f.officer.id).displayName == QStringLiteral("Salem Ali"));
    const QString before = f.snapshot();
    CHECK(f.service->change(f.admin, f.officer.id,
                            {QStringLiteral("Salem Ali"), Agency::Dcim, Role::Supervisor}));
    CHECK(f.snapshot() == before); // nothing changed, nothing written

    const std::vector<core::AuditEntry> rows = f.audit();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].action == QStringLiteral("user.role"));
    CHECK(rows[0].subject == QStringLiteral("cg.officer"));
    CHECK(
        rows[0].details ==
        QStringLiteral(
            R"json({"agency":{"from":"coast_guard","to":"dcim"},"role":{"from":"watch_officer","to":"supervisor"}})json"));
    CHECK(rows[1].action == QStringLiteral("user.details"));
    CHECK(rows[1].details ==
          QStringLiteral(R"json({"display_name":{"from":"cg.officer (test)","to":"Salem Ali"}})json"));
}

TEST_CASE("The last active administrator cannot be demoted, and nobody deactivates their own account",
          "[engines]") {
    Fixture f;
    const QString before = f.snapshot();
    const auto demoted =
        f.service->change(f.admin, f.admin.id, {f.admin.displayName, Agency::CoastGuard, Role::Supervisor});
    CHECK(message(demoted).contains(QStringLiteral("last active administrator")));
    const auto self = f.service->deactivate(f.admin, f.admin.id);
    CHECK(message(self) == QStringLiteral("You cannot deactivate your own account."));
    CHECK(f.snapshot() == before);

    // With a second administrator the first may step down; the second then cannot be removed.
    auto second = f.service->create(
        f.admin, account(QStringLiteral("admin.2"), Agency::CoastGuard, Role::Administrator), kPassword);
    REQUIRE(second);
    REQUIRE(
        f.service->change(f.admin, f.admin.id, {f.admin.displayName, Agency::CoastGuard, Role::Supervisor}));
    const auto demotedSecond = f.service->change(second.value(), second->id,
                                                 {second->displayName, Agency::CoastGuard, Role::Trainer});
    CHECK(message(demotedSecond).contains(QStringLiteral("last active administrator")));
    CHECK(f.find(second->id).role == Role::Administrator);
}

TEST_CASE("An administrator demoted or deactivated since signing in is refused on the stored account",
          "[engines]") {
    Fixture f;
    auto second = f.service->create(
        f.admin, account(QStringLiteral("admin.2"), Agency::CoastGuard, Role::Administrator), kPassword);
    auto third = f.service->create(
        f.admin, account(QStringLiteral("admin.3"), Agency::CoastGuard, Role::Administrator), kPassword);
    REQUIRE(second);
    REQUIRE(third);
    REQUIRE(f.service->deactivate(f.admin, second->id));
    REQUIRE(
        f.service->change(f.admin, third->id, {third->displayName, Agency::CoastGuard, Role::Supervisor}));
    // Their consoles still hold the accounts as they signed in: active administrators.
    const QString before = f.snapshot();
    CHECK(message(f.service->deactivate(second.value(), f.officer.id)) ==
          QStringLiteral("The account admin.2 is disabled."));
    CHECK(message(f.service->deactivate(third.value(), f.officer.id)) ==
          QStringLiteral("A supervisor of the Coast Guard may not do this."));
    CHECK_FALSE(f.service->all(second.value()));
    CHECK_FALSE(f.service->all(third.value()));
    CHECK(f.snapshot() == before);
}

TEST_CASE("A deactivated user cannot sign in until reactivated, and both are audited", "[engines]") {
    Fixture f;
    REQUIRE(f.users().authenticate(QStringLiteral("cg.officer"), kPassword));
    auto deactivated = f.service->deactivate(f.admin, f.officer.id);
    REQUIRE(deactivated);
    CHECK_FALSE(deactivated->isActive);
    const auto refused = f.users().authenticate(QStringLiteral("cg.officer"), kPassword);
    CHECK(message(refused) == QStringLiteral("The account cg.officer is disabled."));
    CHECK_FALSE(f.service->deactivate(f.admin, f.officer.id)); // already inactive

    auto reactivated = f.service->reactivate(f.admin, f.officer.id);
    REQUIRE(reactivated);
    CHECK(reactivated->isActive);
    CHECK(f.users().authenticate(QStringLiteral("cg.officer"), kPassword));
    CHECK_FALSE(f.service->reactivate(f.admin, f.officer.id)); // already active

    const std::vector<core::AuditEntry> rows = f.audit();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].action == QStringLiteral("user.deactivate"));
    CHECK(rows[1].action == QStringLiteral("user.reactivate"));
    CHECK(rows[1].subject == QStringLiteral("cg.officer"));
}

TEST_CASE("A reset password replaces the old one, and the audit row holds neither password nor hash",
          "[engines]") {
    Fixture f;
    const QString fresh = QStringLiteral("Misrata-night-0415");
    REQUIRE(f.service->resetPassword(f.admin, f.officer.id, fresh));
    CHECK_FALSE(f.users().authenticate(QStringLiteral("cg.officer"), kPassword));
    CHECK(f.users().authenticate(QStringLiteral("cg.officer"), fresh));
    const std::vector<core::AuditEntry> rows = f.audit();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].action == QStringLiteral("user.password"));
    CHECK(rows[0].subject == QStringLiteral("cg.officer"));
    CHECK(rows[0].details == QStringLiteral("{}"));
    CHECK_FALSE(f.service->resetPassword(f.admin, 9999, fresh)); // no such account
    CHECK(f.audit().size() == 1);
}

TEST_CASE("An account changed by another administrator meanwhile is refused as a conflict, writing nothing",
          "[engines]") {
    Fixture f;
    const core::User other =
        f.stored(account(QStringLiteral("admin.two"), Agency::Dcim, Role::Administrator));
    const core::User seen = f.find(f.officer.id);
    CHECK(seen.version == 1);
    // The other administrator makes the officer a supervisor: the version moves on.
    auto theirs = f.service->change(other, seen.id, {seen.displayName, Agency::CoastGuard, Role::Supervisor},
                                    seen.version);
    INFO(message(theirs).toStdString());
    REQUIRE(theirs);
    CHECK(theirs->version == 2);
    CHECK(f.find(seen.id).version == 2);

    const QString before = f.snapshot();
    const auto stale = f.service->change(
        f.admin, seen.id, {QStringLiteral("Cpt. Salem"), Agency::Dcim, Role::WatchOfficer}, seen.version);
    REQUIRE_FALSE(stale);
    CHECK(stale.isConflict());
    CHECK(stale.errorMessage().contains(QStringLiteral("cg.officer")));
    const auto staleDeactivation = f.service->deactivate(f.admin, seen.id, seen.version);
    CHECK(staleDeactivation.isConflict());
    const auto staleReactivation = f.service->reactivate(f.admin, seen.id, seen.version);
    CHECK(staleReactivation.isConflict());
    CHECK(f.snapshot() == before);

    // On the version stored now the same change is written, and each change moves the version.
    auto mine = f.service->change(f.admin, seen.id,
                                  {QStringLiteral("Cpt. Salem"), Agency::Dcim, Role::WatchOfficer}, 2);
    INFO(message(mine).toStdString());
    REQUIRE(mine);
    CHECK(mine->version == 3);
    auto off = f.service->deactivate(f.admin, seen.id, 3);
    REQUIRE(off);
    CHECK(off->version == 4);
    auto on = f.service->reactivate(f.admin, seen.id, 4);
    REQUIRE(on);
    CHECK(on->version == 5);
    const core::User stored = f.find(seen.id);
    CHECK(stored.version == 5);
    CHECK(stored.displayName == QStringLiteral("Cpt. Salem"));
    CHECK(stored.agency == Agency::Dcim);
    // Without a version the call writes over what it reads, as before.
    auto unchecked =
        f.service->change(f.admin, seen.id, {stored.displayName, Agency::Dcim, Role::Supervisor});
    REQUIRE(unchecked);
    CHECK(unchecked->version == 6);
}
