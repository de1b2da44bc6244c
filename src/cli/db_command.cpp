#include "cli/db_command.h"

#include "cli/cli_support.h"
#include "cli/debrief_command.h"
#include "core/clock.h"
#include "replay/scenario_from_window.h"
#include "replay/scenario_reader.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/database_copy.h"
#include "storage/database_location.h"
#include "storage/exercise.h"
#include "storage/place_repository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace marsa::cli {
namespace {

// The translation context of marsa-cli's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

// A new SQLite file that a failed copy leaves behind is removed with its WAL files: the target is
// then as it was, absent.
void removeNewFile(const QString &path) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

int copyCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  Text::tr("The database to copy: an SQLite file or a postgresql:// URL."),
                                  QStringLiteral("source"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Text::tr("The new or empty database to copy into: an SQLite file or a "
                                         "postgresql:// URL."),
                                QStringLiteral("target"));
    parser.addOptions({from, to});
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const QString sourcePath = parser.value(from);
    const QString targetPath = parser.value(to);
    if (!isExistingDatabase(sourcePath) || targetPath.isEmpty()) {
        printErr(Text::tr("db copy needs --from of an existing database and --to a new or empty one"));
        return 2;
    }
    // Both locations are read before anything is opened: a bad target changes nothing in the source.
    for (const QString &location : {sourcePath, targetPath}) {
        if (auto parsed = storage::parseDatabaseLocation(location); !parsed) {
            printErr(parsed.errorMessage());
            return 2;
        }
    }
    const auto targetLocation = storage::parseDatabaseLocation(targetPath);
    const bool newFile = targetLocation->engine == storage::Engine::Sqlite && !QFileInfo::exists(targetPath);
    const auto sourceLocation = storage::parseDatabaseLocation(sourcePath);
    const bool sameFile =
        sourceLocation->engine == storage::Engine::Sqlite &&
        targetLocation->engine == storage::Engine::Sqlite && !newFile &&
        QFileInfo(sourcePath).canonicalFilePath() == QFileInfo(targetPath).canonicalFilePath();
    if (sourceLocation->display() == targetLocation->display() || sameFile) {
        printErr(Text::tr("--from and --to name the same database"));
        return 2;
    }
    auto source = storage::Database::open(sourcePath);
    if (!source) {
        printErr(source.errorMessage());
        return 1;
    }
    if (source->foundSchemaVersion() < source->schemaVersion()) {
        printOut(Text::tr("the source was at schema version %1 and has been brought to version %2")
                     .arg(source->foundSchemaVersion())
                     .arg(source->schemaVersion()));
    }
    auto report = [&]() -> core::Result<storage::CopyReport> {
        // Checked as found: an older Marsa's database holding records is refused, not migrated first.
        const bool fromExercise = source->isExercise();
        const QString sourceShown = source->path();
        auto target = storage::Database::open(
            targetPath, [fromExercise, sourceShown](const QSqlDatabase &found, const QString &shown) {
                return storage::checkCopyTarget(fromExercise, sourceShown, found, shown);
            });
        if (!target) {
            return target.error();
        }
        return storage::copyDatabase(source.value(), target.value());
    }();
    if (!report) {
        if (newFile) {
            removeNewFile(targetPath);
        }
        printErr(report.errorMessage());
        return 1;
    }
    QList<QStringList> rows{{Text::tr("table"), Text::tr("source"), Text::tr("target")}};
    std::int64_t total = 0;
    for (const storage::CopiedTable &table : report->tables) {
        rows << QStringList{table.name, QString::number(table.sourceRows), QString::number(table.targetRows)};
        total += table.targetRows;
    }
    printTable(rows, {1, 2});
    printOut(Text::tr("copied %1 rows of %2 tables from %3 to %4 in %5 s (schema version %6)")
                 .arg(total)
                 .arg(report->tables.size())
                 .arg(source->path(), storage::parseDatabaseLocation(targetPath)->display())
                 .arg(static_cast<double>(report->milliseconds) / 1000.0, 0, 'f', 2)
                 .arg(source->schemaVersion()));
    printOut(Text::tr("audit log intact on the target: %1 rows, every hash matches").arg(report->auditRows));
    return 0;
}

// A scenario named on the command line: a file, a shipped one's resource path, or a shipped one's
// name without its folder and .json.
QString scenarioPath(const QString &named) {
    if (QFileInfo::exists(named)) {
        return named;
    }
    for (const QString &shipped : replay::shippedScenarios()) {
        if (shipped == named || QFileInfo(shipped).completeBaseName() == named ||
            QFileInfo(shipped).fileName() == named) {
            return shipped;
        }
    }
    return {};
}

