#include "models/debrief_pdf.h"

#include "core/bidi.h"
#include "core/exercise_stamp.h"
#include "models/pdf_page.h"

#include <QCoreApplication>

namespace marsa::models {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::models::DebriefPrint)
};

QString escaped(const QString &text) {
    return text.toHtmlEscaped();
}

/// A mark in words on a light tint that prints as grey: never colour alone.
QString markCell(replay::DebriefMark mark) {
    QString tint = QStringLiteral("#ffffff");
    switch (mark) {
    case replay::DebriefMark::Good:
        tint = QStringLiteral("#d8f0d8");
        break;
    case replay::DebriefMark::Late:
    case replay::DebriefMark::NotNearest:
    case replay::DebriefMark::Incomplete:
        tint = QStringLiteral("#fbe8c0");
        break;
    case replay::DebriefMark::Missed:
        tint = QStringLiteral("#f6cccc");
        break;
    case replay::DebriefMark::NotApplicable:
        break;
    }
    return QStringLiteral("<td style=\"background-color:%1\"><b>%2</b></td>")
        .arg(tint, escaped(replay::debriefMarkName(mark)));
}

QString measureRow(const QString &what, const QString &value, replay::DebriefMark mark) {
    return QStringLiteral("<tr><td>%1</td><td>%2</td>%3</tr>")
        .arg(escaped(what), escaped(value), markCell(mark));
}

} // namespace

QString debriefHtml(const replay::Debrief &debrief, const DebriefPrintOptions &options) {
    using namespace replay;
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(Text::tr("Debrief: %1").arg(debrief.title)));
    if (!options.exerciseName.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(core::exerciseNotice(options.exerciseName)));
    }
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(escaped(Text::tr("T+0 = %1 UTC. Times are after T+0; each measure is timed from the "
                                  "scripted moment it answers.")
                             .arg(debrief.startUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
    const QString table = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                         "width=\"100%\" style=\"border-color:#888\">");
    for (const CaseDebrief &c : debrief.cases) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(escaped(Text::tr("Case %1: alert at %2, %3 persons, %4")
                                     .arg(c.caseId, debriefOffsetText(c.alertSeconds))
                                     .arg(c.persons)
                                     .arg(core::phaseCode(c.alertPhase))));
        html += table;
        html +=
            QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(escaped(Text::tr("Measure")), escaped(Text::tr("Result")), escaped(Text::tr("Mark")));
        if (!c.incident) {
            html += measureRow(Text::tr("case opened"), Text::tr("no case opened"), DebriefMark::Missed);
            html += QStringLiteral("</table>");
            continue;
        }
        html += measureRow(
            Text::tr("answered by"),
            Text::tr("%1, reported %2 NM from the alert").arg(c.caseNumber).arg(c.matchDistanceNm, 0, 'f', 1),
            DebriefMark::NotApplicable);
        html += measureRow(Text::tr("case opened"), timedMeasureText(c.opened, true), c.opened.mark);
        html += measureRow(Text::tr("right phase (%1)").arg(core::phaseCode(c.alertPhase)),
                           timedMeasureText(c.rightPhase, true), c.rightPhase.mark);
        if (c.distressAfterOverboard) {
            html +=
                measureRow(Text::tr("DETRESFA after persons overboard"),
                           timedMeasureText(*c.distressAfterOverboard, true), c.distressAfterOverboard->mark);
        }
        html += measureRow(Text::tr("first unit tasked"), timedMeasureText(c.tasked, true), c.tasked.mark);
        html +=
            measureRow(Text::tr("first unit on scene"), timedMeasureText(c.onScene, true), c.onScene.mark);
        if (c.asset.atSeconds) {
            html += measureRow(Text::tr("unit chosen"),
                               c.asset.chosen ? assetOptionText(*c.asset.chosen, true) : QStringLiteral("—"),
                               c.asset.mark);
            html += measureRow(Text::tr("nearest available"),
                               c.asset.nearest ? assetOptionText(*c.asset.nearest, true)
                                               : Text::tr("none available"),
                               DebriefMark::NotApplicable);
        }
        html += measureRow(Text::tr("handover"), handoverText(c.handover), c.handover.mark);
        html += QStringLiteral("</table>");
    }
    if (!debrief.otherCases.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(Text::tr("Cases that answer no scripted alert: %1")
                                     .arg(debrief.otherCases.join(QStringLiteral(", ")))));
    }
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(Text::tr("Timeline")));
    html += table;
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(escaped(Text::tr("Time")), escaped(Text::tr("Who")), escaped(Text::tr("Case")),
                     escaped(Text::tr("What")));
    for (const DebriefLine &line : debrief.timeline) {
        const QString who = line.scripted ? Text::tr("scenario") : line.who;
        html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(line.scripted ? QStringLiteral(" style=\"background-color:#eeeeee\"") : QString(),
                         escaped(core::isolated(debriefOffsetText(line.seconds))), escaped(who),
                         escaped(line.caseRef), escaped(line.what));
    }
    html += QStringLiteral("</table>");
    return html;
}

core::Result<void> writeDebriefPdf(const replay::Debrief &debrief, const QString &path,
                                   const DebriefPrintOptions &options) {
    const QDateTime printed =
        options.printedUtc.isValid() ? options.printedUtc : QDateTime::currentDateTimeUtc();
    const bool exercise = !options.exerciseName.isEmpty();
    PrintedDocument document;
    const QString title = Text::tr("Debrief: %1").arg(debrief.title);
    document.title =
        exercise ? core::exerciseNotice(options.exerciseName) + QStringLiteral(": ") + title : title;
    document.html = debriefHtml(debrief, options);
    document.pointSize = 9.0;
    document.arabic = options.arabic;
    document.exerciseMark = exercise;
    document.footer = [&](int page, int pages) -> QString {
        const QString footerText =
            Text::tr("Marsa debrief, printed %1, page %2 of %3")
                .arg(core::isolated(printed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                                    QStringLiteral(" UTC")))
                .arg(page)
                .arg(pages);
        return exercise ? Text::tr("EXERCISE, not operational: %1").arg(footerText) : footerText;
    };
    return writePrintedPdf(document, path);
}

} // namespace marsa::models
