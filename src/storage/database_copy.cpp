#include "storage/database_copy.h"

#include "storage/sql_dialect.h"

#include "storage/audit_log.h"
#include "storage/exercise.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>

namespace marsa::storage {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::DatabaseCopy)
};

struct TableOrder {
    const char *name;
    const char *key; ///< the ORDER BY of its rows; empty: the order they arrived in
};

// A table after every table it refers to. The handover tables refer to each other only from
// handover_steps' side by foreign key (disembarkations names its current steps without one), so
// disembarkations come first. The protective triggers refuse UPDATE and DELETE, never INSERT.
constexpr std::array kTables{
    TableOrder{"meta", "key"},
    TableOrder{"places", "place_key"},
    TableOrder{"users", "user_id"},
    TableOrder{"audit_log", "sequence"},
    TableOrder{"incidents", "incident_id"},
    TableOrder{"incident_events", "event_id"},
    TableOrder{"assets", "asset_id"},
    TableOrder{"taskings", "tasking_id"},
    TableOrder{"vessel_static", "mmsi"},
    TableOrder{"vessel_positions", "mmsi, time_ms"},
    TableOrder{"vessel_positions_recent", ""},
    TableOrder{"handover_facilities", "facility_id"},
    TableOrder{"disembarkations", "disembarkation_id"},
    TableOrder{"handover_steps", "step_id"},
    TableOrder{"handover_nationalities", "step_id, country"},
    TableOrder{"handover_monitoring", "step_id, party"},
    TableOrder{"handover_transfers", "transfer_id"},
    TableOrder{"handover_evacuations", "evacuation_id"},
    TableOrder{"handover_explanations", "explanation_id"},
    TableOrder{"handover_amendments", "amendment_id"},
    TableOrder{"journal", "entry_id"},
    TableOrder{"exercise_run", "run_id"},
    TableOrder{"exercise_messages", "message_id"},
    TableOrder{"exercise_traffic", "line_id"},
};

// Values bound in one INSERT at most (SQLite allows 32,766, PostgreSQL 65,535): many rows a
// statement, one round trip for them.
constexpr int kValuesPerStatement = 2000;

core::Result<std::int64_t> countRows(const QSqlDatabase &database, const QString &table) {
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next()) {
        return core::Error{Text::tr("Cannot count the rows of %1: %2").arg(table, query.lastError().text())};
    }
    return query.value(0).toLongLong();
}

core::Result<void> checkSourceTables(const Database &source) {
    bool ok = false;
    const QStringList tables = source.dialect().tableNames(source.connection(), &ok);
    if (!ok) {
        return core::Error{Text::tr("Cannot list the tables of %1.").arg(source.path())};
    }
    const QStringList known = copiedTables();
    for (const QString &table : tables) {
        if (!known.contains(table) && table != QLatin1String("schema_migrations") &&
            !source.dialect().isDerivedTable(table) && !table.startsWith(QLatin1String("sqlite_"))) {
            return core::Error{
                Text::tr("%1 holds a table this Marsa cannot copy: %2.").arg(source.path(), table)};
        }
    }
    return {};
}

core::Result<void> checkTargetEmpty(const Database &target) {
    return refuseTargetWithRecords(target.connection(), target.path());
}

// The columns both sides have; PostgreSQL's arrival column of the recent positions numbers
// itself (SqlDialect::arrivalOrder) and is never written.
QStringList columnsToCopy(const Database &source, const Database &target, const QString &table) {
    const QSqlRecord from = source.connection().record(table);
    const QSqlRecord to = target.connection().record(table);
    QStringList columns;
    for (int i = 0; i < from.count(); ++i) {
        const QString name = from.fieldName(i);
        if (to.contains(name) && name != target.dialect().arrivalOrder()) {
            columns << name;
        }
    }
    return columns;
}

