#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/database_copy.h"
#include "storage/disembarkation_service.h"
#include "storage/incident_service.h"
#include "storage/migrations.h"
#include "storage/place_repository.h"
#include "storage/track_store.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

#include "old_schema.h"
#include "pg_fixture.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace marsa;

namespace {

core::User officer() {
    core::User user;
    user.userName = QStringLiteral("a.salem");
    user.displayName = QStringLiteral("A. Salem");
    user.agency = core::Agency::CoastGuard;
    user.role = core::Role::WatchOfficer;
    return user;
}

QDateTime at(int minute) {
    return QDateTime(QDate(2026, 11, 23), QTime(10, minute, 0), Qt::UTC);
}

core::AuditEntry appended(storage::AuditLog &log, const QString &action, const QString &subject, int minute) {
    auto entry = log.append(officer(), action, subject, QStringLiteral(R"({"to":"DETRESFA"})"), at(minute));
    INFO((entry.isOk() ? QString() : entry.errorMessage()).toStdString());
    REQUIRE(entry.isOk());
    return entry.value();
}

} // namespace

using test::loadOldSchema;

TEST_CASE("A version 1 database (places only) upgrades to the newest schema") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    loadOldSchema(path, 1);
    auto database = storage::Database::open(path);
    REQUIRE(database);
    CHECK_FALSE(database->wasCreated());
    CHECK(database->schemaVersion() == storage::latestSchemaVersion());
    auto places = storage::PlaceRepository(database->connection()).all();
    REQUIRE(places);
    REQUIRE(places->size() == 1);
    CHECK(places->front().labelArabic == QStringLiteral("طرابلس"));
    CHECK(storage::UserRepository(database->connection()).count().value() == 0);
}

