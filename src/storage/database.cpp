#include "storage/database.h"

#include "core/logging.h"
#include "storage/migrations.h"
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

core::Result<int> currentVersion(QSqlDatabase &db, const QString &path) {
    const QStringList tables = db.tables(QSql::Tables);
    if (db.lastError().isValid()) {
        return core::Error{
            Text::tr("%1 is not a Marsa database (or is damaged): %2").arg(path, db.lastError().text())};
    }
    if (!tables.contains(QStringLiteral("schema_migrations"))) {
        if (!tables.isEmpty()) {
            return core::Error{
                Text::tr("%1 is an SQLite database of another program, not a Marsa database.").arg(path)};
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

core::Result<void> migrate(QSqlDatabase &db, int from) {
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return core::Error{Text::tr("Cannot start a transaction: %1").arg(db.lastError().text())};
    }
    QSqlQuery query(db);
    if (from == 0 &&
        !query.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                   "summary TEXT NOT NULL, applied_at TEXT NOT NULL)"))) {
        return core::Error{Text::tr("Cannot create the schema: %1").arg(query.lastError().text())};
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= from) {
            continue;
        }
        const QString sql =
            QString::fromUtf8(migration.sql.data(), static_cast<qsizetype>(migration.sql.size()));
        for (const QString &statement : sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty()) {
                continue;
            }
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

} // namespace

core::Result<Database> Database::open(const QString &path) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return core::Error{
            Text::tr("Cannot create the folder %1 for the database.").arg(info.absolutePath())};
    }
    Database database;
    database.m_connectionName = nextConnectionName();
    database.m_path = info.absoluteFilePath();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database.m_connectionName);
    db.setDatabaseName(database.m_path);
    if (!db.open()) {
        return core::Error{Text::tr("Cannot open the database %1: %2").arg(path, db.lastError().text())};
    }
    QSqlQuery pragma(db);
    const bool configured = pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000")) &&
                            pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    pragma.finish(); // a PRAGMA answers with a row: an unfinished query would block the commit
    if (!configured) {
        return core::Error{
            Text::tr("%1 is not a Marsa database (or is damaged): %2").arg(path, pragma.lastError().text())};
    }
    auto version = currentVersion(db, path);
    if (!version) {
        return version.error();
    }
    if (version.value() > latestSchemaVersion()) {
        return core::Error{
            Text::tr("The database %1 was written by a newer version of Marsa (schema %2; this program "
                     "knows up to %3). Open it with the newer Marsa, or choose another database.")
                .arg(path)
                .arg(version.value())
                .arg(latestSchemaVersion())};
    }
    // WAL lets a second console on this machine read while this one writes. Set only once the
    // file is known to be ours: it changes the file's header.
    const bool wal = pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.finish();
    if (!wal) {
        return core::Error{
            Text::tr("%1 is not a Marsa database (or is damaged): %2").arg(path, pragma.lastError().text())};
    }
    database.m_wasCreated = version.value() == 0;
    if (version.value() < latestSchemaVersion()) {
        if (auto migrated = migrate(db, version.value()); !migrated) {
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
    , m_schemaVersion(other.m_schemaVersion)
    , m_wasCreated(other.m_wasCreated) {}

Database &Database::operator=(Database &&other) noexcept {
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, {});
        m_path = std::move(other.m_path);
        m_schemaVersion = other.m_schemaVersion;
        m_wasCreated = other.m_wasCreated;
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

} // namespace marsa::storage
