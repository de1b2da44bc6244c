#pragma once

#include "core/result.h"
#include "storage/database_location.h"
#include "storage/sql_dialect.h"

#include <QSqlDatabase>

#include <QString>
#include <functional>

namespace marsa::storage {

/// Marsa's database: an SQLite file (WAL) or a PostgreSQL database, opened through Qt SQL, its
/// schema migrated forward at open inside one transaction (storage/sql_dialect.h holds what
/// differs between the engines). Move-only; closes its connection when destroyed.
class Database {
public:
    /// Opens or creates the database at path (an SQLite file) or at a postgresql://user@host:port/
    /// dbname URL (storage/database_location.h) and applies every pending migration. A database
    /// written by a newer Marsa is refused with a message that says so, and is left untouched.
    static core::Result<Database> open(const QString &path);
    /// What a caller checks on a database as it was found, before any migration changes it (db
    /// copy's target must hold no records): an error refuses the open, and nothing is migrated.
    using BeforeMigration =
        std::function<core::Result<void>(const QSqlDatabase &database, const QString &shown)>;
    static core::Result<Database> open(const QString &path, const BeforeMigration &beforeMigration);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase connection() const;
    /// The SQLite file, or the PostgreSQL URL (without a password).
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    /// What differs in SQL between the engines.
    SqlDialect dialect() const { return SqlDialect(m_engine); }
    int schemaVersion() const { return m_schemaVersion; }
    /// True when this open created the schema (a new, empty database).
    bool wasCreated() const { return m_wasCreated; }
    /// The schema version the database had before this open migrated it (0: new).
    int foundSchemaVersion() const { return m_foundSchemaVersion; }

    /// A value of the meta table, or an empty string.
    QString meta(const QString &key) const;
    /// True for an exercise database (storage/exercise.h): marked so in its meta table, for good.
    /// Once seen, kept: the mark cannot be removed, so a lost connection does not unmark it.
    bool isExercise() const;
    /// The exercise's name; empty for an operational database.
    QString exerciseName() const;

private:
    Database() = default;
    void close();

    QString m_connectionName;
    QString m_path;
    Engine m_engine = Engine::Sqlite;
    int m_schemaVersion = 0;
    int m_foundSchemaVersion = 0;
    bool m_wasCreated = false;
    mutable bool m_seenExercise = false;
};

} // namespace marsa::storage
