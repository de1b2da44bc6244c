#pragma once

// What the conflict tests share: a second console on the same database file, and answering the
// conflict dialog once it comes up, with what it showed.

#include "app_fixture.h"

#include "app/conflict_dialog.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

namespace marsa::test {

/// What the conflict dialog showed when it came up.
struct Shown {
    bool seen = false;
    QStringList headers;
    QStringList rows; ///< "label | mine | theirs"
    QStringList meanwhile;
    bool applyEnabled = false;
    QString applyToolTip;
    QString note;
    QImage image;
};

/// Answers the next conflict dialog with `keep` or apply, once it is up, and records what it showed.
inline void answerConflict(Shown &shown, bool keep) {
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, &shown, keep] {
        auto *dialog = qobject_cast<app::ConflictDialog *>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        shown.seen = true;
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
        for (int c = 0; c < table->columnCount(); ++c) {
            shown.headers << table->horizontalHeaderItem(c)->text();
        }
        for (int r = 0; r < table->rowCount(); ++r) {
            shown.rows << QStringList{table->item(r, 0)->text(), table->item(r, 1)->text(),
                                      table->item(r, 2)->text()}
                              .join(QStringLiteral(" | "));
        }
        if (auto *list = dialog->findChild<QListWidget *>(QStringLiteral("conflictMeanwhile"))) {
            for (int i = 0; i < list->count(); ++i) {
                shown.meanwhile << list->item(i)->text();
            }
        }
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("conflictApply"));
        shown.applyEnabled = apply->isEnabled();
        shown.applyToolTip = apply->toolTip();
        if (auto *note = dialog->findChild<QLabel *>(QStringLiteral("conflictNote"))) {
            shown.note = note->text();
        }
        QCoreApplication::processEvents();
        shown.image = dialog->grab().toImage();
        dialog
            ->findChild<QPushButton *>(keep ? QStringLiteral("conflictKeep")
                                            : QStringLiteral("conflictApply"))
            ->click();
    });
    poll->start();
}

/// A second console: its own connection to the console's database file.
struct OtherConsole {
    std::unique_ptr<storage::Database> database;
    core::User user;
    OtherConsole(Console &console, const char *userName) {
        auto opened = storage::Database::open(console.database->path());
        REQUIRE(opened);
        database = std::make_unique<storage::Database>(std::move(opened.value()));
        auto signedIn = storage::UserRepository(database->connection())
                            .authenticate(QString::fromLatin1(userName), storage::demoPassword());
        REQUIRE(signedIn);
        user = signedIn.value();
    }
};

} // namespace marsa::test
