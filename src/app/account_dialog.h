#pragma once

#include "app/form_fields.h"
#include "core/permissions.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace marsa::storage {
class UserAdminService;
}

namespace marsa::app {

/// A new account (user name, full name, agency, role, initial password typed twice) or the
/// details of an existing one (full name, agency, role; the user name never changes). OK asks
/// storage::UserAdminService; a refusal is shown in the dialog, which stays open.
class AccountDialog final : public QDialog {
    Q_OBJECT
public:
    /// A new account, created by `acting`.
    AccountDialog(storage::UserAdminService &service, const core::User &acting, QWidget *parent = nullptr);
    /// The details of `account`, changed by `acting`.
    AccountDialog(storage::UserAdminService &service, const core::User &acting, const core::User &account,
                  QWidget *parent = nullptr);

    /// The account as created or changed, once accepted.
    const std::optional<core::User> &account() const { return m_result; }

    void accept() override;

private:
    void build(const core::User &account);
    void refuse(const QString &why);

    storage::UserAdminService &m_service;
    core::User m_acting;
    std::optional<core::User> m_editing; ///< nothing: a new account
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_role = nullptr;
    NewPasswordFields m_password; ///< a new account only
    QLabel *m_message = nullptr;
    std::optional<core::User> m_result;
};

} // namespace marsa::app
