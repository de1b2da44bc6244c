#pragma once

// One console on an exercise database, for the tests of several consoles on one exercise: its own
// connection, exercise clock and main window, signed in as a demonstration account.

#include "app_fixture.h"

#include "app/exercise_banner.h"
#include "app/exercise_session.h"
#include "app/vessel_console.h"
#include "replay/exercise_clock.h"

#include <QDir>
#include <QLabel>

#include <catch2/catch.hpp>

namespace marsa::test {

struct ExerciseConsole {
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<replay::ExerciseClock> clock;
    models::LogModel log;
    chart::LayerStack layers;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<app::MainWindow> window;

    ExerciseConsole(const QString &path, const QDateTime &tZero, const geo::SrrCatalogue &srrs,
                    const core::Clock &wall, const QString &userName, const QString &settingsPath) {
        auto db = storage::Database::open(path);
        REQUIRE(db);
        database = std::make_unique<storage::Database>(std::move(db.value()));
        clock = std::make_unique<replay::ExerciseClock>(tZero, wall);
        settings = std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
        auto places = storage::PlaceRepository(database->connection()).all();
        REQUIRE(places);
        REQUIRE(chart::addDefaultLayers(layers, srrs, std::move(places.value())));
        auto user =
            storage::UserRepository(database->connection()).authenticate(userName, storage::demoPassword());
        REQUIRE(user);
        window = std::make_unique<app::MainWindow>(
            app::Services{*database, srrs, *clock, log, layers, *settings, false, user.value(), clock.get()});
        window->resize(1600, 1000);
        window->show();
        QCoreApplication::processEvents();
    }
    app::ExerciseSession &session() {
        REQUIRE(window->exerciseSession() != nullptr);
        return *window->exerciseSession();
    }
    QString bannerText() { return window->findChild<app::ExerciseBanner *>()->label().text(); }
    const core::LiveTarget *target(std::uint32_t mmsi) { return window->vessels().targets().find(mmsi); }
};

/// MARSA_SCREENSHOTS=folder keeps the image of `widget` as `name` there; otherwise nothing.
inline void shoot(QWidget &widget, const char *name) {
    const QByteArray folder = qgetenv("MARSA_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(folder));
        widget.grab().save(QDir(QString::fromLocal8Bit(folder)).filePath(QString::fromLatin1(name)));
    }
}

} // namespace marsa::test
