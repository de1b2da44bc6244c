#pragma once

#include "app/form_fields.h"
#include "core/permissions.h"

#include <QDialog>

class QLabel;

namespace marsa::storage {
class UserAdminService;
}

namespace marsa::app {

/// A new password for an account whose holder forgot theirs, typed twice.
class PasswordResetDialog final : public QDialog {
    Q_OBJECT
public:
    PasswordResetDialog(storage::UserAdminService &service, const core::User &acting,
                        const core::User &account, QWidget *parent = nullptr);

    void accept() override;

private:
    storage::UserAdminService &m_service;
    core::User m_acting;
    core::User m_account;
    NewPasswordFields m_password;
    QLabel *m_message = nullptr;
};

} // namespace marsa::app
