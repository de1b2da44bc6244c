#include "storage/disembarkation_rows.h"

#include "storage/incident_rows.h"

#include <QJsonArray>
#include <QSqlQuery>

// The write side of the handover rows: every signature adds rows, none is ever changed (the
// migration's triggers refuse it).

namespace marsa::storage::handover_rows {
namespace {

using core::Result;
using rows::databaseError;
using rows::notNull;

QVariant null() {
    return QVariant(QMetaType::fromType<int>());
}

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(std::int64_t id) {
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(static_cast<qlonglong>(id));
}

// The columns of handover_steps after step_id, in insert order.
const QString kInsert = QStringLiteral(
    "INSERT INTO handover_steps (disembarkation_id, step, user_name, display_name, agency, role, signed_utc, "
    "remarks, place_key, latitude, longitude, place_note, landed_utc, unit, other_monitoring, men, women, "
    "boys, "
    "girls, unknown_persons, unaccompanied_minors, medical_referred, bodies, medical_cases, "
    "bodies_facility_id, "
    "bodies_taken_to, approved, returned_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?)");

/// The 26 values after the signature: remarks, then the columns of every step (NULL where not this one's).
struct StepColumns {
    QString remarks;
    QVariant placeKey = nullText(), latitude = null(), longitude = null(), placeNote = nullText(),
             landedUtc = nullText(), unit = nullText(), otherMonitoring = nullText();
    QVariant persons[5] = {null(), null(), null(), null(), null()};
    QVariant unaccompanied = null(), referred = null(), bodies = null(), medicalCases = null(),
             bodiesFacility = null(), bodiesTakenTo = nullText(), approved = null(), returnedTo = null();
};

void setPersons(StepColumns &columns, const core::PersonCounts &persons) {
    columns.persons[0] = persons.men;
    columns.persons[1] = persons.women;
    columns.persons[2] = persons.boys;
    columns.persons[3] = persons.girls;
    columns.persons[4] = persons.unknown;
}

Result<std::int64_t> insertRow(QSqlDatabase db, core::DisembarkationId id, core::HandoverStep step,
                               const core::Signature &signature, const StepColumns &c) {
    QSqlQuery query(db);
    query.prepare(kInsert);
    for (const QVariant &value : {QVariant(static_cast<qlonglong>(id.value)),
                                  QVariant(static_cast<int>(step)),
                                  QVariant(signature.userName),
                                  QVariant(notNull(signature.displayName)),
                                  QVariant(core::agencyKey(signature.agency)),
                                  QVariant(core::roleKey(signature.role)),
                                  QVariant(signature.timeUtc.toUTC().toString(Qt::ISODateWithMs)),
                                  QVariant(notNull(c.remarks)),
                                  c.placeKey,
                                  c.latitude,
                                  c.longitude,
                                  c.placeNote,
                                  c.landedUtc,
                                  c.unit,
                                  c.otherMonitoring,
                                  c.persons[0],
                                  c.persons[1],
                                  c.persons[2],
                                  c.persons[3],
                                  c.persons[4],
                                  c.unaccompanied,
                                  c.referred,
                                  c.bodies,
                                  c.medicalCases,
                                  c.bodiesFacility,
                                  c.bodiesTakenTo,
                                  c.approved,
                                  c.returnedTo}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return databaseError(query);
    }
    return query.lastInsertId().toLongLong();
}

Result<void> execWith(QSqlQuery &query, const QString &sql, const QVariantList &values) {
    query.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return databaseError(query);
    }
    return {};
}

QJsonObject personsJson(const core::PersonCounts &persons) {
    return {{QStringLiteral("men"), persons.men},
            {QStringLiteral("women"), persons.women},
            {QStringLiteral("boys"), persons.boys},
            {QStringLiteral("girls"), persons.girls},
            {QStringLiteral("unknown"), persons.unknown}};
}

} // namespace

