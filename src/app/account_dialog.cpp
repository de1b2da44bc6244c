#include "app/account_dialog.h"

#include "storage/user_admin_service.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace marsa::app {
namespace {

template <typename Enum>
QComboBox *choice(const char *objectName, std::initializer_list<Enum> values, QString (*name)(Enum),
                  Enum current, QWidget *parent) {
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(objectName));
    for (Enum value : values) {
        box->addItem(name(value), static_cast<int>(value));
    }
    box->setCurrentIndex(box->findData(static_cast<int>(current)));
    return box;
}

} // namespace

AccountDialog::AccountDialog(storage::UserAdminService &service, const core::User &acting, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_acting(acting) {
    setWindowTitle(tr("New user"));
    build(core::User{});
}

AccountDialog::AccountDialog(storage::UserAdminService &service, const core::User &acting,
                             const core::User &account, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_acting(acting)
    , m_editing(account) {
    setWindowTitle(tr("Edit user %1").arg(account.userName));
    build(account);
}

void AccountDialog::build(const core::User &account) {
    m_userName = new QLineEdit(account.userName, this);
    m_userName->setObjectName(QStringLiteral("userName"));
    // Typed at sign-in on a Latin keyboard, in every language.
    m_userName->setLayoutDirection(Qt::LeftToRight);
    m_userName->setPlaceholderText(tr("e.g. cg.salem"));
    m_userName->setEnabled(!m_editing); // audit rows name it: it never changes
    m_displayName = new QLineEdit(account.displayName, this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    using core::Agency;
    using core::Role;
    m_agency = choice("agency", {Agency::CoastGuard, Agency::Dcim, Agency::RedCrescent, Agency::Observer},
                      &core::agencyName, account.agency, this);
    m_role = choice("role", {Role::WatchOfficer, Role::Supervisor, Role::Trainer, Role::Administrator},
                    &core::roleName, account.role, this);
    m_message = messageLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Full name:"), m_displayName);
    form->addRow(tr("Agency:"), m_agency);
    form->addRow(tr("Role:"), m_role);
    if (!m_editing) {
        m_password = addNewPasswordRows(form, tr("Initial password:"), tr("Password again:"), this);
    }
    layOutForm(this, nullptr, form, m_message,
               okCancelButtons(this, m_editing ? tr("Save") : tr("Create"), tr("Cancel")), 60);
    (m_editing ? m_displayName : m_userName)->setFocus();
}

void AccountDialog::refuse(const QString &why) {
    showMessage(m_message, why);
    if (!m_editing) {
        m_password.clear();
        m_password.password->setFocus();
    }
}

void AccountDialog::accept() {
    if (!m_editing && m_password.differ()) {
        refuse(tr("The two passwords differ."));
        return;
    }
    const auto agency = static_cast<core::Agency>(m_agency->currentData().toInt());
    const auto role = static_cast<core::Role>(m_role->currentData().toInt());
    const core::Result<core::User> done =
        m_editing
            ? m_service.change(m_acting, m_editing->id, {m_displayName->text(), agency, role})
            : m_service.create(m_acting, {0, m_userName->text(), m_displayName->text(), agency, role, true},
                               m_password.password->text());
    if (!done) {
        refuse(done.errorMessage());
        return;
    }
    if (!m_editing) {
        m_password.clear();
    }
    m_result = done.value();
    QDialog::accept();
}

} // namespace marsa::app
