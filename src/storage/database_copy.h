#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace marsa::storage {

/// One table of a copy: its rows in the source, and in the target once copied.
struct CopiedTable {
    QString name;
    std::int64_t sourceRows = 0;
    std::int64_t targetRows = 0;
};

/// What `marsa-cli db copy` reports.
struct CopyReport {
    QList<CopiedTable> tables;
    std::int64_t auditRows = 0; ///< the audit log's rows, every hash verified on the target
    std::int64_t milliseconds = 0;
};

/// The tables a copy carries, in the order it inserts them (a table after those it refers to).
/// Every table of the schema but schema_migrations (the target's own) and what an engine derives
/// itself (SqlDialect::isDerivedTable).
QStringList copiedTables();

/// The copied tables of database that hold rows, as "table (rows)"; `shown` names it in an error.
core::Result<QStringList> tablesHolding(const QSqlDatabase &database, const QString &shown);

/// Refuses a copy's target that already holds Marsa records, at whatever schema it was found (pass
/// it to Database::open, so that a target written by an older Marsa is not migrated first).
core::Result<void> refuseTargetWithRecords(const QSqlDatabase &database, const QString &shown);

/// Refuses a copy's target for its mode before anything else (pass it to Database::open through
/// checkCopyTarget): an exercise target for an operational source; a target holding records for an
/// exercise source. `targetShown` names the target, `sourceShown` the source, in the message.
core::Result<void> checkExerciseModes(bool sourceIsExercise, const QString &sourceShown,
                                      const QSqlDatabase &target, const QString &targetShown);

/// What Database::open checks on a copy's target as found: its mode against the source's
/// (checkExerciseModes), then that it holds no record (refuseTargetWithRecords).
core::Result<void> checkCopyTarget(bool sourceIsExercise, const QString &sourceShown,
                                   const QSqlDatabase &target, const QString &targetShown);

/// Copies every record of source into target (SQLite or PostgreSQL either way), keys and values
/// as they are, from one consistent snapshot of the source. The target must hold no Marsa record
/// (a copy never merges). All or nothing: one transaction on the target, committed only when every
/// table's row count matches the source's and the audit chain verifies on the target; on any
/// failure the target is left as it was, and the message says why.
/// An exercise's records never go into an operational database and an exercise never takes operational
/// records (storage/exercise.h): an exercise source goes only into a new or empty target, which the copy
/// makes an exercise (its mark locked as on the source); an exercise target is refused for an
/// operational source.
core::Result<CopyReport> copyDatabase(const Database &source, const Database &target);

/// Inserts every row of one table of source into the same table of target, keys and values as
/// they are (the columns both have), in batches, inside a savepoint of the caller's transaction;
/// rows read in orderBy's order (empty: as they arrived). Answers the rows copied.
core::Result<std::int64_t> copyTable(const Database &source, const Database &target, const QString &table,
                                     const QString &orderBy);

} // namespace marsa::storage
