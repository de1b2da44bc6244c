#include "storage/database.h"

#include "core/logging.h"
#include "storage/exercise.h"
#include "storage/migrations.h"
#include "storage/sql_dialect.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <atomic>

namespace marsa::storage {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::Database)
};

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("marsa-%1").arg(++counter);
}

core::Result<int> currentVersion(QSqlDatabase &db, const SqlDialect &dialect, const QString &path) {
    bool ok = false;
    const QStringList tables = dialect.tableNames(db, &ok);
    if (!ok) {
        return core::Error{
            Text::tr("%1 is not a Marsa database (or is damaged): %2").arg(path, db.lastError().text())};
    }
    if (!tables.contains(QStringLiteral("schema_migrations"))) {
        if (!tables.isEmpty()) {
            return core::Error{
                dialect.isPostgreSql()
                    ? Text::tr("The database %1 holds the tables of another program, not Marsa's.").arg(path)
                    : Text::tr("%1 is an SQLite database of another program, not a Marsa database.")
                          .arg(path)};
        }
        return 0;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
        !query.next()) {
        return core::Error{Text::tr("Cannot read the schema version: %1").arg(query.lastError().text())};
    }
    return query.value(0).toInt();
}

core::Result<void> migrate(QSqlDatabase &db, const SqlDialect &dialect, const QString &path) {
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return core::Error{Text::tr("Cannot start a transaction: %1").arg(db.lastError().text())};
    }
    QSqlQuery query(db);
    for (const QString &statement : dialect.migrationPrelude()) {
        if (!query.exec(statement)) {
            return core::Error{
                Text::tr("Cannot prepare the schema migration: %1").arg(query.lastError().text())};
        }
    }
    // Read again under the transaction (PostgreSQL: under its lock): another console may have
    // migrated in the meantime.
    auto from = currentVersion(db, dialect, path);
    if (!from) {
        return from.error();
    }
    if (from.value() == 0 && !query.exec(dialect.createSchemaMigrations())) {
        return core::Error{Text::tr("Cannot create the schema: %1").arg(query.lastError().text())};
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= from.value()) {
            continue;
        }
        for (const QString &statement : dialect.migrationStatements(migration.sql)) {
            if (!query.exec(statement)) {
                return core::Error{Text::tr("Schema migration %1 failed: %2")
                                       .arg(migration.version)
                                       .arg(query.lastError().text())};
            }
        }
        query.prepare(
            QStringLiteral("INSERT INTO schema_migrations (version, summary, applied_at) VALUES (?, ?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(
            QString::fromUtf8(migration.summary.data(), static_cast<qsizetype>(migration.summary.size())));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!query.exec()) {
            return core::Error{Text::tr("Cannot record schema migration %1: %2")
                                   .arg(migration.version)
                                   .arg(query.lastError().text())};
        }
        spdlog::info("database schema migrated to version {}: {}", migration.version, migration.summary);
    }
    query.finish();
    if (!transaction.commit()) {
        return core::Error{Text::tr("Cannot commit the schema migration: %1").arg(db.lastError().text())};
    }
    return {};
}

// Connects to the file or the server; the connection is named, so the caller removes it.
core::Result<void> connect(QSqlDatabase &db, const DatabaseLocation &location, const QString &shown) {
    if (location.engine == Engine::Sqlite) {
        db.setDatabaseName(location.path);
    } else {
        // No password here: libpq reads it from PGPASSWORD or the pgpass file.
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(location.databaseName);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=marsa"));
    }
    if (!db.open()) {
        return core::Error{Text::tr("Cannot open the database %1: %2").arg(shown, db.lastError().text())};
    }
    return {};
}

} // namespace

core::Result<Database> Database::open(const QString &path) {
    return open(path, {});
}

