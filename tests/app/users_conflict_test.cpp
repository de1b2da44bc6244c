#include "app_fixture.h"
#include "conflict_test_support.h"

#include "app/account_dialog.h"
#include "app/users_dialog.h"
#include "models/user_table_model.h"
#include "storage/user_admin_service.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QTableView>
#include <QTranslator>

// Issue 6: two administrators change one account at the same time; the second save meets the
// conflict dialog (full name, agency, role, state side by side) and decides.

using namespace marsa;
using namespace marsa::test;

namespace {

void select(app::UsersDialog &dialog, const QString &userName) {
    const auto &users = dialog.model().users();
    const auto found =
        std::find_if(users.begin(), users.end(), [&](const core::User &u) { return u.userName == userName; });
    REQUIRE(found != users.end());
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("usersView"));
    REQUIRE(view != nullptr);
    view->selectionModel()->setCurrentIndex(dialog.model().index(static_cast<int>(found - users.begin()), 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

core::User storedUser(Console &console, const char *userName) {
    storage::UserAdminService service(*console.database, console.clock);
    auto all = service.all(*console.user);
    REQUIRE(all);
    for (const core::User &user : all.value()) {
        if (user.userName == QLatin1String(userName)) {
            return user;
        }
    }
    FAIL("no account " << userName);
    return {};
}

/// What the edit form showed after the conflict was answered.
struct FormAfter {
    bool open = false;
    QString message;
    QString displayName;
    int role = -1;
};

/// Opens Edit… on the selected account; in the form, sets the role, lets `meanwhile` change the account
/// on the other console, then presses Save, answering the conflict dialog with `keep`.
FormAfter editRoleMeanwhile(app::UsersDialog &dialog, core::Role role, const std::function<void()> &meanwhile,
                            Shown &shown, bool keep) {
    FormAfter after;
    QTimer::singleShot(0, &dialog, [&dialog, &after, &shown, role, meanwhile, keep] {
        auto *form = dialog.findChild<app::AccountDialog *>();
        if (form == nullptr) {
            return;
        }
        auto *roles = form->findChild<QComboBox *>(QStringLiteral("role"));
        roles->setCurrentIndex(roles->findData(static_cast<int>(role)));
        meanwhile();
        answerConflict(shown, keep);
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        after.open = form->isVisible();
        after.message = form->findChild<QLabel *>(QStringLiteral("message"))->text();
        after.displayName = form->findChild<QLineEdit *>(QStringLiteral("displayName"))->text();
        after.role = roles->currentData().toInt();
        if (form->isVisible()) {
            form->reject();
        }
    });
    dialog.findChild<QPushButton *>(QStringLiteral("editUserButton"))->click();
    return after;
}

/// Two administrators' consoles on one database: this one's Users dialog with `userName` selected as
/// read now, and the other console's service.
struct TwoAdministrators {
    Console console{QStringLiteral("admin")};
    storage::UserAdminService service{*console.database, console.clock};
    app::UsersDialog dialog{service, *console.user};
    OtherConsole other{console, "admin"};
    storage::UserAdminService otherService{*other.database, console.clock};
    core::User seen;

    explicit TwoAdministrators(const char *userName) {
        dialog.setCautionColour(console.window->renderer().palette().colour(chart::ColourToken::UINFO));
        dialog.show();
        select(dialog, QString::fromLatin1(userName));
        seen = storedUser(console, userName);
    }
};

} // namespace

TEST_CASE("Editing an account another administrator changed meanwhile shows both versions, and keeping "
          "theirs shows it in the form with the typed values beside it") {
    TwoAdministrators two("cg.officer");
    auto &[console, service, dialog, other, otherService, seen] = two;

    Shown shown;
    const FormAfter after = editRoleMeanwhile(
        dialog, core::Role::Supervisor,
        [&] {
            (void)otherService.change(
                other.user, seen.id,
                {QStringLiteral("Cpt. Ahmed Salem"), core::Agency::CoastGuard, seen.role}, seen.version);
        },
        shown, true);
    REQUIRE(shown.seen);
    CHECK(shown.headers.value(1) == QStringLiteral("Your change (on version %1)").arg(seen.version));
    CHECK(shown.headers.value(2) == QStringLiteral("Saved now (version %1)").arg(seen.version + 1));
    CHECK(shown.rows.contains(QStringLiteral("≠ Full name | %1 | Cpt. Ahmed Salem").arg(seen.displayName)));
    CHECK(shown.rows.contains(QStringLiteral("≠ Role | Supervisor | Watch officer")));
    CHECK(shown.rows.contains(QStringLiteral("Agency | Coast Guard | Coast Guard")));
    CHECK(shown.rows.contains(QStringLiteral("State | Active | Active")));
    CHECK(shown.applyEnabled);
    // Kept: the form shows the saved account, and the administrator's values beside it.
    CHECK(after.open);
    CHECK(after.displayName == QStringLiteral("Cpt. Ahmed Salem"));
    CHECK(after.role == static_cast<int>(core::Role::WatchOfficer));
    CHECK(after.message.contains(QStringLiteral("Not saved after a conflict")));
    CHECK(after.message.contains(QStringLiteral("Supervisor")));
    const core::User stored = storedUser(console, "cg.officer");
    CHECK(stored.role == core::Role::WatchOfficer);
    CHECK(stored.displayName == QStringLiteral("Cpt. Ahmed Salem"));
    CHECK(stored.version == seen.version + 1);
}

TEST_CASE("Applying an account change over another administrator's saves it on the new version") {
    TwoAdministrators two("dcim.officer");
    auto &[console, service, dialog, other, otherService, seen] = two;

    Shown shown;
    const FormAfter after = editRoleMeanwhile(
        dialog, core::Role::Supervisor,
        [&] { (void)otherService.deactivate(other.user, seen.id, seen.version); }, shown, false);
    REQUIRE(shown.seen);
    CHECK(shown.rows.contains(QStringLiteral("≠ State | Active | Inactive")));
    CHECK_FALSE(after.open);
    const core::User stored = storedUser(console, "dcim.officer");
    CHECK(stored.role == core::Role::Supervisor);
    CHECK_FALSE(stored.isActive); // the other administrator's change stays
    CHECK(stored.version == seen.version + 2);
}

TEST_CASE(
    "Deactivating an account another administrator changed meanwhile asks first, keeping writes nothing") {
    TwoAdministrators two("lrc.officer");
    auto &[console, service, dialog, other, otherService, seen] = two;
    storage::UserAdminService(*other.database, console.clock)
        .change(other.user, seen.id, {seen.displayName, core::Agency::RedCrescent, core::Role::Supervisor},
                seen.version)
        .isOk();

    Shown shown;
    answerConflict(shown, true);
    dialog.findChild<QPushButton *>(QStringLiteral("activeButton"))->click();
    REQUIRE(shown.seen);
    CHECK(shown.rows.contains(QStringLiteral("≠ State | Inactive | Active")));
    CHECK(shown.rows.contains(QStringLiteral("≠ Role | Watch officer | Supervisor")));
    const core::User stored = storedUser(console, "lrc.officer");
    CHECK(stored.isActive);
    CHECK(stored.version == seen.version + 1);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("message"))
              ->text()
              .contains(QStringLiteral("Not saved after a conflict")));