// Reads and checks the scenario against the product's context and the source's places and
// assets; the new units it brings go to `newAssets`. Nothing is written.
core::Result<storage::ExerciseScript> readExerciseScenario(const storage::Database &source,
                                                           const QString &named,
                                                           std::vector<core::Asset> &newAssets) {
    const QString path = scenarioPath(named);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return core::Error{
            Text::tr("There is no scenario %1: name a file or one of marsa-cli scenario list.").arg(named)};
    }
    const QByteArray text = file.readAll();
    auto context = replay::standardScenarioContext();
    if (!context) {
        return context.error();
    }
    const core::SystemClock clock;
    auto assets = storage::AssetRepository(source.connection(), clock).all();
    if (!assets) {
        return assets.error();
    }
    QStringList names;
    for (const core::Asset &asset : assets.value()) {
        names << asset.name;
    }
    context->assetNames = names;
    auto places = storage::PlaceRepository(source.connection()).all();
    if (!places) {
        return places.error();
    }
    if (!places->empty()) {
        context->placeKeys.clear();
        for (const core::Place &place : places.value()) {
            context->placeKeys << place.key;
        }
    }
    const replay::ScenarioReadResult read = replay::readScenario(text, context.value());
    if (!read.scenario) {
        QStringList lines;
        for (const replay::ScenarioIssue &issue : read.issues) {
            lines << issue.text(QFileInfo(path).fileName());
        }
        return core::Error{Text::tr("The scenario is not valid; nothing was written:\n%1")
                               .arg(lines.join(QLatin1Char('\n')))};
    }
    for (const replay::ScenarioAsset &asset : read.scenario->assets) {
        if (!asset.isNew) {
            continue;
        }
        core::Asset unit;
        unit.name = asset.name;
        unit.callSign = asset.callSign;
        unit.mmsi = asset.mmsi;
        unit.kind = core::AssetKind::PatrolBoat;
        unit.homePort = asset.homePort;
        if (asset.knots > 0.0) {
            unit.speedKnots = asset.knots;
        }
        newAssets.push_back(unit);
    }
    storage::ExerciseScript script;
    script.scenarioText = QString::fromUtf8(text);
    script.startUtc = read.scenario->start.resolve(QDateTime::currentDateTimeUtc());
    return script;
}

// marsa-cli exercise create --replay FROM TO | --incident CASE: the window's scenario and lines.
int createWindowExercise(const QCommandLineParser &parser, const QString &caseText, const QString &fromText) {
    // The name and the target were checked by createExercise.
    const QString targetPath = parser.value(QStringLiteral("to"));
    std::optional<core::CaseNumber> number;
    std::optional<std::int64_t> fromMs;
    std::optional<std::int64_t> toMs;
    if (!caseText.isEmpty()) {
        number = core::CaseNumber::parse(caseText);
        if (!number) {
            printErr(
                Text::tr("\"%1\" is not a case number; case numbers look like LY-2026-0001.").arg(caseText));
            return 2;
        }
    } else {
        fromMs = parseTime(fromText);
        toMs = parseTime(parser.positionalArguments().value(0));
        if (!fromMs || !toMs) {
            printErr(Text::tr("--replay FROM TO takes two UTC times (2026-11-18T06:00:00Z), FROM first"));
            return 2;
        }
    }
    auto source = storage::Database::open(parser.value(QStringLiteral("from")));
    if (!source) {
        printErr(source.errorMessage());
        return 1;
    }
    if (number) {
        auto window = replay::caseWindow(source.value(), *number);
        if (!window) {
            printErr(window.errorMessage());
            return 1;
        }
        fromMs = window->first;
        toMs = window->second;
    }
    auto made = replay::createWindowExercise(source.value(), targetPath, parser.value(QStringLiteral("name")),
                                             *fromMs, *toMs);
    if (!made) {
        printErr(made.errorMessage());
        return 1;
    }
    QList<QStringList> rows{{Text::tr("table"), Text::tr("rows")}};
    for (const storage::ExerciseCopy &table : made->report.tables) {
        rows << QStringList{table.table, QString::number(table.rows)};
    }
    printTable(rows, {1});
    const replay::Scenario &scenario = made->scenario;
    printOut(Text::tr("created the exercise \"%1\" in %2 from the replay window %3 to %4 UTC of %5: T+0 at "
                      "%3; alerts: %6; notes of the real watch for the trainer: %7; no case (the trainees "
                      "open their own)")
                 .arg(parser.value(QStringLiteral("name")).trimmed(), made->report.path,
                      scenario.origin->fromUtc.toString(Qt::ISODate),
                      scenario.origin->toUtc.toString(Qt::ISODate), source->path())
                 .arg(scenario.cases.size())
                 .arg(scenario.injects.size()));
    return 0;
}

