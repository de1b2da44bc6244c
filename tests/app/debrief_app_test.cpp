// The debrief as a trainer gets it: marsa-cli exercise debrief (JSON, text, PDF) and Tools →
// Debrief… in the console (docs/exercises.md, "Debrief"), on a scripted trainee run.

#include "../replay/debrief_run.h"
#include "app/debrief_dialog.h"
#include "app/main_window.h"
#include "chart/default_layers.h"
#include "exercise_cli_fixture.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"
#include "models/debrief_pdf.h"
#include "models/log_model.h"
#include "storage/place_repository.h"
#include "storage/track_store.h"
#include "storage/user_repository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>

using namespace marsa;
using namespace debrief_run;

namespace {

using Run = test::CliRun;

/// The console on a database, signed in as `userName` of the demonstration accounts.
struct Window {
    std::unique_ptr<geo::SrrCatalogue> srrs;
    models::LogModel log;
    chart::LayerStack layers;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<app::MainWindow> window;

    Window(storage::Database &database, const core::Clock &clock, const QTemporaryDir &folder,
           const QString &userName) {
        auto catalogue = geo::SrrCatalogue::load(geo::sarReferencePath());
        REQUIRE(catalogue);
        srrs = std::make_unique<geo::SrrCatalogue>(std::move(catalogue.value()));
        settings =
            std::make_unique<QSettings>(folder.filePath(QStringLiteral("marsa.ini")), QSettings::IniFormat);
        auto user =
            storage::UserRepository(database.connection()).authenticate(userName, storage::demoPassword());
        REQUIRE(user);
        auto places = storage::PlaceRepository(database.connection()).all();
        REQUIRE(places);
        REQUIRE(chart::addDefaultLayers(layers, *srrs, std::move(places.value())));
        window = std::make_unique<app::MainWindow>(
            app::Services{database, *srrs, clock, log, layers, *settings, false, user.value()});
    }
    QAction *debrief() const { return window->findChild<QAction *>(QStringLiteral("debriefAction")); }
};

} // namespace

