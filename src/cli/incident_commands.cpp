#include "cli/incident_commands.h"

#include "cli/cli_support.h"
#include "cli/incident_export.h"
#include "core/clock.h"
#include "geo/coordinate_format.h"
#include "geo/feature_writer.h"
#include "storage/database.h"
#include "storage/incident_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>
#include <tuple>

namespace marsa::cli {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

using Incidents = std::vector<core::Incident>;

const char *kIncidentUsage =
    "usage: marsa-cli incident list --db PATH [--open] [--phase incerfa|alerfa|detresfa] [--status KEY]\n"
    "       marsa-cli incident show --db PATH CASE\n"
    "       marsa-cli incident export --db PATH --format csv|geojson --out FILE [--case CASE] [--force]\n";

constexpr core::EmergencyPhase kPhases[] = {core::EmergencyPhase::Uncertainty, core::EmergencyPhase::Alert,
                                            core::EmergencyPhase::Distress};

QCommandLineOption databaseOption() {
    return {QStringLiteral("db"), Text::tr("The database to read (it is not changed)."),
            QStringLiteral("path")};
}

/// "2026-05-01 10:00Z": an alert's time is known to the minute.
QString utcText(const QDateTime &time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'"));
}

/// "incerfa", "ALERFA", ...: the IAMSAR code word, in any case.
std::optional<core::EmergencyPhase> phaseFromCode(const QString &text) {
    for (const core::EmergencyPhase phase : kPhases) {
        if (text.trimmed().compare(core::phaseCode(phase), Qt::CaseInsensitive) == 0) {
            return phase;
        }
    }
    return std::nullopt;
}

QStringList statusKeys() {
    QStringList keys;
    for (int i = 0; i <= static_cast<int>(core::IncidentStatus::LostContact); ++i) {
        keys << core::statusKey(static_cast<core::IncidentStatus>(i));
    }
    return keys;
}

/// Opens the existing database named by --db, reads its incidents and hands them to work.
/// Answers work's exit code; 2 without a database to read, 1 when it cannot be read.
int withService(const QString &path, const QString &command,
                const std::function<int(const storage::IncidentService &)> &work) {
    if (!isExistingDatabase(path)) {
        printErr(Text::tr("%1 needs --db PATH of an existing database").arg(command));
        return 2;
    }
    auto database = storage::Database::open(path);
    if (!database) {
        printErr(database.errorMessage());
        return 1;
    }
    const core::SystemClock clock;
    const storage::IncidentService service(database.value(), clock);
    return work(service);
}

/// A case number as typed; a malformed one is said on stderr (a usage mistake, exit 2).
std::optional<core::CaseNumber> parseCaseNumber(const QString &text) {
    auto number = core::CaseNumber::parse(text);
    if (!number) {
        printErr(Text::tr("\"%1\" is not a case number; case numbers look like LY-2026-0001.").arg(text));
    }
    return number;
}

int list(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption open(QStringLiteral("open"),
                                  Text::tr("Only open cases (not closed, transferred or a false alarm)."));
    const QCommandLineOption phase(QStringLiteral("phase"),
                                   Text::tr("Only cases in this phase: incerfa, alerfa or detresfa."),
                                   QStringLiteral("phase"));
    const QCommandLineOption status(
        QStringLiteral("status"), Text::tr("Only cases with this status: %1.").arg(statusKeys().join(u", ")),
        QStringLiteral("key"));
    parser.addOptions({db, open, phase, status});
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    std::optional<core::EmergencyPhase> phaseFilter;
    if (parser.isSet(phase)) {
        phaseFilter = phaseFromCode(parser.value(phase));
        if (!phaseFilter) {
            printErr(Text::tr("--phase must be incerfa, alerfa or detresfa."));
            return 2;
        }
    }
    std::optional<core::IncidentStatus> statusFilter;
    if (parser.isSet(status)) {
        statusFilter = core::statusFromKey(parser.value(status).trimmed().toLower());
        if (!statusFilter) {
            printErr(Text::tr("--status must be one of: %1.").arg(statusKeys().join(u", ")));
            return 2;
        }
    }
    storage::IncidentFilter filter; // the Incidents panel's search: newest first
    filter.openOnly = parser.isSet(open);
    filter.phase = phaseFilter;
    filter.status = statusFilter;
    filter.limit = 1'000'000'000; // every case: a list for a file or a pipe has no page
    return withService(
        parser.value(db), QStringLiteral("incident list"), [&](const storage::IncidentService &service) {
            auto found = service.search(filter);
            if (!found) {
                printErr(found.errorMessage());
                return 1;
            }
            Incidents shown;
            for (storage::IncidentRow &row : found->rows) {
                shown.push_back(std::move(row.incident));
            }
            if (shown.empty()) {
                printOut(Text::tr("No incidents."));
                return 0;
            }
            QList<QStringList> rows{{Text::tr("Case"), Text::tr("First alert (UTC)"), Text::tr("Phase"),
                                     Text::tr("Status"), Text::tr("POB"), Text::tr("Position"),
                                     Text::tr("SRR"), Text::tr("Exercise")}};
            for (const core::Incident &incident : shown) {
                rows.append({incident.caseNumber.text(), utcText(incident.firstAlertUtc),
                             core::phaseCode(incident.phase), core::statusKey(incident.status),
                             QString::number(incident.personsOnBoard.total),
                             geo::formatPosition({incident.latitude, incident.longitude}, 1),
                             incident.srrs.join(QLatin1Char('+')),
                             incident.isExercise ? Text::tr("yes") : Text::tr("no")});
            }
            printTable(rows, {4}); // persons on board, a number
            return 0;
        });
}

/// Every field of an incident, a label and its value a row.
QList<QStringList> details(const core::Incident &incident) {
    const core::PersonsOnBoard &pob = incident.personsOnBoard;
    const auto count = [](const std::optional<int> &n) {
        return n ? QString::number(*n) : Text::tr("unknown");
    };
    const QString outcome = incident.outcome ? Text::tr("%1 rescued, %2 dead, %3 missing")
                                                   .arg(incident.outcome->rescued)
                                                   .arg(incident.outcome->dead)
                                                   .arg(incident.outcome->missing)
                                             : Text::tr("none recorded");
    return {
        {Text::tr("Case"), incident.caseNumber.text()},
        {Text::tr("Exercise"), incident.isExercise ? Text::tr("yes") : Text::tr("no")},
        {Text::tr("First alert (UTC)"), utcText(incident.firstAlertUtc)},
        {Text::tr("Alert source"), core::alertSourceKey(incident.alertSource)},
        {Text::tr("Position"), QStringLiteral("%1  (%2, %3)")
                                   .arg(geo::formatPosition({incident.latitude, incident.longitude}))
                                   .arg(incident.latitude, 0, 'f', 5)
                                   .arg(incident.longitude, 0, 'f', 5)},
        {Text::tr("Uncertainty"), Text::tr("%1 NM").arg(incident.positionUncertaintyNm, 0, 'f', 1)},
        {Text::tr("SRRs"), incident.srrs.join(QStringLiteral(" + "))},
        {Text::tr("Craft"), core::craftKey(incident.craft)},
        {Text::tr("Craft condition"), incident.craftCondition},
        {Text::tr("Persons on board"), Text::tr("%1 (men %2, women %3, children %4)")
                                           .arg(pob.total)
                                           .arg(count(pob.men), count(pob.women), count(pob.children))},
        {Text::tr("Weather"), incident.weather},
        {Text::tr("Phase"), core::phaseCode(incident.phase)},
        {Text::tr("Status"),
         QStringLiteral("%1 (%2)").arg(core::statusKey(incident.status), core::statusName(incident.status))},
        {Text::tr("Outcome"), outcome},
        {Text::tr("Record"), Text::tr("id %1, version %2").arg(incident.id.value).arg(incident.version)},
    };
}

int show(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("case"), Text::tr("The case number, e.g. LY-2026-0001."));
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printErr(Text::tr("incident show needs one case number, e.g. LY-2026-0001."));
        return 2;
    }
    const auto number = parseCaseNumber(positional.front());
    if (!number) {
        return 2;
    }
    const QString path = parser.value(db);
    return withService(path, QStringLiteral("incident show"), [&](const storage::IncidentService &service) {
        const auto incident = service.find(*number);
        if (!incident) {
            printErr(incident.errorMessage());
            return 1;
        }
        auto timeline = service.timeline(incident->id);
        if (!timeline) {
            printErr(timeline.errorMessage());
            return 1;
        }
        printTable(details(*incident));
        printOut(QString());
        printOut(Text::tr("Timeline"));
        QList<QStringList> rows{{Text::tr("Time (UTC)"), Text::tr("User"), Text::tr("Agency"),
                                 Text::tr("Kind"), Text::tr("Summary"), Text::tr("Remarks")}};
        for (const storage::IncidentEvent &event : timeline.value()) {
            rows.append({utcText(event.timeUtc), event.userName, event.agency, event.kind,
                         event.summary.simplified(), event.remarks.simplified()});
        }
        printTable(rows);
        return 0;
    });
}

