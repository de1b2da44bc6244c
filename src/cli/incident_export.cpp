#include "cli/incident_export.h"

#include "core/exercise_stamp.h"

namespace marsa::cli {
namespace {

QVariant countOrNull(const std::optional<int> &count) {
    return count ? QVariant(*count) : QVariant();
}

} // namespace

geo::PointLayer incidentLayer(const std::vector<core::Incident> &incidents, const QString &exerciseName) {
    using geo::FieldType;
    geo::PointLayer layer;
    layer.name = QStringLiteral("incidents");
    layer.fields = {
        {QStringLiteral("case_number"), FieldType::String},
        {QStringLiteral("first_alert_utc"), FieldType::String},
        {QStringLiteral("alert_source"), FieldType::String},
        {QStringLiteral("phase"), FieldType::String},
        {QStringLiteral("status"), FieldType::String},
        {QStringLiteral("pob_total"), FieldType::Integer},
        {QStringLiteral("pob_men"), FieldType::Integer},
        {QStringLiteral("pob_women"), FieldType::Integer},
        {QStringLiteral("pob_children"), FieldType::Integer},
        {QStringLiteral("uncertainty_nm"), FieldType::Real},
        {QStringLiteral("srrs"), FieldType::String},
        {QStringLiteral("craft"), FieldType::String},
        {QStringLiteral("rescued"), FieldType::Integer},
        {QStringLiteral("dead"), FieldType::Integer},
        {QStringLiteral("missing"), FieldType::Integer},
        {QStringLiteral("is_exercise"), FieldType::Boolean},
    };
    const bool exercise = !exerciseName.isEmpty();
    if (exercise) {
        layer.name = QStringLiteral("exercise_incidents");
        layer.fields.insert(layer.fields.begin(), {QLatin1String(core::kExerciseColumn), FieldType::String});
    }
    layer.features.reserve(incidents.size());
    for (const core::Incident &incident : incidents) {
        const core::PersonsOnBoard &pob = incident.personsOnBoard;
        const std::optional<core::Outcome> &outcome = incident.outcome;
        layer.features.push_back(
            {{incident.latitude, incident.longitude},
             {incident.caseNumber.text(), incident.firstAlertUtc.toUTC().toString(Qt::ISODate),
              core::alertSourceKey(incident.alertSource), core::phaseCode(incident.phase),
              core::statusKey(incident.status), pob.total, countOrNull(pob.men), countOrNull(pob.women),
              countOrNull(pob.children), incident.positionUncertaintyNm, incident.srrs.join(QLatin1Char(';')),
              core::craftKey(incident.craft), outcome ? QVariant(outcome->rescued) : QVariant(),
              outcome ? QVariant(outcome->dead) : QVariant(),
              outcome ? QVariant(outcome->missing) : QVariant(), incident.isExercise}});
        if (exercise) {
            layer.features.back().values.prepend(QLatin1String(core::kExerciseStamp));
        }
    }
    return layer;
}

} // namespace marsa::cli
