#include "cli/cli_commands.h"

#include "cli/ais_commands.h"
#include "cli/cli_support.h"
#include "cli/db_command.h"
#include "cli/handover_commands.h"
#include "cli/incident_commands.h"
#include "cli/ingest_command.h"
#include "cli/render_command.h"
#include "cli/replay_command.h"
#include "cli/scenario_command.h"
#include "cli/track_commands.h"
#include "core/clock.h"
#include "core/logging.h"
#include "replay/demo_lines.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/demo_data.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace marsa::cli {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

const char *kUsage =
    "usage: marsa-cli [--log-level LEVEL] COMMAND [OPTIONS]\n"
    "commands:\n"
    "  demo --db PATH        write the demonstration data set into a new database\n"
    "  audit verify --db PATH\n"
    "                        check the audit log's hash chain; exit 3 and name the\n"
    "                        first row that does not match\n"
    "  render --bbox LON0,LAT0,LON1,LAT1 --size WxH --out FILE.png\n"
    "         [--palette day|dusk|night] [--frames N] [--db PATH]\n"
    "                        draw the chart without a window; --frames times it\n"
    "  incident list --db PATH [--open] [--phase incerfa|alerfa|detresfa] [--status KEY]\n"
    "                        one line per case, newest first; --open leaves out closed,\n"
    "                        transferred and false-alarm cases\n"
    "  incident show --db PATH CASE\n"
    "                        every field of a case (LY-2026-0001) and its timeline\n"
    "  incident export --db PATH --format csv|geojson --out FILE [--case CASE] [--force]\n"
    "                        the cases as WGS84 points through GDAL (counts, no names);\n"
    "                        an existing FILE is kept unless --force\n"
    "  disembarkation list --db PATH [--port KEY] [--from DAY] [--to DAY] [--step STATE]\n"
    "         [--discrepancy] [--unexplained]\n"
    "                        one line per disembarkation and its handover step, latest\n"
    "                        ashore first (days in UTC, e.g. 2026-11-23)\n"
    "  disembarkation export --db PATH --out FILE.csv|.json [--force] [list filters]\n"
    "                        the handover records, counts only (no names of rescued people)\n"
    "  stats --db PATH --from DAY --to DAY [--by week|month] [--csv FILE] [--approved-only]\n"
    "         [--force]      persons disembarked by period and port, by sex and age; dead,\n"
    "                        missing, medical cases, boats; --csv in IOM's weekly layout\n"
    "  ingest --db PATH FILE...\n"
    "                        AIS log files (NMEA with tag blocks, - for stdin) into the\n"
    "                        vessel tracks of a database; progress on stderr\n"
    "  tracks thin --db PATH [--older-than DAYS] [--tolerance M] [--max-gap MIN]\n"
    "                        thin vessel tracks older than DAYS (default: the stored\n"
    "                        retention setting); newer positions are kept whole\n"
    "  tracks export --db PATH --mmsi N --from TIME --to TIME --out FILE.gpx|.geojson\n"
    "         [--force]      one vessel's track (UTC times, e.g. 2026-11-18T06:00:00Z)\n"
    "  db copy --from SOURCE --to TARGET\n"
    "                        every record of one database into a new or empty one (SQLite\n"
    "                        file or postgresql:// URL), all or nothing; row counts and\n"
    "                        the audit chain are checked before it commits\n"
    "  exercise create --from DB --to FILE --name NAME [--scenario FILE|NAME]\n"
    "                        a new SQLite exercise database: the places, users, assets\n"
    "                        and facilities of DB, no case; marked an exercise for good;\n"
    "                        with a scenario, its units and T+0 (the trainer view runs it)\n"
    "  exercise create --from DB --to FILE --name NAME (--replay FROM TO | --incident CASE)\n"
    "                        an exercise from a copy of a replay window: its received\n"
    "                        lines replayed, its cases' alerts, the real watch's actions\n"
    "                        as trainer notes; no case\n"
    "  exercise debrief --db PATH [--json] [--pdf FILE [--force] [--arabic]]\n"
    "                        the trainees' records measured against the exercise's\n"
    "                        scenario: times to open, phase, task, on scene; the unit\n"
    "                        chosen against the nearest; the handover; the timeline\n"
    "  replay --db PATH (--incident CASE | --from TIME --to TIME) --at TIME|start|end --state\n"
    "                        the console's state at an instant of the journal (live targets,\n"
    "                        each case's phase, status and taskings) as JSON\n"
    "  scenario validate FILE... [--db PATH]\n"
    "                        check exercise scenario files; one line per mistake\n"
    "                        (FILE:LINE: FIELD: message), exit 1 when any is wrong\n"
    "  scenario show FILE    a scenario's events in time order and its boats' hourly\n"
    "                        positions (the computed drift)\n"
    "  scenario list         the scenarios the product ships\n"
    "  ais decode [FILE...] [--stats] [--count-only] [--split24]\n"
    "                        AIS sentences (stdin by default) as gpsd JSON, one object\n"
    "                        a line (gpsdecode -j); --stats: counts on stderr; exit 1\n"
    "                        when a FILE cannot be read\n"
    "  ais generate --count N [--seed S]\n"
    "                        a realistic Central Mediterranean AIS feed on stdout\n"
    "exit codes: 0 done, 1 failed (unknown case, unreadable database, file exists),\n"
    "            2 usage mistake (missing option, malformed case number), 3 audit broken\n"
    "Run 'marsa-cli COMMAND --help' for a command's options.\n";