TEST_CASE("A version 3 database (incidents before assets) upgrades with its cases, searchable") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    loadOldSchema(path, 3);
    auto database = storage::Database::open(path);
    REQUIRE(database);
    CHECK(database->schemaVersion() == storage::latestSchemaVersion());
    QSqlQuery query(database->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT case_number FROM incidents ORDER BY incident_id")));
    QStringList numbers;
    while (query.next()) {
        numbers << query.value(0).toString();
    }
    CHECK(numbers == QStringList{QStringLiteral("LY-2026-0001"), QStringLiteral("LY-2026-0002"),
                                 QStringLiteral("LY-2026-0003"), QStringLiteral("LY-2026-0004"),
                                 QStringLiteral("LY-2026-0005")});
    // The remarks written before the trigram index existed are in it.
    REQUIRE(query.exec(
        QStringLiteral("SELECT COUNT(*) FROM incident_event_text WHERE remarks LIKE '%alarm phone%'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM taskings")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    const auto verified = storage::AuditLog(database->connection()).verify();
    REQUIRE(verified);
    CHECK(verified->rows == 19);
    CHECK_FALSE(verified->firstBrokenRow.has_value());
    CHECK(storage::UserRepository(database->connection())
              .authenticate(QStringLiteral("cg.officer"), QStringLiteral("marsa-demo-2026")));
}

TEST_CASE("A version 4 database (before vessel tracks) upgrades with its cases and takes tracks") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    loadOldSchema(path, 4);
    auto database = storage::Database::open(path);
    REQUIRE(database);
    CHECK_FALSE(database->wasCreated());
    CHECK(database->schemaVersion() == storage::latestSchemaVersion());
    QSqlQuery query(database->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*), MAX(case_number) FROM incidents")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 5);
    CHECK(query.value(1).toString() == QStringLiteral("LY-2026-0005"));
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM taskings")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 4);
    REQUIRE(query.exec(
        QStringLiteral("SELECT COUNT(*) FROM incident_event_text WHERE remarks LIKE '%alarm phone%'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    query.finish();
    const auto verified = storage::AuditLog(database->connection()).verify();
    REQUIRE(verified);
    CHECK(verified->rows == 28);
    CHECK_FALSE(verified->firstBrokenRow.has_value());

    storage::TrackStore tracks(database.value());
    CHECK(tracks.positionCount().value() == 0);
    core::VesselPosition position;
    position.mmsi = 642000101; // the demo patrol boat Ubari
    position.timeMs = 1'795'000'000'000;
    position.lat = 32.9;
    position.lon = 13.2;
    REQUIRE(tracks.appendPositions(std::vector{position}));
    CHECK(tracks.latestPositions(0).value().size() == 1);
}

TEST_CASE(
    "A version 5 database (before disembarkations) upgrades with its cases and tracks and takes handovers") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    loadOldSchema(path, 5);
    auto database = storage::Database::open(path);
    REQUIRE(database);
    CHECK_FALSE(database->wasCreated());
    CHECK(database->schemaVersion() == storage::latestSchemaVersion());
    storage::TrackStore tracks(database.value());
    CHECK(tracks.positionCount().value() == 68); // the first four of each of 17 vessels
    const auto verified = storage::AuditLog(database->connection()).verify();
    REQUIRE(verified);
    CHECK(verified->rows == 28);
    CHECK_FALSE(verified->firstBrokenRow.has_value());

    // Case 4 of that demonstration (a rubber boat near Bouri, a unit on scene) ends at Tripoli.
    struct Clock final : core::Clock {
        QDateTime nowUtc() const override { return QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC); }
    } clock;
    storage::IncidentService incidents(database.value(), clock);
    auto bouri = incidents.find(core::CaseNumber{2026, 4});
    REQUIRE(bouri);
    REQUIRE(bouri->status == core::IncidentStatus::OnScene);
    REQUIRE(incidents.recordOutcome(officer(), bouri->id, {110, 0, 0}, {}));
    core::Declaration declaration;
    declaration.placeKey = QStringLiteral("tripoli");
    declaration.timeUtc = QDateTime(QDate(2026, 11, 23), QTime(18, 0), Qt::UTC);
    declaration.unit = QStringLiteral("Fezzan");
    declaration.persons = {95, 10, 3, 2, 0};
    storage::DisembarkationService handovers(database.value(), clock);
    auto declared = handovers.declare(officer(), bouri->id, declaration);
    INFO((declared ? QString() : declared.errorMessage()).toStdString());
    REQUIRE(declared);
    CHECK(declared->reference() == QStringLiteral("LY-2026-0004/1"));
    CHECK(declared->placeName == QStringLiteral("Tripoli"));
    CHECK(handovers.row(declared->id)->discrepancies.empty());
    CHECK(storage::AuditLog(database->connection()).verify()->rows == 30);
}

TEST_CASE("A user signs in with the right password only, and the message does not say which was wrong",
          "[engines]") {
    test::TestDatabaseLocation dir;
    auto database = storage::Database::open(dir.location());
    REQUIRE(database);
    storage::UserRepository users(database->connection());
    auto created = users.create(officer(), QStringLiteral("Tajura-watch-01"));
    REQUIRE(created);
    CHECK(created->id > 0);
    CHECK(users.count().value() == 1);

    auto signedIn = users.authenticate(QStringLiteral("a.salem"), QStringLiteral("Tajura-watch-01"));
    REQUIRE(signedIn);
    CHECK(signedIn->agency == core::Agency::CoastGuard);
    CHECK(signedIn->role == core::Role::WatchOfficer);

    const auto wrongPassword =
        users.authenticate(QStringLiteral("a.salem"), QStringLiteral("Tajura-watch-02"));
    const auto unknownUser = users.authenticate(QStringLiteral("nobody"), QStringLiteral("Tajura-watch-01"));
    REQUIRE_FALSE(wrongPassword);
    REQUIRE_FALSE(unknownUser);
    CHECK(wrongPassword.errorMessage() == unknownUser.errorMessage());

    CHECK_FALSE(users.create(officer(), QStringLiteral("Another-password-1"))); // name taken
    core::User other = officer();
    other.userName = QStringLiteral("b.omar");
    CHECK_FALSE(users.create(other, QStringLiteral("short"))); // weak password
    // The password itself is nowhere in the database.
    QSqlQuery query(database->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT password_hash FROM users")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(query.value(0).toString().contains(QStringLiteral("Tajura")));
}

TEST_CASE("A version 6 database (before record versions) upgrades with its handovers, every record at "
          "version 1") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    loadOldSchema(path, 6);
    auto database = storage::Database::open(path);
    REQUIRE(database);
    CHECK_FALSE(database->wasCreated());
    CHECK(database->schemaVersion() == storage::latestSchemaVersion());
    QSqlQuery query(database->connection());
    for (const char *table : {"users", "handover_facilities", "assets"}) {
        INFO(table);
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*), MIN(version), MAX(version) FROM ") +
                           QString::fromLatin1(table)));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() > 0);
        CHECK(query.value(1).toInt() == 1);
        CHECK(query.value(2).toInt() == 1);
    }
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM disembarkations")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 5);
    query.finish();
    const auto verified = storage::AuditLog(database->connection()).verify();
    REQUIRE(verified);
    CHECK(verified->rows == 74);
    CHECK_FALSE(verified->firstBrokenRow.has_value());
    auto admin = storage::UserRepository(database->connection())
                     .authenticate(QStringLiteral("admin"), QStringLiteral("marsa-demo-2026"));
    REQUIRE(admin);
    CHECK(admin->version == 1);
}

