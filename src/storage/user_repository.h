#pragma once

#include "core/permissions.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace marsa::storage {

/// The people who sign in to Marsa, with their agency, role and password hash (Argon2id).
class UserRepository {
public:
    explicit UserRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Adds a user with a new password; the caller owns the transaction. A taken user name or a
    /// weak password is refused with a message.
    core::Result<core::User> create(const core::User &user, const QString &password);
    /// The user with these credentials. A wrong name and a wrong password get the same answer,
    /// so the message tells an attacker nothing.
    core::Result<core::User> authenticate(const QString &userName, const QString &password) const;
    core::Result<int> count() const;

private:
    QSqlDatabase m_database;
};

} // namespace marsa::storage
