#include "cli/scenario_command.h"

#include "cli/cli_support.h"
#include "core/clock.h"
#include "geo/coordinate_format.h"
#include "replay/drift.h"
#include "replay/scenario_reader.h"
#include "replay/scenario_timeline.h"
#include "storage/asset_repository.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace marsa::cli {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

QString summary(const QString &file, const replay::Scenario &s) {
    return Text::tr("%1: valid: \"%2\"; cases %3, AIS vessels %4, assets %5, injects %6, duration %7")
        .arg(file, s.title)
        .arg(s.cases.size())
        .arg(s.traffic.size())
        .arg(s.assets.size())
        .arg(s.injects.size())
        .arg(s.duration.text().mid(2));
}

int validate(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("Scenario files to check."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), Text::tr("Also check that the existing assets named are in this database."),
        QStringLiteral("path"));
    parser.addOption(dbOption);
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printErr(Text::tr("scenario validate needs a FILE"));
        return 2;
    }
    auto context = replay::standardScenarioContext();
    if (!context) {
        printErr(context.errorMessage());
        return 1;
    }
    if (parser.isSet(dbOption)) {
        const QString location = parser.value(dbOption);
        if (!isExistingDatabase(location)) {
            printErr(Text::tr("--db must name an existing database"));
            return 2;
        }
        auto database = storage::Database::open(location);
        if (!database) {
            printErr(database.errorMessage());
            return 1;
        }
        const core::SystemClock clock;
        auto assets = storage::AssetRepository(database->connection(), clock).all();
        if (!assets) {
            printErr(assets.errorMessage());
            return 1;
        }
        QStringList names;
        for (const core::Asset &asset : assets.value()) {
            names << asset.name;
        }
        context->assetNames = names;
    }
    int exitCode = 0;
    for (const QString &file : files) {
        const auto result = replay::readScenarioFile(file, context.value());
        if (result.scenario) {
            printOut(summary(file, *result.scenario));
            continue;
        }
        exitCode = 1;
        for (const replay::ScenarioIssue &issue : result.issues) {
            std::fputs(qPrintable(issue.text(file) + QLatin1Char('\n')), stderr);
        }
    }
    return exitCode;
}

QString startText(const replay::ScenarioStart &start) {
    switch (start.kind) {
    case replay::ScenarioStart::Kind::Utc:
        return start.utc.toString(Qt::ISODate);
    case replay::ScenarioStart::Kind::TimeOfDay:
        return Text::tr("%1Z on the day the exercise is created")
            .arg(start.timeOfDay.toString(QStringLiteral("HH:mm")));
    case replay::ScenarioStart::Kind::Now:
        break;
    }
    return Text::tr("when the exercise is created");
}

int show(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The scenario file."),
                                 QStringLiteral("FILE"));
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        printErr(Text::tr("scenario show needs one FILE"));
        return 2;
    }
    const QString file = parser.positionalArguments().front();
    auto context = replay::standardScenarioContext();
    if (!context) {
        printErr(context.errorMessage());
        return 1;
    }
    const auto result = replay::readScenarioFile(file, context.value());
    if (!result.scenario) {
        for (const replay::ScenarioIssue &issue : result.issues) {
            std::fputs(qPrintable(issue.text(file) + QLatin1Char('\n')), stderr);
        }
        return 1;
    }
    const replay::Scenario &s = *result.scenario;
    printOut(s.title);
    printOut(Text::tr("T+0: %1; duration %2").arg(startText(s.start), s.duration.text().mid(2)));
    QList<QStringList> rows;
    for (const replay::ScenarioEvent &event : replay::scenarioTimeline(s)) {
        rows << QStringList{event.at.text(), event.summary};
    }
    printTable(rows);
    for (const replay::ScenarioCase &boat : s.cases) {
        printOut(Text::tr("positions of %1:").arg(boat.id));
        const auto track = replay::driftTrack(s, boat, s.duration);
        QList<QStringList> positions;
        for (std::int64_t t = boat.alertAt.seconds; t <= s.duration.seconds; t += 3600) {
            const replay::Offset at{t};
            positions << QStringList{at.text(), geo::formatPosition(replay::positionOnTrack(track, at), 1)};
        }
        printTable(positions);
    }
    return 0;
}

int list(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const replay::ScenarioContext context; // the shipped files are checked by the tests
    QList<QStringList> rows;
    for (const QString &path : replay::shippedScenarios()) {
        const auto result = replay::readScenarioFile(path, context);
        rows << QStringList{path, result.scenario ? result.scenario->title : Text::tr("(not valid)")};
    }
    printTable(rows);
    return 0;
}

} // namespace

int scenarioCommand(const QStringList &arguments) {
    const QString sub = arguments.value(0);
    QStringList rest = arguments.mid(1);
    rest.prepend(QStringLiteral("marsa-cli scenario ") + sub);
    if (sub == QLatin1String("validate")) {
        return validate(rest);
    }
    if (sub == QLatin1String("show")) {
        return show(rest);
    }
    if (sub == QLatin1String("list")) {
        return list(rest);
    }
    printErr(Text::tr("scenario needs validate FILE, show FILE or list; see marsa-cli --help."));
    return 2;
}

} // namespace marsa::cli