core::Result<Database> Database::open(const QString &path, const BeforeMigration &beforeMigration) {
    auto location = parseDatabaseLocation(path);
    if (!location) {
        return location.error();
    }
    Database database;
    if (location->engine == Engine::Sqlite) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            return core::Error{
                Text::tr("Cannot create the folder %1 for the database.").arg(info.absolutePath())};
        }
        location->path = info.absoluteFilePath();
        database.m_path = location->path;
    } else {
        database.m_path = location->display();
    }
    // Messages name the database as it was given (SQLite: the path as typed).
    const QString shown = location->engine == Engine::Sqlite ? path : database.m_path;
    const SqlDialect dialect(location->engine);
    database.m_engine = location->engine;
    database.m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), database.m_connectionName);
    if (!db.isValid()) {
        return core::Error{Text::tr("Cannot open the database %1: Qt's SQL driver %2 is not installed.")
                               .arg(shown, dialect.driverName())};
    }
    if (auto connected = connect(db, *location, shown); !connected) {
        return connected.error();
    }
    QSqlQuery setup(db);
    for (const QString &statement : dialect.sessionSetup()) {
        const bool done = setup.exec(statement);
        setup.finish(); // a PRAGMA answers with a row: an unfinished query would block the commit
        if (!done) {
            return core::Error{Text::tr("%1 is not a Marsa database (or is damaged): %2")
                                   .arg(shown, setup.lastError().text())};
        }
    }
    auto version = currentVersion(db, dialect, shown);
    if (!version) {
        return version.error();
    }
    if (version.value() > latestSchemaVersion()) {
        return core::Error{
            Text::tr("The database %1 was written by a newer version of Marsa (schema %2; this program "
                     "knows up to %3). Open it with the newer Marsa, or choose another database.")
                .arg(shown)
                .arg(version.value())
                .arg(latestSchemaVersion())};
    }
    // Set only once the database is known to be ours (SQLite's WAL changes the file's header).
    for (const QString &statement : dialect.ownedDatabaseSetup()) {
        const bool done = setup.exec(statement);
        setup.finish();
        if (!done) {
            return core::Error{Text::tr("%1 is not a Marsa database (or is damaged): %2")
                                   .arg(shown, setup.lastError().text())};
        }
    }
    if (beforeMigration) {
        if (auto accepted = beforeMigration(db, shown); !accepted) {
            return accepted.error();
        }
    }
    database.m_wasCreated = version.value() == 0;
    database.m_foundSchemaVersion = version.value();
    if (version.value() < latestSchemaVersion()) {
        if (auto migrated = migrate(db, dialect, shown); !migrated) {
            return migrated.error();
        }
    }
    database.m_schemaVersion = latestSchemaVersion();
    spdlog::info("database {} open, schema version {}", database.m_path, database.m_schemaVersion);
    return database;
}

Database::Database(Database &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, {}))
    , m_path(std::move(other.m_path))
    , m_engine(other.m_engine)
    , m_schemaVersion(other.m_schemaVersion)
    , m_foundSchemaVersion(other.m_foundSchemaVersion)
    , m_wasCreated(other.m_wasCreated)
    , m_seenExercise(other.m_seenExercise) {}

Database &Database::operator=(Database &&other) noexcept {
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, {});
        m_path = std::move(other.m_path);
        m_engine = other.m_engine;
        m_schemaVersion = other.m_schemaVersion;
        m_foundSchemaVersion = other.m_foundSchemaVersion;
        m_wasCreated = other.m_wasCreated;
        m_seenExercise = other.m_seenExercise;
    }
    return *this;
}

Database::~Database() {
    close();
}

void Database::close() {
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::meta(const QString &key) const {
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

bool Database::isExercise() const {
    if (!m_seenExercise) {
        m_seenExercise = meta(QLatin1String(kModeKey)) == QLatin1String(kExerciseMode);
    }
    return m_seenExercise;
}

QString Database::exerciseName() const {
    return isExercise() ? meta(QLatin1String(kExerciseNameKey)) : QString();
}

} // namespace marsa::storage
