#include "core/bidi.h"
#include "core/disembarkation.h"
#include "core/exercise_stamp.h"
#include "geo/coordinate_format.h"
#include "replay/debrief.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace marsa::replay {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::replay::Debrief)
};

QString clock(std::int64_t seconds) {
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QJsonValue optionalSeconds(const std::optional<std::int64_t> &seconds) {
    return seconds ? QJsonValue(qint64(*seconds)) : QJsonValue(QJsonValue::Null);
}

QJsonObject timedJson(const TimedMeasure &measure) {
    return QJsonObject{{QStringLiteral("from"), qint64(measure.fromSeconds)},
                       {QStringLiteral("at"), optionalSeconds(measure.atSeconds)},
                       {QStringLiteral("seconds"), optionalSeconds(measure.elapsed())},
                       {QStringLiteral("limit"), qint64(measure.limitSeconds)},
                       {QStringLiteral("mark"), debriefMarkKey(measure.mark)}};
}

QJsonValue optionJson(const std::optional<AssetOption> &option) {
    if (!option) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject{{QStringLiteral("name"), option->name},
                       {QStringLiteral("start"), unitStartKey(option->start)},
                       {QStringLiteral("from"), option->from},
                       {QStringLiteral("fromName"), option->fromName},
                       {QStringLiteral("fromLat"), std::round(option->fromPosition.latitude * 1e5) / 1e5},
                       {QStringLiteral("fromLon"), std::round(option->fromPosition.longitude * 1e5) / 1e5},
                       {QStringLiteral("positionAt"), optionalSeconds(option->positionSeconds)},
                       {QStringLiteral("distanceNm"), std::round(option->distanceNm * 100.0) / 100.0},
                       {QStringLiteral("knots"), option->knots},
                       {QStringLiteral("knotsAssumed"), option->knotsAssumed},
                       {QStringLiteral("etaSeconds"), qint64(option->etaSeconds)},
                       {QStringLiteral("available"), option->available},
                       {QStringLiteral("unavailable"), option->unavailableWhy}};
}

QJsonObject handoverJson(const HandoverMeasure &handover) {
    QJsonArray rows;
    for (const HandoverDone &done : handover.disembarkations) {
        rows.append(QJsonObject{{QStringLiteral("reference"), done.reference},
                                {QStringLiteral("declared"), true},
                                {QStringLiteral("acknowledged"), done.acknowledged},
                                {QStringLiteral("medical"), done.medical},
                                {QStringLiteral("approved"), done.approved},
                                {QStringLiteral("declaredPersons"), done.declaredPersons},
                                {QStringLiteral("receivedPersons"), done.receivedPersons
                                                                        ? QJsonValue(*done.receivedPersons)
                                                                        : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("discrepancies"), done.discrepancies},
                                {QStringLiteral("unexplained"), done.unexplained}});
    }
    return QJsonObject{
        {QStringLiteral("disembarkations"), rows},
        {QStringLiteral("reportedPersons"), handover.reportedPersons},
        {QStringLiteral("overboard"), handover.overboard},
        {QStringLiteral("expectedPersons"), handover.expectedPersons},
        {QStringLiteral("countedAtLanding"),
         handover.countedAtLanding ? QJsonValue(*handover.countedAtLanding) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("declaredPersons"), handover.declaredPersons},
        {QStringLiteral("receivedPersons"),
         handover.receivedPersons ? QJsonValue(*handover.receivedPersons) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("stepsDone"), handover.stepsDone},
        {QStringLiteral("countsAgree"), handover.countsAgree},
        {QStringLiteral("unexplained"), handover.unexplained},
        {QStringLiteral("mark"), debriefMarkKey(handover.mark)}};
}

} // namespace

QString debriefOffsetText(std::int64_t seconds) {
    return seconds < 0 ? QStringLiteral("T-") + clock(-seconds) : QStringLiteral("T+") + clock(seconds);
}

QString debriefDurationText(std::int64_t seconds) {
    return seconds < 0 ? QStringLiteral("-") + clock(-seconds) : clock(seconds);
}

QString debriefMarkKey(DebriefMark mark) {
    switch (mark) {
    case DebriefMark::Good:
        return QStringLiteral("good");
    case DebriefMark::Late:
        return QStringLiteral("late");
    case DebriefMark::Missed:
        return QStringLiteral("missed");
    case DebriefMark::NotNearest:
        return QStringLiteral("not_nearest");
    case DebriefMark::Incomplete:
        return QStringLiteral("incomplete");
    case DebriefMark::NotApplicable:
        break;
    }
    return QStringLiteral("none");
}

QString debriefMarkName(DebriefMark mark) {
    switch (mark) {
    case DebriefMark::Good:
        return Text::tr("good");
    case DebriefMark::Late:
        return Text::tr("late");
    case DebriefMark::Missed:
        return Text::tr("missed");
    case DebriefMark::NotNearest:
        return Text::tr("not the nearest");
    case DebriefMark::Incomplete:
        return Text::tr("incomplete");
    case DebriefMark::NotApplicable:
        break;
    }
    return QStringLiteral("—");
}

