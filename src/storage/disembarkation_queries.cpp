#include "storage/disembarkation_service.h"

#include "storage/database.h"
#include "storage/disembarkation_rows.h"
#include "storage/handover_list_repository.h"
#include "storage/incident_rows.h"
#include "storage/incident_service.h"
#include "storage/place_repository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <set>
#include <tuple>

// The read side of DisembarkationService: one handover, lists and the review queue with their
// discrepancies, a handover's history, and the statistics.

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::DisembarkationService)
};

using core::Disembarkation;
using core::Error;
using core::Result;
using rows::databaseError;

/// The first instant of a UTC day, as landed_utc holds instants.
QString dayStart(const QDate &day) {
    return QDateTime(day, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

/// The cases with these ids, and those first alerted in [from, to) (ISO 8601 UTC, or empty).
Result<std::vector<core::Incident>> incidentsOf(QSqlDatabase db, const std::set<std::int64_t> &ids,
                                                const QString &alertFrom = {}, const QString &alertTo = {}) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString condition = QStringLiteral("incident_id IN (%1)")
                            .arg(handover_rows::idList(std::vector<std::int64_t>(ids.begin(), ids.end())));
    if (!alertFrom.isEmpty()) {
        condition += QStringLiteral(" OR (first_alert_utc >= ? AND first_alert_utc < ?)");
    }
    query.prepare(QStringLiteral("SELECT ") + rows::kIncidentColumns +
                  QStringLiteral(" FROM incidents WHERE ") + condition +
                  QStringLiteral(" ORDER BY incident_id"));
    if (!alertFrom.isEmpty()) {
        query.addBindValue(alertFrom);
        query.addBindValue(alertTo);
    }
    if (!query.exec()) {
        return databaseError(query);
    }
    std::vector<core::Incident> incidents;
    while (query.next()) {
        auto incident = rows::incidentFrom(query);
        if (!incident) {
            return incident.error();
        }
        incidents.push_back(std::move(incident.value()));
    }
    return incidents;
}

/// Each disembarkation with the discrepancies its numbers show now.
Result<std::vector<DisembarkationRow>> withDiscrepancies(QSqlDatabase db,
                                                         std::vector<Disembarkation> records) {
    std::set<std::int64_t> ids;
    for (const Disembarkation &d : records) {
        ids.insert(d.incident.value);
    }
    auto incidents = incidentsOf(db, ids);
    if (!incidents) {
        return incidents.error();
    }
    auto landings = handover_rows::landingsOf(db, std::vector<std::int64_t>(ids.begin(), ids.end()));
    if (!landings) {
        return landings.error();
    }
    std::vector<DisembarkationRow> rows;
    rows.reserve(records.size());
    for (Disembarkation &d : records) {
        const auto incident = std::find_if(incidents->begin(), incidents->end(),
                                           [&](const core::Incident &i) { return i.id == d.incident; });
        if (incident == incidents->end()) {
            return Error{Text::tr("Disembarkation %1 is damaged in the database.").arg(d.id.value)};
        }
        DisembarkationRow row;
        row.discrepancies = core::HandoverRules::discrepancies(
            *incident, d, handover_rows::othersThan((*landings)[d.incident.value], d.id));
        row.unexplained = core::HandoverRules::unexplained(row.discrepancies, d.explanations);
        row.disembarkation = std::move(d);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

Result<Disembarkation> DisembarkationService::find(core::DisembarkationId id) const {
    auto loaded = handover_rows::load(m_database.connection(), QStringLiteral("d.disembarkation_id = ?"),
                                      {QVariant(static_cast<qlonglong>(id.value))},
                                      QStringLiteral("d.disembarkation_id"));
    if (!loaded) {
        return loaded.error();
    }
    if (loaded->disembarkations.empty()) {
        return Error{Text::tr("No such disembarkation.")};
    }
    return std::move(loaded->disembarkations.front());
}

Result<std::vector<Disembarkation>> DisembarkationService::ofIncident(core::IncidentId incident) const {
    auto loaded =
        handover_rows::load(m_database.connection(), QStringLiteral("d.incident_id = ?"),
                            {QVariant(static_cast<qlonglong>(incident.value))}, QStringLiteral("d.sequence"));
    if (!loaded) {
        return loaded.error();
    }
    return std::move(loaded->disembarkations);
}

Result<DisembarkationService::Context> DisembarkationService::context(core::DisembarkationId id) const {
    auto disembarkation = find(id);
    if (!disembarkation) {
        return disembarkation.error();
    }
    auto incident = IncidentService(m_database, m_clock).find(disembarkation->incident);
    if (!incident) {
        return incident.error();
    }
    auto known = lists();
    if (!known) {
        return known.error();
    }
    auto landings = handover_rows::landingsOf(m_database.connection(), {disembarkation->incident.value});
    if (!landings) {
        return landings.error();
    }
    const core::OtherDisembarkations others =
        handover_rows::othersThan((*landings)[disembarkation->incident.value], id);
    return Context{std::move(incident.value()), std::move(disembarkation.value()), std::move(known.value()),
                   others};
}

Result<DisembarkationRow> DisembarkationService::row(core::DisembarkationId id) const {
    auto found = find(id);
    if (!found) {
        return found.error();
    }
    auto rows = withDiscrepancies(m_database.connection(), {std::move(found.value())});
    if (!rows) {
        return rows.error();
    }
    return std::move(rows->front());
}

Result<std::vector<DisembarkationRow>> DisembarkationService::list(const DisembarkationFilter &filter) const {
    QStringList conditions{QStringLiteral("1 = 1")};
    QVariantList binds;
    if (filter.placeKey == core::kOtherPlaceKey) {
        conditions << QStringLiteral("s.place_key = ''");
    } else if (!filter.placeKey.isEmpty()) {
        conditions << QStringLiteral("s.place_key = ?");
        binds << filter.placeKey;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("s.landed_utc >= ?");
        binds << dayStart(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("s.landed_utc < ?");
        binds << dayStart(filter.to.addDays(1));
    }
    if (filter.state) {
        conditions << QStringLiteral("d.state = ?");
        binds << core::handoverStateKey(*filter.state);
    }
    if (filter.incident) {
        conditions << QStringLiteral("d.incident_id = ?");
        binds << static_cast<qlonglong>(filter.incident->value);
    }
    if (filter.disembarkation) {
        conditions << QStringLiteral("d.disembarkation_id = ?");
        binds << static_cast<qlonglong>(filter.disembarkation->value);
    }
    if (!filter.includeExercises) {
        conditions << QStringLiteral("i.is_exercise = 0");
    }
    QSqlDatabase db = m_database.connection();
    auto loaded = handover_rows::load(db, conditions.join(QStringLiteral(" AND ")), binds,
                                      QStringLiteral("s.landed_utc DESC, d.disembarkation_id DESC"));
    if (!loaded) {
        return loaded.error();
    }
    auto rows = withDiscrepancies(db, std::move(loaded->disembarkations));
    if (!rows) {
        return rows;
    }
    std::erase_if(rows.value(), [&](const DisembarkationRow &row) {
        return (filter.withDiscrepancyOnly && row.discrepancies.empty()) ||
               (filter.unexplainedOnly && row.unexplained.empty());
    });
    return rows;
}

DisembarkationFilter DisembarkationService::reviewFilter() {
    DisembarkationFilter waiting;
    waiting.state = core::HandoverState::MedicalRecorded;
    return waiting;
}

bool DisembarkationService::listedBefore(const DisembarkationRow &a, const DisembarkationRow &b) {
    const auto key = [](const DisembarkationRow &row) {
        return std::make_tuple(row.disembarkation.declaration.values.timeUtc, row.disembarkation.id.value);
    };
    return key(a) > key(b);
}

bool DisembarkationService::queuedBefore(const DisembarkationRow &a, const DisembarkationRow &b) {
    const auto key = [](const DisembarkationRow &row) {
        return std::make_tuple(row.unexplained.empty(), row.disembarkation.declaration.values.timeUtc,
                               row.disembarkation.id.value);
    };
    return key(a) < key(b);
}

Result<std::vector<DisembarkationRow>> DisembarkationService::reviewQueue() const {
    auto rows = list(reviewFilter());
    if (!rows) {
        return rows;
    }
    std::stable_sort(rows->begin(), rows->end(), &DisembarkationService::queuedBefore);
    return rows;
}

Result<std::vector<HandoverRevision>> DisembarkationService::history(core::DisembarkationId id) const {
    QSqlDatabase db = m_database.connection();
    auto loaded = handover_rows::load(db, QStringLiteral("d.disembarkation_id = ?"),
                                      {QVariant(static_cast<qlonglong>(id.value))},
                                      QStringLiteral("d.disembarkation_id"));
    if (!loaded) {
        return loaded.error();
    }
    if (loaded->disembarkations.empty()) {
        return Error{Text::tr("No such disembarkation.")};
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT after_id FROM handover_amendments WHERE disembarkation_id = ?"));
    query.addBindValue(static_cast<qlonglong>(id.value));
    if (!query.exec()) {
        return databaseError(query);
    }
    std::set<std::int64_t> amendments;
    while (query.next()) {
        amendments.insert(query.value(0).toLongLong());
    }
    const std::vector<std::int64_t> &current = loaded->current[id.value];
    std::vector<HandoverRevision> revisions;
    for (const auto &[stepId, row] : loaded->steps) {
        HandoverRevision revision;
        revision.id = stepId;
        revision.step = row.step;
        revision.signature = row.signature;
        revision.isCurrent = std::find(current.begin(), current.end(), stepId) != current.end();
        revision.isAmendment = amendments.count(stepId) > 0;
        switch (row.step) {
        case core::HandoverStep::Declaration:
            revision.values = row.declaration;
            break;
        case core::HandoverStep::Acknowledgement:
            revision.values = row.acknowledgement;
            break;
        case core::HandoverStep::Medical:
            revision.values = row.medical;
            break;
        case core::HandoverStep::Review:
            revision.values = row.review;
            break;
        }
        revisions.push_back(std::move(revision));
    }
    return revisions;
}

Result<core::HandoverLists> DisembarkationService::lists() const {
    QSqlDatabase db = m_database.connection();
    auto places = PlaceRepository(db).all();
    if (!places) {
        return places.error();
    }
    auto facilities = HandoverListRepository(db, m_clock).all();
    if (!facilities) {
        return facilities.error();
    }
    return core::HandoverLists{std::move(places.value()), std::move(facilities.value())};
}

Result<core::HandoverStatistics>
DisembarkationService::statistics(const core::StatisticsRequest &request) const {
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from) {
        return Error{Text::tr("The statistics need a first and a last day, the first not after the last.")};
    }
    QSqlDatabase db = m_database.connection();
    const QString from = dayStart(request.from);
    const QString to = dayStart(request.to.addDays(1));
    // The cases landed in the period, and those first alerted in it (their dead and missing count
    // without a landing); then every landing of these cases, so that each is counted at its first.
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT DISTINCT d.incident_id FROM disembarkations d JOIN handover_steps s ON "
                       "s.step_id = d.declaration_id WHERE s.landed_utc >= ? AND s.landed_utc < ?"));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec()) {
        return databaseError(query);
    }
    std::set<std::int64_t> landed;
    while (query.next()) {
        landed.insert(query.value(0).toLongLong());
    }
    // first_alert_utc is stored without milliseconds (Qt::ISODate).
    auto incidents =
        incidentsOf(db, landed, QDateTime(request.from, QTime(0, 0), Qt::UTC).toString(Qt::ISODate),
                    QDateTime(request.to.addDays(1), QTime(0, 0), Qt::UTC).toString(Qt::ISODate));
    if (!incidents) {
        return incidents.error();
    }
    std::vector<std::int64_t> ids;
    for (const core::Incident &incident : incidents.value()) {
        ids.push_back(incident.id.value);
    }
    auto loaded =
        handover_rows::load(db, QStringLiteral("d.incident_id IN (%1)").arg(handover_rows::idList(ids)), {},
                            QStringLiteral("d.disembarkation_id"));
    if (!loaded) {
        return loaded.error();
    }
    // An exercise database's figures are its exercise cases' (docs/exercises.md); an operational
    // one never counts an exercise case.
    core::StatisticsRequest counted = request;
    counted.exerciseCases = m_database.isExercise();
    return core::computeHandoverStatistics(counted, incidents.value(), loaded->disembarkations);
}

} // namespace marsa::storage
