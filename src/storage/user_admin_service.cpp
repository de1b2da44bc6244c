#include "storage/user_admin_service.h"

#include "core/logging.h"
#include "core/password.h"
#include "core/user_rules.h"
#include "storage/audit_log.h"
#include "storage/change_feed.h"
#include "storage/connection_errors.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::UserAdminService)
};

using core::Error;
using core::Result;
using core::User;

/// What a change wrote, for its audit row. An empty action: nothing changed, nothing to write.
struct Audited {
    User account;
    QString action;
    QJsonObject details;
};

Result<void> mayManageUsers(const User &user) {
    if (const core::Decision allowed = core::authorize(user, core::Action::ManageUsers); !allowed) {
        return Error{allowed.reason};
    }
    return {};
}

// The acting user as the database holds it now: an account deactivated or demoted since it
// signed in is refused, whatever the console still holds.
Result<User> storedActor(const UserRepository &users, const User &acting) {
    auto stored = users.find(acting.id);
    if (!stored || stored->userName != acting.userName) {
        return Error{
            Text::tr("Your account %1 is not in this database: sign in again.").arg(acting.userName)};
    }
    if (auto allowed = mayManageUsers(stored.value()); !allowed) {
        return allowed.error();
    }
    return stored;
}

Result<void> checkNames(const User &account) {
    for (const core::Decision &rule :
         {core::UserRules::userName(account.userName), core::UserRules::displayName(account.displayName)}) {
        if (!rule) {
            return Error{rule.reason};
        }
    }
    return {};
}

/// The account as stored now, refused as a conflict when its version is not the one the
/// administrator saw.
Result<User> currentAccount(const UserRepository &users, std::int64_t userId, std::optional<int> expected) {
    auto account = users.find(userId);
    if (account && expected && *expected != account->version) {
        return Error{Text::tr("The account %1 was changed by someone else in the meantime (version %2, "
                              "you saw version %3).")
                         .arg(account->userName)
                         .arg(account->version)
                         .arg(*expected),
                     core::ErrorKind::Conflict};
    }
    return account;
}

QJsonObject fromTo(const QString &from, const QString &to) {
    return {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
}

// The shape of every change: permission (as held and as stored), then in one transaction the
// rule, the change and its audit row. `write` reads what its rule needs inside the transaction,
// so no other writer changes it in between, and returns what to audit.
template <typename Write>
Result<User> inTransaction(Database &database, const core::Clock &clock, const User &acting, Write write) {
    if (auto allowed = mayManageUsers(acting); !allowed) {
        return allowed.error();
    }
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    UserRepository users(db);
    auto actor = storedActor(users, acting);
    if (!actor) {
        return actor.error();
    }
    Result<Audited> done = write(actor.value(), users);
    if (!done) {
        return done.error();
    }
    if (done->action.isEmpty()) {
        return done->account;
    }
    const QString details = QString::fromUtf8(QJsonDocument(done->details).toJson(QJsonDocument::Compact));
    auto row =
        AuditLog(db).append(actor.value(), done->action, done->account.userName, details, clock.nowUtc());
    if (!row) {
        return row.error();
    }
    // Other consoles' Users dialogs read the accounts again (a password too: nothing of it is sent).
    if (auto announced = announceChange(db, {QStringLiteral("user"), done->account.id, 0}); !announced) {
        return announced.error();
    }
    if (!transaction.commit()) {
        return connectionFailure(db,
                                 Text::tr("The database refused the change: %1").arg(db.lastError().text()));
    }
    spdlog::info("{}: {} by {}", done->action, done->account.userName, actor->userName);
    return done->account;
}

Result<User> setActive(Database &database, const core::Clock &clock, const User &acting, std::int64_t userId,
                       bool active, std::optional<int> expectedVersion) {
    return inTransaction(
        database, clock, acting, [&](const User &actor, UserRepository &users) -> Result<Audited> {
            auto account = currentAccount(users, userId, expectedVersion);
            if (!account) {
                return account.error();
            }
            auto administrators = users.countActive(core::Role::Administrator);
            if (!administrators) {
                return administrators.error();
            }
            const core::Decision rule =
                active ? core::UserRules::reactivate(account.value())
                       : core::UserRules::deactivate(actor, account.value(), administrators.value());
            if (!rule) {
                return Error{rule.reason};
            }
            account->isActive = active;
            if (auto saved = users.update(account.value()); !saved) {
                return saved.error();
            }
            ++account->version;
            return Audited{account.value(),
                           active ? QStringLiteral("user.reactivate") : QStringLiteral("user.deactivate"),
                           {}};
        });
}

} // namespace

