#pragma once

#include "storage/database_location.h"

#include <QSqlDatabase>
#include <QStringList>

#include <string_view>

namespace marsa::storage {

/// Every place where Marsa's SQL differs between SQLite and PostgreSQL (docs/architecture.md,
/// "Two engines"). The migrations are written once, in SQLite's syntax (storage/migrations.cpp);
/// on PostgreSQL each statement is rewritten here: 64-bit integers and doubles, identity
/// columns for INTEGER PRIMARY KEY, trigger functions for SQLite's RAISE(ABORT) triggers, and a
/// trigram index (pg_trgm) in place of the FTS5 trigram table.
class SqlDialect {
public:
    explicit SqlDialect(Engine engine)
        : m_engine(engine) {}
    /// The dialect of an open connection (by its Qt SQL driver).
    static SqlDialect of(const QSqlDatabase &database);

    Engine engine() const { return m_engine; }
    bool isPostgreSql() const { return m_engine == Engine::PostgreSql; }
    /// The Qt SQL driver: QSQLITE or QPSQL.
    QString driverName() const;

    /// Settings of each new connection (SQLite's PRAGMAs).
    QStringList sessionSetup() const;
    /// Settings made once the database is known to be Marsa's (SQLite's WAL changes the file).
    QStringList ownedDatabaseSetup() const;
    /// The names of the tables of the database (PostgreSQL: of the current schema).
    QStringList tableNames(const QSqlDatabase &database, bool *ok) const;

    /// The statements that start each migration run, inside its transaction: a lock against a
    /// second console migrating at the same time, and what the translated migrations need.
    QStringList migrationPrelude() const;
    /// The table of applied schema versions.
    QString createSchemaMigrations() const;
    /// One migration's SQL (statements end with ';' at the end of a line) as this engine's
    /// statements; a statement with no counterpart here (the FTS5 feeding) is left out.
    QStringList migrationStatements(std::string_view sql) const;
    /// One statement of a migration in this engine's SQL; empty when it has no counterpart. A
    /// statement that starts with "-- PostgreSQL only: " runs only there (an index SQLite cannot have).
    QString translate(const QString &statement) const;

    /// LIKE that ignores the case of Latin letters, as SQLite's LIKE does (PostgreSQL: ILIKE).
    QString like() const;
    /// A subquery of the ids of the timeline events whose remarks match one bound LIKE pattern,
    /// through the trigram index (SQLite: the FTS5 table; PostgreSQL: pg_trgm on the column).
    QString eventIdsWithRemarksLike() const;

    /// An "INSERT OR IGNORE INTO ..." (SQLite's words, kept there) that skips rows whose key is
    /// stored already (PostgreSQL: INSERT ... ON CONFLICT DO NOTHING).
    QString insertIgnoringDuplicates(const QString &insertOrIgnore) const;
    /// An integer column of the append-only vessel_positions_recent heap that grows in the order
    /// rows were stored (SQLite: rowid; PostgreSQL: its identity column `arrival`, which only it has).
    QString arrivalOrder() const;
    /// True for a table the engine derives from others and rebuilds itself, which a copy leaves
    /// out (SQLite: the FTS5 table of the timeline remarks and its shadow tables).
    bool isDerivedTable(const QString &table) const;
    /// The statement that starts a read of one consistent snapshot of the whole database, first
    /// in its transaction (PostgreSQL: REPEATABLE READ; SQLite's read transaction is one already).
    QStringList snapshotRead() const;
    /// After rows were inserted with their keys: what makes the next new row take a free key
    /// (PostgreSQL: setval of every identity sequence past the largest key stored; SQLite's
    /// rowid does so by itself) and rebuilds derived indexes (SQLite: the FTS5 table).
    QStringList afterCopy(const QSqlDatabase &database, bool *ok) const;
    /// Triggers named `name`_no_insert, _no_update, _no_delete (PostgreSQL: and _no_truncate) that
    /// refuse, with `message`, any new row, change or removal of the meta table's rows of these
    /// keys (the exercise mark, storage/exercise.h). Created once the rows are written. Keys and
    /// message are Marsa's own constants, without quotes.
    QStringList protectMetaKeys(const QString &name, const QStringList &keys, const QString &message) const;
    /// Settings of the track store's own connection: fewer syncs, a larger cache.
    QStringList trackStoreSetup() const;

private:
    Engine m_engine;
};

} // namespace marsa::storage
