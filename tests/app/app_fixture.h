#pragma once

#include "app_pg_database.h"

#include "app/main_window.h"
#include "chart/default_layers.h"
#include "core/clock.h"
#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"
#include "models/log_model.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/disembarkation_service.h"
#include "storage/place_repository.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace marsa::test {

/// A clock that says what the test tells it.
class FixedClock final : public core::Clock {
public:
    QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0), Qt::UTC);
    QDateTime nowUtc() const override { return now; }
};

/// The demonstration disembarkation at a place ("zuwara", "al-khums", …).
inline core::DisembarkationId landingAt(storage::Database &database, const core::Clock &clock,
                                        const QString &placeKey) {
    auto rows = storage::DisembarkationService(database, clock).list({});
    REQUIRE(rows);
    for (const storage::DisembarkationRow &row : rows.value()) {
        if (row.disembarkation.declaration.values.placeKey == placeKey) {
            return row.disembarkation.id;
        }
    }
    FAIL("no disembarkation at " << placeKey.toStdString());
    return {};
}

/// Everything the console runs on, as main() builds it, in a temporary folder. The database is an
/// SQLite file there, or in the PostgreSQL run of the tests tagged [engines] (MARSA_TEST_ENGINE,
/// app_pg_database.h) a scratch database on the test cluster.
struct Console {
    QTemporaryDir folder;
    std::unique_ptr<ScratchPgDatabase> scratch;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<geo::SrrCatalogue> srrs;
    FixedClock clock;
    models::LogModel log;
    chart::LayerStack layers;
    std::unique_ptr<QSettings> settings;
    std::optional<core::User> user;
    std::unique_ptr<app::MainWindow> window;

    /// Signed in as one of the demonstration accounts (README), cg.officer unless told otherwise,
    /// on an SQLite file in the folder unless given a database location (a PostgreSQL URL).
    explicit Console(const QString &userName = QStringLiteral("cg.officer"), const QString &location = {}) {
        REQUIRE(folder.isValid());
        if (location.isEmpty() && testsOnPostgreSql()) {
            scratch = std::make_unique<ScratchPgDatabase>();
        }
        const QString where = !location.isEmpty() ? location
                              : scratch           ? scratch->url()
                                                  : folder.filePath(QStringLiteral("marsa.sqlite"));
        auto db = storage::Database::open(where);
        INFO((db ? QString() : db.errorMessage()).toStdString());
        REQUIRE(db);
        REQUIRE(storage::writeDemoData(db.value(), clock));
        database = std::make_unique<storage::Database>(std::move(db.value()));
        auto catalogue = geo::SrrCatalogue::load(geo::sarReferencePath());
        REQUIRE(catalogue);
        srrs = std::make_unique<geo::SrrCatalogue>(std::move(catalogue.value()));
        settings =
            std::make_unique<QSettings>(folder.filePath(QStringLiteral("marsa.ini")), QSettings::IniFormat);
        auto signedIn =
            storage::UserRepository(database->connection()).authenticate(userName, storage::demoPassword());
        REQUIRE(signedIn);
        user = signedIn.value();
        open();
    }

    /// Opens the main window (again), as a new start of the console would.
    void open() {
        window.reset();
        while (layers.count() > 0) {
            layers.remove(0);
        }
        auto places = storage::PlaceRepository(database->connection()).all();
        REQUIRE(places);
        REQUIRE(chart::addDefaultLayers(layers, *srrs, std::move(places.value())));
        window = std::make_unique<app::MainWindow>(
            app::Services{*database, *srrs, clock, log, layers, *settings, false, user});
        window->resize(1400, 900);
        window->show();
        QCoreApplication::processEvents();
    }
};

} // namespace marsa::test
