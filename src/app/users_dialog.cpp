#include "app/users_dialog.h"

#include "app/account_dialog.h"
#include "app/conflict_dialog.h"
#include "app/form_fields.h"
#include "app/password_reset_dialog.h"
#include "app/write_gate.h"
#include "core/user_rules.h"
#include "models/user_table_model.h"
#include "storage/user_admin_service.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace marsa::app {

UsersDialog::UsersDialog(storage::UserAdminService &service, const core::User &acting, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_acting(acting) {
    setWindowTitle(tr("Users"));
    m_model = new models::UserTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Arabic script is taller than Latin: rows about 1.5 times the Latin line height (UI.md).
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 3 / 2 + 4);
    // Every column as wide as its text; the full names take what is left.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::UserTableModel::DisplayNameColumn,
                                                     QHeaderView::Stretch);
    m_message = messageLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    const auto addButton = [buttons](const QString &text, const char *name) {
        return addActionButton(buttons, text, name);
    };
    m_newButton = addButton(tr("New user…"), "newUserButton");
    m_editButton = addButton(tr("Edit…"), "editUserButton");
    m_resetButton = addButton(tr("Reset password…"), "resetPasswordButton");
    m_activeButton = addButton(tr("Deactivate"), "activeButton");
    connect(m_newButton, &QPushButton::clicked, this, &UsersDialog::newUser);
    connect(m_editButton, &QPushButton::clicked, this, &UsersDialog::editUser);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_activeButton, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &UsersDialog::editUser);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    reload();
    // Room for the five columns and the demonstration accounts without scrolling, in Arabic too.
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 26);
}

void UsersDialog::reload(std::int64_t selectId) {
    auto users = m_service.all(m_acting);
    if (!users) {
        m_model->setUsers({});
        showMessage(m_message, users.errorMessage());
        return;
    }
    m_model->setUsers(std::move(users.value()));
    if (const int row = m_model->rowOf(selectId); row >= 0) {
        // Not QTableView::selectRow(): right to left it finds no column at the viewport's edge and
        // selects nothing (Qt 6.4).
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void UsersDialog::reloadAccounts() {
    const core::User *current = selected();
    reload(current != nullptr ? current->id : 0);
}

const core::User *UsersDialog::selected() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->user(current.row()) : nullptr;
}

void UsersDialog::setWriteGate(const WriteGate *gate) {
    m_gate = gate;
    connect(gate, &WriteGate::changed, this, &UsersDialog::updateButtons);
    updateButtons();
}

void UsersDialog::updateButtons() {
    const auto gated = [this](QPushButton *button, const core::Decision &decision) {
        const core::Decision through = throughGate(m_gate, decision);
        button->setEnabled(through.allowed);
        button->setToolTip(through.reason);
    };
    gated(m_newButton, core::Decision::allow());
    const core::User *user = selected();
    const core::Decision selectFirst = user != nullptr ? core::Decision::allow() : core::Decision::refuse({});
    gated(m_editButton, selectFirst);
    gated(m_resetButton, selectFirst);
    if (user == nullptr) {
        m_activeButton->setText(tr("Deactivate"));
        gated(m_activeButton, selectFirst);
        return;
    }
    // The same rules the service applies, asked beforehand so the button says why it is greyed.
    const auto &users = m_model->users();
    const int administrators =
        static_cast<int>(std::count_if(users.begin(), users.end(), [](const core::User &u) {
            return u.isActive && u.role == core::Role::Administrator;
        }));
    const core::Decision rule = user->isActive ? core::UserRules::deactivate(m_acting, *user, administrators)
                                               : core::UserRules::reactivate(*user);
    m_activeButton->setText(user->isActive ? tr("Deactivate") : tr("Reactivate"));
    gated(m_activeButton, rule);
}

void UsersDialog::showResult(const core::Result<core::User> &result) {
    if (!result) {
        showMessage(m_message, result.errorMessage());
        return;
    }
    m_message->setVisible(false);
    reload(result->id);
}

void UsersDialog::newUser() {
    AccountDialog dialog(m_service, m_acting, this);
    if (dialog.exec() == QDialog::Accepted && dialog.account()) {
        showResult(*dialog.account());
    }
}

void UsersDialog::editUser() {
    const core::User *user = selected();
    if (user == nullptr) {
        return;
    }
    AccountDialog dialog(m_service, m_acting, *user, this);
    dialog.setCautionColour(m_caution);
    if (dialog.exec() == QDialog::Accepted && dialog.account()) {
        showResult(*dialog.account());
    }
}

void UsersDialog::resetPassword() {
    const core::User *user = selected();
    if (user == nullptr) {
        return;
    }
    PasswordResetDialog dialog(m_service, m_acting, *user, this);
    if (dialog.exec() == QDialog::Accepted) {
        showMessage(m_message, tr("The password of %1 is reset.").arg(user->userName));
    }
}

void UsersDialog::toggleActive() {
    const core::User *user = selected();
    if (user == nullptr) {
        return;
    }
    // Deactivated or reactivated over the version the table shows; another administrator's change
    // since is set beside this one, and the administrator decides.
    const bool active = !user->isActive;
    const auto setActive = [this, active](std::int64_t id, int version) {
        return active ? m_service.reactivate(m_acting, id, version)
                      : m_service.deactivate(m_acting, id, version);
    };
    core::User mine = *user;
    mine.isActive = active;
    core::Result<core::User> done = setActive(mine.id, mine.version);
    if (done.isConflict()) {
        const std::optional<core::User> stored = storedAccount(m_service, m_acting, mine.id);
        if (stored && askConflict(accountConflict(mine, mine.version, *stored, m_caution), this) ==
                          ConflictChoice::ApplyMine) {
            done = setActive(mine.id, stored->version);
        } else if (stored) {
            reload(mine.id);
            showMessage(m_message,
                        tr("Not saved after a conflict: the table shows %1 as saved now (version %2).")
                            .arg(stored->userName)
                            .arg(stored->version));
            return;
        }
    }
    showResult(done);
}

} // namespace marsa::app
