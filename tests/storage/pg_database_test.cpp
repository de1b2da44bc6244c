#include "quiet_logging.h" // first: it configures Catch2

#include "pg_fixture.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include "catch_qt.h"

#include <QElapsedTimer>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <atomic>
#include <map>
#include <thread>
#include <vector>

using namespace marsa::storage;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

void exec(const QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(query.exec(sql));
}

// Runs sql, which a protective trigger must refuse with a message containing why.
void checkRefused(const QSqlDatabase &db, const QString &sql, const QString &why) {
    QSqlQuery query(db);
    INFO(sql.toStdString());
    CHECK_FALSE(query.exec(sql));
    CHECK(query.lastError().text().contains(why));
}

// A row in each protected table, then every forbidden change to it (migrations 2, 4 and 6).
void checkProtections(const QSqlDatabase &db) {
    exec(db, QStringLiteral("INSERT INTO audit_log (sequence, time_utc, user_name, agency, action, subject, "
                            "details, previous_hash, hash) VALUES (1, '2026-11-23T02:15:00Z', 'a.salem', "
                            "'coast_guard', 'incident.open', 'LY-2026-0001', '', '', 'h1')"));
    checkRefused(db, QStringLiteral("UPDATE audit_log SET details = 'changed'"),
                 QStringLiteral("append-only"));
    checkRefused(db, QStringLiteral("DELETE FROM audit_log"), QStringLiteral("append-only"));
    CHECK(
        scalar(db, QStringLiteral("SELECT details FROM audit_log WHERE sequence = 1")).toString().isEmpty());

    exec(db,
         QStringLiteral("INSERT INTO incidents (incident_id, case_year, case_sequence, first_alert_utc, "
                        "alert_source, latitude, longitude, uncertainty_nm, srrs, craft, craft_condition, "
                        "pob_total, weather, phase, status, case_number) VALUES (1, 2026, 1, "
                        "'2026-11-23T01:40:00Z', 'alarm_phone', 33.25, 12.05, 3, 'LBY', 'rubber_boat', "
                        "'adrift', 85, '', 'distress', 'open', 'LY-2026-0001')"));
    exec(db,
         QStringLiteral("INSERT INTO incident_events (event_id, incident_id, time_utc, user_name, agency, "
                        "kind, summary, remarks) VALUES (1, 1, '2026-11-23T02:15:00Z', 'a.salem', "
                        "'coast_guard', 'note', 'first alert', 'engine failure off Zuwara')"));
    checkRefused(db, QStringLiteral("UPDATE incident_events SET remarks = ''"),
                 QStringLiteral("append-only"));
    checkRefused(db, QStringLiteral("DELETE FROM incident_events"), QStringLiteral("append-only"));
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM incident_events WHERE remarks LIKE '%Zuwara%'"))
              .toInt() == 1);

    exec(db, QStringLiteral("INSERT INTO disembarkations (disembarkation_id, incident_id, sequence, state) "
                            "VALUES (1, 1, 1, 'approved')"));
    exec(db, QStringLiteral(
                 "INSERT INTO handover_steps (step_id, disembarkation_id, step, user_name, "
                 "display_name, agency, role, signed_utc, remarks, approved) VALUES (1, 1, 4, "
                 "'m.fathi', 'M. Fathi', 'coast_guard', 'supervisor', '2026-11-23T09:00:00Z', '', 1)"));
    exec(db, QStringLiteral(
                 "INSERT INTO handover_nationalities (step_id, country, persons) VALUES (1, 'SD', 12)"));
    checkRefused(db, QStringLiteral("UPDATE handover_steps SET approved = 0"),
                 QStringLiteral("never changed"));
    checkRefused(db, QStringLiteral("DELETE FROM handover_steps"), QStringLiteral("never changed"));
    checkRefused(db, QStringLiteral("UPDATE handover_nationalities SET persons = 13"),
                 QStringLiteral("never changed"));
    checkRefused(db, QStringLiteral("DELETE FROM disembarkations"), QStringLiteral("never deleted"));
    CHECK(scalar(db, QStringLiteral("SELECT approved FROM handover_steps WHERE step_id = 1")).toInt() == 1);
    // The disembarkation itself moves through its states.
    exec(db, QStringLiteral("UPDATE disembarkations SET version = version + 1 WHERE disembarkation_id = 1"));
}

