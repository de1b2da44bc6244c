#include "cli/replay_command.h"

#include "cli/cli_support.h"
#include "core/incident.h"
#include "replay/replay_state.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/incident_service.h"
#include "storage/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <map>

namespace marsa::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

QJsonValue isoOrNull(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString isoMs(std::int64_t timeMs) {
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue numberOrNull(bool has, double value) {
    return has ? QJsonValue(value) : QJsonValue();
}

QJsonObject targetJson(const core::LiveTarget &target) {
    const core::VesselPosition &position = target.position;
    return {{QStringLiteral("mmsi"), static_cast<qint64>(target.mmsi)},
            {QStringLiteral("name"), target.displayName()},
            {QStringLiteral("lat"), position.lat},
            {QStringLiteral("lon"), position.lon},
            {QStringLiteral("sog"), numberOrNull(position.hasSog(), position.sog)},
            {QStringLiteral("cog"), numberOrNull(position.hasCog(), position.cog)},
            {QStringLiteral("heading"), numberOrNull(position.hasHeading(), position.heading)},
            {QStringLiteral("last_heard"), isoMs(position.timeMs)},
            {QStringLiteral("state"),
             target.state == core::TargetState::Live ? QStringLiteral("live") : QStringLiteral("lost")},
            {QStringLiteral("alarm"), target.isAlarm}};
}

QJsonObject caseJson(const storage::CaseSnapshot &snapshot) {
    const core::Incident &incident = snapshot.incident;
    QJsonObject object{{QStringLiteral("case"), incident.caseNumber.text()},
                       {QStringLiteral("version"), incident.version},
                       {QStringLiteral("phase"), core::phaseCode(incident.phase)},
                       {QStringLiteral("status"), core::statusKey(incident.status)},
                       {QStringLiteral("lat"), incident.latitude},
                       {QStringLiteral("lon"), incident.longitude},
                       {QStringLiteral("persons_on_board"), incident.personsOnBoard.total}};
    if (incident.outcome) {
        object.insert(QStringLiteral("outcome"),
                      QJsonObject{{QStringLiteral("rescued"), incident.outcome->rescued},
                                  {QStringLiteral("dead"), incident.outcome->dead},
                                  {QStringLiteral("missing"), incident.outcome->missing}});
    }
    return object;
}

QJsonObject taskingJson(const storage::CaseSnapshot &snapshot, const core::Tasking &tasking,
                        const std::map<std::int64_t, QString> &assetNames) {
    const auto name = assetNames.find(tasking.asset.value);
    return {{QStringLiteral("case"), snapshot.incident.caseNumber.text()},
            {QStringLiteral("asset"),
             name != assetNames.end() ? name->second : QString::number(tasking.asset.value)},
            {QStringLiteral("tasked"), isoOrNull(tasking.taskedUtc)},
            {QStringLiteral("on_scene"), isoOrNull(tasking.onSceneUtc)},
            {QStringLiteral("released"), isoOrNull(tasking.releasedUtc)}};
}

// --at: a UTC time, or the window's start or end.
std::optional<std::int64_t> instantIn(const QString &text, std::int64_t fromMs, std::int64_t toMs) {
    if (text == QLatin1String("start")) {
        return fromMs;
    }
    if (text == QLatin1String("end")) {
        return toMs;
    }
    return parseTime(text);
}

} // namespace

int replayCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database whose journal to replay."),
                                QStringLiteral("path"));
    const QCommandLineOption incident(QStringLiteral("incident"),
                                      Text::tr("Replay this case, from its first alert to its last change."),
                                      QStringLiteral("case"));
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("Start of the window (UTC)."),
                                  QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("End of the window (UTC)."),
                                QStringLiteral("time"));
    const QCommandLineOption at(QStringLiteral("at"), Text::tr("The instant: a UTC time, start or end."),
                                QStringLiteral("time"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   Text::tr("Print the state at the instant as JSON."));
    parser.addOptions({db, incident, from, to, at, state});
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const bool byCase = parser.isSet(incident);
    const bool byWindow = parser.isSet(from) || parser.isSet(to);
    if (!isExistingDatabase(parser.value(db)) || byCase == byWindow || !parser.isSet(at) ||
        !parser.isSet(state)) {
        printErr(
            Text::tr("replay needs --db PATH of an existing database, either --incident CASE or --from T "
                     "--to T, --at T (a UTC time, start or end) and --state"));
        return 2;
    }
    auto database = storage::Database::open(parser.value(db));
    if (!database) {
        printErr(database.errorMessage());
        return 1;
    }
    const storage::Journal journal(database->connection());
    const core::SystemClock clock;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    if (byCase) {
        const auto number = core::CaseNumber::parse(parser.value(incident));
        if (!number) {
            printErr(Text::tr("\"%1\" is not a case number; case numbers look like LY-2026-0001.")
                         .arg(parser.value(incident)));
            return 2;
        }
        auto found = storage::IncidentService(database.value(), clock).find(*number);
        if (!found) {
            printErr(found.errorMessage());
            return 1;
        }
        auto bounds = journal.caseBounds(found->id);
        if (!bounds || !bounds.value()) {
            printErr(bounds ? Text::tr("The journal holds nothing of case %1.").arg(number->text())
                            : bounds.errorMessage());
            return 1;
        }
        // From the first alert (which may precede the case's creation) to its last change.
        fromMs = std::min<std::int64_t>(found->firstAlertUtc.toMSecsSinceEpoch(), bounds.value()->first);
        toMs = bounds.value()->second;
    } else {
        const auto start = parseTime(parser.value(from));
        const auto end = parseTime(parser.value(to));
        if (!start || !end || *end < *start) {
            printErr(Text::tr("--from and --to must be UTC times (2026-11-18T06:00:00Z), --from first"));
            return 2;
        }
        fromMs = *start;
        toMs = *end;
    }
    const auto instant = instantIn(parser.value(at), fromMs, toMs);
    if (!instant || *instant < fromMs || *instant > toMs) {
        printErr(Text::tr("--at must be a UTC time inside the window (%1 to %2), start or end")
                     .arg(isoMs(fromMs), isoMs(toMs)));
        return 2;
    }
    auto replayed = replay::stateAt(database->connection(), *instant);
    if (!replayed) {
        printErr(replayed.errorMessage());
        return 1;
    }
    std::map<std::int64_t, QString> assetNames;
    if (auto assets = storage::AssetRepository(database->connection(), clock).all()) {
        for (const core::Asset &asset : assets.value()) {
            assetNames[asset.id.value] = asset.name;
        }
    }
    std::vector<const core::LiveTarget *> targets;
    for (const core::LiveTarget &target : replayed->targets.targets()) {
        targets.push_back(&target);
    }
    std::sort(targets.begin(), targets.end(), [](const auto *a, const auto *b) { return a->mmsi < b->mmsi; });
    QJsonArray targetArray;
    for (const core::LiveTarget *target : targets) {
        targetArray.append(targetJson(*target));
    }
    QJsonArray cases;
    QJsonArray taskings;
    for (const storage::CaseSnapshot &snapshot : replayed->cases) {
        cases.append(caseJson(snapshot));
        for (const core::Tasking &tasking : snapshot.taskings) {
            taskings.append(taskingJson(snapshot, tasking, assetNames));
        }
    }
    const QJsonObject output{{QStringLiteral("at"), isoMs(*instant)},
                             {QStringLiteral("window"), QJsonObject{{QStringLiteral("from"), isoMs(fromMs)},
                                                                    {QStringLiteral("to"), isoMs(toMs)}}},
                             {QStringLiteral("targets"), targetArray},
                             {QStringLiteral("incidents"), cases},
                             {QStringLiteral("taskings"), taskings}};
    std::fputs(QJsonDocument(output).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

} // namespace marsa::cli
