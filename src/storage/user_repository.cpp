#include "storage/user_repository.h"

#include "core/password.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::UserRepository)
};

} // namespace

core::Result<core::User> UserRepository::create(const core::User &user, const QString &password) {
    const QString name = user.userName.trimmed();
    if (name.isEmpty() || name.size() > 64) {
        return core::Error{Text::tr("A user name needs 1 to 64 characters.")};
    }
    auto hash = core::Password::hash(password);
    if (!hash) {
        return hash.error();
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE user_name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        return core::Error{Text::tr("Cannot read the users: %1").arg(query.lastError().text())};
    }
    if (query.value(0).toInt() > 0) {
        return core::Error{Text::tr("The user name %1 is taken.").arg(name)};
    }
    query.finish();
    query.prepare(QStringLiteral("INSERT INTO users (user_name, display_name, agency, role, password_hash, "
                                 "is_active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(user.displayName);
    query.addBindValue(core::agencyKey(user.agency));
    query.addBindValue(core::roleKey(user.role));
    query.addBindValue(QString::fromLatin1(hash.value()));
    query.addBindValue(user.isActive ? 1 : 0);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        return core::Error{Text::tr("Cannot save the user %1: %2").arg(name, query.lastError().text())};
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
    query.prepare(
        QStringLiteral("SELECT user_id, user_name, display_name, agency, role, password_hash, is_active "
                       "FROM users WHERE user_name = ?"));
    query.addBindValue(userName.trimmed());
    if (!query.exec()) {
        return core::Error{Text::tr("Cannot read the users: %1").arg(query.lastError().text())};
    }
    if (!query.next()) {
        // Spend the time a check would take, so timing does not tell which names exist.
        static const QByteArray dummy =
            core::Password::hash(QStringLiteral("marsa-timing-equaliser")).value(); // thread-safe static
        (void)core::Password::verify(password, dummy);
        return refused;
    }
    if (!core::Password::verify(password, query.value(5).toString().toLatin1())) {
        return refused;
    }
    const auto agency = core::agencyFromKey(query.value(3).toString());
    const auto role = core::roleFromKey(query.value(4).toString());
    if (!agency || !role) {
        return core::Error{Text::tr("The account %1 is damaged: ask an administrator.").arg(userName)};
    }
    core::User user;
    user.id = query.value(0).toLongLong();
    user.userName = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.agency = *agency;
    user.role = *role;
    user.isActive = query.value(6).toInt() == 1;
    if (!user.isActive) {
        return core::Error{Text::tr("The account %1 is disabled.").arg(user.userName)};
    }
    return user;
}

core::Result<int> UserRepository::count() const {
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !query.next()) {
        return core::Error{Text::tr("Cannot read the users: %1").arg(query.lastError().text())};
    }
    return query.value(0).toInt();
}

} // namespace marsa::storage
