#include "quiet_logging.h" // first: it configures Catch2

#include "storage/database.h"
#include "storage/migrations.h"

#include "catch_qt.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

using namespace marsa::storage;

namespace {

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes an SQLite file with Qt SQL directly, on a connection of its own that is gone on return.
void writeSqlite(const QString &path, const QStringList &statements) {
    const QString name = QStringLiteral("fixture-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString pragma(const Database &database, const QString &name) {
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

} // namespace

TEST_CASE("Opening a new database creates the latest schema") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/folder/marsa.sqlite"));
    auto database = Database::open(path);
    REQUIRE(database.isOk());
    CHECK(database->wasCreated());
    CHECK(database->schemaVersion() == latestSchemaVersion());
    CHECK(database->path() == path);
    CHECK(QFile::exists(path));
    const QStringList tables = database->connection().tables();
    CHECK(tables.contains(QStringLiteral("schema_migrations")));
    CHECK(tables.contains(QStringLiteral("meta")));
    CHECK(tables.contains(QStringLiteral("places")));

    QSqlQuery query(database->connection());
    REQUIRE(query.exec(
        QStringLiteral("SELECT version, summary, applied_at FROM schema_migrations ORDER BY version")));
    int expected = 1;
    while (query.next()) {
        CHECK(query.value(0).toInt() == expected++);
        CHECK_FALSE(query.value(1).toString().isEmpty());
        CHECK(QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).isValid());
    }
    CHECK(expected - 1 == latestSchemaVersion());
}

TEST_CASE("Opening an existing database keeps it and does not create it again") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("marsa.sqlite"));
    {
        auto first = Database::open(path);
        REQUIRE(first.isOk());
        CHECK(first->wasCreated());
        QSqlQuery query(first->connection());
        REQUIRE(
            query.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('operator', 'JRCC Tripoli')")));
    }
    auto second = Database::open(path);
    REQUIRE(second.isOk());
    CHECK_FALSE(second->wasCreated());
    CHECK(second->schemaVersion() == latestSchemaVersion());
    CHECK(second->meta(QStringLiteral("operator")) == QStringLiteral("JRCC Tripoli"));
    CHECK(second->meta(QStringLiteral("missing")).isEmpty());
}

TEST_CASE("A Marsa database is kept in write-ahead-log mode") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto database = Database::open(dir.filePath(QStringLiteral("marsa.sqlite")));
    REQUIRE(database.isOk());
    CHECK(pragma(*database, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(*database, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
}

TEST_CASE("A database written by a newer Marsa is refused and left untouched") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    writeSqlite(
        path, {QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, summary TEXT NOT "
                              "NULL, applied_at TEXT NOT NULL)"),
               QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'from the future', "
                              "'2030-01-01T00:00:00Z')")});
    const QByteArray before = readAll(path);
    REQUIRE_FALSE(before.isEmpty());

    auto database = Database::open(path);
    REQUIRE_FALSE(database.isOk());
    CHECK(database.errorMessage().contains(QStringLiteral("newer")));
    CHECK(database.errorMessage().contains(QStringLiteral("999")));
    CHECK(readAll(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("An SQLite database of another program is refused") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    writeSqlite(path, {QStringLiteral("CREATE TABLE foo (bar TEXT)"),
                       QStringLiteral("INSERT INTO foo VALUES ('x')")});
    const QByteArray before = readAll(path);
    auto database = Database::open(path);
    REQUIRE_FALSE(database.isOk());
    CHECK(database.errorMessage().contains(QStringLiteral("another program")));
    CHECK(readAll(path) == before);
}

TEST_CASE("A file that is not a database is refused and left untouched") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QByteArray garbage;
    for (int i = 0; i < 200; ++i) {
        garbage += "This is not an SQLite database, only some text. ";
    }
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    auto database = Database::open(path);
    REQUIRE_FALSE(database.isOk());
    CHECK_FALSE(database.errorMessage().isEmpty());
    CHECK(readAll(path) == garbage);
}

TEST_CASE("A database can be moved and keeps its connection") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("marsa.sqlite")));
    REQUIRE(opened.isOk());
    Database database = std::move(opened).value();
    CHECK(database.connection().isOpen());
    Database other = std::move(database);
    CHECK(other.connection().isOpen());
    CHECK(other.schemaVersion() == latestSchemaVersion());
}
