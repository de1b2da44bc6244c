// app::promptHandoverPdf, as the HandoverDialog's "Print" will call it: a file chosen in the dialog
// gets the form; a handover that cannot be read is said in a message and writes nothing.

#include "app_fixture.h"

#include "app/disembarkations_panel.h"
#include "app/handover_dialog.h"
#include "app/handover_print.h"
#include "app/main_window.h"
#include "storage/disembarkation_service.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace marsa;

namespace {

/// Runs `answer` on the next modal window (the file dialog or a message) once it is open.
void whenModal(const std::function<void(QWidget &)> &answer) {
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(*modal);
        }
    });
    timer->start();
}

} // namespace

TEST_CASE("Printing a handover asks for a file and writes the form there") {
    test::Console console(QStringLiteral("cg.supervisor"));
    const storage::DisembarkationService service(*console.database, console.clock);
    auto rows = service.list({});
    REQUIRE(rows);
    REQUIRE_FALSE(rows->empty());
    const core::DisembarkationId id = rows->front().disembarkation.id;

    const QString path = console.folder.filePath(QStringLiteral("form.pdf"));
    QString suggested;
    whenModal([&](QWidget &modal) {
        auto *dialog = qobject_cast<QFileDialog *>(&modal);
        if (dialog == nullptr) { // a failure here must not throw through Qt's event loop
            modal.close();
            return;
        }
        suggested = dialog->selectedFiles().value(0);
        // Typed into the file name field, as a user does (selectFile of another folder is asynchronous).
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (name == nullptr) {
            modal.close();
            return;
        }
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept();
    });
    const QString written = app::promptHandoverPdf(console.window.get(), *console.database, id);
    INFO(written.toStdString());
    CHECK(written == path);
    CHECK(suggested.endsWith(QStringLiteral(".pdf")));
    CHECK(suggested.contains(QStringLiteral("handover-LY-2026-")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    // Cancelled: nothing written.
    whenModal([](QWidget &modal) { qobject_cast<QDialog *>(&modal)->reject(); });
    CHECK(app::promptHandoverPdf(console.window.get(), *console.database, id).isEmpty());
}

TEST_CASE("Printing a handover that cannot be read says why in a message") {
    test::Console console;
    QString said;
    whenModal([&](QWidget &modal) {
        auto *box = qobject_cast<QMessageBox *>(&modal);
        if (box == nullptr) {
            modal.close();
            return;
        }
        said = box->text();
        box->accept();
    });
    CHECK(app::promptHandoverPdf(console.window.get(), *console.database, core::DisembarkationId{999})
              .isEmpty());
    CHECK_FALSE(said.isEmpty());
}

TEST_CASE("Print to PDF in a handover window opened from the panel writes the form for the paper file") {
    test::Console console(QStringLiteral("dcim.officer"));
    const storage::DisembarkationService service(*console.database, console.clock);
    auto rows = service.list({});
    REQUIRE(rows);
    REQUIRE_FALSE(rows->empty());
    const core::DisembarkationId id = rows->front().disembarkation.id;
    app::DisembarkationsPanel &panel = console.window->disembarkationsPanel();
    REQUIRE(panel.selectDisembarkation(id));
    Q_EMIT panel.view().activated(panel.view().currentIndex());
    auto *dialog = console.window->findChild<app::HandoverDialog *>();
    REQUIRE(dialog != nullptr);

    const QString path = console.folder.filePath(QStringLiteral("paper-file.pdf"));
    whenModal([&](QWidget &modal) {
        auto *name = modal.findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (qobject_cast<QFileDialog *>(&modal) == nullptr || name == nullptr) {
            modal.close();
            return;
        }
        name->setText(path);
        static_cast<QDialog &>(modal).accept();
    });
    auto *print = dialog->findChild<QPushButton *>(QStringLiteral("print"));
    REQUIRE(print != nullptr);
    print->click();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    dialog->close();
}
