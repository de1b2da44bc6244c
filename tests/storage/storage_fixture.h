#pragma once

// What the storage tests share: a fixed clock, users of each agency, a typical first alert and a
// fresh database with its incident service.

#include "pg_fixture.h"
#include "storage/asset_repository.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/incident_service.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace test {

using namespace marsa;

class FixedClock final : public core::Clock {
public:
    QDateTime now = QDateTime(QDate(2026, 11, 23), QTime(2, 15, 0), Qt::UTC);
    QDateTime nowUtc() const override { return now; }
};

inline core::User user(const char *name, core::Agency agency, core::Role role) {
    core::User u;
    u.userName = QString::fromLatin1(name);
    u.agency = agency;
    u.role = role;
    return u;
}

inline const core::User kOfficer = user("a.salem", core::Agency::CoastGuard, core::Role::WatchOfficer);
inline const core::User kSupervisor = user("m.fathi", core::Agency::CoastGuard, core::Role::Supervisor);
inline const core::User kDcim = user("k.nasser", core::Agency::Dcim, core::Role::WatchOfficer);
inline const core::User kObserver = user("iom.obs", core::Agency::Observer, core::Role::WatchOfficer);

// A rubber boat off Zuwara at night, 85 on board: a typical first alert from Alarm Phone.
inline storage::NewIncident rubberBoatOffZuwara() {
    storage::NewIncident fresh;
    fresh.firstAlertUtc = QDateTime(QDate(2026, 11, 23), QTime(1, 40, 0), Qt::UTC);
    fresh.alertSource = core::AlertSource::AlarmPhone;
    fresh.latitude = 33.25;
    fresh.longitude = 12.05;
    fresh.positionUncertaintyNm = 3.0;
    fresh.srrs = {QStringLiteral("LBY")};
    fresh.craft = core::CraftType::RubberBoat;
    fresh.craftCondition = QStringLiteral("deflating, engine failed");
    fresh.personsOnBoard = {85, 60, 15, 10};
    fresh.weather = QStringLiteral("NW 4, sea 3");
    fresh.phase = core::EmergencyPhase::Alert;
    return fresh;
}

/// A fresh database (SQLite, or PostgreSQL in the PostgreSQL run: pg_fixture.h) with its
/// incident service.
struct Fixture {
    TestDatabaseLocation where;
    std::unique_ptr<storage::Database> database;
    FixedClock clock;
    std::unique_ptr<storage::IncidentService> service;
    Fixture() {
        auto db = storage::Database::open(where.location());
        INFO((db ? QString() : db.errorMessage()).toStdString());
        REQUIRE(db);
        database = std::make_unique<storage::Database>(std::move(db.value()));
        service = std::make_unique<storage::IncidentService>(*database, clock);
    }
    /// A patrol boat, added by a Coast Guard supervisor.
    core::AssetId addBoat(const char *name, std::int64_t mmsi) {
        core::Asset boat;
        boat.name = QString::fromUtf8(name);
        boat.callSign = QStringLiteral("5ACG9");
        boat.mmsi = mmsi;
        boat.homePort = QStringLiteral("tripoli");
        auto created = storage::AssetRepository(database->connection(), clock).create(kSupervisor, boat);
        REQUIRE(created);
        return created->id;
    }
    std::int64_t auditRows() const { return storage::AuditLog(database->connection()).verify()->rows; }
};

/// Rows in a table, to show that a refusal wrote nothing.
inline std::int64_t rowsIn(storage::Database &database, const char *table) {
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace test
