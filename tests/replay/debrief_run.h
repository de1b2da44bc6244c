#pragma once

// A scripted trainee run of the shipped scenario sabratha-garabulli.json in an exercise database,
// for the debrief's tests (tests/replay/debrief_test.cpp, tests/app/debrief_app_test.cpp).

#include "core/clock.h"
#include "geo/lat_lon.h"
#include "replay/debrief_records.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/disembarkation_service.h"
#include "storage/exercise.h"
#include "storage/incident_service.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <numbers>

namespace debrief_run {

using namespace marsa;

class FixedClock final : public core::Clock {
public:
    QDateTime now;
    QDateTime nowUtc() const override { return now; }
};

inline core::User trainee(const char *name, core::Agency agency, core::Role role) {
    core::User u;
    u.userName = QString::fromLatin1(name);
    u.agency = agency;
    u.role = role;
    return u;
}

inline const core::User kOfficer = trainee("t.omar", core::Agency::CoastGuard, core::Role::WatchOfficer);
inline const core::User kSupervisor = trainee("t.fathi", core::Agency::CoastGuard, core::Role::Supervisor);
inline const core::User kDcim = trainee("t.nasser", core::Agency::Dcim, core::Role::WatchOfficer);

inline const QDateTime kStart(QDate(2026, 11, 23), QTime(1, 0, 0), Qt::UTC);

inline QDateTime at(int hours, int minutes, int seconds = 0) {
    return kStart.addSecs(hours * 3600 + minutes * 60 + seconds);
}

inline QByteArray shipped(const char *name) {
    QFile file(QStringLiteral(":/marsa/scenarios/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline storage::Database openAt(const QString &path) {
    auto db = storage::Database::open(path);
    INFO((db ? QString() : db.errorMessage()).toStdString());
    REQUIRE(db);
    return std::move(db.value());
}

/// Spherical (haversine, mean radius) distance in NM: an independent check of the geodesic figures.
inline double haversineNm(geo::LatLon a, geo::LatLon b) {
    const double rad = std::numbers::pi / 180.0;
    const double dLat = (b.latitude - a.latitude) * rad;
    const double dLon = (b.longitude - a.longitude) * rad;
    const double h = std::pow(std::sin(dLat / 2), 2) + std::cos(a.latitude * rad) *
                                                           std::cos(b.latitude * rad) *
                                                           std::pow(std::sin(dLon / 2), 2);
    return 2 * 6371008.8 * std::asin(std::sqrt(h)) / 1852.0;
}

/// An operational database with the demonstration data (Ubari and Fezzan at Tripoli), and an
/// exercise made from it that runs sabratha-garabulli.json from kStart.
struct Exercise {
    QTemporaryDir folder;
    FixedClock clock;
    storage::Database ops = openAt(folder.filePath(QStringLiteral("ops.sqlite")));
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<storage::IncidentService> incidents;
    std::unique_ptr<storage::DisembarkationService> handovers;

    explicit Exercise(bool withScript = true) {
        clock.now = QDateTime::currentDateTimeUtc();
        REQUIRE(storage::writeDemoData(ops, clock));
        std::optional<storage::ExerciseScript> script;
        if (withScript) {
            storage::ExerciseScript s;
            s.scenarioText = QString::fromUtf8(shipped("sabratha-garabulli.json"));
            s.startUtc = kStart;
            script = s;
        }
        const QString path = folder.filePath(QStringLiteral("drill.sqlite"));
        auto made = storage::createExerciseDatabase(ops, path, QStringLiteral("Course 3"), script);
        INFO((made ? QString() : made.errorMessage()).toStdString());
        REQUIRE(made);
        database = std::make_unique<storage::Database>(openAt(path));
        incidents = std::make_unique<storage::IncidentService>(*database, clock);
        handovers = std::make_unique<storage::DisembarkationService>(*database, clock);
    }

    core::IncidentId open(QDateTime when, double lat, double lon, int persons, core::EmergencyPhase phase) {
        clock.now = when;
        storage::NewIncident fresh;
        fresh.firstAlertUtc = when;
        fresh.alertSource = core::AlertSource::DistressCall;
        fresh.latitude = lat;
        fresh.longitude = lon;
        fresh.positionUncertaintyNm = 2;
        fresh.srrs = {QStringLiteral("LBY")};
        fresh.craft = core::CraftType::RubberBoat;
        fresh.personsOnBoard.total = persons;
        fresh.phase = phase;
        auto created = incidents->create(kOfficer, fresh, {});
        INFO((created ? QString() : created.errorMessage()).toStdString());
        REQUIRE(created);
        return created->id;
    }
    core::AssetId asset(const char *name) {
        auto all = storage::AssetRepository(database->connection(), clock).all();
        REQUIRE(all);
        for (const core::Asset &a : all.value()) {
            if (a.name == QLatin1String(name)) {
                return a.id;
            }
        }
        FAIL("no asset " << name);
        return {};
    }
    std::int64_t task(QDateTime when, core::IncidentId id, const char *unit) {
        clock.now = when;
        auto tasked = incidents->taskAsset(kOfficer, id, asset(unit), {});
        INFO((tasked ? QString() : tasked.errorMessage()).toStdString());
        REQUIRE(tasked);
        return tasked->id;
    }
    replay::Debrief debrief() {
        auto computed = replay::debriefOf(*database);
        INFO((computed ? QString() : computed.errorMessage()).toStdString());
        REQUIRE(computed);
        return computed.value();
    }
};

/// The run the tests measure: Sabratha opened at T+00:04 as INCERFA, DETRESFA at T+00:09, Ubari (in
/// maintenance until T+03:00) tasked at T+00:12, on scene at T+01:30, 96 declared at Tripoli and
/// DCIM's 94 acknowledged, never reviewed. Garabulli opened as DETRESFA at T+00:31, Fezzan tasked at
/// T+00:35, never on scene.
inline void trainees(Exercise &x, core::IncidentId &sabratha, core::IncidentId &garabulli) {
    sabratha = x.open(at(0, 4), 33.14, 12.45, 96, core::EmergencyPhase::Uncertainty);
    x.clock.now = at(0, 9);
    REQUIRE(x.incidents->changePhase(kOfficer, sabratha, core::EmergencyPhase::Distress,
                                     QStringLiteral("no life jackets, fuel for an hour")));
    const std::int64_t ubari = x.task(at(0, 12), sabratha, "Ubari");
    garabulli = x.open(at(0, 31), 33.07, 13.85, 74, core::EmergencyPhase::Distress);
    x.task(at(0, 35), garabulli, "Fezzan");
    x.clock.now = at(1, 30);
    REQUIRE(x.incidents->assetOnScene(kOfficer, ubari, {}));
    x.clock.now = at(3, 0);
    REQUIRE(x.incidents->recordOutcome(kOfficer, sabratha, {96, 0, 0}, {}));
    x.clock.now = at(5, 40);
    auto lists = x.handovers->lists();
    REQUIRE(lists);
    std::int64_t centre = 0;
    for (const core::Facility &f : lists->facilities) {
        if (f.kind == core::FacilityKind::DetentionCentre && f.isActive) {
            centre = f.id;
        }
    }
    REQUIRE(centre != 0);
    core::Declaration declaration;
    declaration.placeKey = QStringLiteral("tripoli");
    declaration.timeUtc = at(5, 35);
    declaration.unit = QStringLiteral("Ubari");
    declaration.persons = {80, 10, 0, 0, 6};
    auto declared = x.handovers->declare(kOfficer, sabratha, declaration);
    INFO((declared ? QString() : declared.errorMessage()).toStdString());
    REQUIRE(declared);
    x.clock.now = at(5, 50);
    core::Acknowledgement ack;
    ack.received = {80, 10, 0, 0, 4};
    ack.transfers = {{core::TransferKind::DetentionCentre, centre, {}, 94}};
    auto acknowledged = x.handovers->acknowledge(kDcim, declared->id, ack);
    INFO((acknowledged ? QString() : acknowledged.errorMessage()).toStdString());
    REQUIRE(acknowledged);
}

} // namespace debrief_run