int demo(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Text::tr("The new database file."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        printErr(Text::tr("demo needs --db PATH"));
        return 2;
    }
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
        printErr(
            Text::tr(
                "%1 already exists: the demonstration data goes into a new database. Choose another path.")
                .arg(path));
        return 1;
    }
    auto database = storage::Database::open(path);
    if (!database) {
        printErr(database.errorMessage());
        return 1;
    }
    const core::SystemClock clock;
    if (auto written = storage::writeDemoData(database.value(), clock, replay::demoTrafficLines); !written) {
        printErr(written.errorMessage());
        return 1;
    }
    printOut(Text::tr("demonstration data written to %1").arg(database->path()));
    return 0;
}

int auditVerify(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), Text::tr("The database to check."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const QString path = parser.value(dbOption);
    if (!isExistingDatabase(path)) {
        printErr(Text::tr("audit verify needs --db PATH of an existing database"));
        return 2;
    }
    auto database = storage::Database::open(path);
    if (!database) {
        printErr(database.errorMessage());
        return 1;
    }
    auto result = storage::AuditLog(database->connection()).verify();
    if (!result) {
        printErr(result.errorMessage());
        return 1;
    }
    if (result->firstBrokenRow) {
        printOut(Text::tr("audit log BROKEN: row %1 does not match its hash chain (%2 rows checked)")
                     .arg(*result->firstBrokenRow)
                     .arg(result->rows));
        return 3;
    }
    printOut(Text::tr("audit log intact: %1 rows, every hash matches").arg(result->rows));
    return 0;
}