// Every table with its columns, by name (SQLite's FTS tables have no PostgreSQL counterpart).
std::map<QString, QStringList> columnsOf(const QSqlDatabase &db) {
    std::map<QString, QStringList> columns;
    for (const QString &table : db.tables(QSql::Tables)) {
        if (table.startsWith(QStringLiteral("incident_event_text"))) {
            continue;
        }
        const QSqlRecord record = db.record(table);
        QStringList names;
        for (int i = 0; i < record.count(); ++i) {
            // PostgreSQL's own arrival order of the recent positions (SQLite's rowid).
            if (record.fieldName(i) != QLatin1String("arrival")) {
                names << record.fieldName(i);
            }
        }
        columns[table] = names;
    }
    return columns;
}

} // namespace

TEST_CASE("A fresh PostgreSQL database is migrated to the newest schema at open") {
    test::ScratchPgDatabase scratch;
    auto database = Database::open(scratch.url());
    INFO((database ? QString() : database.errorMessage()).toStdString());
    REQUIRE(database);
    CHECK(database->engine() == Engine::PostgreSql);
    CHECK(database->wasCreated());
    CHECK(database->schemaVersion() == latestSchemaVersion());
    CHECK(database->path() == scratch.url());
    const QSqlDatabase db = database->connection();
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt() ==
          latestSchemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt() ==
          latestSchemaVersion());
    // Ids are numbered by the database, 64-bit numbers and doubles as on SQLite.
    exec(db, QStringLiteral("INSERT INTO handover_facilities (kind, name, name_ar, city) VALUES "
                            "('hospital', 'Zuwara Hospital', 'x', 'Zuwara')"));
    CHECK(scalar(db, QStringLiteral("SELECT facility_id FROM handover_facilities")).toLongLong() == 1);
    exec(db, QStringLiteral(
                 "INSERT INTO vessel_positions (mmsi, time_ms, latitude, longitude, nav_status, "
                 "message_type, source_id) VALUES (247123456, 1795000000000, 33.123456789, 12.5, 0, 1, 1)"));
    CHECK(scalar(db, QStringLiteral("SELECT time_ms FROM vessel_positions")).toLongLong() == 1795000000000LL);
    CHECK(scalar(db, QStringLiteral("SELECT latitude FROM vessel_positions")).toDouble() == 33.123456789);
}

TEST_CASE("Opening a migrated PostgreSQL database again migrates nothing") {
    test::ScratchPgDatabase scratch;
    QString appliedAt;
    {
        auto first = Database::open(scratch.url());
        REQUIRE(first);
        appliedAt =
            scalar(first->connection(), QStringLiteral("SELECT MAX(applied_at) FROM schema_migrations"))
                .toString();
    }
    auto again = Database::open(scratch.url());
    REQUIRE(again);
    CHECK_FALSE(again->wasCreated());
    CHECK(again->schemaVersion() == latestSchemaVersion());
    const QSqlDatabase db = again->connection();
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt() ==
          latestSchemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT MAX(applied_at) FROM schema_migrations")).toString() ==
          appliedAt);
}

