#include "app/sign_in_dialog.h"

#include "app/form_fields.h"
#include "core/logging.h"
#include "storage/user_repository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <spdlog/spdlog.h>

namespace marsa::app {

SignInDialog::SignInDialog(storage::UserRepository &users, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_users(users) {
    setWindowTitle(tr("Sign in to Marsa"));
    m_userName = new QLineEdit(userName, this);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setLayoutDirection(Qt::LeftToRight);
    m_password = passwordField(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_message = messageLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Password:"), m_password);
    // Room for a long user name and a message on one or two lines, in Arabic too.
    layOutForm(this, nullptr, form, m_message, okCancelButtons(this, tr("Sign in"), tr("Quit")), 48);
    (userName.isEmpty() ? m_userName : m_password)->setFocus();
}

void SignInDialog::accept() {
    auto user = m_users.authenticate(m_userName->text(), m_password->text());
    m_password->clear();
    if (!user) {
        // Not the name typed: people type their password into the wrong field.
        spdlog::warn("sign-in refused");
        showMessage(m_message, user.errorMessage());
        m_password->setFocus();
        return;
    }
    m_user = user.value();
    spdlog::info("signed in: {} ({}, {})", m_user->userName, core::agencyKey(m_user->agency),
                 core::roleKey(m_user->role));
    QDialog::accept();
}

FirstAdministratorDialog::FirstAdministratorDialog(storage::UserRepository &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users) {
    setWindowTitle(tr("Create the administrator"));
    auto *intro = new QLabel(tr("This database has no accounts yet. Create the administrator, who will "
                                "then create the officers' accounts."),
                             this);
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_message = messageLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Full name:"), m_displayName);
    const NewPasswordFields password = addNewPasswordRows(form, tr("Password:"), tr("Password again:"), this);
    m_password = password.password;
    m_repeat = password.repeat;
    layOutForm(this, intro, form, m_message, okCancelButtons(this, tr("Create"), tr("Quit")), 60);
}

void FirstAdministratorDialog::accept() {
    const NewPasswordFields password{m_password, m_repeat};
    auto refuse = [this, password](const QString &why) {
        showMessage(m_message, why);
        password.clear();
    };
    if (password.differ()) {
        refuse(tr("The two passwords differ."));
        return;
    }
    core::User administrator;
    administrator.userName = m_userName->text().trimmed();
    administrator.displayName = m_displayName->text().trimmed();
    administrator.agency = core::Agency::CoastGuard;
    administrator.role = core::Role::Administrator;
    auto created = m_users.create(administrator, m_password->text());
    if (!created) {
        refuse(created.errorMessage());
        return;
    }
    password.clear();
    m_user = created.value();
    spdlog::info("administrator account created: {}", m_user->userName);
    QDialog::accept();
}

} // namespace marsa::app
