#pragma once

#include "core/permissions.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace marsa::storage {
class UserRepository;
}

namespace marsa::app {

/// Sign-in at start: user name and password, checked against the stored Argon2id hash. A wrong
/// name or password says so without telling which; the password field is cleared and nothing of
/// it is kept or logged.
class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    SignInDialog(storage::UserRepository &users, const QString &userName, QWidget *parent = nullptr);

    /// The signed-in user, once accepted.
    const std::optional<core::User> &user() const { return m_user; }

    void accept() override;

private:
    storage::UserRepository &m_users;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    std::optional<core::User> m_user;
};

/// The first start of a database without accounts: create the administrator who will create the
/// others. Password twice, at least core::Password::kMinimumLength characters.
class FirstAdministratorDialog final : public QDialog {
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(storage::UserRepository &users, QWidget *parent = nullptr);

    const std::optional<core::User> &user() const { return m_user; }
    void accept() override;

private:
    storage::UserRepository &m_users;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    std::optional<core::User> m_user;
};

} // namespace marsa::app
