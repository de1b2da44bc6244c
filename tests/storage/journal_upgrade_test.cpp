// Migration 10 widens the journal's kinds: SQLite rebuilds the table, PostgreSQL changes the
// constraint. A database at version 9 with journal rows upgrades keeping every row as it was.

#include "pg_fixture.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sql_dialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

#include <tuple>
#include <vector>

using namespace marsa;

namespace {

/// A plain connection (not through storage::Database) to the test's database.
QSqlDatabase openRaw(const QString &location, const QString &name) {
    if (test::testsOnPostgreSql()) {
        return test::openPgConnection(name, QUrl(location));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(location);
    REQUIRE(db.open());
    return db;
}

/// Runs the migrations up to `version` as Marsa did when that was its newest (storage/database.cpp).
void migrateUpTo(QSqlDatabase &db, int version) {
    const storage::SqlDialect dialect = storage::SqlDialect::of(db);
    REQUIRE(db.transaction());
    QSqlQuery query(db);
    for (const QString &statement : dialect.sessionSetup() + dialect.migrationPrelude()) {
        INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec(statement));
        query.finish();
    }
    REQUIRE(query.exec(dialect.createSchemaMigrations()));
    for (const storage::Migration &migration : storage::migrations()) {
        if (migration.version > version) {
            break;
        }
        for (const QString &statement : dialect.migrationStatements(migration.sql)) {
            const bool done = query.exec(statement);
            INFO("migration " << migration.version << ": " << statement.toStdString() << ": "
                              << query.lastError().text().toStdString());
            REQUIRE(done);
        }
        query.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, summary, applied_at) VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(QString::fromUtf8(migration.summary.data(), qsizetype(migration.summary.size())));
        query.addBindValue(QStringLiteral("2026-11-01T00:00:00.000Z"));
        REQUIRE(query.exec());
    }
    query.finish();
    REQUIRE(db.commit());
}

using Row = std::tuple<qlonglong, qlonglong, int, qlonglong, QString>;

std::vector<Row> journalRows(const QSqlDatabase &db) {
    QSqlQuery query(db);
    REQUIRE(query.exec(
        QStringLiteral("SELECT entry_id, time_ms, kind, source, payload FROM journal ORDER BY entry_id")));
    std::vector<Row> rows;
    while (query.next()) {
        rows.emplace_back(query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
                          query.value(3).toLongLong(), query.value(4).toString());
    }
    return rows;
}

bool insertKind(const QSqlDatabase &db, int kind) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO journal (time_ms, kind, source, payload) VALUES (?, ?, ?, ?)"));
    query.addBindValue(qlonglong(1'795'000'000'000));
    query.addBindValue(kind);
    query.addBindValue(qlonglong(642'000'101));
    query.addBindValue(QStringLiteral("1795000000000"));
    return query.exec();
}

} // namespace

TEST_CASE("Migration 10 keeps every journal row of a version 9 database and widens its kinds",
          "[storage][journal][engines]") {
    test::TestDatabaseLocation where;
    const QString rawName = QStringLiteral("journal-v9");
    std::vector<Row> before;
    {
        QSqlDatabase raw = openRaw(where.location(), rawName);
        migrateUpTo(raw, 9);
        {
            QSqlQuery query(raw);
            REQUIRE(query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")));
            REQUIRE(query.next());
            REQUIRE(query.value(0).toInt() == 9);
            // Received lines (kind 1) and case states (kind 2), one with Arabic and a quote in it;
            // two taken out again (as retention does) so the ids have gaps a rebuild must keep.
            const std::vector<std::tuple<qlonglong, int, qlonglong, QString>> entries{
                {1'795'000'000'000, 1, 3, QStringLiteral("!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*23")},
                {1'795'000'000'500, 2, 17,
                 QStringLiteral("{\"phase\":\"distress\",\"remarks\":\"قارب \\\"مطاطي\\\"\"}")},
                {1'795'000'001'000, 1, 3, QStringLiteral("$GPGGA,drop me")},
                {1'795'000'002'000, 1, 4, QStringLiteral("!AIVDO,1,1,,B,B5NJ;PP005l4ot5Isbl03wsUkP06,0*76")},
                {1'795'000'003'000, 2, 17, QStringLiteral("{\"drop\":true}")},
                {1'795'000'004'000, 2, 18, QStringLiteral("{\"phase\":\"alert\"}")},
            };
            for (const auto &[timeMs, kind, source, payload] : entries) {
                query.prepare(QStringLiteral(
                    "INSERT INTO journal (time_ms, kind, source, payload) VALUES (?, ?, ?, ?)"));
                query.addBindValue(timeMs);
                query.addBindValue(kind);
                query.addBindValue(source);
                query.addBindValue(payload);
                INFO(query.lastError().text().toStdString());
                REQUIRE(query.exec());
            }
            REQUIRE(query.exec(QStringLiteral("DELETE FROM journal WHERE payload LIKE '%drop%'")));
            // Version 9 refuses an alarm acknowledgement.
            CHECK_FALSE(insertKind(raw, 3));
        }
        before = journalRows(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(rawName);
    REQUIRE(before.size() == 4);
    CHECK(std::get<0>(before[1]) - std::get<0>(before[0]) == 1);
    CHECK(std::get<0>(before[2]) - std::get<0>(before[1]) == 2); // the gap

    auto database = storage::Database::open(where.location());
    INFO((database ? QString() : database.errorMessage()).toStdString());
    REQUIRE(database);
    CHECK(database->foundSchemaVersion() == 9);
    CHECK(database->schemaVersion() == storage::latestSchemaVersion());
    const QSqlDatabase db = database->connection();
    CHECK(journalRows(db) == before);

    // Kind 3 is accepted after the last id, kind 4 refused; rows are still never updated.
    REQUIRE(insertKind(db, 3));
    const std::vector<Row> after = journalRows(db);
    REQUIRE(after.size() == before.size() + 1);
    CHECK(std::get<0>(after.back()) > std::get<0>(before.back()));
    CHECK(std::get<2>(after.back()) == 3);
    CHECK_FALSE(insertKind(db, 4));
    QSqlQuery query(db);
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE journal SET payload = 'forged' WHERE kind = 1")));
    CHECK(journalRows(db).size() == after.size());
    CHECK(std::get<4>(journalRows(db).front()) == std::get<4>(before.front()));

    // The indexes and the no-update trigger are there again.
    const bool pg = test::testsOnPostgreSql();
    REQUIRE(query.exec(pg ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'journal'")
                          : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                           "tbl_name = 'journal'")));
    QStringList indexes;
    while (query.next()) {
        indexes << query.value(0).toString();
    }
    for (const char *index : {"journal_by_time", "journal_cases", "journal_alarms"}) {
        INFO(index);
        CHECK(indexes.contains(QLatin1String(index)));
    }
    REQUIRE(
        query.exec(pg ? QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = 'journal'::regclass "
                                       "AND NOT tgisinternal")
                      : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                       "tbl_name = 'journal'")));
    QStringList triggers;
    while (query.next()) {
        triggers << query.value(0).toString();
    }
    CHECK(triggers.contains(QStringLiteral("journal_no_update")));
}