Result<std::int64_t> insertStep(QSqlDatabase db, core::DisembarkationId id, const core::StepValues &values,
                                const core::Signature &signature) {
    StepColumns columns;
    const core::HandoverStep step = core::stepOf(values);
    if (const auto *d = std::get_if<core::Declaration>(&values)) {
        columns.remarks = d->remarks;
        columns.placeKey = notNull(d->placeKey);
        if (d->position) {
            columns.latitude = d->position->latitude();
            columns.longitude = d->position->longitude();
        }
        columns.placeNote = notNull(d->placeNote);
        columns.landedUtc = d->timeUtc.toUTC().toString(Qt::ISODateWithMs);
        columns.unit = notNull(d->unit);
        columns.otherMonitoring = notNull(d->otherMonitoringParty);
        setPersons(columns, d->persons);
        columns.unaccompanied = d->unaccompaniedMinors;
        columns.referred = d->medicalCasesReferred;
        columns.bodies = d->bodiesRecovered;
    } else if (const auto *a = std::get_if<core::Acknowledgement>(&values)) {
        columns.remarks = a->remarks;
        setPersons(columns, a->received);
    } else if (const auto *m = std::get_if<core::MedicalReport>(&values)) {
        columns.remarks = m->remarks;
        columns.medicalCases = m->medicalCases;
        columns.bodies = m->bodies;
        columns.bodiesFacility = idOrNull(m->bodiesHospitalId);
        columns.bodiesTakenTo = notNull(m->bodiesTakenTo);
    }
    auto stepId = insertRow(db, id, step, signature, columns);
    if (!stepId) {
        return stepId;
    }
    QSqlQuery query(db);
    const QVariant row(static_cast<qlonglong>(stepId.value()));
    if (const auto *d = std::get_if<core::Declaration>(&values)) {
        for (const core::NationalityCount &entry : d->nationalities) {
            if (auto done =
                    execWith(query,
                             QStringLiteral("INSERT INTO handover_nationalities (step_id, country, persons) "
                                            "VALUES (?, ?, ?)"),
                             {row, entry.country, entry.count});
                !done) {
                return done.error();
            }
        }
        for (core::MonitoringParty party : d->monitoringParties) {
            if (auto done = execWith(
                    query, QStringLiteral("INSERT INTO handover_monitoring (step_id, party) VALUES (?, ?)"),
                    {row, core::monitoringPartyKey(party)});
                !done) {
                return done.error();
            }
        }
    } else if (const auto *a = std::get_if<core::Acknowledgement>(&values)) {
        for (const core::Transfer &transfer : a->transfers) {
            if (auto done =
                    execWith(query,
                             QStringLiteral("INSERT INTO handover_transfers (step_id, kind, facility_id, "
                                            "note, persons) VALUES (?, ?, ?, ?, ?)"),
                             {row, core::transferKindKey(transfer.kind), idOrNull(transfer.facilityId),
                              notNull(transfer.note), transfer.count});
                !done) {
                return done.error();
            }
        }
    } else if (const auto *m = std::get_if<core::MedicalReport>(&values)) {
        for (const core::Evacuation &evacuation : m->evacuations) {
            if (auto done = execWith(
                    query,
                    QStringLiteral("INSERT INTO handover_evacuations (step_id, facility_id, persons) "
                                   "VALUES (?, ?, ?)"),
                    {row, QVariant(static_cast<qlonglong>(evacuation.hospitalId)), evacuation.count});
                !done) {
                return done.error();
            }
        }
    }
    return stepId;
}

Result<std::int64_t> insertReview(QSqlDatabase db, core::DisembarkationId id, const core::Review &review,
                                  const core::Signature &signature) {
    StepColumns columns;
    columns.remarks = review.reason;
    columns.approved = review.approved ? 1 : 0;
    if (!review.approved) {
        columns.returnedTo = static_cast<int>(review.returnedTo);
    }
    return insertRow(db, id, core::HandoverStep::Review, signature, columns);
}

Result<void> insertExplanation(QSqlDatabase db, core::DisembarkationId id,
                               const core::Explanation &explanation) {
    QSqlQuery query(db);
    const core::Signature &s = explanation.signature;
    return execWith(
        query,
        QStringLiteral("INSERT INTO handover_explanations (disembarkation_id, rule, figures, text, "
                       "user_name, display_name, agency, role, signed_utc) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)"),
        {QVariant(static_cast<qlonglong>(id.value)), core::discrepancyRuleKey(explanation.rule),
         explanation.figuresKey, explanation.text.trimmed(), s.userName, notNull(s.displayName),
         core::agencyKey(s.agency), core::roleKey(s.role), s.timeUtc.toUTC().toString(Qt::ISODateWithMs)});
}