UserAdminService::UserAdminService(Database &database, const core::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

Result<std::vector<User>> UserAdminService::all(const User &acting) const {
    if (auto allowed = mayManageUsers(acting); !allowed) {
        return allowed.error();
    }
    const UserRepository users(m_database.connection());
    if (auto actor = storedActor(users, acting); !actor) {
        return actor.error();
    }
    return users.all();
}

Result<User> UserAdminService::create(const User &acting, const User &account, const QString &password) {
    // Asked here as well as in inTransaction(): a refusal must not wait for a password hash.
    if (auto allowed = mayManageUsers(acting); !allowed) {
        return allowed.error();
    }
    User fresh = account;
    fresh.userName = account.userName.trimmed();
    fresh.displayName = account.displayName.trimmed();
    fresh.isActive = true;
    if (auto names = checkNames(fresh); !names) {
        return names.error();
    }
    // Hashed before the transaction opens: Argon2id takes a moment that no lock should wait for.
    auto hash = core::Password::hash(password);
    if (!hash) {
        return hash.error();
    }
    return inTransaction(m_database, m_clock, acting,
                         [&](const User &, UserRepository &users) -> Result<Audited> {
                             auto created = users.insert(fresh, hash.value());
                             if (!created) {
                                 return created.error();
                             }
                             return Audited{created.value(),
                                            QStringLiteral("user.create"),
                                            {{QStringLiteral("display_name"), created->displayName},
                                             {QStringLiteral("agency"), core::agencyKey(created->agency)},
                                             {QStringLiteral("role"), core::roleKey(created->role)}}};
                         });
}

Result<User> UserAdminService::change(const User &acting, std::int64_t userId, const AccountDetails &details,
                                      std::optional<int> expectedVersion) {
    const QString displayName = details.displayName.trimmed();
    return inTransaction(
        m_database, m_clock, acting, [&](const User &, UserRepository &users) -> Result<Audited> {
            auto account = currentAccount(users, userId, expectedVersion);
            if (!account) {
                return account.error();
            }
            if (const core::Decision rule = core::UserRules::displayName(displayName); !rule) {
                return Error{rule.reason};
            }
            auto administrators = users.countActive(core::Role::Administrator);
            if (!administrators) {
                return administrators.error();
            }
            if (const core::Decision rule =
                    core::UserRules::changeRole(account.value(), details.role, administrators.value());
                !rule) {
                return Error{rule.reason};
            }
            User changed = account.value();
            changed.displayName = displayName;
            changed.agency = details.agency;
            changed.role = details.role;
            QJsonObject audit;
            if (changed.displayName != account->displayName) {
                audit.insert(QStringLiteral("display_name"),
                             fromTo(account->displayName, changed.displayName));
            }
            if (changed.agency != account->agency) {
                audit.insert(QStringLiteral("agency"),
                             fromTo(core::agencyKey(account->agency), core::agencyKey(changed.agency)));
            }
            if (changed.role != account->role) {
                audit.insert(QStringLiteral("role"),
                             fromTo(core::roleKey(account->role), core::roleKey(changed.role)));
            }
            if (audit.isEmpty()) {
                return Audited{changed, {}, {}};
            }
            if (auto saved = users.update(changed); !saved) {
                return saved.error();
            }
            ++changed.version;
            const bool rightsChanged = changed.agency != account->agency || changed.role != account->role;
            return Audited{
                changed, rightsChanged ? QStringLiteral("user.role") : QStringLiteral("user.details"), audit};
        });
}

Result<User> UserAdminService::deactivate(const User &acting, std::int64_t userId,
                                          std::optional<int> expectedVersion) {
    return setActive(m_database, m_clock, acting, userId, false, expectedVersion);
}

Result<User> UserAdminService::reactivate(const User &acting, std::int64_t userId,
                                          std::optional<int> expectedVersion) {
    return setActive(m_database, m_clock, acting, userId, true, expectedVersion);
}

Result<void> UserAdminService::resetPassword(const User &acting, std::int64_t userId,
                                             const QString &password) {
    if (auto allowed = mayManageUsers(acting); !allowed) {
        return allowed;
    }
    auto hash = core::Password::hash(password);
    if (!hash) {
        return hash.error();
    }
    auto done = inTransaction(m_database, m_clock, acting,
                              [&](const User &, UserRepository &users) -> Result<Audited> {
                                  auto account = users.find(userId);
                                  if (!account) {
                                      return account.error();
                                  }
                                  if (auto saved = users.setPasswordHash(userId, hash.value()); !saved) {
                                      return saved.error();
                                  }
                                  // Which account and by whom, never the password or its hash.
                                  return Audited{account.value(), QStringLiteral("user.password"), {}};
                              });
    if (!done) {
        return done.error();
    }
    return {};
}

} // namespace marsa::storage
