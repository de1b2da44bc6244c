// The handover form's body as Qt rich text: what handover_pdf.cpp lays out on A4 pages.

#include "models/handover_pdf.h"

#include "core/bidi.h"
#include "core/countries.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <utility>

namespace marsa::models {
namespace {

// The translation context of the form's words (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::models::HandoverForm)
};

using Fields = std::vector<std::pair<QString, QString>>;

QString escaped(const QString &text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString number(int value) {
    return QString::number(value);
}

/// "2026-11-23 07:12 UTC", kept left to right inside Arabic text.
QString utcText(const QDateTime &time) {
    if (!time.isValid()) {
        return QStringLiteral("—");
    }
    return core::isolated(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC"));
}

QString orDash(const QString &text) {
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

/// "Salem Ahmed (cg.officer), Coast Guard, watch officer, 2026-11-23 07:12 UTC".
QString signatureText(const core::Signature &signature) {
    return Text::tr("%1 (%2), %3, %4, %5")
        .arg(signature.displayName, core::isolated(signature.userName), core::agencyName(signature.agency),
             core::roleName(signature.role), utcText(signature.timeUtc));
}

/// What the form needs to name places and facilities, in the form's language.
struct Names {
    const core::HandoverLists &lists;
    bool arabic = false;

    QString place(const QString &key, const QString &fallback) const {
        const core::Place *place = lists.place(key);
        if (place == nullptr) {
            return fallback;
        }
        return arabic && !place->labelArabic.isEmpty() ? place->labelArabic : place->label;
    }
    QString facility(std::int64_t id, core::FacilityKind kind) const {
        const core::Facility *facility = lists.facility(id, kind);
        if (facility == nullptr) {
            return QStringLiteral("—");
        }
        return arabic && !facility->nameArabic.isEmpty() ? facility->nameArabic : facility->name;
    }
};

void addPersons(Fields &fields, const core::PersonCounts &persons, const QString &totalLabel) {
    fields.emplace_back(Text::tr("Men"), number(persons.men));
    fields.emplace_back(Text::tr("Women"), number(persons.women));
    fields.emplace_back(Text::tr("Boys"), number(persons.boys));
    fields.emplace_back(Text::tr("Girls"), number(persons.girls));
    fields.emplace_back(Text::tr("Sex or age unknown"), number(persons.unknown));
    fields.emplace_back(totalLabel, number(persons.total()));
}

QString nationalitiesText(const std::vector<core::NationalityCount> &nationalities, bool arabic) {
    if (nationalities.empty()) {
        return Text::tr("not recorded");
    }
    QStringList parts;
    for (const core::NationalityCount &nationality : nationalities) {
        parts << Text::tr("%1: %2")
                     .arg(core::nationalityName(nationality.country, arabic))
                     .arg(nationality.count);
    }
    return parts.join(QStringLiteral("; "));
}

QString monitoringText(const core::Declaration &declaration) {
    QStringList parties;
    for (core::MonitoringParty party : declaration.monitoringParties) {
        parties << (party == core::MonitoringParty::Other && !declaration.otherMonitoringParty.isEmpty()
                        ? declaration.otherMonitoringParty
                        : core::monitoringPartyName(party));
    }
    return parties.isEmpty() ? Text::tr("none") : parties.join(QStringLiteral(", "));
}

Fields declarationFields(const core::Declaration &d, const Names &names) {
    Fields fields;
    QString place = names.place(d.placeKey, d.placeKey);
    if (d.position && d.position->isValid()) {
        const QString position = core::isolated(QStringLiteral("%1, %2")
                                                    .arg(d.position->latitude(), 0, 'f', 4)
                                                    .arg(d.position->longitude(), 0, 'f', 4));
        place = d.placeNote.isEmpty() ? position
                                      : d.placeNote + QStringLiteral(" (") + position + QLatin1Char(')');
    }
    fields.emplace_back(Text::tr("Place of disembarkation"), orDash(place));
    fields.emplace_back(Text::tr("Brought ashore"), utcText(d.timeUtc));
    fields.emplace_back(Text::tr("Disembarking unit"), orDash(d.unit));
    addPersons(fields, d.persons, Text::tr("Persons handed over"));
    fields.emplace_back(Text::tr("Unaccompanied minors"), number(d.unaccompaniedMinors));
    fields.emplace_back(Text::tr("Nationalities"), nationalitiesText(d.nationalities, names.arabic));
    fields.emplace_back(Text::tr("Medical cases referred"), number(d.medicalCasesReferred));
    fields.emplace_back(Text::tr("Bodies recovered"), number(d.bodiesRecovered));
    fields.emplace_back(Text::tr("Monitoring parties present"), monitoringText(d));
    fields.emplace_back(Text::tr("Remarks"), orDash(d.remarks));
    return fields;
}

Fields acknowledgementFields(const core::Acknowledgement &a, const Names &names) {
    Fields fields;
    addPersons(fields, a.received, Text::tr("Persons received"));
    QStringList transfers;
    for (const core::Transfer &transfer : a.transfers) {
        QString where = core::transferKindName(transfer.kind);
        if (transfer.kind == core::TransferKind::DetentionCentre) {
            where += QStringLiteral(" ") +
                     names.facility(transfer.facilityId, core::FacilityKind::DetentionCentre);
        }
        if (!transfer.note.isEmpty()) {
            where += QStringLiteral(" (") + transfer.note + QLatin1Char(')');
        }
        transfers << Text::tr("%1: %2").arg(where).arg(transfer.count);
    }
    fields.emplace_back(Text::tr("Where they went"),
                        transfers.isEmpty() ? QStringLiteral("—") : transfers.join(QStringLiteral("; ")));
    fields.emplace_back(Text::tr("Remarks"), orDash(a.remarks));
    return fields;
}

Fields medicalFields(const core::MedicalReport &m, const Names &names) {
    Fields fields;
    fields.emplace_back(Text::tr("Medical cases"), number(m.medicalCases));
    QStringList evacuations;
    for (const core::Evacuation &evacuation : m.evacuations) {
        evacuations << Text::tr("%1: %2")
                           .arg(names.facility(evacuation.hospitalId, core::FacilityKind::Hospital))
                           .arg(evacuation.count);
    }
    fields.emplace_back(Text::tr("Medical evacuations"),
                        evacuations.isEmpty() ? QStringLiteral("—") : evacuations.join(QStringLiteral("; ")));
    fields.emplace_back(Text::tr("Persons evacuated"), number(m.evacuated()));
    fields.emplace_back(Text::tr("Bodies"), number(m.bodies));
    QString bodiesTo = m.bodiesHospitalId != 0
                           ? names.facility(m.bodiesHospitalId, core::FacilityKind::Hospital)
                           : m.bodiesTakenTo;
    fields.emplace_back(Text::tr("Bodies taken to"), orDash(bodiesTo));
    fields.emplace_back(Text::tr("Remarks"), orDash(m.remarks));
    return fields;
}

Fields reviewFields(const core::Review &review) {
    Fields fields;
    fields.emplace_back(Text::tr("Decision"), review.approved
                                                  ? Text::tr("Approved")
                                                  : Text::tr("Returned to step %1 (%2)")
                                                        .arg(static_cast<int>(review.returnedTo))
                                                        .arg(core::handoverStepName(review.returnedTo)));
    if (!review.approved) {
        fields.emplace_back(Text::tr("Reason"), orDash(review.reason));
    }
    return fields;
}

Fields stepFields(const core::StepValues &values, const Names &names) {
    if (const auto *declaration = std::get_if<core::Declaration>(&values)) {
        return declarationFields(*declaration, names);
    }
    if (const auto *acknowledgement = std::get_if<core::Acknowledgement>(&values)) {
        return acknowledgementFields(*acknowledgement, names);
    }
    return medicalFields(std::get<core::MedicalReport>(values), names);
}

/// A two-column table of labels and values; labels take the start side in either direction.
QString fieldsTable(const Fields &fields) {
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">");
    for (const auto &[label, value] : fields) {
        html += QStringLiteral("<tr><td width=\"38%\" class=\"label\">") + escaped(label) +
                QStringLiteral("</td><td>") + escaped(value) + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString signedLine(const core::Signature &signature) {
    return QStringLiteral("<p class=\"signed\">") +
           escaped(Text::tr("Signed in Marsa by %1").arg(signatureText(signature))) + QStringLiteral("</p>");
}

QString heading(const QString &text) {
    return QStringLiteral("<h2>") + escaped(text) + QStringLiteral("</h2>");
}

QString stepHeading(core::HandoverStep step) {
    return heading(Text::tr("Step %1: %2").arg(static_cast<int>(step)).arg(core::handoverStepName(step)));
}

template <typename Values>
QString stepSection(core::HandoverStep step, const std::optional<core::Signed<Values>> &signedValues,
                    const std::function<Fields(const Values &)> &fields) {
    QString html = stepHeading(step);
    if (!signedValues) {
        return html + QStringLiteral("<p>") + escaped(Text::tr("Not signed yet.")) + QStringLiteral("</p>");
    }
    return html + fieldsTable(fields(signedValues->values)) + signedLine(signedValues->signature);
}

QString caseSection(const core::Incident &incident, const core::Disembarkation &d) {
    Fields fields;
    fields.emplace_back(Text::tr("Case"), core::isolated(incident.caseNumber.text()));
    fields.emplace_back(Text::tr("First alert"), utcText(incident.firstAlertUtc));
    fields.emplace_back(Text::tr("Persons on board reported"), number(incident.personsOnBoard.total));
    if (incident.outcome) {
        fields.emplace_back(Text::tr("Rescued"), number(incident.outcome->rescued));
        fields.emplace_back(Text::tr("Dead"), number(incident.outcome->dead));
        fields.emplace_back(Text::tr("Missing"), number(incident.outcome->missing));
    }
    fields.emplace_back(Text::tr("Handover status"), core::handoverStatusText(d));
    return heading(Text::tr("The case")) + fieldsTable(fields);
}

QString discrepancySection(const storage::DisembarkationRow &row) {
    QString html = heading(Text::tr("Discrepancies"));
    if (row.discrepancies.empty()) {
        return html + QStringLiteral("<p>") + escaped(Text::tr("The numbers agree.")) +
               QStringLiteral("</p>");
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                           "class=\"grid\"><tr><th>") +
            escaped(Text::tr("Check")) + QStringLiteral("</th><th>") + escaped(Text::tr("Numbers")) +
            QStringLiteral("</th><th>") + escaped(Text::tr("Explanation")) + QStringLiteral("</th></tr>");
    for (const core::Discrepancy &discrepancy : row.discrepancies) {
        QString explanation = Text::tr("Not explained");
        for (const core::Explanation &candidate : row.disembarkation.explanations) {
            if (candidate.rule == discrepancy.rule && candidate.figuresKey == discrepancy.figuresKey()) {
                explanation = candidate.text + QStringLiteral("\n") + signatureText(candidate.signature);
            }
        }
        html += QStringLiteral("<tr><td>") + escaped(core::discrepancyRuleName(discrepancy.rule)) +
                QStringLiteral("</td><td>") + escaped(discrepancy.description) + QStringLiteral("</td><td>") +
                escaped(explanation) + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString amendmentSection(const core::Disembarkation &d, const Names &names) {
    if (d.amendments.empty()) {
        return {};
    }
    QString html = heading(Text::tr("Amendments after approval"));
    for (const core::Amendment &amendment : d.amendments) {
        html += QStringLiteral("<h3>") +
                escaped(Text::tr("Step %1: %2")
                            .arg(static_cast<int>(amendment.step))
                            .arg(core::handoverStepName(amendment.step))) +
                QStringLiteral("</h3>");
        html += QStringLiteral("<p>") + escaped(Text::tr("Reason: %1").arg(amendment.reason)) +
                QStringLiteral("</p>");
        const Fields before = stepFields(amendment.before, names);
        const Fields after = stepFields(amendment.after, names);
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                               "class=\"grid\"><tr><th>") +
                escaped(Text::tr("Field")) + QStringLiteral("</th><th>") + escaped(Text::tr("Old value")) +
                QStringLiteral("</th><th>") + escaped(Text::tr("New value")) + QStringLiteral("</th></tr>");
        for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
            if (before[i].second != after[i].second) {
                html += QStringLiteral("<tr><td>") + escaped(before[i].first) + QStringLiteral("</td><td>") +
                        escaped(before[i].second) + QStringLiteral("</td><td>") + escaped(after[i].second) +
                        QStringLiteral("</td></tr>");
            }
        }
        html += QStringLiteral("</table>") + signedLine(amendment.signature);
    }
    return html;
}

/// Lines for the hand signatures the paper file still needs, one a step.
QString paperSignatures() {
    QString html = heading(Text::tr("Signatures for the paper file"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"1\" "
                           "class=\"grid\"><tr><th width=\"36%\">") +
            escaped(Text::tr("Step")) + QStringLiteral("</th><th width=\"25%\">") +
            escaped(Text::tr("Name")) + QStringLiteral("</th><th width=\"21%\">") +
            escaped(Text::tr("Signature")) + QStringLiteral("</th><th>") +
            escaped(Text::tr("Date and time (UTC)")) + QStringLiteral("</th></tr>");
    for (core::HandoverStep step : {core::HandoverStep::Declaration, core::HandoverStep::Acknowledgement,
                                    core::HandoverStep::Medical, core::HandoverStep::Review}) {
        html += QStringLiteral("<tr><td height=\"44\">") +
                escaped(Text::tr("%1. %2").arg(static_cast<int>(step)).arg(core::handoverStepName(step))) +
                QStringLiteral("</td><td></td><td></td><td></td></tr>");
    }
    return html + QStringLiteral("</table>");
}

/// Qt's rich text lays table columns out left to right whatever the direction: right to left, each
/// row's cells are reversed so the first column stands on the right.
QString mirroredTables(const QString &html) {
    static const QRegularExpression rowPattern(QStringLiteral("<tr>(.*?)</tr>"));
    static const QRegularExpression cellPattern(QStringLiteral("<t([dh])[^>]*>.*?</t\\1>"));
    QString mirrored;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &row : rowPattern.globalMatch(html)) {
        QStringList cells;
        for (const QRegularExpressionMatch &cell : cellPattern.globalMatch(row.captured(1))) {
            cells.prepend(cell.captured(0));
        }
        mirrored += html.mid(done, row.capturedStart() - done);
        mirrored += QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
        done = row.capturedEnd();
    }
    return mirrored + html.mid(done);
}

} // namespace

QString handoverFormHtml(const HandoverPrintData &data, const HandoverPrintOptions &options) {
    const core::Disembarkation &d = data.row.disembarkation;
    const Names names{data.lists, options.arabic};
    // Qt's rich text reads dir="rtl" on the body and lays tables out from the right.
    QString html = QStringLiteral("<html dir=\"%1\"><head><style>"
                                  "h1 { font-size: 17pt; margin-bottom: 2pt; }"
                                  "h2 { font-size: 12.5pt; margin-top: 14pt; margin-bottom: 4pt; }"
                                  "h3 { font-size: 11pt; margin-top: 8pt; margin-bottom: 2pt; }"
                                  "td.label { color: #444444; }"
                                  "th { background-color: #e6e9eb; }"
                                  "p.signed { font-style: italic; margin-top: 3pt; }"
                                  "p.subtitle { color: #444444; }"
                                  "</style></head><body dir=\"%1\">")
                       .arg(options.arabic ? QLatin1String("rtl") : QLatin1String("ltr"));
    html += QStringLiteral("<h1>") + escaped(Text::tr("Handover of persons disembarked")) +
            QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"subtitle\">") +
            escaped(Text::tr("Disembarkation %1 at %2, %3")
                        .arg(core::isolated(d.reference()),
                             names.place(d.declaration.values.placeKey, d.placeName),
                             utcText(d.declaration.values.timeUtc))) +
            QStringLiteral("</p>");
    html += caseSection(data.incident, d);
    html += stepSection<core::Declaration>(
        core::HandoverStep::Declaration, std::optional(d.declaration),
        [&](const core::Declaration &values) { return declarationFields(values, names); });
    html += stepSection<core::Acknowledgement>(
        core::HandoverStep::Acknowledgement, d.acknowledgement,
        [&](const core::Acknowledgement &values) { return acknowledgementFields(values, names); });
    html += stepSection<core::MedicalReport>(
        core::HandoverStep::Medical, d.medical,
        [&](const core::MedicalReport &values) { return medicalFields(values, names); });
    html += stepSection<core::Review>(core::HandoverStep::Review, d.review,
                                      [](const core::Review &values) { return reviewFields(values); });
    html += discrepancySection(data.row);
    html += amendmentSection(d, names);
    html += paperSignatures();
    html += QStringLiteral("</body></html>");
    return options.arabic ? mirroredTables(html) : html;
}

} // namespace marsa::models
