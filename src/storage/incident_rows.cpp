#include "storage/incident_rows.h"

#include "storage/change_feed.h"
#include "storage/journal.h"
#include "storage/connection_errors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace marsa::storage::rows {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::IncidentService)
};

using core::Error;
using core::Incident;
using core::Result;

std::optional<int> intOrNothing(const QVariant &value) {
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QDateTime timeOrInvalid(const QVariant &value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

const QString kIncidentColumns = QStringLiteral("incident_id, case_year, case_sequence, first_alert_utc, "
                                                "alert_source, latitude, longitude, uncertainty_nm, "
                                                "craft, craft_condition, pob_total, pob_men, pob_women, "
                                                "pob_children, weather, phase, status, rescued, dead, "
                                                "missing, is_exercise, version, srrs");

QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant optionalInt(const std::optional<int> &value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

Result<Incident> incidentFrom(const QSqlQuery &q) {
    Incident incident;
    incident.id = {q.value(0).toLongLong()};
    incident.caseNumber = {q.value(1).toInt(), q.value(2).toInt()};
    incident.firstAlertUtc = QDateTime::fromString(q.value(3).toString(), Qt::ISODate).toUTC();
    const auto source = core::alertSourceFromKey(q.value(4).toString());
    incident.latitude = q.value(5).toDouble();
    incident.longitude = q.value(6).toDouble();
    incident.positionUncertaintyNm = q.value(7).toDouble();
    const auto craft = core::craftFromKey(q.value(8).toString());
    incident.craftCondition = q.value(9).toString();
    incident.personsOnBoard = {q.value(10).toInt(), intOrNothing(q.value(11)), intOrNothing(q.value(12)),
                               intOrNothing(q.value(13))};
    incident.weather = q.value(14).toString();
    const auto phase = core::phaseFromKey(q.value(15).toString());
    const auto status = core::statusFromKey(q.value(16).toString());
    if (!source || !craft || !phase || !status) {
        return Error{Text::tr("Case %1 is damaged in the database.").arg(incident.caseNumber.text())};
    }
    incident.alertSource = *source;
    incident.craft = *craft;
    incident.phase = *phase;
    incident.status = *status;
    if (!q.value(17).isNull()) {
        incident.outcome = core::Outcome{q.value(17).toInt(), q.value(18).toInt(), q.value(19).toInt()};
    }
    incident.isExercise = q.value(20).toInt() == 1;
    incident.version = q.value(21).toInt();
    incident.srrs = q.value(22).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return incident;
}

Error databaseError(const QSqlQuery &query) {
    return queryFailure(query, Text::tr("The database refused the change: %1").arg(query.lastError().text()));
}

const QString kEventColumns = QStringLiteral("e.time_utc, e.user_name, e.agency, e.kind, e.summary, "
                                             "e.remarks, e.event_id, e.incident_id, i.case_number");

IncidentEvent eventFrom(const QSqlQuery &q) {
    return {QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toUTC(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toLongLong(),
            {q.value(7).toLongLong()},
            q.value(8).toString()};
}

Result<void> insertEvent(QSqlDatabase db, core::IncidentId incident, const core::User &user,
                         const QDateTime &time, const QString &kind, const QString &summary,
                         const QString &remarks) {
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO incident_events (incident_id, time_utc, user_name, agency, kind, "
                       "summary, remarks) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(static_cast<qlonglong>(incident.value));
    query.addBindValue(time.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(user.userName);
    query.addBindValue(core::agencyKey(user.agency));
    query.addBindValue(kind);
    query.addBindValue(notNull(summary));
    query.addBindValue(notNull(remarks));
    if (!query.exec()) {
        return databaseError(query);
    }
    // Every change of a case (its taskings and handovers included) adds one event: announced here,
    // and the case's state after it journalled for replay.
    if (auto journalled = journalCaseState(db, incident, time); !journalled) {
        return journalled;
    }
    return announceIncidentChange(db, incident.value);
}

Result<void> journalCaseState(QSqlDatabase db, core::IncidentId incident, const QDateTime &time) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kIncidentColumns +
                  QStringLiteral(" FROM incidents WHERE incident_id = ?"));
    query.addBindValue(static_cast<qlonglong>(incident.value));
    if (!query.exec()) {
        return databaseError(query);
    }
    if (!query.next()) {
        return Error{Text::tr("There is no case %1.").arg(incident.value)};
    }
    CaseSnapshot snapshot;
    auto read = incidentFrom(query);
    if (!read) {
        return read.error();
    }
    snapshot.incident = std::move(read.value());
    query.finish();
    auto taskings = queryTaskings(db, QStringLiteral("incident_id = ?"), incident.value);
    if (!taskings) {
        return taskings.error();
    }
    snapshot.taskings = std::move(taskings.value());
    const JournalEntry entry{0, time.toMSecsSinceEpoch(), JournalKind::Case, incident.value,
                             caseSnapshotJson(snapshot)};
    return Journal(db).append(std::span(&entry, 1));
}

Result<std::vector<core::Tasking>> queryTaskings(QSqlDatabase db, const QString &condition,
                                                 std::int64_t key) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT tasking_id, incident_id, asset_id, tasked_utc, on_scene_utc, released_utc "
                       "FROM taskings WHERE ") +
        condition + QStringLiteral(" ORDER BY tasked_utc, tasking_id"));
    query.addBindValue(static_cast<qlonglong>(key));
    if (!query.exec()) {
        return databaseError(query);
    }
    std::vector<core::Tasking> taskings;
    while (query.next()) {
        taskings.push_back({query.value(0).toLongLong(),
                            {query.value(1).toLongLong()},
                            {query.value(2).toLongLong()},
                            timeOrInvalid(query.value(3)),
                            timeOrInvalid(query.value(4)),
                            timeOrInvalid(query.value(5))});
    }
    return taskings;
}

} // namespace marsa::storage::rows
