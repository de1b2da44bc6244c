#pragma once

#include "core/permissions.h"
#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <vector>

namespace marsa::storage {

/// The people who sign in to Marsa, with their agency, role and password hash (Argon2id). The
/// repository reads and writes rows only: who may change an account, and how, is asked of core
/// by storage::UserAdminService. Callers own the transaction.
class UserRepository {
public:
    explicit UserRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Adds a user with a new password. A malformed or taken user name (in any letter case) or a
    /// weak password is refused with a message.
    core::Result<core::User> create(const core::User &user, const QString &password);
    /// Adds a user whose password is already hashed (core::Password::hash): hashing takes a
    /// moment, which a caller spends before it opens its transaction. A malformed or taken user
    /// name is refused.
    core::Result<core::User> insert(const core::User &user, const QByteArray &passwordHash);
    /// The user with these credentials, if the account is active. A wrong name and a wrong
    /// password get the same answer, so the message tells an attacker nothing.
    core::Result<core::User> authenticate(const QString &userName, const QString &password) const;
    core::Result<int> count() const;

    /// Every account, active or not, by user name.
    core::Result<std::vector<core::User>> all() const;
    core::Result<core::User> find(std::int64_t userId) const;
    /// How many active accounts hold this role.
    core::Result<int> countActive(core::Role role) const;
    /// Writes the display name, agency, role and active flag of the account with user.id over
    /// user.version, and moves the version on; another stored version is an ErrorKind::Conflict
    /// and writes nothing. The user name never changes (audit rows name it); nor does a new
    /// password move the version (it is not among the values an administrator edits side by side).
    core::Result<void> update(const core::User &user);
    core::Result<void> setPasswordHash(std::int64_t userId, const QByteArray &passwordHash);

private:
    QSqlDatabase m_database;
};

} // namespace marsa::storage