TEST_CASE("A PostgreSQL database of a newer Marsa is refused and left unchanged") {
    test::ScratchPgDatabase scratch;
    {
        auto database = Database::open(scratch.url());
        REQUIRE(database);
        exec(database->connection(),
             QStringLiteral(
                 "INSERT INTO schema_migrations (version, summary, applied_at) VALUES (%1, 'future', "
                 "'2030-01-01T00:00:00Z')")
                 .arg(latestSchemaVersion() + 1));
        exec(database->connection(),
             QStringLiteral("INSERT INTO meta (key, value) VALUES ('station', 'Tripoli')"));
    }
    auto refused = Database::open(scratch.url());
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("newer version of Marsa")));
    CHECK(refused.errorMessage().contains(scratch.url()));

    {
        QSqlDatabase raw = scratch.openRaw(QStringLiteral("newer-check"));
        CHECK(scalar(raw, QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt() ==
              latestSchemaVersion() + 1);
        CHECK(scalar(raw, QStringLiteral("SELECT value FROM meta WHERE key = 'station'")).toString() ==
              QStringLiteral("Tripoli"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer-check"));
}

TEST_CASE("A PostgreSQL database of another program is refused") {
    test::ScratchPgDatabase scratch;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other-program"));
        const QUrl url(scratch.url());
        raw.setHostName(url.host());
        raw.setPort(url.port());
        raw.setUserName(url.userName());
        raw.setDatabaseName(scratch.name());
        REQUIRE(raw.open());
        exec(raw, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    auto refused = Database::open(scratch.url());
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("another program")));
}

TEST_CASE("PostgreSQL and SQLite have the same tables and columns") {
    test::ScratchPgDatabase scratch;
    auto pg = Database::open(scratch.url());
    REQUIRE(pg);
    QTemporaryDir dir;
    auto sqlite = Database::open(dir.filePath(QStringLiteral("marsa.sqlite")));
    REQUIRE(sqlite);
    const auto pgColumns = columnsOf(pg->connection());
    const auto sqliteColumns = columnsOf(sqlite->connection());
    CHECK(pgColumns.size() == sqliteColumns.size());
    for (const auto &[table, names] : sqliteColumns) {
        INFO(table.toStdString());
        REQUIRE(pgColumns.count(table) == 1);
        CHECK(pgColumns.at(table) == names);
    }
}

TEST_CASE("The protective triggers refuse the same changes on SQLite and on PostgreSQL") {
    SECTION("SQLite") {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("marsa.sqlite")));
        REQUIRE(database);
        checkProtections(database->connection());
    }
    SECTION("PostgreSQL") {
        test::ScratchPgDatabase scratch;
        auto database = Database::open(scratch.url());
        REQUIRE(database);
        checkProtections(database->connection());
    }
}

TEST_CASE("Consoles opening a fresh PostgreSQL database at the same time migrate it once") {
    test::ScratchPgDatabase scratch;
    const QString url = scratch.url();
    std::atomic<int> opened{0};
    std::vector<QString> errors(4);
    {
        std::vector<std::thread> consoles;
        for (std::size_t i = 0; i < errors.size(); ++i) {
            // Each console has its own connection, made and closed on its own thread.
            consoles.emplace_back([&, i] {
                auto database = Database::open(url);
                if (database) {
                    ++opened;
                } else {
                    errors[i] = database.errorMessage();
                }
            });
        }
        for (std::thread &console : consoles) {
            console.join();
        }
    }
    for (const QString &error : errors) {
        CHECK(error == QString());
    }
    CHECK(opened == 4);
    auto database = Database::open(url);
    REQUIRE(database);
    CHECK_FALSE(database->wasCreated());
    CHECK(scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).toInt() ==
          latestSchemaVersion());
}

TEST_CASE("An unreachable PostgreSQL server is reported at once with the URL, and nothing is opened") {
    QElapsedTimer clock;
    clock.start();
    auto database = Database::open(QStringLiteral("postgresql://marsa_test@127.0.0.1:1/marsa"));
    REQUIRE_FALSE(database);
    CHECK(database.errorMessage().contains(QStringLiteral("postgresql://marsa_test@127.0.0.1:1/marsa")));
    CHECK(clock.elapsed() < 6000); // connect_timeout=5
}
