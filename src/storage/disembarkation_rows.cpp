#include "storage/disembarkation_rows.h"

#include "geo/coordinate_format.h"
#include "storage/incident_rows.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <numeric>

// The read side of the handover rows: a disembarkation is its row, the handover_steps rows it
// points at (with their nationalities, monitoring parties, transfers and evacuations), its
// explanations and its amendments.

namespace marsa::storage::handover_rows {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::DisembarkationService)
};

using core::Error;
using core::Result;
using rows::databaseError;

const QString kStepColumns = QStringLiteral(
    "step_id, disembarkation_id, step, user_name, display_name, agency, role, signed_utc, remarks, "
    "place_key, "
    "latitude, longitude, place_note, landed_utc, unit, other_monitoring, men, women, boys, girls, "
    "unknown_persons, unaccompanied_minors, medical_referred, bodies, medical_cases, bodies_facility_id, "
    "bodies_taken_to, approved, returned_to");

QDateTime utc(const QVariant &value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

core::Signature signatureFrom(const QSqlQuery &q, int first) {
    core::Signature signature;
    signature.userName = q.value(first).toString();
    signature.displayName = q.value(first + 1).toString();
    signature.agency = core::agencyFromKey(q.value(first + 2).toString()).value_or(core::Agency::CoastGuard);
    signature.role = core::roleFromKey(q.value(first + 3).toString()).value_or(core::Role::WatchOfficer);
    signature.timeUtc = utc(q.value(first + 4));
    return signature;
}

core::PersonCounts personsFrom(const QSqlQuery &q, int first) {
    return {q.value(first).toInt(), q.value(first + 1).toInt(), q.value(first + 2).toInt(),
            q.value(first + 3).toInt(), q.value(first + 4).toInt()};
}

StepRow stepFrom(const QSqlQuery &q) {
    StepRow row;
    row.id = q.value(0).toLongLong();
    row.disembarkationId = q.value(1).toLongLong();
    row.step = static_cast<core::HandoverStep>(q.value(2).toInt());
    row.signature = signatureFrom(q, 3);
    const QString remarks = q.value(8).toString();
    switch (row.step) {
    case core::HandoverStep::Declaration: {
        core::Declaration &d = row.declaration;
        d.placeKey = q.value(9).toString();
        if (!q.value(10).isNull()) {
            d.position = QGeoCoordinate(q.value(10).toDouble(), q.value(11).toDouble());
        }
        d.placeNote = q.value(12).toString();
        d.timeUtc = utc(q.value(13));
        d.unit = q.value(14).toString();
        d.otherMonitoringParty = q.value(15).toString();
        d.persons = personsFrom(q, 16);
        d.unaccompaniedMinors = q.value(21).toInt();
        d.medicalCasesReferred = q.value(22).toInt();
        d.bodiesRecovered = q.value(23).toInt();
        d.remarks = remarks;
        break;
    }
    case core::HandoverStep::Acknowledgement:
        row.acknowledgement.received = personsFrom(q, 16);
        row.acknowledgement.remarks = remarks;
        break;
    case core::HandoverStep::Medical:
        row.medical.medicalCases = q.value(24).toInt();
        row.medical.bodies = q.value(23).toInt();
        row.medical.bodiesHospitalId = q.value(25).toLongLong();
        row.medical.bodiesTakenTo = q.value(26).toString();
        row.medical.remarks = remarks;
        break;
    case core::HandoverStep::Review:
        row.review.approved = q.value(27).toInt() == 1;
        row.review.returnedTo =
            static_cast<core::HandoverStep>(q.value(28).isNull() ? 1 : q.value(28).toInt());
        row.review.reason = remarks;
        break;
    }
    return row;
}

Result<void> exec(QSqlQuery &query, const QString &sql) {
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return databaseError(query);
    }
    return {};
}