QString timedMeasureText(const TimedMeasure &measure, bool isolate) {
    const auto iso = [isolate](const QString &text) -> QString {
        return isolate ? core::isolated(text) : text;
    };
    if (!measure.atSeconds) {
        return Text::tr("not reached (limit %1)").arg(iso(debriefDurationText(measure.limitSeconds)));
    }
    return Text::tr("%1 (at %2), limit %3")
        .arg(iso(debriefDurationText(*measure.elapsed())), iso(debriefOffsetText(*measure.atSeconds)),
             iso(debriefDurationText(measure.limitSeconds)));
}

QString unitStartKey(UnitStart start) {
    switch (start) {
    case UnitStart::AisPosition:
        return QStringLiteral("ais_position");
    case UnitStart::ScenarioPosition:
        return QStringLiteral("scenario_position");
    case UnitStart::HomePort:
        break;
    }
    return QStringLiteral("home_port");
}

QString assetOptionText(const AssetOption &option, bool isolate) {
    const auto iso = [isolate](const QString &text) -> QString {
        return isolate ? core::isolated(text) : text;
    };
    QString from;
    switch (option.start) {
    case UnitStart::AisPosition:
        from = Text::tr("its AIS position at tasking (%1)")
                   .arg(iso(debriefOffsetText(option.positionSeconds.value_or(0))));
        break;
    case UnitStart::ScenarioPosition:
        from = Text::tr("its position at T+0");
        break;
    case UnitStart::HomePort:
        from =
            option.from.isEmpty()
                ? Text::tr("its home port")
                : Text::tr("%1 (home port)").arg(option.fromName.isEmpty() ? option.from : option.fromName);
        break;
    }
    const QString knots = iso(QString::number(option.knots, 'f', 0));
    const QString speed =
        option.knotsAssumed ? Text::tr("%1 kn (assumed)").arg(knots) : Text::tr("%1 kn").arg(knots);
    QString text = Text::tr("%1: %2 NM from %3 at %4, ETA %5")
                       .arg(option.name, iso(QString::number(option.distanceNm, 'f', 1)), from, speed,
                            iso(debriefDurationText(option.etaSeconds)));
    if (!option.available) {
        text += QStringLiteral("; ") + option.unavailableWhy;
    }
    return text;
}

QString handoverText(const HandoverMeasure &handover) {
    if (handover.disembarkations.empty()) {
        return Text::tr("no disembarkation recorded (expected %1 persons)").arg(handover.expectedPersons);
    }
    QString text = Text::tr("declared %1 of %2 expected (%3 reported, %4 overboard)")
                       .arg(handover.declaredPersons)
                       .arg(handover.expectedPersons)
                       .arg(handover.reportedPersons)
                       .arg(handover.overboard);
    if (handover.receivedPersons) {
        text += QStringLiteral("; ") + Text::tr("received %1").arg(*handover.receivedPersons);
    }
    if (handover.countedAtLanding) {
        text += QStringLiteral("; ") + Text::tr("DCIM's scripted count %1").arg(*handover.countedAtLanding);
    }
    text += QStringLiteral("; ") + Text::tr("unexplained discrepancies: %1").arg(handover.unexplained);
    return text;
}

QString stepsText(const HandoverDone &done) {
    const auto yes = [](bool done) -> QString { return done ? Text::tr("done") : Text::tr("missing"); };
    return Text::tr("%1: declaration done, acknowledgement %2, medical %3, review %4")
        .arg(done.reference, yes(done.acknowledged), yes(done.medical),
             done.approved ? Text::tr("approved") : Text::tr("not approved"));
}

