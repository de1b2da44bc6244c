#include "storage/user_repository.h"

#include "core/password.h"
#include "core/user_rules.h"
#include "storage/connection_errors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::UserRepository)
};

using core::Error;

// The columns userFrom() reads, in its order.
const QString kColumns = QStringLiteral("user_id, user_name, display_name, agency, role, is_active, version");

Error readError(const QSqlQuery &query) {
    return queryFailure(query, Text::tr("Cannot read the users: %1").arg(query.lastError().text()));
}

Error writeError(const QString &userName, const QSqlQuery &query) {
    return queryFailure(query,
                        Text::tr("Cannot save the user %1: %2").arg(userName, query.lastError().text()));
}

core::Result<core::User> userFrom(const QSqlQuery &query) {
    const auto agency = core::agencyFromKey(query.value(3).toString());
    const auto role = core::roleFromKey(query.value(4).toString());
    if (!agency || !role) {
        return core::Error{
            Text::tr("The account %1 is damaged: ask an administrator.").arg(query.value(1).toString())};
    }
    core::User user;
    user.id = query.value(0).toLongLong();
    user.userName = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.agency = *agency;
    user.role = *role;
    user.isActive = query.value(5).toInt() == 1;
    user.version = query.value(6).toInt();
    return user;
}

} // namespace

core::Result<core::User> UserRepository::create(const core::User &user, const QString &password) {
    // Checked before hashing too, so a malformed name costs no Argon2 round.
    if (const core::Decision name = core::UserRules::userName(user.userName); !name) {
        return core::Error{name.reason};
    }
    auto hash = core::Password::hash(password);
    if (!hash) {
        return hash.error();
    }
    return insert(user, hash.value());
}

core::Result<core::User> UserRepository::insert(const core::User &user, const QByteArray &passwordHash) {
    if (const core::Decision allowed = core::UserRules::userName(user.userName); !allowed) {
        return core::Error{allowed.reason};
    }
    const QString name = user.userName.trimmed();
    QSqlQuery query(m_database);
    // "Admin" beside "admin" would read as one person in the audit log.
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE LOWER(user_name) = LOWER(?)"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        return readError(query);
    }
    if (query.value(0).toInt() > 0) {
        return core::Error{Text::tr("The user name %1 is taken.").arg(name)};
    }
    query.finish();
    query.prepare(QStringLiteral("INSERT INTO users (user_name, display_name, agency, role, password_hash, "
                                 "is_active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(user.displayName.isNull() ? QStringLiteral("") : user.displayName);
    query.addBindValue(core::agencyKey(user.agency));
    query.addBindValue(core::roleKey(user.role));
    query.addBindValue(QString::fromLatin1(passwordHash));
    query.addBindValue(user.isActive ? 1 : 0);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        return writeError(name, query);
    }
    core::User created = user;
    created.userName = name;
    created.id = query.lastInsertId().toLongLong();
    return created;
}

core::Result<core::User> UserRepository::authenticate(const QString &userName,
                                                      const QString &password) const {
    const core::Error refused{Text::tr("Unknown user name or wrong password.")};
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(", password_hash FROM users WHERE user_name = ?"));
    query.addBindValue(userName.trimmed());
    if (!query.exec()) {
        return readError(query);
    }
    if (!query.next()) {
        // Spend the time a check would take, so timing does not tell which names exist.
        static const QByteArray dummy =
            core::Password::hash(QStringLiteral("marsa-timing-equaliser")).value(); // thread-safe static
        (void)core::Password::verify(password, dummy);
        return refused;
    }
    if (!core::Password::verify(password, query.value(7).toString().toLatin1())) {
        return refused;
    }
    auto user = userFrom(query);
    if (user && !user->isActive) {
        return core::Error{Text::tr("The account %1 is disabled.").arg(user->userName)};
    }
    return user;
}

core::Result<int> UserRepository::count() const {
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !query.next()) {
        return readError(query);
    }
    return query.value(0).toInt();
}

core::Result<std::vector<core::User>> UserRepository::all() const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns +
                    QStringLiteral(" FROM users ORDER BY user_name"))) {
        return readError(query);
    }
    std::vector<core::User> users;
    while (query.next()) {
        auto user = userFrom(query);
        if (!user) {
            return user.error();
        }
        users.push_back(std::move(user.value()));
    }
    return users;
}

core::Result<core::User> UserRepository::find(std::int64_t userId) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE user_id = ?"));
    query.addBindValue(static_cast<qlonglong>(userId));
    if (!query.exec()) {
        return readError(query);
    }
    if (!query.next()) {
        return core::Error{Text::tr("No such account.")};
    }
    return userFrom(query);
}

core::Result<int> UserRepository::countActive(core::Role role) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND is_active = ?"));
    query.addBindValue(core::roleKey(role));
    query.addBindValue(1);
    if (!query.exec() || !query.next()) {
        return readError(query);
    }
    return query.value(0).toInt();
}

core::Result<void> UserRepository::update(const core::User &user) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "UPDATE users SET display_name = ?, agency = ?, role = ?, is_active = ?, version = version + 1 "
        "WHERE user_id = ? AND version = ?"));
    query.addBindValue(user.displayName.isNull() ? QStringLiteral("") : user.displayName);
    query.addBindValue(core::agencyKey(user.agency));
    query.addBindValue(core::roleKey(user.role));
    query.addBindValue(user.isActive ? 1 : 0);
    query.addBindValue(static_cast<qlonglong>(user.id));
    query.addBindValue(user.version);
    if (!query.exec()) {
        return writeError(user.userName, query);
    }
    if (query.numRowsAffected() != 1) {
        if (!find(user.id)) {
            return core::Error{Text::tr("No such account.")};
        }
        return core::Error{
            Text::tr("The account %1 was changed by someone else in the meantime.").arg(user.userName),
            core::ErrorKind::Conflict};
    }
    return {};
}

core::Result<void> UserRepository::setPasswordHash(std::int64_t userId, const QByteArray &passwordHash) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE user_id = ?"));
    query.addBindValue(QString::fromLatin1(passwordHash));
    query.addBindValue(static_cast<qlonglong>(userId));
    if (!query.exec()) {
        return queryFailure(query,
                            Text::tr("Cannot save the new password: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() != 1) {
        return core::Error{Text::tr("No such account.")};
    }
    return {};
}

} // namespace marsa::storage