// The lists of the step rows: nationalities, monitoring parties, transfers, evacuations.
Result<void> loadLists(QSqlDatabase db, const QString &ids, std::map<std::int64_t, StepRow> &steps) {
    const QString ofSteps =
        QStringLiteral(
            " WHERE step_id IN (SELECT step_id FROM handover_steps WHERE disembarkation_id IN (%1))")
            .arg(ids);
    QSqlQuery query(db);
    if (auto done =
            exec(query, QStringLiteral("SELECT step_id, country, persons FROM handover_nationalities") +
                            ofSteps + QStringLiteral(" ORDER BY step_id, country"));
        !done) {
        return done;
    }
    while (query.next()) {
        steps[query.value(0).toLongLong()].declaration.nationalities.push_back(
            {query.value(1).toString(), query.value(2).toInt()});
    }
    if (auto done = exec(query, QStringLiteral("SELECT step_id, party FROM handover_monitoring") + ofSteps);
        !done) {
        return done;
    }
    while (query.next()) {
        if (const auto party = core::monitoringPartyFromKey(query.value(1).toString())) {
            steps[query.value(0).toLongLong()].declaration.monitoringParties.push_back(*party);
        }
    }
    for (auto &[id, step] : steps) {
        std::sort(step.declaration.monitoringParties.begin(), step.declaration.monitoringParties.end());
    }
    if (auto done =
            exec(query,
                 QStringLiteral("SELECT step_id, kind, facility_id, note, persons FROM handover_transfers") +
                     ofSteps + QStringLiteral(" ORDER BY transfer_id"));
        !done) {
        return done;
    }
    while (query.next()) {
        steps[query.value(0).toLongLong()].acknowledgement.transfers.push_back(
            {core::transferKindFromKey(query.value(1).toString()).value_or(core::TransferKind::Other),
             query.value(2).toLongLong(), query.value(3).toString(), query.value(4).toInt()});
    }
    if (auto done =
            exec(query, QStringLiteral("SELECT step_id, facility_id, persons FROM handover_evacuations") +
                            ofSteps + QStringLiteral(" ORDER BY evacuation_id"));
        !done) {
        return done;
    }
    while (query.next()) {
        steps[query.value(0).toLongLong()].medical.evacuations.push_back(
            {query.value(1).toLongLong(), query.value(2).toInt()});
    }
    return {};
}

template <typename Values>
Values valuesOf(const StepRow &row);
template <>
core::Declaration valuesOf(const StepRow &row) {
    return row.declaration;
}
template <>
core::Acknowledgement valuesOf(const StepRow &row) {
    return row.acknowledgement;
}
template <>
core::MedicalReport valuesOf(const StepRow &row) {
    return row.medical;
}
template <>
core::Review valuesOf(const StepRow &row) {
    return row.review;
}

template <typename Values>
std::optional<core::Signed<Values>> signedStep(const std::map<std::int64_t, StepRow> &steps,
                                               const QVariant &id) {
    if (id.isNull()) {
        return std::nullopt;
    }
    const auto found = steps.find(id.toLongLong());
    if (found == steps.end()) {
        return std::nullopt;
    }
    return core::Signed<Values>{valuesOf<Values>(found->second), found->second.signature};
}

core::StepValues stepValues(const StepRow &row) {
    switch (row.step) {
    case core::HandoverStep::Acknowledgement:
        return row.acknowledgement;
    case core::HandoverStep::Medical:
        return row.medical;
    default:
        return row.declaration;
    }
}

} // namespace

QString idList(const std::vector<std::int64_t> &ids) {
    QStringList parts;
    for (std::int64_t id : ids) {
        parts << QString::number(id);
    }
    return parts.isEmpty() ? QStringLiteral("NULL") : parts.join(QLatin1Char(','));
}

