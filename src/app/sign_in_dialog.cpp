#include "app/sign_in_dialog.h"

#include "core/logging.h"
#include "storage/user_repository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace marsa::app {
namespace {

QLineEdit *passwordField(QWidget *parent) {
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    // Typed left to right even in an Arabic layout: a password is not prose.
    field->setLayoutDirection(Qt::LeftToRight);
    return field;
}

QLabel *messageLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // Room for a long user name and a message on one or two lines, in Arabic too.
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    (userName.isEmpty() ? m_userName : m_password)->setFocus();
}

void SignInDialog::accept() {
    auto user = m_users.authenticate(m_userName->text(), m_password->text());
    m_password->clear();
    if (!user) {
        // Not the name typed: people type their password into the wrong field.
        spdlog::warn("sign-in refused");
        m_message->setText(user.errorMessage());
        m_message->setVisible(true);
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
    intro->setWordWrap(true);
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_password = passwordField(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat = passwordField(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_message = messageLabel(this);
    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Full name:"), m_displayName);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void FirstAdministratorDialog::accept() {
    auto refuse = [this](const QString &why) {
        m_message->setText(why);
        m_message->setVisible(true);
        m_password->clear();
        m_repeat->clear();
    };
    if (m_password->text() != m_repeat->text()) {
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
    m_password->clear();
    m_repeat->clear();
    m_user = created.value();
    spdlog::info("administrator account created: {}", m_user->userName);
    QDialog::accept();
}

} // namespace marsa::app