int exportIncidents(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("csv or geojson."),
                                    QStringLiteral("format"));
    const OutputOptions output(Text::tr("The file to write."));
    const QCommandLineOption only(QStringLiteral("case"), Text::tr("Export only this case."),
                                  QStringLiteral("case"));
    parser.addOptions({db, format, only});
    output.addTo(parser);
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const QString formatName = parser.value(format).trimmed().toLower();
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("geojson")) {
        printErr(Text::tr("--format must be csv or geojson."));
        return 2;
    }
    const geo::FeatureFormat featureFormat =
        formatName == QLatin1String("csv") ? geo::FeatureFormat::Csv : geo::FeatureFormat::GeoJson;
    const QString outputPath = output.path(parser);
    if (outputPath.isEmpty()) {
        printErr(Text::tr("incident export needs --out FILE."));
        return 2;
    }
    std::optional<core::CaseNumber> number;
    if (parser.isSet(only)) {
        number = parseCaseNumber(parser.value(only));
        if (!number) {
            return 2;
        }
    }
    geo::FeatureWriteOptions options;
    options.overwrite = parser.isSet(output.force);
    const QString path = parser.value(db);
    return withService(path, QStringLiteral("incident export"), [&](const storage::IncidentService &service) {
        if (!output.mayWrite(parser)) {
            return 1;
        }
        Incidents selected;
        if (number) {
            auto incident = service.find(*number);
            if (!incident) {
                printErr(incident.errorMessage());
                return 1;
            }
            selected = {incident.value()};
        } else if (auto all = service.all()) {
            selected = std::move(all.value());
        } else {
            printErr(all.errorMessage());
            return 1;
        }
        auto written = geo::writePointFeatures(
            outputPath, featureFormat, incidentLayer(selected, service.database().exerciseName()), options);
        if (!written) {
            printErr(written.errorMessage());
            return 1;
        }
        printOut(Text::tr("wrote %1 (incidents: %2)").arg(outputPath).arg(selected.size()));
        return 0;
    });
}

} // namespace

int incidentCommand(const QStringList &arguments) {
    const QString command = arguments.value(0);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(kIncidentUsage, stdout);
        return 0;
    }
    // QCommandLineParser expects the program name first.
    QStringList rest = arguments.mid(1);
    rest.prepend(QStringLiteral("marsa-cli incident ") + command);
    if (command == QLatin1String("list")) {
        return list(rest);
    }
    if (command == QLatin1String("show")) {
        return show(rest);
    }
    if (command == QLatin1String("export")) {
        return exportIncidents(rest);
    }
    printErr(command.isEmpty() ? Text::tr("incident needs list, show or export.")
                               : Text::tr("unknown incident command \"%1\"").arg(command));
    std::fputs(kIncidentUsage, stderr);
    return 2;
}

} // namespace marsa::cli