int createExercise(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption from(QStringLiteral("from"),
                                  Text::tr("The operational database the exercise takes its places, users, "
                                           "assets and facilities from."),
                                  QStringLiteral("database"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("The new SQLite file of the exercise."),
                                QStringLiteral("file"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Text::tr("The exercise's name, shown on every console."),
                                  QStringLiteral("name"));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        Text::tr(
            "The scenario the exercise runs: a file, or a shipped one as marsa-cli scenario list names it."),
        QStringLiteral("scenario"));
    const QCommandLineOption replayWindow(
        QStringLiteral("replay"),
        Text::tr("An exercise from a copy of this replay window: --replay FROM TO, UTC times as marsa-cli "
                 "replay takes them."),
        QStringLiteral("from"));
    const QCommandLineOption incident(
        QStringLiteral("incident"),
        Text::tr("An exercise from a copy of this case's replay window, from its first alert to its "
                 "last change."),
        QStringLiteral("case"));
    parser.addOptions({from, to, name, scenario, replayWindow, incident});
    parser.addPositionalArgument(QStringLiteral("to"), Text::tr("The end of the --replay window (UTC)."));
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const QString sourcePath = parser.value(from);
    const QString targetPath = parser.value(to);
    if (!isExistingDatabase(sourcePath) || targetPath.isEmpty() || !parser.isSet(name)) {
        printErr(
            Text::tr("exercise create needs --from of an existing database, --to a new file and --name"));
        return 2;
    }
    const int ways =
        int(parser.isSet(scenario)) + int(parser.isSet(replayWindow)) + int(parser.isSet(incident));
    if (ways > 1 || (parser.positionalArguments().size() != (parser.isSet(replayWindow) ? 1 : 0))) {
        printErr(Text::tr("exercise create takes at most one of --scenario FILE, --replay FROM TO and "
                          "--incident CASE"));
        return 2;
    }
    if (auto checked = storage::checkExerciseName(parser.value(name)); !checked) {
        printErr(checked.errorMessage());
        return 2;
    }
    if (QFileInfo::exists(targetPath)) {
        printErr(Text::tr("%1 exists already and was left as it is: an exercise goes into a new file.")
                     .arg(targetPath));
        return 1;
    }
    if (parser.isSet(replayWindow) || parser.isSet(incident)) {
        return createWindowExercise(parser, parser.isSet(incident) ? parser.value(incident) : QString(),
                                    parser.value(replayWindow));
    }
    auto source = storage::Database::open(sourcePath);
    if (!source) {
        printErr(source.errorMessage());
        return 1;
    }
    std::optional<storage::ExerciseScript> script;
    std::vector<core::Asset> newAssets;
    if (parser.isSet(scenario)) {
        auto read = readExerciseScenario(source.value(), parser.value(scenario), newAssets);
        if (!read) {
            printErr(read.errorMessage());
            return 1;
        }
        script = read.value();
    }
    auto made =
        storage::createExerciseDatabase(source.value(), targetPath, parser.value(name), script, newAssets);
    if (!made) {
        printErr(made.errorMessage());
        return 1;
    }
    QList<QStringList> rows{{Text::tr("table"), Text::tr("rows")}};
    for (const storage::ExerciseCopy &table : made->tables) {
        rows << QStringList{table.table, QString::number(table.rows)};
    }
    printTable(rows, {1});
    printOut(Text::tr("created the exercise \"%1\" in %2 from %3 (no case, no audit row: the exercise "
                      "starts empty)")
                 .arg(parser.value(name).trimmed(), made->path, source->path()));
    if (script) {
        printOut(Text::tr("it runs the scenario %1 with T+0 at %2 and %3 units of its own")
                     .arg(parser.value(scenario), script->startUtc.toString(Qt::ISODate))
                     .arg(newAssets.size()));
    }
    return 0;
}

} // namespace

int exerciseCommand(const QStringList &arguments) {
    if (!arguments.isEmpty() && arguments.front() == QLatin1String("debrief")) {
        QStringList rest = arguments.mid(1);
        rest.prepend(QStringLiteral("marsa-cli exercise debrief"));
        return debriefCommand(rest);
    }
    if (arguments.isEmpty() || arguments.front() != QLatin1String("create")) {
        printErr(Text::tr("exercise needs create or debrief; see marsa-cli --help."));
        return 2;
    }
    QStringList rest = arguments.mid(1);
    rest.prepend(QStringLiteral("marsa-cli exercise create"));
    return createExercise(rest);
}

int dbCommand(const QStringList &arguments) {
    if (arguments.isEmpty() || arguments.front() != QLatin1String("copy")) {
        printErr(Text::tr("db needs copy; see marsa-cli --help."));
        return 2;
    }
    QStringList rest = arguments.mid(1);
    rest.prepend(QStringLiteral("marsa-cli db copy"));
    return copyCommand(rest);
}

} // namespace marsa::cli
