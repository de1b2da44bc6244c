#pragma once

#include "core/permissions.h"
#include "core/result.h"

#include <QColor>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace marsa::models {
class UserTableModel;
}
namespace marsa::storage {
class UserAdminService;
}

namespace marsa::app {

class WriteGate;

/// Administration → Users: every account with its agency, role and whether it is active, and the
/// administrator's actions on them (new, edit, reset password, deactivate or reactivate). Each
/// action goes through storage::UserAdminService, which checks the permission and the rules
/// again; a refusal is shown under the table.
class UsersDialog final : public QDialog {
    Q_OBJECT
public:
    UsersDialog(storage::UserAdminService &service, const core::User &acting, QWidget *parent = nullptr);

    models::UserTableModel &model() { return *m_model; }
    /// Reads the accounts again (another administrator changed one); the selection stays.
    void reloadAccounts();
    /// Every action is greyed, saying why, while the gate is shut (the database unreachable).
    void setWriteGate(const WriteGate *gate);
    /// The palette's caution colour (S-52 UINFO), for what differs in a conflict.
    void setCautionColour(const QColor &colour) { m_caution = colour; }

private:
    /// Reads the accounts again and selects the one with this id, if any.
    void reload(std::int64_t selectId = 0);
    void updateButtons();
    const core::User *selected() const;
    void showResult(const core::Result<core::User> &result);
    void newUser();
    void editUser();
    void resetPassword();
    void toggleActive();

    storage::UserAdminService &m_service;
    core::User m_acting;
    models::UserTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    const WriteGate *m_gate = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_activeButton = nullptr;
    QColor m_caution;
};

} // namespace marsa::app
