#include "app_fixture.h"

#include "app/sign_in_dialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>

using namespace marsa;

namespace {

void type(QDialog &dialog, const char *field, const QString &text) {
    auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(field));
    REQUIRE(edit != nullptr);
    edit->setText(text);
}

QLabel *message(QDialog &dialog) {
    return dialog.findChild<QLabel *>(QStringLiteral("message"));
}

} // namespace

TEST_CASE("Signing in with a wrong password says so and keeps the dialog, and the right one signs in") {
    test::Console console;
    storage::UserRepository users(console.database->connection());
    app::SignInDialog dialog(users, QStringLiteral("dcim.officer"));
    dialog.show();
    type(dialog, "password", QStringLiteral("not-the-password"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.user().has_value());
    CHECK(message(dialog)->isVisible());
    CHECK(message(dialog)->text() == QStringLiteral("Unknown user name or wrong password."));
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());

    type(dialog, "password", storage::demoPassword());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.user().has_value());
    CHECK(dialog.user()->agency == core::Agency::Dcim);
}

TEST_CASE("A database without accounts asks for its administrator first") {
    QTemporaryDir folder;
    auto database = storage::Database::open(folder.filePath(QStringLiteral("empty.sqlite")));
    REQUIRE(database);
    storage::UserRepository users(database->connection());
    REQUIRE(users.count().value() == 0);
    app::FirstAdministratorDialog dialog(users);
    dialog.show();
    type(dialog, "userName", QStringLiteral("admin.tripoli"));
    type(dialog, "displayName", QStringLiteral("Operations room administrator"));
    type(dialog, "password", QStringLiteral("Mitiga-admin-2026"));
    type(dialog, "repeat", QStringLiteral("Mitiga-admin-2027"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(message(dialog)->text() == QStringLiteral("The two passwords differ."));
    type(dialog, "password", QStringLiteral("short"));
    type(dialog, "repeat", QStringLiteral("short"));
    dialog.accept();
    CHECK(message(dialog)->text().contains(QStringLiteral("10")));
    CHECK(users.count().value() == 0);

    type(dialog, "password", QStringLiteral("Mitiga-admin-2026"));
    type(dialog, "repeat", QStringLiteral("Mitiga-admin-2026"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.user().has_value());
    CHECK(dialog.user()->role == core::Role::Administrator);
    CHECK(users.authenticate(QStringLiteral("admin.tripoli"), QStringLiteral("Mitiga-admin-2026")));
}

TEST_CASE("The status bar names who is signed in") {
    test::Console console;
    auto *label = console.window->findChild<QLabel *>(QStringLiteral("userLabel"));
    REQUIRE(label != nullptr);
    CHECK(label->text() == QStringLiteral("cg.officer — Coast Guard, watch officer"));
}