QString insertStatement(const QString &table, const QStringList &columns, int rows) {
    QString row = QStringLiteral("(?");
    row += QStringLiteral(", ?").repeated(columns.size() - 1) + QLatin1Char(')');
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        values << row;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

core::Result<std::int64_t> copyRows(const Database &source, const Database &target, const QString &table,
                                    const QString &orderBy) {
    const QStringList columns = columnsToCopy(source, target, table);
    if (columns.isEmpty()) {
        return core::Error{Text::tr("The table %1 has no columns in common on both sides.").arg(table)};
    }
    const QString key = !orderBy.isEmpty() ? orderBy : source.dialect().arrivalOrder();
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(columns.join(QStringLiteral(", ")), table, key))) {
        return core::Error{Text::tr("Cannot read %1: %2").arg(table, read.lastError().text())};
    }
    const int rowsPerStatement = std::max(1, kValuesPerStatement / static_cast<int>(columns.size()));
    QSqlQuery fullBatch(target.connection());
    QSqlQuery partial(target.connection());
    // A savepoint a table, rolled back on failure before the statements above are freed: on
    // PostgreSQL they cannot be while the transaction is aborted (Qt warns of each).
    Transaction tableDone(target.connection());
    if (!tableDone.isActive()) {
        return core::Error{
            Text::tr("Cannot write %1: %2").arg(table, target.connection().lastError().text())};
    }
    if (!fullBatch.prepare(insertStatement(table, columns, rowsPerStatement))) {
        return core::Error{Text::tr("Cannot write %1: %2").arg(table, fullBatch.lastError().text())};
    }
    QVariantList values;
    values.reserve(rowsPerStatement * columns.size());
    std::int64_t copied = 0;
    auto flush = [&](int rows) -> core::Result<void> {
        QSqlQuery &write = rows == rowsPerStatement ? fullBatch : partial;
        if (&write == &partial && !partial.prepare(insertStatement(table, columns, rows))) {
            return core::Error{Text::tr("Cannot write %1: %2").arg(table, partial.lastError().text())};
        }
        for (const QVariant &value : values) {
            write.addBindValue(value);
        }
        if (!write.exec()) {
            return core::Error{Text::tr("Cannot write row %1 or one of the %2 after it into %3: %4")
                                   .arg(copied + 1)
                                   .arg(rows - 1)
                                   .arg(table, write.lastError().text())};
        }
        copied += rows;
        values.clear();
        return {};
    };
    int buffered = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = read.value(i);
            // PostgreSQL's driver reads a BIGINT that is not negative as unsigned, which SQLite's
            // would bind as text: every integer goes in as a 64-bit signed one.
            values << (value.typeId() == QMetaType::ULongLong ? QVariant(value.toLongLong()) : value);
        }
        if (++buffered == rowsPerStatement) {
            if (auto written = flush(buffered); !written) {
                return written.error();
            }
            buffered = 0;
        }
    }
    if (read.lastError().isValid()) {
        return core::Error{Text::tr("Cannot read %1: %2").arg(table, read.lastError().text())};
    }
    if (buffered > 0) {
        if (auto written = flush(buffered); !written) {
            return written.error();
        }
    }
    if (!tableDone.commit()) {
        return core::Error{
            Text::tr("Cannot write %1: %2").arg(table, target.connection().lastError().text())};
    }
    return copied;
}

core::Result<void> runStatements(const QSqlDatabase &database, const QStringList &statements) {
    QSqlQuery query(database);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            return core::Error{Text::tr("Cannot finish the copy: %1").arg(query.lastError().text())};
        }
    }
    return {};
}

// Inside the target's transaction, before it commits: the counts, then the audit chain.
core::Result<void> verifyCopy(const Database &target, CopyReport &report) {
    QStringList mismatches;
    for (CopiedTable &table : report.tables) {
        auto rows = countRows(target.connection(), table.name);
        if (!rows) {
            return rows.error();
        }
        table.targetRows = rows.value();
        if (table.targetRows != table.sourceRows) {
            mismatches << Text::tr("%1: %2 in the source, %3 in the target")
                              .arg(table.name)
                              .arg(table.sourceRows)
                              .arg(table.targetRows);
        }
    }
    if (!mismatches.isEmpty()) {
        return core::Error{Text::tr("The copy does not match the source (%1); nothing was copied.")
                               .arg(mismatches.join(QStringLiteral("; ")))};
    }
    auto audit = AuditLog(target.connection()).verify();
    if (!audit) {
        return audit.error();
    }
    if (audit->firstBrokenRow) {
        return core::Error{Text::tr("The audit log of the copy is broken at row %1; nothing was copied.")
                               .arg(*audit->firstBrokenRow)};
    }
    report.auditRows = audit->rows;
    return {};
}

} // namespace

core::Result<std::int64_t> copyTable(const Database &source, const Database &target, const QString &table,
                                     const QString &orderBy) {
    return copyRows(source, target, table, orderBy);
}

QStringList copiedTables() {
    QStringList tables;
    for (const TableOrder &table : kTables) {
        tables << QString::fromLatin1(table.name);
    }
    return tables;
}

core::Result<QStringList> tablesHolding(const QSqlDatabase &database, const QString &shown) {
    // An older schema lacks the newer tables: those hold nothing.
    bool ok = false;
    const QStringList present = SqlDialect::of(database).tableNames(database, &ok);
    if (!ok) {
        return core::Error{Text::tr("Cannot read the tables of %1.").arg(shown)};
    }
    QStringList holding;
    for (const QString &table : copiedTables()) {
        if (!present.contains(table)) {
            continue;
        }
        auto rows = countRows(database, table);
        if (!rows) {
            return rows.error();
        }
        if (rows.value() > 0) {
            holding << QStringLiteral("%1 (%2)").arg(table).arg(rows.value());
        }
    }
    return holding;
}