QString debriefText(const Debrief &debrief) {
    QStringList lines;
    lines << Text::tr("Debrief: %1").arg(debrief.title);
    lines << Text::tr("T+0 = %1 UTC")
                 .arg(debrief.startUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    for (const CaseDebrief &c : debrief.cases) {
        lines << QString();
        lines << Text::tr("Case %1: alert at %2, %3 persons, %4")
                     .arg(c.caseId, debriefOffsetText(c.alertSeconds))
                     .arg(c.persons)
                     .arg(core::phaseCode(c.alertPhase));
        if (!c.incident) {
            lines << QStringLiteral("  ") + Text::tr("no case opened") + QStringLiteral(" [") +
                         debriefMarkName(DebriefMark::Missed) + QLatin1Char(']');
            continue;
        }
        lines << QStringLiteral("  ") + Text::tr("answered by %1, reported %2 NM from the alert")
                                            .arg(c.caseNumber)
                                            .arg(c.matchDistanceNm, 0, 'f', 1);
        const auto row = [&](const QString &what, const QString &value, DebriefMark mark) {
            lines << QStringLiteral("  %1  %2 [%3]").arg(what, -30).arg(value, debriefMarkName(mark));
        };
        row(Text::tr("case opened"), timedMeasureText(c.opened), c.opened.mark);
        row(Text::tr("right phase (%1)").arg(core::phaseCode(c.alertPhase)), timedMeasureText(c.rightPhase),
            c.rightPhase.mark);
        if (c.distressAfterOverboard) {
            row(Text::tr("DETRESFA after persons overboard"), timedMeasureText(*c.distressAfterOverboard),
                c.distressAfterOverboard->mark);
        }
        row(Text::tr("first unit tasked"), timedMeasureText(c.tasked), c.tasked.mark);
        row(Text::tr("first unit on scene"), timedMeasureText(c.onScene), c.onScene.mark);
        if (c.asset.atSeconds) {
            row(Text::tr("unit chosen"),
                c.asset.chosen ? assetOptionText(*c.asset.chosen) : QStringLiteral("—"), c.asset.mark);
            row(Text::tr("nearest available"),
                c.asset.nearest ? assetOptionText(*c.asset.nearest) : Text::tr("none available"),
                DebriefMark::NotApplicable);
        }
        row(Text::tr("handover"), handoverText(c.handover), c.handover.mark);
        for (const HandoverDone &done : c.handover.disembarkations) {
            lines << QStringLiteral("    ") + stepsText(done);
        }
    }
    if (!debrief.otherCases.isEmpty()) {
        lines << QString()
              << Text::tr("Cases that answer no scripted alert: %1")
                     .arg(debrief.otherCases.join(QStringLiteral(", ")));
    }
    lines << QString() << Text::tr("Timeline");
    for (const DebriefLine &line : debrief.timeline) {
        const QString who = line.scripted ? Text::tr("scenario") : line.who;
        lines << QStringLiteral("%1  %2  %3  %4")
                     .arg(debriefOffsetText(line.seconds))
                     .arg(who, -12)
                     .arg(line.caseRef, -16)
                     .arg(line.what);
    }
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' '))) {
            line.chop(1);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray debriefJson(const Debrief &debrief, const QString &exerciseName) {
    QJsonArray cases;
    for (const CaseDebrief &c : debrief.cases) {
        QJsonObject object{
            {QStringLiteral("case"), c.caseId},
            {QStringLiteral("alert"), qint64(c.alertSeconds)},
            {QStringLiteral("persons"), c.persons},
            {QStringLiteral("alertPhase"), core::phaseKey(c.alertPhase)},
            {QStringLiteral("answeredBy"), c.incident ? QJsonValue(c.caseNumber) : QJsonValue()},
            {QStringLiteral("matchDistanceNm"), std::round(c.matchDistanceNm * 100.0) / 100.0},
            {QStringLiteral("phaseReached"),
             c.phaseReached ? QJsonValue(core::phaseKey(*c.phaseReached)) : QJsonValue()},
            {QStringLiteral("opened"), timedJson(c.opened)},
            {QStringLiteral("rightPhase"), timedJson(c.rightPhase)},
            {QStringLiteral("distressAfterOverboard"),
             c.distressAfterOverboard ? QJsonValue(timedJson(*c.distressAfterOverboard)) : QJsonValue()},
            {QStringLiteral("tasked"), timedJson(c.tasked)},
            {QStringLiteral("onScene"), timedJson(c.onScene)},
            {QStringLiteral("asset"),
             QJsonObject{{QStringLiteral("at"), optionalSeconds(c.asset.atSeconds)},
                         {QStringLiteral("chosen"), optionJson(c.asset.chosen)},
                         {QStringLiteral("nearest"), optionJson(c.asset.nearest)},
                         {QStringLiteral("chosenWasNearest"), c.asset.chosenWasNearest},
                         {QStringLiteral("mark"), debriefMarkKey(c.asset.mark)}}},
            {QStringLiteral("handover"), handoverJson(c.handover)}};
        cases.append(object);
    }
    QJsonArray timeline;
    for (const DebriefLine &line : debrief.timeline) {
        timeline.append(QJsonObject{{QStringLiteral("t"), qint64(line.seconds)},
                                    {QStringLiteral("scripted"), line.scripted},
                                    {QStringLiteral("user"), line.who},
                                    {QStringLiteral("case"), line.caseRef},
                                    {QStringLiteral("what"), line.what}});
    }
    const QJsonObject root{{QStringLiteral("exercise"), core::exerciseNotice(exerciseName)},
                           {QStringLiteral("title"), debrief.title},
                           {QStringLiteral("startUtc"), debrief.startUtc.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("cases"), cases},
                           {QStringLiteral("otherCases"), QJsonArray::fromStringList(debrief.otherCases)},
                           {QStringLiteral("timeline"), timeline}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace marsa::replay
