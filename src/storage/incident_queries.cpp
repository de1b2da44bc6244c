#include "storage/incident_service.h"

#include "storage/database.h"
#include "storage/incident_rows.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <unordered_map>

// The read side of IncidentService: one case, the Incidents panel's search, timelines, taskings.

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::IncidentService)
};

using core::Error;
using core::Incident;
using core::Result;
using rows::databaseError;
using rows::eventFrom;
using rows::incidentFrom;
using rows::kEventColumns;
using rows::kIncidentColumns;
using rows::queryTaskings;

} // namespace

Result<Incident> IncidentService::find(core::IncidentId id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kIncidentColumns +
                  QStringLiteral(" FROM incidents WHERE incident_id = ?"));
    query.addBindValue(static_cast<qlonglong>(id.value));
    if (!query.exec()) {
        return databaseError(query);
    }
    if (!query.next()) {
        return Error{Text::tr("No such case.")};
    }
    return incidentFrom(query);
}

Result<Incident> IncidentService::find(const core::CaseNumber &number) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kIncidentColumns +
                  QStringLiteral(" FROM incidents WHERE case_year = ? AND case_sequence = ?"));
    query.addBindValue(number.year);
    query.addBindValue(number.sequence);
    if (!query.exec()) {
        return databaseError(query);
    }
    if (!query.next()) {
        return Error{Text::tr("There is no case %1.").arg(number.text())};
    }
    return incidentFrom(query);
}

Result<std::vector<Incident>> IncidentService::all() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kIncidentColumns +
                    QStringLiteral(" FROM incidents ORDER BY case_year, case_sequence"))) {
        return databaseError(query);
    }
    std::vector<Incident> incidents;
    while (query.next()) {
        auto incident = incidentFrom(query);
        if (!incident) {
            return incident.error();
        }
        incidents.push_back(std::move(incident.value()));
    }
    return incidents;
}

Result<std::vector<IncidentEvent>> IncidentService::timeline(core::IncidentId id) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kEventColumns +
                  QStringLiteral(" FROM incident_events e JOIN incidents i ON i.incident_id = e.incident_id "
                                 "WHERE e.incident_id = ? ORDER BY e.time_utc, e.event_id"));
    query.addBindValue(static_cast<qlonglong>(id.value));
    if (!query.exec()) {
        return databaseError(query);
    }
    std::vector<IncidentEvent> events;
    while (query.next()) {
        events.push_back(eventFrom(query));
    }
    return events;
}

Result<std::vector<IncidentEvent>> IncidentService::eventsAfter(std::int64_t eventId, int limit) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kEventColumns +
                  QStringLiteral(" FROM incident_events e JOIN incidents i ON i.incident_id = e.incident_id "
                                 "WHERE e.event_id > ? ORDER BY e.event_id DESC LIMIT ?"));
    query.addBindValue(static_cast<qlonglong>(eventId));
    query.addBindValue(limit);
    if (!query.exec()) {
        return databaseError(query);
    }
    std::vector<IncidentEvent> events;
    while (query.next()) {
        events.push_back(eventFrom(query));
    }
    std::reverse(events.begin(), events.end());
    return events;
}

Result<std::int64_t> IncidentService::lastEventId() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(event_id), 0) FROM incident_events")) ||
        !query.next()) {
        return databaseError(query);
    }
    return static_cast<std::int64_t>(query.value(0).toLongLong());
}

