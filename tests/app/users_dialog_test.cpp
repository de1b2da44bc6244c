#include "app_fixture.h"

#include "app/account_dialog.h"
#include "app/users_dialog.h"
#include "models/user_table_model.h"
#include "storage/audit_log.h"
#include "storage/user_admin_service.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace marsa;

namespace {

QAction *usersAction(app::MainWindow &window) {
    auto *action = window.findChild<QAction *>(QStringLiteral("usersAction"));
    REQUIRE(action != nullptr);
    return action;
}

QStringList userNames(const models::UserTableModel &model) {
    QStringList names;
    for (const core::User &user : model.users()) {
        names << user.userName;
    }
    return names;
}

template <typename Widget>
Widget *child(QWidget &parent, const char *name) {
    auto *widget = parent.findChild<Widget *>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void selectUser(app::UsersDialog &dialog, const QString &userName) {
    const int row = static_cast<int>(userNames(dialog.model()).indexOf(userName));
    REQUIRE(row >= 0);
    child<QTableView>(dialog, "usersView")
        ->selectionModel()
        ->setCurrentIndex(dialog.model().index(row, 0),
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// Clicks a button of the dialog that opens a modal AccountDialog, and fills that one in with
// `fill` once it is open. Nothing in the callback may throw: it runs inside exec()'s event loop.
void clickAndFill(app::UsersDialog &dialog, const char *button,
                  const std::function<void(app::AccountDialog &)> &fill) {
    QTimer::singleShot(0, &dialog, [&dialog, fill] {
        auto *form = dialog.findChild<app::AccountDialog *>();
        if (form == nullptr) {
            return;
        }
        fill(*form);
        if (form->isVisible()) {
            form->reject(); // never leave the test waiting on a dialog
        }
    });
    child<QPushButton>(dialog, button)->click();
}

void type(QWidget &form, const char *field, const QString &text) {
    if (auto *edit = form.findChild<QLineEdit *>(QString::fromLatin1(field))) {
        edit->setText(text);
    }
}

void clickOk(QWidget &form) {
    if (auto *buttons = form.findChild<QDialogButtonBox *>()) {
        buttons->button(QDialogButtonBox::Ok)->click();
    }
}

} // namespace

TEST_CASE("Administration, Users is enabled for the administrator and greyed with the reason for others") {
    {
        test::Console console;
        QAction *action = usersAction(*console.window);
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip() == QStringLiteral("A watch officer of the Coast Guard may not do this."));
        auto *menu = qobject_cast<QMenu *>(action->parent());
        REQUIRE(menu != nullptr);
        CHECK(menu->title() == QStringLiteral("&Administration"));
        CHECK(menu->toolTipsVisible());
    }
    test::Console console(QStringLiteral("admin"));
    QAction *action = usersAction(*console.window);
    CHECK(action->isEnabled());
    CHECK(action->text() == QStringLiteral("&Users…"));
}

TEST_CASE("The Users dialog lists every demonstration account with its agency, role and state") {
    test::Console console(QStringLiteral("admin"));
    storage::UserAdminService service(*console.database, console.clock);
    app::UsersDialog dialog(service, *console.user);
    dialog.show();
    CHECK(child<QTableView>(dialog, "usersView")->model() == &dialog.model());
    CHECK(userNames(dialog.model()) ==
          QStringList{QStringLiteral("admin"), QStringLiteral("cg.officer"), QStringLiteral("cg.supervisor"),
                      QStringLiteral("dcim.officer"), QStringLiteral("dcim.supervisor"),
                      QStringLiteral("lrc.officer"), QStringLiteral("observer"), QStringLiteral("trainer")});
    const models::UserTableModel &model = dialog.model();
    CHECK(model.index(0, models::UserTableModel::RoleColumn).data().toString() ==
          QStringLiteral("Administrator"));
    CHECK(model.index(5, models::UserTableModel::AgencyColumn).data().toString() ==
          QStringLiteral("Libyan Red Crescent"));
    CHECK(model.index(5, models::UserTableModel::ActiveColumn).data().toString() == QStringLiteral("Yes"));
}

TEST_CASE("Creating a user through the dialogs adds a row and an account that signs in") {
    test::Console console(QStringLiteral("admin"));
    storage::UserAdminService service(*console.database, console.clock);
    app::UsersDialog dialog(service, *console.user);
    dialog.show();
    const QString password = QStringLiteral("Benghazi-watch-0042");
    QString refusal;
    clickAndFill(dialog, "newUserButton", [&](app::AccountDialog &form) {
        type(form, "userName", QStringLiteral("dcim.salem"));
        type(form, "displayName", QStringLiteral("Salem Ali"));
        auto *agency = form.findChild<QComboBox *>(QStringLiteral("agency"));
        auto *role = form.findChild<QComboBox *>(QStringLiteral("role"));
        if (agency == nullptr || role == nullptr) {
            return;
        }
        agency->setCurrentIndex(agency->findData(static_cast<int>(core::Agency::Dcim)));
        role->setCurrentIndex(role->findData(static_cast<int>(core::Role::Supervisor)));
        type(form, "password", password);
        type(form, "repeat", QStringLiteral("Benghazi-watch-0043"));
        clickOk(form);
        if (auto *message = form.findChild<QLabel *>(QStringLiteral("message"))) {
            refusal = message->text();
        }
        type(form, "password", password);
        type(form, "repeat", password);
        clickOk(form);
    });
    CHECK(refusal == QStringLiteral("The two passwords differ."));
    const models::UserTableModel &model = dialog.model();
    REQUIRE(model.rowCount() == 9);
    const int row = static_cast<int>(userNames(model).indexOf(QStringLiteral("dcim.salem")));
    REQUIRE(row >= 0);
    CHECK(model.index(row, models::UserTableModel::DisplayNameColumn).data().toString() ==
          QStringLiteral("Salem Ali"));
    CHECK(model.index(row, models::UserTableModel::AgencyColumn).data().toString() == QStringLiteral("DCIM"));
    CHECK(model.index(row, models::UserTableModel::RoleColumn).data().toString() ==
          QStringLiteral("Supervisor"));
    CHECK(child<QTableView>(dialog, "usersView")->currentIndex().row() == row);

    auto signedIn = storage::UserRepository(console.database->connection())
                        .authenticate(QStringLiteral("dcim.salem"), password);
    REQUIRE(signedIn);
    CHECK(signedIn->agency == core::Agency::Dcim);
    CHECK(signedIn->role == core::Role::Supervisor);
    auto audit = storage::AuditLog(console.database->connection()).all();
    REQUIRE(audit);
    CHECK(audit->back().action == QStringLiteral("user.create"));
    CHECK(audit->back().subject == QStringLiteral("dcim.salem"));
}

TEST_CASE("Editing a user through the dialog changes the role in the table and the database") {
    test::Console console(QStringLiteral("admin"));
    storage::UserAdminService service(*console.database, console.clock);
    app::UsersDialog dialog(service, *console.user);
    dialog.show();
    selectUser(dialog, QStringLiteral("cg.officer"));
    bool userNameLocked = false;
    clickAndFill(dialog, "editUserButton", [&](app::AccountDialog &form) {
        if (auto *userName = form.findChild<QLineEdit *>(QStringLiteral("userName"))) {
            userNameLocked = !userName->isEnabled();
        }
        if (auto *role = form.findChild<QComboBox *>(QStringLiteral("role"))) {
            role->setCurrentIndex(role->findData(static_cast<int>(core::Role::Supervisor)));
        }
        clickOk(form);
    });
    CHECK(userNameLocked);
    const int row = static_cast<int>(userNames(dialog.model()).indexOf(QStringLiteral("cg.officer")));
    CHECK(dialog.model().index(row, models::UserTableModel::RoleColumn).data().toString() ==
          QStringLiteral("Supervisor"));
    auto stored = storage::UserRepository(console.database->connection())
                      .authenticate(QStringLiteral("cg.officer"), storage::demoPassword());
    REQUIRE(stored);
    CHECK(stored->role == core::Role::Supervisor);
}

TEST_CASE("The dialog deactivates and reactivates another account, never the administrator's own") {
    test::Console console(QStringLiteral("admin"));
    storage::UserAdminService service(*console.database, console.clock);
    app::UsersDialog dialog(service, *console.user);
    // Right to left, as in Arabic: the account acted on stays selected after the table reloads.
    dialog.setLayoutDirection(Qt::RightToLeft);
    dialog.show();
    auto *toggle = child<QPushButton>(dialog, "activeButton");

    selectUser(dialog, QStringLiteral("admin"));
    CHECK_FALSE(toggle->isEnabled());
    CHECK(toggle->toolTip() == QStringLiteral("You cannot deactivate your own account."));

    selectUser(dialog, QStringLiteral("lrc.officer"));
    REQUIRE(toggle->isEnabled());
    CHECK(toggle->text() == QStringLiteral("Deactivate"));
    toggle->click();
    const int row = static_cast<int>(userNames(dialog.model()).indexOf(QStringLiteral("lrc.officer")));
    CHECK(dialog.model().index(row, models::UserTableModel::ActiveColumn).data().toString() ==
          QStringLiteral("No"));
    CHECK(toggle->text() == QStringLiteral("Reactivate"));
    storage::UserRepository users(console.database->connection());
    CHECK_FALSE(users.authenticate(QStringLiteral("lrc.officer"), storage::demoPassword()));

    toggle->click();
    CHECK(dialog.model().index(row, models::UserTableModel::ActiveColumn).data().toString() ==
          QStringLiteral("Yes"));
    CHECK(users.authenticate(QStringLiteral("lrc.officer"), storage::demoPassword()));
}