Result<Loaded> load(QSqlDatabase db, const QString &condition, const QVariantList &binds,
                    const QString &order) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT d.disembarkation_id, d.incident_id, d.sequence, d.state, d.declaration_id, "
            "d.acknowledgement_id, d.medical_id, d.review_id, d.version, i.case_year, i.case_sequence, "
            "i.is_exercise, COALESCE(p.label, '') FROM disembarkations d "
            "JOIN incidents i ON i.incident_id = d.incident_id "
            "JOIN handover_steps s ON s.step_id = d.declaration_id "
            "LEFT JOIN places p ON p.place_key = s.place_key WHERE ") +
        condition + QStringLiteral(" ORDER BY ") + order);
    for (const QVariant &value : binds) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return databaseError(query);
    }
    struct Head {
        core::Disembarkation record;
        QVariant pointers[4];
    };
    std::vector<Head> heads;
    std::vector<std::int64_t> ids;
    while (query.next()) {
        Head head;
        core::Disembarkation &d = head.record;
        d.id = {query.value(0).toLongLong()};
        d.incident = {query.value(1).toLongLong()};
        d.sequence = query.value(2).toInt();
        const auto state = core::handoverStateFromKey(query.value(3).toString());
        if (!state) {
            return Error{Text::tr("Disembarkation %1 is damaged in the database.").arg(d.id.value)};
        }
        d.state = *state;
        for (int i = 0; i < 4; ++i) {
            head.pointers[i] = query.value(4 + i);
        }
        d.version = query.value(8).toInt();
        d.caseNumber = {query.value(9).toInt(), query.value(10).toInt()};
        d.isExercise = query.value(11).toInt() == 1;
        d.placeName = query.value(12).toString();
        ids.push_back(d.id.value);
        heads.push_back(std::move(head));
    }
    Loaded loaded;
    if (ids.empty()) {
        return loaded;
    }
    const QString list = idList(ids);
    if (auto done = exec(query, QStringLiteral("SELECT ") + kStepColumns +
                                    QStringLiteral(" FROM handover_steps WHERE disembarkation_id IN (%1) "
                                                   "ORDER BY step_id")
                                        .arg(list));
        !done) {
        return done.error();
    }
    while (query.next()) {
        StepRow row = stepFrom(query);
        loaded.steps.emplace(row.id, std::move(row));
    }
    if (auto lists = loadLists(db, list, loaded.steps); !lists) {
        return lists.error();
    }
    std::map<std::int64_t, std::vector<core::Explanation>> explanations;
    if (auto done =
            exec(query, QStringLiteral("SELECT disembarkation_id, rule, figures, text, user_name, "
                                       "display_name, agency, role, signed_utc FROM handover_explanations "
                                       "WHERE disembarkation_id IN (%1) ORDER BY explanation_id")
                            .arg(list));
        !done) {
        return done.error();
    }
    while (query.next()) {
        if (const auto rule = core::discrepancyRuleFromKey(query.value(1).toString())) {
            explanations[query.value(0).toLongLong()].push_back(
                {*rule, query.value(2).toString(), query.value(3).toString(), signatureFrom(query, 4)});
        }
    }
    std::map<std::int64_t, std::vector<core::Amendment>> amendments;
    if (auto done =
            exec(query, QStringLiteral("SELECT amendment_id, disembarkation_id, step, before_id, after_id, "
                                       "reason, user_name, display_name, agency, role, signed_utc FROM "
                                       "handover_amendments WHERE disembarkation_id IN (%1) "
                                       "ORDER BY amendment_id")
                            .arg(list));
        !done) {
        return done.error();
    }
    while (query.next()) {
        const auto before = loaded.steps.find(query.value(3).toLongLong());
        const auto after = loaded.steps.find(query.value(4).toLongLong());
        if (before == loaded.steps.end() || after == loaded.steps.end()) {
            return Error{
                Text::tr("Disembarkation %1 is damaged in the database.").arg(query.value(1).toLongLong())};
        }
        amendments[query.value(1).toLongLong()].push_back(
            {query.value(0).toLongLong(), static_cast<core::HandoverStep>(query.value(2).toInt()),
             stepValues(before->second), stepValues(after->second), query.value(5).toString(),
             signatureFrom(query, 6)});
    }
    for (Head &head : heads) {
        core::Disembarkation &d = head.record;
        const auto declaration = signedStep<core::Declaration>(loaded.steps, head.pointers[0]);
        if (!declaration) {
            return Error{Text::tr("Disembarkation %1 is damaged in the database.").arg(d.id.value)};
        }
        d.declaration = *declaration;
        d.acknowledgement = signedStep<core::Acknowledgement>(loaded.steps, head.pointers[1]);
        d.medical = signedStep<core::MedicalReport>(loaded.steps, head.pointers[2]);
        d.review = signedStep<core::Review>(loaded.steps, head.pointers[3]);
        d.explanations = std::move(explanations[d.id.value]);
        d.amendments = std::move(amendments[d.id.value]);
        if (d.placeName.isEmpty()) {
            // A position instead of a port: its note, or the position itself (latitude first).
            const core::Declaration &values = d.declaration.values;
            d.placeName =
                !values.placeNote.isEmpty() ? values.placeNote
                : values.position
                    ? geo::formatPosition({values.position->latitude(), values.position->longitude()}, 1)
                    : QString();
        }
        for (const QVariant &pointer : head.pointers) {
            if (!pointer.isNull()) {
                loaded.current[d.id.value].push_back(pointer.toLongLong());
            }
        }
        loaded.disembarkations.push_back(std::move(d));
    }
    return loaded;
}

Result<std::map<std::int64_t, std::vector<Landing>>> landingsOf(QSqlDatabase db,
                                                                const std::vector<std::int64_t> &incidents) {
    QSqlQuery query(db);
    if (auto done = exec(query, QStringLiteral("SELECT d.incident_id, d.disembarkation_id, s.men + s.women + "
                                               "s.boys + s.girls + s.unknown_persons, s.bodies FROM "
                                               "disembarkations d JOIN handover_steps s ON s.step_id = "
                                               "d.declaration_id WHERE d.incident_id IN (%1)")
                                    .arg(idList(incidents)));
        !done) {
        return done.error();
    }
    std::map<std::int64_t, std::vector<Landing>> landings;
    while (query.next()) {
        landings[query.value(0).toLongLong()].push_back(
            {query.value(1).toLongLong(), query.value(2).toInt(), query.value(3).toInt()});
    }
    return landings;
}

core::OtherDisembarkations othersThan(const std::vector<Landing> &landings, core::DisembarkationId id) {
    core::OtherDisembarkations others;
    for (const Landing &landing : landings) {
        if (landing.disembarkationId != id.value) {
            ++others.count;
            others.persons += landing.persons;
            others.bodies += landing.bodies;
        }
    }
    return others;
}

} // namespace marsa::storage::handover_rows
