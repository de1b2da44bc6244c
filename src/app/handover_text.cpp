#include "app/handover_text.h"

#include "app/handover_form_parts.h"
#include "core/bidi.h"
#include "core/countries.h"

#include <QCoreApplication>
#include <QStringList>

namespace marsa::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::app::HandoverText)
};

QString withRemarks(QStringList parts, const QString &remarks) {
    if (!remarks.trimmed().isEmpty()) {
        parts << Text::tr("remarks: %1").arg(remarks.trimmed());
    }
    return parts.join(QStringLiteral("; "));
}

QString placeText(const core::Declaration &d, const core::HandoverLists &lists, bool arabic) {
    if (const core::Place *known = lists.place(d.placeKey)) {
        return arabic && !known->labelArabic.isEmpty() ? known->labelArabic : known->label;
    }
    if (d.position) {
        return core::isolated(QStringLiteral("%1, %2")
                                  .arg(d.position->latitude(), 0, 'f', 4)
                                  .arg(d.position->longitude(), 0, 'f', 4)) +
               (d.placeNote.isEmpty() ? QString() : QStringLiteral(" ") + d.placeNote);
    }
    return {};
}

QString timeText(const QDateTime &time) {
    return core::isolated(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString nationalitiesText(const core::Declaration &d, bool arabic) {
    QStringList nationalities;
    for (const core::NationalityCount &entry : d.nationalities) {
        nationalities << Text::tr("%1 %2").arg(core::nationalityName(entry.country, arabic)).arg(entry.count);
    }
    return nationalities.join(QStringLiteral(", "));
}

QString monitoringText(const core::Declaration &d) {
    QStringList parties;
    for (core::MonitoringParty party : d.monitoringParties) {
        parties << (party == core::MonitoringParty::Other && !d.otherMonitoringParty.isEmpty()
                        ? d.otherMonitoringParty
                        : core::monitoringPartyName(party));
    }
    return parties.join(QStringLiteral(", "));
}

QString transfersText(const core::Acknowledgement &a, const core::HandoverLists &lists, bool arabic) {
    QStringList transfers;
    for (const core::Transfer &t : a.transfers) {
        QString where = t.kind == core::TransferKind::DetentionCentre
                            ? facilityText(lists, t.facilityId, core::FacilityKind::DetentionCentre, arabic)
                            : core::transferKindName(t.kind);
        if (!t.note.isEmpty()) {
            where += Text::tr(" (%1)").arg(t.note);
        }
        transfers << Text::tr("%1 %2").arg(where).arg(t.count);
    }
    return transfers.join(QStringLiteral(", "));
}

QString evacuationsText(const core::MedicalReport &m, const core::HandoverLists &lists, bool arabic) {
    QStringList evacuations;
    for (const core::Evacuation &e : m.evacuations) {
        evacuations << Text::tr("%1 %2")
                           .arg(facilityText(lists, e.hospitalId, core::FacilityKind::Hospital, arabic))
                           .arg(e.count);
    }
    return evacuations.join(QStringLiteral(", "));
}

QString bodiesPlaceText(const core::MedicalReport &m, const core::HandoverLists &lists, bool arabic) {
    return m.bodiesHospitalId != 0
               ? facilityText(lists, m.bodiesHospitalId, core::FacilityKind::Hospital, arabic)
               : m.bodiesTakenTo;
}

QString declarationText(const core::Declaration &d, const core::HandoverLists &lists, bool arabic) {
    QStringList parts;
    parts << Text::tr("%1, %2 UTC, unit %3").arg(placeText(d, lists, arabic), timeText(d.timeUtc), d.unit);
    parts << personCountsText(d.persons);
    parts << Text::tr("%1 unaccompanied minors").arg(d.unaccompaniedMinors);
    if (!d.nationalities.empty()) {
        parts << Text::tr("nationalities: %1").arg(nationalitiesText(d, arabic));
    }
    parts << Text::tr("%1 referred to medical care, %2 bodies")
                 .arg(d.medicalCasesReferred)
                 .arg(d.bodiesRecovered);
    if (!d.monitoringParties.empty()) {
        parts << Text::tr("monitored by %1").arg(monitoringText(d));
    }
    return withRemarks(parts, d.remarks);
}

QString acknowledgementText(const core::Acknowledgement &a, const core::HandoverLists &lists, bool arabic) {
    return withRemarks({Text::tr("received %1").arg(personCountsText(a.received)),
                        Text::tr("transfers: %1").arg(transfersText(a, lists, arabic))},
                       a.remarks);
}

QString medicalText(const core::MedicalReport &m, const core::HandoverLists &lists, bool arabic) {
    QStringList parts{Text::tr("%1 medical cases").arg(m.medicalCases)};
    if (!m.evacuations.empty()) {
        parts << Text::tr("evacuated: %1").arg(evacuationsText(m, lists, arabic));
    }
    if (m.bodies > 0) {
        parts << Text::tr("%1 bodies taken to %2").arg(m.bodies).arg(bodiesPlaceText(m, lists, arabic));
    }
    return withRemarks(parts, m.remarks);
}

void addCounts(std::vector<LabelledValue> &fields, const core::PersonCounts &c, const QString &totalLabel) {
    fields.push_back({Text::tr("Men"), QString::number(c.men)});
    fields.push_back({Text::tr("Women"), QString::number(c.women)});
    fields.push_back({Text::tr("Boys"), QString::number(c.boys)});
    fields.push_back({Text::tr("Girls"), QString::number(c.girls)});
    fields.push_back({Text::tr("Sex or age unknown"), QString::number(c.unknown)});
    fields.push_back({totalLabel, QString::number(c.total())});
}

} // namespace

QString personCountsText(const core::PersonCounts &c) {
    return Text::tr("%1 persons (%2 men, %3 women, %4 boys, %5 girls, %6 unknown)")
        .arg(c.total())
        .arg(c.men)
        .arg(c.women)
        .arg(c.boys)
        .arg(c.girls)
        .arg(c.unknown);
}

QString handoverEventName(const QString &kind) {
    // The kinds DisembarkationService writes ("handover_" and the audit row's own word).
    struct Name {
        const char *kind;
        const char *name;
    };
    static constexpr Name kNames[] = {
        {"handover_declared", QT_TRANSLATE_NOOP("marsa::app::HandoverText", "Disembarkation declared")},
        {"handover_declared_again",
         QT_TRANSLATE_NOOP("marsa::app::HandoverText", "Disembarkation declared again")},
        {"handover_acknowledged",
         QT_TRANSLATE_NOOP("marsa::app::HandoverText", "Handover acknowledged by DCIM")},
        {"handover_medical",
         QT_TRANSLATE_NOOP("marsa::app::HandoverText", "Medical report by the Red Crescent")},
        {"handover_explained", QT_TRANSLATE_NOOP("marsa::app::HandoverText", "Discrepancy explained")},
        {"handover_approved", QT_TRANSLATE_NOOP("marsa::app::HandoverText", "Handover approved")},
        {"handover_returned", QT_TRANSLATE_NOOP("marsa::app::HandoverText", "Handover returned")},
        {"handover_amended", QT_TRANSLATE_NOOP("marsa::app::HandoverText", "Handover amended")},
    };
    for (const Name &entry : kNames) {
        if (kind == QLatin1String(entry.kind)) {
            return Text::tr(entry.name);
        }
    }
    return {};
}

QString timelineEventText(const QString &kind, const QString &summary) {
    const QString name = handoverEventName(kind);
    if (name.isEmpty()) {
        return summary.isEmpty() ? Text::tr("Log entry") : summary;
    }
    return summary.isEmpty() ? name : Text::tr("%1 — %2").arg(name, summary);
}

QString signatureText(const core::Signature &s) {
    return Text::tr("%1 (%2), %3, %4, %5 UTC")
        .arg(s.displayName, s.userName, core::agencyName(s.agency), core::roleName(s.role),
             core::isolated(s.timeUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

QString valuesText(
    const std::variant<core::Declaration, core::Acknowledgement, core::MedicalReport, core::Review> &values,
    const core::HandoverLists &lists, bool arabic) {
    if (const auto *d = std::get_if<core::Declaration>(&values)) {
        return declarationText(*d, lists, arabic);
    }
    if (const auto *a = std::get_if<core::Acknowledgement>(&values)) {
        return acknowledgementText(*a, lists, arabic);
    }
    if (const auto *m = std::get_if<core::MedicalReport>(&values)) {
        return medicalText(*m, lists, arabic);
    }
    const auto &review = std::get<core::Review>(values);
    if (review.approved) {
        return Text::tr("Approved");
    }
    return Text::tr("Returned to step %1 (%2): %3")
        .arg(static_cast<int>(review.returnedTo))
        .arg(core::handoverStepName(review.returnedTo), review.reason);
}

std::optional<core::StepValues> signedValues(const core::Disembarkation &d, core::HandoverStep step) {
    switch (step) {
    case core::HandoverStep::Declaration:
        return core::StepValues(d.declaration.values);
    case core::HandoverStep::Acknowledgement:
        return d.acknowledgement ? std::optional<core::StepValues>(d.acknowledgement->values) : std::nullopt;
    case core::HandoverStep::Medical:
        return d.medical ? std::optional<core::StepValues>(d.medical->values) : std::nullopt;
    case core::HandoverStep::Review:
        break;
    }
    return std::nullopt;
}

QString stepValuesText(const core::StepValues &values, const core::HandoverLists &lists, bool arabic) {
    return std::visit([&](const auto &v) { return valuesText(v, lists, arabic); }, values);
}

std::vector<LabelledValue> stepFields(const core::StepValues &values, const core::HandoverLists &lists,
                                      bool arabic) {
    std::vector<LabelledValue> fields;
    if (const auto *d = std::get_if<core::Declaration>(&values)) {
        fields.push_back({Text::tr("Place"), placeText(*d, lists, arabic)});
        fields.push_back({Text::tr("Brought ashore (UTC)"), timeText(d->timeUtc)});
        fields.push_back({Text::tr("Disembarking unit"), d->unit});
        addCounts(fields, d->persons, Text::tr("Persons handed over"));
        fields.push_back({Text::tr("Unaccompanied minors"), QString::number(d->unaccompaniedMinors)});
        fields.push_back({Text::tr("Nationalities"), nationalitiesText(*d, arabic)});
        fields.push_back({Text::tr("Referred to medical care"), QString::number(d->medicalCasesReferred)});
        fields.push_back({Text::tr("Bodies recovered"), QString::number(d->bodiesRecovered)});
        fields.push_back({Text::tr("Monitoring"), monitoringText(*d)});
        fields.push_back({Text::tr("Remarks"), d->remarks.trimmed()});
    } else if (const auto *a = std::get_if<core::Acknowledgement>(&values)) {
        addCounts(fields, a->received, Text::tr("Persons received"));
        fields.push_back({Text::tr("Transferred to"), transfersText(*a, lists, arabic)});
        fields.push_back({Text::tr("Remarks"), a->remarks.trimmed()});
    } else {
        const auto &m = std::get<core::MedicalReport>(values);
        fields.push_back({Text::tr("Medical cases"), QString::number(m.medicalCases)});
        fields.push_back({Text::tr("Evacuated to hospital"), evacuationsText(m, lists, arabic)});
        fields.push_back({Text::tr("Bodies"), QString::number(m.bodies)});
        fields.push_back(
            {Text::tr("Bodies taken to"), m.bodies > 0 ? bodiesPlaceText(m, lists, arabic) : QString()});
        fields.push_back({Text::tr("Remarks"), m.remarks.trimmed()});
    }
    return fields;
}

} // namespace marsa::app