Result<IncidentPage> IncidentService::search(const IncidentFilter &filter) const {
    const SqlDialect dialect = m_database.dialect();
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    if (filter.openOnly) {
        // Named one by one (not NOT IN the final ones) so the status index answers it: the open
        // cases are a few hundred among a hundred thousand.
        QStringList marks;
        for (core::IncidentStatus status :
             {core::IncidentStatus::Reported, core::IncidentStatus::Assessing,
              core::IncidentStatus::AssetTasked, core::IncidentStatus::OnScene,
              core::IncidentStatus::RescueComplete, core::IncidentStatus::Disembarked,
              core::IncidentStatus::LostContact}) {
            marks << QStringLiteral("?");
            binds << core::statusKey(status);
        }
        where += QStringLiteral(" AND status IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (filter.only) {
        where += QStringLiteral(" AND incident_id = ?");
        binds << static_cast<qlonglong>(filter.only->value);
    }
    if (filter.status) {
        where += QStringLiteral(" AND status = ?");
        binds << core::statusKey(*filter.status);
    }
    if (filter.phase) {
        where += QStringLiteral(" AND phase = ?");
        binds << core::phaseKey(*filter.phase);
    }
    if (!filter.srr.isEmpty()) {
        where += QStringLiteral(" AND (' ' || srrs || ' ') ") + dialect.like() + QStringLiteral(" ?");
        binds << QString(QStringLiteral("% ") + filter.srr + QStringLiteral(" %"));
    }
    if (filter.fromUtc.isValid()) {
        where += QStringLiteral(" AND first_alert_utc >= ?");
        binds << filter.fromUtc.toUTC().toString(Qt::ISODate);
    }
    if (filter.toUtc.isValid()) {
        where += QStringLiteral(" AND first_alert_utc < ?");
        binds << filter.toUtc.toUTC().toString(Qt::ISODate);
    }
    // LIKE's wildcards typed by an officer are taken as nothing: a search is for words and numbers.
    QString text = filter.text.trimmed();
    text.remove(QLatin1Char('%')).remove(QLatin1Char('_'));
    if (!text.isEmpty()) {
        // The remarks go through the trigram index, which answers LIKE '%text%' without a scan;
        // case numbers are scanned only for text that can be part of one ("LY-2026-0153").
        static const QRegularExpression caseLike(QStringLiteral("^[LlYy0-9-]+$"));
        const bool mayBeCaseNumber = caseLike.match(text).hasMatch();
        const QString byRemarks =
            QStringLiteral("SELECT e.incident_id FROM incident_events e WHERE e.event_id IN (") +
            dialect.eventIdsWithRemarksLike() + QLatin1Char(')');
        if (mayBeCaseNumber) {
            where +=
                QStringLiteral(" AND incident_id IN (SELECT incident_id FROM incidents WHERE case_number ") +
                dialect.like() + QStringLiteral(" ? UNION ") + byRemarks + QLatin1Char(')');
        } else {
            where += QStringLiteral(" AND incident_id IN (") + byRemarks + QLatin1Char(')');
        }
        const QString pattern = QLatin1Char('%') + text + QLatin1Char('%');
        if (mayBeCaseNumber) {
            binds << pattern;
        }
        binds << pattern;
    }
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    IncidentPage page;
    query.prepare(QStringLiteral("SELECT ") + kIncidentColumns + QStringLiteral(" FROM incidents") + where +
                  QStringLiteral(" ORDER BY first_alert_utc DESC, incident_id DESC LIMIT ?"));
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    query.addBindValue(std::max(0, filter.limit) + 1);
    if (!query.exec()) {
        return databaseError(query);
    }
    std::unordered_map<std::int64_t, std::size_t> rowOf;
    while (query.next()) {
        auto incident = incidentFrom(query);
        if (!incident) {
            return incident.error();
        }
        rowOf.emplace(incident->id.value, page.rows.size());
        page.rows.push_back({std::move(incident.value()), {}});
    }
    query.finish();
    // One row beyond the page says whether there are more, without counting them all (a count
    // would run the whole search a second time).
    if (static_cast<int>(page.rows.size()) > filter.limit) {
        rowOf.erase(page.rows.back().incident.id.value);
        page.rows.pop_back();
        page.more = true;
    }
    // Assets on a case now: a handful across the whole SRR, so one query for all of them.
    if (!query.exec(
            QStringLiteral("SELECT t.incident_id, a.name FROM taskings t JOIN assets a ON "
                           "a.asset_id = t.asset_id WHERE t.released_utc IS NULL ORDER BY t.tasked_utc"))) {
        return databaseError(query);
    }
    while (query.next()) {
        if (auto row = rowOf.find(query.value(0).toLongLong()); row != rowOf.end()) {
            page.rows[row->second].assets << query.value(1).toString();
        }
    }
    return page;
}

Result<std::vector<core::Tasking>> IncidentService::taskings(core::IncidentId id) const {
    return queryTaskings(m_database.connection(), QStringLiteral("incident_id = ?"), id.value);
}

Result<core::Tasking> IncidentService::tasking(std::int64_t taskingId) const {
    auto found = queryTaskings(m_database.connection(), QStringLiteral("tasking_id = ?"), taskingId);
    if (!found) {
        return found.error();
    }
    if (found->empty()) {
        return Error{Text::tr("No such tasking.")};
    }
    return found->front();
}

} // namespace marsa::storage
