#include "app/feed_edit_dialog.h"
#include "app/feed_status_label.h"
#include "app/feeds_dialog.h"
#include "models/feed_table_model.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include "catch_qt.h"

#include <functional>

using namespace marsa;

namespace {

template <typename Widget>
Widget *child(QWidget &parent, const char *name) {
    auto *widget = parent.findChild<Widget *>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

/// A private settings file: the tests never touch the user's settings.
struct Fixture {
    QTemporaryDir folder;
    QSettings settings{folder.filePath(QStringLiteral("marsa.ini")), QSettings::IniFormat};
};

// What the form said and did, read inside its event loop (nothing there may throw).
struct FormResult {
    QString message;
    bool messageVisible = false;
    bool stillOpen = false;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    Qt::LayoutDirection portDirection = Qt::RightToLeft;
};

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

// Clicks a button of the Feeds dialog that opens the feed form, and fills it in with `fill`
// once it is open; the form is closed afterwards if it is still open.
void clickAndFill(app::FeedsDialog &dialog, const char *button,
                  const std::function<void(app::FeedEditDialog &)> &fill) {
    QTimer::singleShot(0, &dialog, [&dialog, fill] {
        auto *form = dialog.findChild<app::FeedEditDialog *>();
        if (form == nullptr) {
            return;
        }
        fill(*form);
        if (form->isVisible()) {
            form->reject();
        }
    });
    child<QPushButton>(dialog, button)->click();
}

void selectRow(app::FeedsDialog &dialog, int row) {
    child<QTableView>(dialog, "feedsView")
        ->selectionModel()
        ->setCurrentIndex(dialog.model().index(row, 0),
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

TEST_CASE("A UDP feed is added through the form, an invalid port refused with a message, and saved") {
    Fixture fixture;
    app::FeedsDialog dialog(fixture.settings);
    dialog.show();
    QSignalSpy changed(&dialog, &app::FeedsDialog::feedsChanged);
    FormResult refused;
    clickAndFill(dialog, "addFeedButton", [&](app::FeedEditDialog &form) {
        type(form, "name", QStringLiteral("Tripoli AIS"));
        type(form, "host", QStringLiteral("0.0.0.0"));
        type(form, "port", QStringLiteral("70000"));
        clickOk(form);
        auto *message = form.findChild<QLabel *>(QStringLiteral("message"));
        refused.message = message != nullptr ? message->text() : QString();
        refused.messageVisible = message != nullptr && message->isVisible();
        refused.stillOpen = form.isVisible();
        type(form, "port", QStringLiteral("10110"));
        clickOk(form);
    });
    CHECK(refused.stillOpen);
    CHECK(refused.messageVisible);
    CHECK(refused.message == QStringLiteral("The port must be a number from 1 to 65535."));

    REQUIRE(dialog.feeds().size() == 1);
    const feeds::FeedConfig added = dialog.feeds()[0];
    CHECK(added.id == 1);
    CHECK(added.name == QStringLiteral("Tripoli AIS"));
    CHECK(added.kind == feeds::FeedKind::UdpListener);
    CHECK(added.host == QStringLiteral("0.0.0.0"));
    CHECK(added.port == 10110);
    CHECK(added.enabled);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0][0].value<QList<feeds::FeedConfig>>() == QList<feeds::FeedConfig>{added});
    // Saved at once, where the next start of the console reads it.
    QSettings reread(fixture.settings.fileName(), QSettings::IniFormat);
    CHECK(feeds::loadFeedConfigs(reread) == QList<feeds::FeedConfig>{added});
    CHECK(dialog.model().index(0, models::FeedTableModel::KindColumn).data().toString() ==
          QStringLiteral("UDP listener"));
}

TEST_CASE("The feed form refuses a second feed of the same name, and reads Arabic-Indic digits") {
    Fixture fixture;
    feeds::FeedConfig first;
    first.id = 1;
    first.name = QStringLiteral("Tripoli AIS");
    feeds::saveFeedConfigs(fixture.settings, {first});
    app::FeedsDialog dialog(fixture.settings);
    dialog.show();
    FormResult refused;
    clickAndFill(dialog, "addFeedButton", [&](app::FeedEditDialog &form) {
        type(form, "name", QStringLiteral("tripoli ais"));
        type(form, "port", QStringLiteral("١٠١١١"));
        clickOk(form);
        auto *message = form.findChild<QLabel *>(QStringLiteral("message"));
        refused.message = message != nullptr ? message->text() : QString();
        type(form, "name", QStringLiteral("Misrata AIS"));
        clickOk(form);
    });
    CHECK(refused.message ==
          QStringLiteral("Another feed is already called tripoli ais: choose another name."));
    REQUIRE(dialog.feeds().size() == 2);
    CHECK(dialog.feeds()[1].port == 10111);
    CHECK(dialog.feeds()[1].id == 2);
}

TEST_CASE("Feeds are disabled, enabled, edited and removed from the dialog, and the settings follow") {
    Fixture fixture;
    feeds::FeedConfig tcp;
    tcp.id = 4;
    tcp.kind = feeds::FeedKind::TcpClient;
    tcp.name = QStringLiteral("Shore network");
    tcp.host = QStringLiteral("10.0.0.5");
    tcp.port = 5631;
    feeds::saveFeedConfigs(fixture.settings, {tcp});
    app::FeedsDialog dialog(fixture.settings);
    dialog.show();
    QSignalSpy changed(&dialog, &app::FeedsDialog::feedsChanged);
    auto *enable = child<QPushButton>(dialog, "enableFeedButton");
    CHECK_FALSE(enable->isEnabled()); // nothing selected
    selectRow(dialog, 0);
    CHECK(enable->text() == QStringLiteral("Disable"));
    enable->click();
    CHECK_FALSE(dialog.feeds()[0].enabled);
    CHECK_FALSE(feeds::loadFeedConfigs(fixture.settings)[0].enabled);
    CHECK(enable->text() == QStringLiteral("Enable"));
    CHECK(dialog.model().index(0, models::FeedTableModel::StateColumn).data().toString() ==
          QStringLiteral("Disabled"));
    enable->click();
    CHECK(dialog.feeds()[0].enabled);

    clickAndFill(dialog, "editFeedButton", [&](app::FeedEditDialog &form) {
        type(form, "host", QStringLiteral("10.0.0.6"));
        clickOk(form);
    });
    CHECK(dialog.feeds()[0].host == QStringLiteral("10.0.0.6"));
    CHECK(dialog.feeds()[0].id == 4); // the same feed, changed
    CHECK(feeds::loadFeedConfigs(fixture.settings)[0].host == QStringLiteral("10.0.0.6"));

    child<QPushButton>(dialog, "removeFeedButton")->click();
    CHECK(dialog.feeds().isEmpty());
    CHECK(feeds::loadFeedConfigs(fixture.settings).isEmpty());
    CHECK(changed.size() == 4);
}

TEST_CASE("The Feeds dialog shows a feed's state and why it fails in words") {
    Fixture fixture;
    feeds::FeedConfig tcp;
    tcp.id = 4;
    tcp.kind = feeds::FeedKind::TcpClient;
    tcp.name = QStringLiteral("Shore network");
    tcp.host = QStringLiteral("10.0.0.5");
    feeds::saveFeedConfigs(fixture.settings, {tcp});
    app::FeedsDialog dialog(fixture.settings);
    dialog.show();
    selectRow(dialog, 0);
    feeds::FeedStatus status;
    status.id = 4;
    status.name = tcp.name;
    status.state = feeds::FeedState::Error;
    status.message = QStringLiteral("The server name is not known.");
    dialog.showStatus({status});
    CHECK(dialog.model().index(0, models::FeedTableModel::StateColumn).data().toString() ==
          QStringLiteral("Error"));
    CHECK(child<QLabel>(dialog, "feedDetail")->text() ==
          QStringLiteral("Shore network: Error. The server name is not known."));
}

TEST_CASE("The Feeds dialog and its form work right to left") {
    Fixture fixture;
    // As the Arabic translation does it: for the whole application, so dialogs follow.
    QApplication::setLayoutDirection(Qt::RightToLeft);
    struct Restore {
        ~Restore() { QApplication::setLayoutDirection(Qt::LeftToRight); }
    } restore;
    app::FeedsDialog dialog(fixture.settings);
    dialog.show();
    CHECK(dialog.layoutDirection() == Qt::RightToLeft);
    FormResult result;
    clickAndFill(dialog, "addFeedButton", [&](app::FeedEditDialog &form) {
        result.direction = form.layoutDirection();
        if (auto *port = form.findChild<QLineEdit *>(QStringLiteral("port"))) {
            result.portDirection = port->layoutDirection();
        }
        type(form, "name", QStringLiteral("طرابلس"));
        if (auto *kind = form.findChild<QComboBox *>(QStringLiteral("kind"))) {
            kind->setCurrentIndex(kind->findData(static_cast<int>(feeds::FeedKind::TcpClient)));
        }
        type(form, "host", QStringLiteral("ais.example.org"));
        type(form, "port", QStringLiteral("5631"));
        clickOk(form);
    });
    CHECK(result.direction == Qt::RightToLeft);
    CHECK(result.portDirection == Qt::LeftToRight); // addresses and ports read left to right
    REQUIRE(dialog.feeds().size() == 1);
    CHECK(dialog.feeds()[0].kind == feeds::FeedKind::TcpClient);
    CHECK(dialog.feeds()[0].name == QStringLiteral("طرابلس"));
    // The table is mirrored: the first column (the name) is at the right.
    auto *view = child<QTableView>(dialog, "feedsView");
    CHECK(view->horizontalHeader()->sectionViewportPosition(0) >
          view->horizontalHeader()->sectionViewportPosition(1));
    // Selecting by the selection model works right to left (QTableView::selectRow does not, Qt 6.4).
    selectRow(dialog, 0);
    CHECK(child<QPushButton>(dialog, "removeFeedButton")->isEnabled());
}

TEST_CASE("The status bar label gives the total rate and names the feeds that receive nothing") {
    feeds::FeedStatus tripoli;
    tripoli.id = 1;
    tripoli.name = QStringLiteral("Tripoli AIS");
    tripoli.state = feeds::FeedState::Listening;
    tripoli.linesPerSecond = 40.25;
    feeds::FeedStatus shore = tripoli;
    shore.id = 2;
    shore.name = QStringLiteral("Shore network");
    shore.state = feeds::FeedState::Disconnected;
    shore.linesPerSecond = 2.0;
    shore.message = QStringLiteral("Refused.");
    feeds::FeedStatus log = tripoli;
    log.id = 3;
    log.name = QStringLiteral("Old log");
    log.enabled = false;
    log.state = feeds::FeedState::Stopped;
    log.linesPerSecond = 0;
    const QLocale locale;
    app::FeedStatusLabel label;
    CHECK(label.text() == QStringLiteral("Feeds: off"));
    label.showStatus({tripoli, shore, log});
    CHECK(label.text() == QStringLiteral("Feeds: %1 lines/s · not receiving: Shore network")
                              .arg(locale.toString(42.25, 'f', 1)));
    CHECK(label.toolTip() ==
          QStringLiteral("Tripoli AIS: Listening, %1 lines/s\nShore network: Disconnected, %2 "
                         "lines/s — Refused.\nOld log: disabled")
              .arg(locale.toString(40.25, 'f', 1), locale.toString(2.0, 'f', 1)));
    label.showStatus({log});
    CHECK(label.text() == QStringLiteral("Feeds: off"));
}
