#include "app/password_reset_dialog.h"

#include "storage/user_admin_service.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace marsa::app {

PasswordResetDialog::PasswordResetDialog(storage::UserAdminService &service, const core::User &acting,
                                         const core::User &account, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_acting(acting)
    , m_account(account) {
    setWindowTitle(tr("Reset password"));
    auto *intro = new QLabel(tr("A new password for %1 (%2). Give it to them in person; they sign in "
                                "with it from now on.")
                                 .arg(account.userName, account.displayName),
                             this);
    m_message = messageLabel(this);
    auto *form = new QFormLayout;
    m_password = addNewPasswordRows(form, tr("New password:"), tr("Password again:"), this);
    layOutForm(this, intro, form, m_message, okCancelButtons(this, tr("Reset password"), tr("Cancel")), 60);
    m_password.password->setFocus();
}

void PasswordResetDialog::accept() {
    const core::Result<void> done =
        m_password.differ() ? core::Error{tr("The two passwords differ.")}
                            : m_service.resetPassword(m_acting, m_account.id, m_password.password->text());
    m_password.clear();
    if (!done) {
        showMessage(m_message, done.errorMessage());
        m_password.password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace marsa::app
