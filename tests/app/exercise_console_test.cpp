// The console on an exercise database (docs/exercises.md): a banner across the top, the window
// title, a tinted palette and "Exercise" in the status bar, in every palette; none of it on an
// operational database. Its exports are stamped.

#include "app_fixture.h"

#include "app/exercise_banner.h"
#include "app/handover_print.h"
#include "app/statistics_view.h"
#include "storage/exercise.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

using namespace marsa;

namespace {

// The demonstration console, then the same accounts in a new exercise made from its database.
void openExercise(test::Console &console) {
    const QString path = console.folder.filePath(QStringLiteral("drill.sqlite"));
    REQUIRE(storage::createExerciseDatabase(*console.database, path, QStringLiteral("Zuwara night")));
    console.window.reset();
    auto db = storage::Database::open(path);
    REQUIRE(db);
    console.database = std::make_unique<storage::Database>(std::move(db.value()));
    console.open();
}

} // namespace

TEST_CASE("An operational console shows no exercise banner and keeps its title") {
    test::Console console;
    app::MainWindow &window = *console.window;
    CHECK(window.findChild<app::ExerciseBanner *>() == nullptr);
    CHECK(window.findChild<QLabel *>(QStringLiteral("exerciseStatusLabel")) == nullptr);
    CHECK_FALSE(window.windowTitle().startsWith(QStringLiteral("EXERCISE")));
    const QColor operational = QApplication::palette().color(QPalette::Window);
    CHECK(operational == console.window->renderer().palette().widgetPalette().color(QPalette::Window));
}

TEST_CASE("A console on an exercise database says so across the top, in its title, palette and status bar") {
    test::Console console;
    openExercise(console);
    app::MainWindow &window = *console.window;
    CHECK(window.windowTitle().startsWith(QStringLiteral("EXERCISE — Zuwara night")));

    auto *banner = window.findChild<app::ExerciseBanner *>(QStringLiteral("exerciseBanner"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
    CHECK(banner->label().text() == QStringLiteral("EXERCISE — Zuwara night — not operational"));
    CHECK(banner->label().font().bold());
    CHECK_FALSE(banner->toggleViewAction()->isVisible()); // it cannot be switched off
    // Across the top: above the chart's toolbar, and as wide as the window.
    auto *chartBar = window.findChild<QToolBar *>(QStringLiteral("chartToolBar"));
    REQUIRE(chartBar != nullptr);
    CHECK(banner->geometry().bottom() <= chartBar->geometry().top());
    CHECK(banner->width() >= window.width() - 4);

    auto *status = window.findChild<QLabel *>(QStringLiteral("exerciseStatusLabel"));
    REQUIRE(status != nullptr);
    CHECK(status->isVisible());
    CHECK(status->text() == QStringLiteral("Exercise"));

    for (chart::PaletteMode mode :
         {chart::PaletteMode::Day, chart::PaletteMode::Dusk, chart::PaletteMode::Night}) {
        window.setPaletteMode(mode);
        const app::ExerciseColours colours = app::exerciseColours(mode);
        INFO(chart::ChartPalette::key(mode).toStdString());
        CHECK(QApplication::palette().color(QPalette::Window) == colours.window);
        CHECK(QApplication::palette().color(QPalette::Window) !=
              chart::ChartPalette::forMode(mode).widgetPalette().color(QPalette::Window));
        CHECK(banner->label().palette().color(QPalette::Window) == colours.banner);
        CHECK(status->palette().color(QPalette::Window) == colours.banner);
    }
    // Night stays dim: the banner's text no brighter than a mid grey.
    CHECK(app::exerciseColours(chart::PaletteMode::Night).bannerText.lightness() < 128);
}

TEST_CASE("A saved layout never hides the exercise banner") {
    test::Console console;
    openExercise(console);
    auto *banner = console.window->findChild<app::ExerciseBanner *>();
    REQUIRE(banner != nullptr);
    banner->hide();
    console.window->close(); // saves the layout with the banner hidden
    console.open();
    banner = console.window->findChild<app::ExerciseBanner *>();
    REQUIRE(banner != nullptr);
    CHECK(banner->isVisible());
}

TEST_CASE("The console's statistics CSV and handover PDF from an exercise are stamped") {
    test::Console console;
    const core::DisembarkationId tripoli =
        test::landingAt(*console.database, console.clock, QStringLiteral("tripoli"));
    auto row = storage::DisembarkationService(*console.database, console.clock).row(tripoli);
    REQUIRE(row);
    CHECK(app::handoverPdfName(row->disembarkation, false).startsWith(QStringLiteral("handover-LY-")));
    CHECK(
        app::handoverPdfName(row->disembarkation, true).startsWith(QStringLiteral("EXERCISE-handover-LY-")));

    app::StatisticsView operational(*console.database, console.clock);
    CHECK(operational.suggestedCsvName().startsWith(QStringLiteral("iom-maritime-update-")));
    const QString plain = console.folder.filePath(QStringLiteral("plain.csv"));
    REQUIRE(operational.exportCsv(plain));
    QFile plainFile(plain);
    REQUIRE(plainFile.open(QIODevice::ReadOnly));
    CHECK(plainFile.readAll().startsWith("period,"));

    openExercise(console);
    app::StatisticsView exercise(*console.database, console.clock);
    CHECK(exercise.suggestedCsvName().startsWith(QStringLiteral("EXERCISE-iom-maritime-update-")));
    const QString stamped = console.folder.filePath(QStringLiteral("stamped.csv"));
    REQUIRE(exercise.exportCsv(stamped));
    QFile stampedFile(stamped);
    REQUIRE(stampedFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = stampedFile.readAll().trimmed().split('\n');
    CHECK(lines.front().startsWith("exercise,period,"));
    for (const QByteArray &line : lines.mid(1)) {
        CHECK(line.startsWith("EXERCISE,"));
    }
}
