#pragma once

#include "app/form_fields.h"
#include "core/permissions.h"
#include "core/result.h"

#include <QColor>
#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace marsa::storage {
class UserAdminService;
}

namespace marsa::app {

struct ConflictComparison;

/// A change of an account refused because another administrator changed it first: the account as
/// this administrator would save it (seen at `seenVersion`) beside the account as stored now.
ConflictComparison accountConflict(const core::User &mine, int seenVersion, const core::User &stored,
                                   const QColor &caution);
/// The account with this id as stored now; nothing when it cannot be read.
std::optional<core::User> storedAccount(const storage::UserAdminService &service, const core::User &acting,
                                        std::int64_t id);

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
    /// The palette's caution colour (S-52 UINFO), for what differs in a conflict.
    void setCautionColour(const QColor &colour) { m_caution = colour; }

private:
    void build(const core::User &account);
    void refuse(const QString &why);
    /// Saves the edited details over the version read; a conflict asks the administrator.
    core::Result<core::User> saveChange();

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
    QColor m_caution;
};

} // namespace marsa::app
