#include "storage/disembarkation_export.h"

#include "storage/disembarkation_rows.h"

#include <QStringList>

namespace marsa::storage {
namespace {

QString iso(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString facilityName(const core::HandoverLists &lists, std::int64_t id, core::FacilityKind kind) {
    const core::Facility *facility = lists.facility(id, kind);
    return facility == nullptr ? QString() : facility->name;
}

QString csvField(const QString &text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ruleKeys(const std::vector<core::Discrepancy> &discrepancies) {
    QStringList keys;
    for (const core::Discrepancy &discrepancy : discrepancies) {
        keys << core::discrepancyRuleKey(discrepancy.rule);
    }
    return keys.join(QLatin1Char(';'));
}

QJsonObject signatureJson(const core::Signature &signature) {
    return {{QStringLiteral("user"), signature.userName},
            {QStringLiteral("agency"), core::agencyKey(signature.agency)},
            {QStringLiteral("role"), core::roleKey(signature.role)},
            {QStringLiteral("time_utc"), iso(signature.timeUtc)}};
}

/// The step's values as the audit log holds them, with the facilities' names next to their ids.
QJsonObject valuesJson(const core::StepValues &values, const core::HandoverLists &lists) {
    QJsonObject object = handover_rows::json(values);
    if (const auto *acknowledgement = std::get_if<core::Acknowledgement>(&values)) {
        QJsonArray transfers;
        for (const core::Transfer &transfer : acknowledgement->transfers) {
            QJsonObject item{{QStringLiteral("kind"), core::transferKindKey(transfer.kind)},
                             {QStringLiteral("persons"), transfer.count},
                             {QStringLiteral("note"), transfer.note}};
            if (transfer.kind == core::TransferKind::DetentionCentre) {
                item.insert(QStringLiteral("facility_id"), static_cast<qint64>(transfer.facilityId));
                item.insert(QStringLiteral("facility"),
                            facilityName(lists, transfer.facilityId, core::FacilityKind::DetentionCentre));
            }
            transfers.append(item);
        }
        object.insert(QStringLiteral("transfers"), transfers);
    } else if (const auto *medical = std::get_if<core::MedicalReport>(&values)) {
        QJsonArray evacuations;
        for (const core::Evacuation &evacuation : medical->evacuations) {
            evacuations.append(
                QJsonObject{{QStringLiteral("facility_id"), static_cast<qint64>(evacuation.hospitalId)},
                            {QStringLiteral("facility"),
                             facilityName(lists, evacuation.hospitalId, core::FacilityKind::Hospital)},
                            {QStringLiteral("persons"), evacuation.count}});
        }
        object.insert(QStringLiteral("evacuations"), evacuations);
        if (medical->bodiesHospitalId != 0) {
            object.insert(QStringLiteral("bodies_facility"),
                          facilityName(lists, medical->bodiesHospitalId, core::FacilityKind::Hospital));
        }
    }
    return object;
}

template <typename Values>
QJsonValue signedJson(const std::optional<core::Signed<Values>> &step, const core::HandoverLists &lists) {
    if (!step) {
        return QJsonValue::Null;
    }
    QJsonObject object = valuesJson(step->values, lists);
    object.insert(QStringLiteral("signed_by"), signatureJson(step->signature));
    return object;
}

} // namespace

QByteArray disembarkationsCsv(const std::vector<DisembarkationRow> &rows, const core::HandoverLists &lists) {
    QStringList lines{QStringLiteral(
        "reference,case_number,sequence,state,returned_to,place_key,place,latitude,longitude,landed_utc,unit,"
        "men,"
        "women,boys,girls,unknown,total,unaccompanied_minors,nationalities,medical_referred,bodies,"
        "monitoring,"
        "received,transfers,medical_cases,evacuated,bodies_recorded,discrepancies,unexplained,amendments,"
        "declared_by,declared_utc,acknowledged_by,acknowledged_utc,medical_by,medical_utc,reviewed_by,"
        "reviewed_utc")};
    for (const DisembarkationRow &row : rows) {
        const core::Disembarkation &d = row.disembarkation;
        const core::Declaration &declared = d.declaration.values;
        QStringList nationalities;
        for (const core::NationalityCount &entry : declared.nationalities) {
            nationalities << entry.country + QLatin1Char(':') + QString::number(entry.count);
        }
        QStringList monitoring;
        for (core::MonitoringParty party : declared.monitoringParties) {
            monitoring << core::monitoringPartyKey(party);
        }
        QStringList transfers;
        if (d.acknowledgement) {
            for (const core::Transfer &transfer : d.acknowledgement->values.transfers) {
                const QString where =
                    transfer.kind == core::TransferKind::DetentionCentre
                        ? facilityName(lists, transfer.facilityId, core::FacilityKind::DetentionCentre)
                        : core::transferKindKey(transfer.kind);
                transfers << where + QLatin1Char(':') + QString::number(transfer.count);
            }
        }
        const auto signer = [&](core::HandoverStep step) {
            const auto signature = d.signerOf(step);
            return signature ? QStringList{signature->userName, iso(signature->timeUtc)}
                             : QStringList{{}, {}};
        };
        const auto optionalNumber = [](bool known, int value) {
            return known ? QString::number(value) : QString();
        };
        QStringList fields{
            d.reference(),
            d.caseNumber.text(),
            QString::number(d.sequence),
            core::handoverStateKey(d.state),
            d.returnedTo() ? QString::number(static_cast<int>(*d.returnedTo())) : QString(),
            declared.placeKey,
            d.placeName,
            declared.position ? QString::number(declared.position->latitude(), 'f', 5) : QString(),
            declared.position ? QString::number(declared.position->longitude(), 'f', 5) : QString(),
            iso(declared.timeUtc),
            declared.unit,
            QString::number(declared.persons.men),
            QString::number(declared.persons.women),
            QString::number(declared.persons.boys),
            QString::number(declared.persons.girls),
            QString::number(declared.persons.unknown),
            QString::number(declared.persons.total()),
            QString::number(declared.unaccompaniedMinors),
            nationalities.join(QLatin1Char(';')),
            QString::number(declared.medicalCasesReferred),
            QString::number(declared.bodiesRecovered),
            monitoring.join(QLatin1Char(';')),
            optionalNumber(d.acknowledgement.has_value(),
                           d.acknowledgement ? d.acknowledgement->values.received.total() : 0),
            transfers.join(QLatin1Char(';')),
            optionalNumber(d.medical.has_value(), d.medical ? d.medical->values.medicalCases : 0),
            optionalNumber(d.medical.has_value(), d.medical ? d.medical->values.evacuated() : 0),
            optionalNumber(d.medical.has_value(), d.medical ? d.medical->values.bodies : 0),
            ruleKeys(row.discrepancies),
            ruleKeys(row.unexplained),
            QString::number(d.amendments.size())};
        for (core::HandoverStep step : {core::HandoverStep::Declaration, core::HandoverStep::Acknowledgement,
                                        core::HandoverStep::Medical, core::HandoverStep::Review}) {
            fields << signer(step);
        }
        for (QString &field : fields) {
            field = csvField(field);
        }
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QJsonObject disembarkationJson(const DisembarkationRow &row, const core::HandoverLists &lists) {
    const core::Disembarkation &d = row.disembarkation;
    QJsonObject declaration = valuesJson(d.declaration.values, lists);
    declaration.insert(QStringLiteral("place_name"), d.placeName);
    declaration.insert(QStringLiteral("signed_by"), signatureJson(d.declaration.signature));
    QJsonValue review = QJsonValue::Null;
    if (d.review) {
        QJsonObject object = handover_rows::json(d.review->values);
        object.insert(QStringLiteral("signed_by"), signatureJson(d.review->signature));
        review = object;
    }
    QJsonArray explanations;
    for (const core::Explanation &explanation : d.explanations) {
        explanations.append(QJsonObject{{QStringLiteral("rule"), core::discrepancyRuleKey(explanation.rule)},
                                        {QStringLiteral("figures"), explanation.figuresKey},
                                        {QStringLiteral("text"), explanation.text},
                                        {QStringLiteral("signed_by"), signatureJson(explanation.signature)}});
    }
    QJsonArray amendments;
    for (const core::Amendment &amendment : d.amendments) {
        amendments.append(QJsonObject{{QStringLiteral("step"), core::handoverStepKey(amendment.step)},
                                      {QStringLiteral("reason"), amendment.reason},
                                      {QStringLiteral("before"), valuesJson(amendment.before, lists)},
                                      {QStringLiteral("after"), valuesJson(amendment.after, lists)},
                                      {QStringLiteral("signed_by"), signatureJson(amendment.signature)}});
    }
    QJsonArray discrepancies;
    for (const core::Discrepancy &discrepancy : row.discrepancies) {
        QJsonObject figures;
        for (const core::Figure &figure : discrepancy.figures) {
            figures.insert(figure.key, figure.value);
        }
        const bool open = std::any_of(row.unexplained.begin(), row.unexplained.end(),
                                      [&](const core::Discrepancy &u) { return u.rule == discrepancy.rule; });
        discrepancies.append(QJsonObject{{QStringLiteral("rule"), core::discrepancyRuleKey(discrepancy.rule)},
                                         {QStringLiteral("figures"), figures},
                                         {QStringLiteral("explained"), !open}});
    }
    return {{QStringLiteral("reference"), d.reference()},
            {QStringLiteral("case_number"), d.caseNumber.text()},
            {QStringLiteral("sequence"), d.sequence},
            {QStringLiteral("state"), core::handoverStateKey(d.state)},
            {QStringLiteral("returned_to"),
             d.returnedTo() ? QJsonValue(static_cast<int>(*d.returnedTo())) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("is_exercise"), d.isExercise},
            {QStringLiteral("declaration"), declaration},
            {QStringLiteral("acknowledgement"), signedJson(d.acknowledgement, lists)},
            {QStringLiteral("medical"), signedJson(d.medical, lists)},
            {QStringLiteral("review"), review},
            {QStringLiteral("explanations"), explanations},
            {QStringLiteral("amendments"), amendments},
            {QStringLiteral("discrepancies"), discrepancies}};
}

QJsonArray disembarkationsJson(const std::vector<DisembarkationRow> &rows, const core::HandoverLists &lists) {
    QJsonArray array;
    for (const DisembarkationRow &row : rows) {
        array.append(disembarkationJson(row, lists));
    }
    return array;
}

} // namespace marsa::storage