TEST_CASE("marsa-cli exercise debrief writes the measures as JSON, text and PDF", "[debrief]") {
    Exercise x;
    core::IncidentId sabratha, garabulli;
    trainees(x, sabratha, garabulli);
    const QString path = x.database->path();

    const Run json = test::runCli(x.folder, {QStringLiteral("exercise"), QStringLiteral("debrief"),
                                             QStringLiteral("--db"), path, QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(root[QStringLiteral("exercise")].toString() ==
          QStringLiteral("EXERCISE — Course 3 — not operational data"));
    CHECK(root[QStringLiteral("startUtc")].toString() == QStringLiteral("2026-11-23T01:00:00Z"));
    const QJsonArray cases = root[QStringLiteral("cases")].toArray();
    REQUIRE(cases.size() == 2);
    const QJsonObject s = cases[0].toObject();
    CHECK(s[QStringLiteral("case")].toString() == QStringLiteral("sabratha-rubber"));
    CHECK(s[QStringLiteral("opened")][QStringLiteral("seconds")].toInt() == 240);
    CHECK(s[QStringLiteral("rightPhase")][QStringLiteral("seconds")].toInt() == 540);
    CHECK(s[QStringLiteral("phaseReached")].toString() == QStringLiteral("distress"));
    CHECK(s[QStringLiteral("tasked")][QStringLiteral("seconds")].toInt() == 720);
    CHECK(s[QStringLiteral("onScene")][QStringLiteral("seconds")].toInt() == 5400);
    const QJsonObject asset = s[QStringLiteral("asset")].toObject();
    CHECK(asset[QStringLiteral("chosen")][QStringLiteral("name")].toString() == QStringLiteral("Ubari"));
    CHECK(asset[QStringLiteral("nearest")][QStringLiteral("name")].toString() == QStringLiteral("Fezzan"));
    CHECK(asset[QStringLiteral("nearest")][QStringLiteral("distanceNm")].toDouble() ==
          Approx(39.9).margin(0.5));
    CHECK_FALSE(asset[QStringLiteral("chosenWasNearest")].toBool());
    CHECK(asset[QStringLiteral("mark")].toString() == QStringLiteral("not_nearest"));
    const QJsonObject handover = s[QStringLiteral("handover")].toObject();
    CHECK(handover[QStringLiteral("declaredPersons")].toInt() == 96);
    CHECK(handover[QStringLiteral("receivedPersons")].toInt() == 94);
    CHECK(handover[QStringLiteral("countedAtLanding")].toInt() == 94);
    CHECK(handover[QStringLiteral("mark")].toString() == QStringLiteral("incomplete"));
    CHECK(cases[1][QStringLiteral("distressAfterOverboard")][QStringLiteral("seconds")].toInt() == 0);
    CHECK(root[QStringLiteral("timeline")].toArray().size() > 10);

    const QString pdf = x.folder.filePath(QStringLiteral("debrief.pdf"));
    const Run text = test::runCli(x.folder, {QStringLiteral("exercise"), QStringLiteral("debrief"),
                                             QStringLiteral("--db"), path, QStringLiteral("--pdf"), pdf});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    const QString out = text.out;
    CHECK(out.contains(QStringLiteral("Case sabratha-rubber: alert at T+00:00:00, 96 persons, ALERFA")));
    CHECK(out.contains(QStringLiteral("not the nearest")));
    CHECK(out.contains(QStringLiteral("T+00:09:00  t.omar")));
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArray("%PDF-"));
    // An existing PDF is kept without --force.
    const Run again = test::runCli(x.folder, {QStringLiteral("exercise"), QStringLiteral("debrief"),
                                              QStringLiteral("--db"), path, QStringLiteral("--pdf"), pdf});
    CHECK(again.exitCode == 1);

    const Run refused =
        test::runCli(x.folder, {QStringLiteral("exercise"), QStringLiteral("debrief"), QStringLiteral("--db"),
                                x.ops.path(), QStringLiteral("--json")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("not an exercise database")));
}

TEST_CASE("Tools → Debrief shows the measures in words and colours, the timeline, and saves the PDF",
          "[debrief]") {
    Exercise x;
    core::IncidentId sabratha, garabulli;
    trainees(x, sabratha, garabulli);

    // Greyed for a watch officer, offered to the trainer.
    CHECK_FALSE(Window(*x.database, x.clock, x.folder, QStringLiteral("cg.officer")).debrief()->isEnabled());
    Window console(*x.database, x.clock, x.folder, QStringLiteral("trainer"));
    REQUIRE(console.debrief()->isEnabled());
    // Not on an operational database, whoever signs in.
    CHECK_FALSE(Window(x.ops, x.clock, x.folder, QStringLiteral("admin")).debrief()->isEnabled());

    console.debrief()->trigger();
    auto *dialog = console.window->findChild<app::DebriefDialog *>();
    REQUIRE(dialog != nullptr);
    QTableWidget *s = dialog->measuresOf(0);
    REQUIRE(s != nullptr);
    QStringList marks;
    for (int row = 0; row < s->rowCount(); ++row) {
        marks << s->item(row, 2)->data(Qt::UserRole).toString();
        CHECK_FALSE(s->item(row, 2)->text().isEmpty()); // a word, never colour alone
    }
    CHECK(marks == QStringList{QStringLiteral("none"), QStringLiteral("good"), QStringLiteral("good"),
                               QStringLiteral("good"), QStringLiteral("good"), QStringLiteral("not_nearest"),
                               QStringLiteral("none"), QStringLiteral("incomplete")});
    CHECK(s->item(5, 1)->text().startsWith(QStringLiteral("Ubari")));
    CHECK(s->item(6, 1)->text().startsWith(QStringLiteral("Fezzan")));
    CHECK(s->item(1, 2)->foreground().color() != s->item(5, 2)->foreground().color());
    CHECK(dialog->timeline()->rowCount() == int(dialog->debrief().timeline.size()));

    const QString pdf = x.folder.filePath(QStringLiteral("EXERCISE-debrief.pdf"));
    REQUIRE(dialog->savePdf(pdf));
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(5) == QByteArray("%PDF-"));
    written.close();

    // MARSA_SCREENSHOTS=folder keeps the images to look at; otherwise they are drawn and checked only.
    const QString folder = qEnvironmentVariable("MARSA_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        QFile::remove(QDir(folder).filePath(QStringLiteral("debrief.pdf")));
        CHECK(QFile::copy(pdf, QDir(folder).filePath(QStringLiteral("debrief.pdf"))));
    }
    for (const bool rtl : {false, true}) {
        dialog->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        dialog->resize(1200, 820);
        dialog->show();
        QCoreApplication::processEvents();
        const QImage shot = dialog->grab().toImage();
        CHECK(shot.width() == 1200);
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            CHECK(shot.save(QDir(folder).filePath(rtl ? QStringLiteral("debrief-rtl.png")
                                                      : QStringLiteral("debrief.png"))));
        }
        auto *tabs = dialog->findChild<QTabWidget *>();
        REQUIRE(tabs != nullptr);
        tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        const QImage timeline = dialog->grab().toImage();
        if (!folder.isEmpty()) {
            CHECK(timeline.save(QDir(folder).filePath(rtl ? QStringLiteral("debrief-timeline-rtl.png")
                                                          : QStringLiteral("debrief-timeline.png"))));
        }
        tabs->setCurrentIndex(0);
    }
    dialog->close();
}

TEST_CASE("The debrief's PDF says which speed it assumed and where each unit was measured from",
          "[debrief]") {
    Exercise x;
    // Fezzan heard on AIS at T+00:11:30 and without a speed on record; Ubari at its home port.
    core::VesselPosition fix;
    fix.mmsi = 642'000'102;
    fix.timeMs = at(0, 11, 30).toMSecsSinceEpoch();
    fix.lat = 33.0;
    fix.lon = 12.8;
    fix.messageType = 1;
    REQUIRE(storage::TrackStore(*x.database).appendPositions(std::span(&fix, 1)));
    QSqlQuery update(x.database->connection());
    REQUIRE(update.exec(QStringLiteral("UPDATE assets SET speed_kn = NULL WHERE name = 'Fezzan'")));
    update.finish();
    core::IncidentId sabratha, garabulli;
    trainees(x, sabratha, garabulli);

    const QString pdf = x.folder.filePath(QStringLiteral("debrief.pdf"));
    const Run written =
        test::runCli(x.folder, {QStringLiteral("exercise"), QStringLiteral("debrief"), QStringLiteral("--db"),
                                x.database->path(), QStringLiteral("--pdf"), pdf});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(
        QStringLiteral("from its AIS position at tasking (T+00:11:30) at 20 kn (assumed)")));
    CHECK(written.out.contains(QStringLiteral("from Tripoli (home port) at 24 kn")));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils, scripts/debian-packages.txt
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    // pdftotext breaks the table's cells into lines: one line at a time.
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("AIS position at tasking")));
    CHECK(text.contains(QStringLiteral("(assumed)")));
    CHECK(text.contains(QStringLiteral("(home port)")));
}