    SECTION("Applied, it is deactivated over the new version") {
        select(dialog, QStringLiteral("lrc.officer"));
        const core::User again = storedUser(console, "lrc.officer");
        storage::UserAdminService(*other.database, console.clock)
            .change(other.user, again.id, {QStringLiteral("LRC duty officer"), again.agency, again.role},
                    again.version)
            .isOk();
        Shown second;
        answerConflict(second, false);
        dialog.findChild<QPushButton *>(QStringLiteral("activeButton"))->click();
        REQUIRE(second.seen);
        const core::User done = storedUser(console, "lrc.officer");
        CHECK_FALSE(done.isActive);
        CHECK(done.displayName == QStringLiteral("LRC duty officer"));
        CHECK(done.version == again.version + 2);
    }
}

TEST_CASE("The account conflict dialog is drawn by day, by night and right to left") {
    const QString folder = qEnvironmentVariable("MARSA_SCREENSHOTS");
    QTranslator translator;
    for (const char *look : {"day", "night", "ar"}) {
        INFO(look);
        Console console(QStringLiteral("admin"));
        console.window->setPaletteMode(qstrcmp(look, "night") == 0 ? chart::PaletteMode::Night
                                                                   : chart::PaletteMode::Day);
        const bool arabic = qstrcmp(look, "ar") == 0;
        if (arabic) {
            REQUIRE(translator.load(QStringLiteral(":/i18n/marsa_ar.qm")));
            QCoreApplication::installTranslator(&translator);
            QApplication::setLayoutDirection(Qt::RightToLeft);
        }
        storage::UserAdminService service(*console.database, console.clock);
        app::UsersDialog dialog(service, *console.user);
        dialog.setCautionColour(console.window->renderer().palette().colour(chart::ColourToken::UINFO));
        dialog.show();
        select(dialog, QStringLiteral("cg.officer"));
        const core::User seen = storedUser(console, "cg.officer");
        OtherConsole other(console, "admin");
        storage::UserAdminService otherService(*other.database, console.clock);
        Shown shown;
        editRoleMeanwhile(
            dialog, core::Role::Supervisor,
            [&] {
                (void)otherService.change(other.user, seen.id,
                                          {QStringLiteral("Cpt. Ahmed Salem"), core::Agency::Dcim, seen.role},
                                          seen.version);
            },
            shown, true);
        REQUIRE(shown.seen);
        CHECK(shown.image.width() > 400);
        if (!folder.isEmpty()) {
            CHECK(shown.image.save(
                QStringLiteral("%1/account-conflict-%2.png").arg(folder, QString::fromLatin1(look))));
        }
        if (arabic) {
            QCoreApplication::removeTranslator(&translator);
            QApplication::setLayoutDirection(Qt::LeftToRight);
        }
    }
}