Result<void> insertAmendment(QSqlDatabase db, core::DisembarkationId id, core::HandoverStep step,
                             std::int64_t beforeId, std::int64_t afterId, const QString &reason,
                             const core::Signature &s) {
    QSqlQuery query(db);
    return execWith(
        query,
        QStringLiteral("INSERT INTO handover_amendments (disembarkation_id, step, before_id, after_id, "
                       "reason, user_name, display_name, agency, role, signed_utc) VALUES (?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?)"),
        {QVariant(static_cast<qlonglong>(id.value)), static_cast<int>(step),
         QVariant(static_cast<qlonglong>(beforeId)), QVariant(static_cast<qlonglong>(afterId)),
         reason.trimmed(), s.userName, notNull(s.displayName), core::agencyKey(s.agency),
         core::roleKey(s.role), s.timeUtc.toUTC().toString(Qt::ISODateWithMs)});
}

QJsonObject json(const core::StepValues &values) {
    QJsonObject object;
    if (const auto *d = std::get_if<core::Declaration>(&values)) {
        object = personsJson(d->persons);
        object.insert(QStringLiteral("place"), d->placeKey);
        if (d->position) {
            object.insert(QStringLiteral("latitude"), d->position->latitude());
            object.insert(QStringLiteral("longitude"), d->position->longitude());
        }
        object.insert(QStringLiteral("landed_utc"), d->timeUtc.toUTC().toString(Qt::ISODate));
        object.insert(QStringLiteral("unit"), d->unit);
        object.insert(QStringLiteral("unaccompanied_minors"), d->unaccompaniedMinors);
        object.insert(QStringLiteral("medical_referred"), d->medicalCasesReferred);
        object.insert(QStringLiteral("bodies"), d->bodiesRecovered);
        QJsonObject nationalities;
        for (const core::NationalityCount &entry : d->nationalities) {
            nationalities.insert(entry.country, entry.count);
        }
        object.insert(QStringLiteral("nationalities"), nationalities);
        QJsonArray parties;
        for (core::MonitoringParty party : d->monitoringParties) {
            parties.append(core::monitoringPartyKey(party));
        }
        object.insert(QStringLiteral("monitoring"), parties);
        if (!d->otherMonitoringParty.isEmpty()) {
            object.insert(QStringLiteral("other_monitoring"), d->otherMonitoringParty);
        }
        object.insert(QStringLiteral("remarks"), notNull(d->remarks));
    } else if (const auto *a = std::get_if<core::Acknowledgement>(&values)) {
        object = personsJson(a->received);
        QJsonArray transfers;
        for (const core::Transfer &transfer : a->transfers) {
            transfers.append(
                QJsonObject{{QStringLiteral("kind"), core::transferKindKey(transfer.kind)},
                            {QStringLiteral("facility_id"), static_cast<qint64>(transfer.facilityId)},
                            {QStringLiteral("note"), notNull(transfer.note)},
                            {QStringLiteral("persons"), transfer.count}});
        }
        object.insert(QStringLiteral("transfers"), transfers);
        object.insert(QStringLiteral("remarks"), notNull(a->remarks));
    } else if (const auto *m = std::get_if<core::MedicalReport>(&values)) {
        object.insert(QStringLiteral("medical_cases"), m->medicalCases);
        QJsonArray evacuations;
        for (const core::Evacuation &evacuation : m->evacuations) {
            evacuations.append(
                QJsonObject{{QStringLiteral("facility_id"), static_cast<qint64>(evacuation.hospitalId)},
                            {QStringLiteral("persons"), evacuation.count}});
        }
        object.insert(QStringLiteral("evacuations"), evacuations);
        object.insert(QStringLiteral("bodies"), m->bodies);
        object.insert(QStringLiteral("bodies_facility_id"), static_cast<qint64>(m->bodiesHospitalId));
        object.insert(QStringLiteral("bodies_taken_to"), notNull(m->bodiesTakenTo));
        object.insert(QStringLiteral("remarks"), notNull(m->remarks));
    }
    return object;
}

QJsonObject json(const core::Review &review) {
    QJsonObject object{{QStringLiteral("approved"), review.approved},
                       {QStringLiteral("reason"), notNull(review.reason)}};
    if (!review.approved) {
        object.insert(QStringLiteral("returned_to"), static_cast<int>(review.returnedTo));
    }
    return object;
}

} // namespace marsa::storage::handover_rows