TEST_CASE("The audit log is a hash chain that refuses updates and deletes", "[engines]") {
    test::TestDatabaseLocation dir;
    auto database = storage::Database::open(dir.location());
    REQUIRE(database);
    storage::AuditLog log(database->connection());
    for (int i = 0; i < 4; ++i) {
        storage::Transaction transaction(database->connection());
        appended(log, QStringLiteral("incident.phase"), QStringLiteral("LY-2026-0153"), i);
        REQUIRE(transaction.commit());
    }
    auto verified = log.verify();
    REQUIRE(verified);
    CHECK(verified->rows == 4);
    CHECK_FALSE(verified->firstBrokenRow.has_value());
    auto rows = log.all();
    REQUIRE(rows);
    CHECK(rows->at(0).agency == QStringLiteral("coast_guard"));
    CHECK(rows->at(3).previousHash == rows->at(2).hash);

    QSqlQuery query(database->connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET details = 'x' WHERE sequence = 2")));
    CHECK(query.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE sequence = 4")));

    // Someone with the file and an SQLite shell (or the database's owner in psql) drops the guard
    // and edits row 2: verify names it.
    REQUIRE(query.exec(database->engine() == storage::Engine::PostgreSql
                           ? QStringLiteral("DROP TRIGGER audit_log_no_update ON audit_log")
                           : QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(query.exec(
        QStringLiteral("UPDATE audit_log SET details = '{\"to\":\"ALERFA\"}' WHERE sequence = 2")));
    verified = log.verify();
    REQUIRE(verified);
    CHECK(verified->firstBrokenRow == 2);
}

TEST_CASE("An audit row written in a transaction that is rolled back leaves no trace", "[engines]") {
    test::TestDatabaseLocation dir;
    auto database = storage::Database::open(dir.location());
    REQUIRE(database);
    storage::AuditLog log(database->connection());
    {
        storage::Transaction transaction(database->connection());
        appended(log, QStringLiteral("incident.create"), QStringLiteral("LY-2026-0001"), 1);
        // no commit: the change it audits failed
    }
    CHECK(log.all()->empty());
    storage::Transaction transaction(database->connection());
    const core::AuditEntry first =
        appended(log, QStringLiteral("incident.create"), QStringLiteral("LY-2026-0001"), 2);
    CHECK(first.sequence == 1);
    REQUIRE(transaction.commit());
}

TEST_CASE("Transactions nest as savepoints: the outer one decides what stays", "[engines]") {
    test::TestDatabaseLocation dir;
    auto database = storage::Database::open(dir.location());
    REQUIRE(database);
    storage::AuditLog log(database->connection());
    {
        storage::Transaction outer(database->connection());
        REQUIRE(outer.isActive());
        {
            storage::Transaction inner(database->connection());
            REQUIRE(inner.isActive());
            appended(log, QStringLiteral("a"), QStringLiteral("s"), 1);
            REQUIRE(inner.commit());
        }
        {
            storage::Transaction failed(database->connection());
            appended(log, QStringLiteral("b"), QStringLiteral("s"), 2);
            // no commit: only this savepoint is rolled back
        }
        CHECK(log.all()->size() == 1);
        // no commit of the outer one: everything goes
    }
    CHECK(log.all()->empty());
    {
        storage::Transaction outer(database->connection());
        {
            storage::Transaction inner(database->connection());
            appended(log, QStringLiteral("a"), QStringLiteral("s"), 3);
            REQUIRE(inner.commit());
        }
        REQUIRE(outer.commit());
    }
    CHECK(log.all()->size() == 1);
}

TEST_CASE("A copy's target written by an older Marsa is refused as found, not migrated first") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    loadOldSchema(path, 5); // cases, tracks and an audit log: records
    auto refused = storage::Database::open(path, storage::refuseTargetWithRecords);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("already holds Marsa records")));
    CHECK(refused.errorMessage().contains(QStringLiteral("incidents (")));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5-check"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        REQUIRE(query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 5); // left as it was
        CHECK_FALSE(raw.tables().contains(QStringLiteral("disembarkations")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5-check"));

    // A new database passes the check and is created at the newest schema.
    auto fresh =
        storage::Database::open(dir.filePath(QStringLiteral("new.sqlite")), storage::refuseTargetWithRecords);
    REQUIRE(fresh);
    CHECK(fresh->schemaVersion() == storage::latestSchemaVersion());
}