core::Result<void> refuseTargetWithRecords(const QSqlDatabase &database, const QString &shown) {
    auto holding = tablesHolding(database, shown);
    if (!holding) {
        return holding.error();
    }
    if (!holding->isEmpty()) {
        return core::Error{Text::tr("%1 already holds Marsa records: %2. A copy goes into a new or empty "
                                    "database and never merges; choose another target.")
                               .arg(shown, holding->join(QStringLiteral(", ")))};
    }
    return {};
}

core::Result<void> checkExerciseModes(bool sourceIsExercise, const QString &sourceShown,
                                      const QSqlDatabase &target, const QString &targetShown) {
    // Read from the meta table as found, before any migration (an older file has no mark).
    const bool targetIsExercise = !exerciseNameOf(target).isEmpty();
    if (!sourceIsExercise && targetIsExercise) {
        return core::Error{Text::tr("%1 is an exercise database: it never takes operational records. Create "
                                    "an exercise with marsa-cli exercise create.")
                               .arg(targetShown)};
    }
    if (sourceIsExercise && !targetIsExercise) {
        auto holding = tablesHolding(target, targetShown);
        if (!holding) {
            return holding.error();
        }
        if (!holding->isEmpty()) {
            return core::Error{Text::tr("%1 is an exercise database and %2 is an operational one: nothing of "
                                        "an exercise is ever written into operational records.")
                                   .arg(sourceShown, targetShown)};
        }
    }
    return {};
}

core::Result<void> checkCopyTarget(bool sourceIsExercise, const QString &sourceShown,
                                   const QSqlDatabase &target, const QString &targetShown) {
    if (auto modes = checkExerciseModes(sourceIsExercise, sourceShown, target, targetShown); !modes) {
        return modes;
    }
    return refuseTargetWithRecords(target, targetShown);
}

core::Result<CopyReport> copyDatabase(const Database &source, const Database &target) {
    QElapsedTimer timer;
    timer.start();
    if (auto known = checkSourceTables(source); !known) {
        return known.error();
    }
    if (auto modes =
            checkExerciseModes(source.isExercise(), source.path(), target.connection(), target.path());
        !modes) {
        return modes.error();
    }
    if (auto empty = checkTargetEmpty(target); !empty) {
        return empty.error();
    }
    Transaction snapshot(source.connection());
    if (!snapshot.isActive()) {
        return core::Error{
            Text::tr("Cannot read %1: %2").arg(source.path(), source.connection().lastError().text())};
    }
    if (auto started = runStatements(source.connection(), source.dialect().snapshotRead()); !started) {
        return started.error();
    }
    Transaction transaction(target.connection());
    if (!transaction.isActive()) {
        return core::Error{
            Text::tr("Cannot start a transaction: %1").arg(target.connection().lastError().text())};
    }
    CopyReport report;
    for (const TableOrder &order : kTables) {
        CopiedTable table{QString::fromLatin1(order.name)};
        auto rows = countRows(source.connection(), table.name);
        if (!rows) {
            return rows.error();
        }
        table.sourceRows = rows.value();
        if (auto copied = copyRows(source, target, table.name, QString::fromLatin1(order.key)); !copied) {
            return core::Error{copied.errorMessage() + QLatin1Char(' ') + Text::tr("Nothing was copied.")};
        }
        report.tables << table;
    }
    bool ok = false;
    const QStringList finishing = target.dialect().afterCopy(target.connection(), &ok);
    if (!ok) {
        return core::Error{
            Text::tr("Cannot finish the copy: %1").arg(target.connection().lastError().text())};
    }
    if (auto finished = runStatements(target.connection(), finishing); !finished) {
        return finished.error();
    }
    // The copy of an exercise is an exercise: its mark came with the meta rows, and is locked here.
    if (source.isExercise()) {
        if (auto locked = lockExerciseMark(target); !locked) {
            return locked.error();
        }
    }
    if (auto verified = verifyCopy(target, report); !verified) {
        return verified.error();
    }
    if (!transaction.commit()) {
        return core::Error{
            Text::tr("Cannot commit the copy: %1").arg(target.connection().lastError().text())};
    }
    report.milliseconds = timer.elapsed();
    spdlog::info("copied {} into {} in {} ms", source.path().toStdString(), target.path().toStdString(),
                 report.milliseconds);
    return report;
}

} // namespace marsa::storage
