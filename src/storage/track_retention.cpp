#include "storage/track_retention.h"

#include "storage/connection_errors.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::TrackRetention)
};

const QString kDaysKey = QStringLiteral("track_retention.full_detail_days");
const QString kToleranceKey = QStringLiteral("track_retention.tolerance_m");
const QString kGapKey = QStringLiteral("track_retention.max_gap_min");

core::Error damaged(const QString &key) {
    return core::Error{Text::tr("The track retention setting %1 is damaged in the database.").arg(key)};
}

} // namespace

QString trackRetentionProblem(const TrackRetention &retention) {
    if (retention.fullDetailDays < 1 || retention.fullDetailDays > 3650) {
        return Text::tr("Full detail must be kept from 1 to 3650 days.");
    }
    if (!(retention.toleranceMetres >= 0 && retention.toleranceMetres <= 1000)) {
        return Text::tr("The thinning tolerance must be from 0 to 1000 metres.");
    }
    if (retention.maxGapMinutes < 1 || retention.maxGapMinutes > 1440) {
        return Text::tr("The longest gap between kept points must be from 1 to 1440 minutes.");
    }
    return {};
}

core::Result<TrackRetention> loadTrackRetention(const QSqlDatabase &db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'track_retention.%'"))) {
        return queryFailure(
            query, Text::tr("Cannot read the track retention setting: %1").arg(query.lastError().text()));
    }
    TrackRetention retention;
    while (query.next()) {
        const QString key = query.value(0).toString();
        bool ok = true;
        if (key == kDaysKey) {
            retention.fullDetailDays = query.value(1).toString().toInt(&ok);
        } else if (key == kToleranceKey) {
            retention.toleranceMetres = query.value(1).toString().toDouble(&ok);
        } else if (key == kGapKey) {
            retention.maxGapMinutes = query.value(1).toString().toInt(&ok);
        }
        if (!ok) {
            return damaged(key);
        }
    }
    if (!trackRetentionProblem(retention).isEmpty()) {
        return damaged(QStringLiteral("track_retention"));
    }
    return retention;
}

core::Result<void> saveTrackRetention(const QSqlDatabase &db, const TrackRetention &retention) {
    if (const QString problem = trackRetentionProblem(retention); !problem.isEmpty()) {
        return core::Error{problem};
    }
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                       "value = excluded.value"));
    const std::pair<QString, QString> values[] = {
        {kDaysKey, QString::number(retention.fullDetailDays)},
        {kToleranceKey, QString::number(retention.toleranceMetres)},
        {kGapKey, QString::number(retention.maxGapMinutes)},
    };
    for (const auto &[key, value] : values) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) {
            return queryFailure(
                query,
                Text::tr("Cannot store the track retention setting: %1").arg(query.lastError().text()));
        }
    }
    if (!transaction.commit()) {
        return connectionFailure(
            db, Text::tr("Cannot store the track retention setting: %1").arg(db.lastError().text()));
    }
    return {};
}

core::Result<RetentionRun> thinByRetention(TrackStore &store, std::int64_t nowMs) {
    auto retention = loadTrackRetention(store.connection());
    if (!retention) {
        return retention.error();
    }
    RetentionRun run;
    run.retention = retention.value();
    run.cutoffMs = run.retention.cutoffMs(nowMs);
    auto thinned = store.thin(run.cutoffMs, run.retention.toleranceMetres, run.retention.maxGapMs());
    if (!thinned) {
        return thinned.error();
    }
    run.thinned = thinned.value();
    return run;
}

core::Result<std::int64_t> loadThinnedUntil(const QSqlDatabase &db) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(QLatin1String(kThinnedUntilKey));
    if (!query.exec()) {
        return queryFailure(
            query, Text::tr("Cannot read the track retention setting: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return std::numeric_limits<std::int64_t>::min();
    }
    bool ok = false;
    const std::int64_t untilMs = query.value(0).toString().toLongLong(&ok);
    if (!ok) {
        return damaged(QLatin1String(kThinnedUntilKey));
    }
    return untilMs;
}

core::Result<void> saveThinnedUntil(const QSqlDatabase &db, std::int64_t untilMs) {
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                       "value = excluded.value"));
    query.addBindValue(QLatin1String(kThinnedUntilKey));
    query.addBindValue(QString::number(untilMs));
    if (!query.exec()) {
        return queryFailure(
            query, Text::tr("Cannot store the track retention setting: %1").arg(query.lastError().text()));
    }
    return {};
}

} // namespace marsa::storage