int render(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption bbox(QStringLiteral("bbox"), Text::tr("West,south,east,north in degrees."),
                                  QStringLiteral("bbox"), QStringLiteral("11,30,25.5,35"));
    const QCommandLineOption size(QStringLiteral("size"), Text::tr("Image size."), QStringLiteral("WxH"),
                                  QStringLiteral("1920x1080"));
    const QCommandLineOption out(QStringLiteral("out"), Text::tr("PNG file to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption palette(QStringLiteral("palette"), Text::tr("day, dusk or night."),
                                     QStringLiteral("palette"), QStringLiteral("day"));
    const QCommandLineOption frames(QStringLiteral("frames"),
                                    Text::tr("Time N full redraws and N pan frames."), QStringLiteral("N"),
                                    QStringLiteral("0"));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("Draw the places of this database."),
                                QStringLiteral("path"));
    parser.addOptions({bbox, size, out, palette, frames, db});
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    RenderRequest request;
    auto bounds = parseBbox(parser.value(bbox));
    if (!bounds) {
        printErr(bounds.errorMessage());
        return 2;
    }
    request.bounds = bounds.value();
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    const int width = wh.size() == 2 ? wh[0].toInt() : 0;
    const int height = wh.size() == 2 ? wh[1].toInt() : 0;
    if (width < 16 || height < 16 || width > 8192 || height > 8192) {
        printErr(Text::tr("--size must be WIDTHxHEIGHT between 16 and 8192 pixels, e.g. 1920x1080."));
        return 2;
    }
    request.size = QSize(width, height);
    request.output = parser.value(out);
    if (!chart::ChartPalette::fromKey(parser.value(palette), request.palette)) {
        printErr(Text::tr("--palette must be day, dusk or night."));
        return 2;
    }
    bool ok = false;
    request.frames = parser.value(frames).toInt(&ok);
    if (!ok || request.frames < 0 || request.frames > 100000) {
        printErr(Text::tr("--frames must be a whole number from 0 to 100000."));
        return 2;
    }
    if (request.output.isEmpty() && request.frames == 0) {
        printErr(Text::tr("render needs --out FILE.png, --frames N, or both."));
        return 2;
    }
    request.databasePath = parser.value(db);
    auto report = runRender(request);
    if (!report) {
        printErr(report.errorMessage());
        return 1;
    }
    if (!request.output.isEmpty()) {
        printOut(Text::tr("wrote %1 (%2x%3, %4 palette)")
                     .arg(request.output)
                     .arg(width)
                     .arg(height)
                     .arg(chart::ChartPalette::key(request.palette)));
    }
    if (request.frames > 0) {
        printOut(QStringLiteral("full redraw: median %1 ms, worst %2 ms over %3 frames")
                     .arg(report->fullRedraw.medianMs, 0, 'f', 2)
                     .arg(report->fullRedraw.worstMs, 0, 'f', 2)
                     .arg(report->fullRedraw.frames));
        printOut(QStringLiteral("pan frame: median %1 ms, worst %2 ms over %3 frames")
                     .arg(report->pan.medianMs, 0, 'f', 2)
                     .arg(report->pan.worstMs, 0, 'f', 2)
                     .arg(report->pan.frames));
    }
    return 0;
}

} // namespace

int runCommand(const QStringList &arguments) {
    QStringList args = arguments;
    spdlog::level::level_enum level = spdlog::level::warn;
    if (args.size() >= 2 && args.front() == QLatin1String("--log-level")) {
        const auto parsed = core::parseLogLevel(args.at(1));
        if (!parsed) {
            printErr(Text::tr("--log-level must be trace, debug, info, warn, error, critical or off."));
            return 2;
        }
        level = *parsed;
        args = args.mid(2);
    }
    core::LoggingOptions logging;
    logging.level = level;
    core::setupLogging(logging);

    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.front();
    // QCommandLineParser expects the program name first.
    QStringList rest = args.mid(1);
    rest.prepend(QStringLiteral("marsa-cli ") + command);
    if (command == QLatin1String("demo")) {
        return demo(rest);
    }
    if (command == QLatin1String("render")) {
        return render(rest);
    }
    if (command == QLatin1String("ais")) {
        return aisCommand(args.mid(1));
    }
    if (command == QLatin1String("incident")) {
        return incidentCommand(args.mid(1));
    }
    if (command == QLatin1String("disembarkation")) {
        return disembarkationCommand(args.mid(1));
    }
    if (command == QLatin1String("stats")) {
        return statsCommand(rest);
    }
    if (command == QLatin1String("ingest")) {
        return ingestCommand(rest);
    }
    if (command == QLatin1String("tracks")) {
        return tracksCommand(args.mid(1));
    }
    if (command == QLatin1String("replay")) {
        return replayCommand(rest);
    }
    if (command == QLatin1String("scenario")) {
        return scenarioCommand(args.mid(1));
    }
    if (command == QLatin1String("db")) {
        return dbCommand(args.mid(1));
    }
    if (command == QLatin1String("exercise")) {
        return exerciseCommand(args.mid(1));
    }
    if (command == QLatin1String("audit") && args.size() >= 2 && args.at(1) == QLatin1String("verify")) {
        QStringList verifyArguments = args.mid(2);
        verifyArguments.prepend(QStringLiteral("marsa-cli audit verify"));
        return auditVerify(verifyArguments);
    }
    printErr(Text::tr("unknown command \"%1\"").arg(command));
    std::fputs(kUsage, stderr);
    return 2;
}

} // namespace marsa::cli
