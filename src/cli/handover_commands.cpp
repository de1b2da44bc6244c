#include "cli/handover_commands.h"

#include "cli/cli_support.h"
#include "core/clock.h"
#include "core/exercise_stamp.h"
#include "core/handover_statistics.h"
#include "models/handover_pdf.h"
#include "storage/database.h"
#include "storage/disembarkation_export.h"
#include "storage/disembarkation_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>

namespace marsa::cli {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

const char *kDisembarkationUsage =
    "usage: marsa-cli disembarkation list --db PATH [--port KEY] [--from DAY] [--to DAY] [--step STATE]\n"
    "                                     [--discrepancy] [--unexplained]\n"
    "       marsa-cli disembarkation export --db PATH --out FILE.csv|FILE.json [--force] [the list's "
    "filters]\n"
    "       marsa-cli disembarkation pdf --db PATH (--ref REFERENCE | --id N) --out FILE.pdf [--force] "
    "[--arabic]\n";

constexpr core::HandoverState kStates[] = {core::HandoverState::Declared, core::HandoverState::Acknowledged,
                                           core::HandoverState::MedicalRecorded,
                                           core::HandoverState::Returned, core::HandoverState::Approved};

QString stateKeys() {
    QStringList keys;
    for (core::HandoverState state : kStates) {
        keys << core::handoverStateKey(state);
    }
    return keys.join(QStringLiteral(", "));
}

QCommandLineOption databaseOption() {
    return {QStringLiteral("db"), Text::tr("The database to read (it is not changed)."),
            QStringLiteral("path")};
}

/// A day as typed ("2026-11-23"); a mistake is said on stderr.
std::optional<QDate> parseDay(const QString &text, const QString &option) {
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid()) {
        printErr(Text::tr("%1 must be a day such as 2026-11-23, not \"%2\".").arg(option, text));
        return std::nullopt;
    }
    return day;
}

/// Opens the existing database named by --db and hands the handover service to work.
int withService(const QString &path, const QString &command,
                const std::function<int(const storage::DisembarkationService &)> &work) {
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
    const storage::DisembarkationService service(database.value(), clock);
    return work(service);
}

/// The disembarkations as JSON: an array, or from an exercise database an object that says so
/// first ({"exercise": "EXERCISE — name — not operational data", "disembarkations": [...]}).
QJsonDocument stampedJson(const storage::Database &database, const QJsonArray &rows) {
    if (!database.isExercise()) {
        return QJsonDocument(rows);
    }
    return QJsonDocument(
        QJsonObject{{QLatin1String(core::kExerciseColumn), core::exerciseNotice(database.exerciseName())},
                    {QStringLiteral("disembarkations"), rows}});
}

/// The options list and export share.
struct FilterOptions {
    QCommandLineOption port{QStringLiteral("port"),
                            Text::tr("Only this port or place (its key, e.g. tripoli; other: positions)."),
                            QStringLiteral("key")};
    QCommandLineOption from{QStringLiteral("from"), Text::tr("Brought ashore on or after this day (UTC)."),
                            QStringLiteral("day")};
    QCommandLineOption to{QStringLiteral("to"), Text::tr("Brought ashore on or before this day (UTC)."),
                          QStringLiteral("day")};
    QCommandLineOption step{QStringLiteral("step"),
                            Text::tr("Only handovers at this step: %1.").arg(stateKeys()),
                            QStringLiteral("state")};
    QCommandLineOption discrepancy{QStringLiteral("discrepancy"), Text::tr("Only those with a discrepancy.")};
    QCommandLineOption unexplained{QStringLiteral("unexplained"),
                                   Text::tr("Only those with a discrepancy not yet explained.")};

    void addTo(QCommandLineParser &parser) const {
        parser.addOptions({port, from, to, step, discrepancy, unexplained});
    }

    /// The filter, or nothing after a usage mistake (said on stderr).
    std::optional<storage::DisembarkationFilter> read(const QCommandLineParser &parser) const {
        storage::DisembarkationFilter filter;
        filter.placeKey = parser.value(port).trimmed().toLower();
        if (parser.isSet(from)) {
            const auto day = parseDay(parser.value(from), QStringLiteral("--from"));
            if (!day) {
                return std::nullopt;
            }
            filter.from = *day;
        }
        if (parser.isSet(to)) {
            const auto day = parseDay(parser.value(to), QStringLiteral("--to"));
            if (!day) {
                return std::nullopt;
            }
            filter.to = *day;
        }
        if (parser.isSet(step)) {
            filter.state = core::handoverStateFromKey(parser.value(step).trimmed().toLower());
            if (!filter.state) {
                printErr(Text::tr("--step must be one of: %1.").arg(stateKeys()));
                return std::nullopt;
            }
        }
        filter.withDiscrepancyOnly = parser.isSet(discrepancy);
        filter.unexplainedOnly = parser.isSet(unexplained);
        return filter;
    }
};

QString discrepancyText(const storage::DisembarkationRow &row) {
    if (row.discrepancies.empty()) {
        return QStringLiteral("-");
    }
    if (row.unexplained.empty()) {
        return Text::tr("%1 explained").arg(row.discrepancies.size());
    }
    return Text::tr("%1 of %2 unexplained").arg(row.unexplained.size()).arg(row.discrepancies.size());
}

int list(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    const FilterOptions filters;
    filters.addTo(parser);
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const auto filter = filters.read(parser);
    if (!filter) {
        return 2;
    }
    return withService(
        parser.value(db), QStringLiteral("disembarkation list"),
        [&](const storage::DisembarkationService &service) {
            auto rows = service.list(*filter);
            if (!rows) {
                printErr(rows.errorMessage());
                return 1;
            }
            if (rows->empty()) {
                printOut(Text::tr("No disembarkations."));
                return 0;
            }
            QList<QStringList> table{{Text::tr("Disembarkation"), Text::tr("Ashore (UTC)"), Text::tr("Place"),
                                      Text::tr("Unit"), Text::tr("Persons"), Text::tr("Men"),
                                      Text::tr("Women"), Text::tr("Children"), Text::tr("Unknown"),
                                      Text::tr("Bodies"), Text::tr("Step"), Text::tr("Discrepancies")}};
            for (const storage::DisembarkationRow &row : rows.value()) {
                const core::Disembarkation &d = row.disembarkation;
                const core::Declaration &declared = d.declaration.values;
                table.append(
                    {d.reference(), declared.timeUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'")),
                     d.placeName, declared.unit, QString::number(declared.persons.total()),
                     QString::number(declared.persons.men), QString::number(declared.persons.women),
                     QString::number(declared.persons.children()), QString::number(declared.persons.unknown),
                     QString::number(declared.bodiesRecovered), core::handoverStateKey(d.state),
                     discrepancyText(row)});
            }
            printTable(table, {4, 5, 6, 7, 8, 9});
            return 0;
        });
}

int exportDisembarkations(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db = databaseOption();
    const OutputOptions out(Text::tr("The file to write: .csv or .json."));
    parser.addOption(db);
    out.addTo(parser);
    const FilterOptions filters;
    filters.addTo(parser);
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const QString output = out.path(parser);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (output.isEmpty() || (suffix != QLatin1String("csv") && suffix != QLatin1String("json"))) {
        printErr(Text::tr("disembarkation export needs --out FILE.csv or FILE.json."));
        return 2;
    }
    const auto filter = filters.read(parser);
    if (!filter) {
        return 2;
    }
    return withService(
        parser.value(db), QStringLiteral("disembarkation export"),
        [&](const storage::DisembarkationService &service) {
            auto rows = service.list(*filter);
            auto lists = service.lists();
            if (!rows || !lists) {
                printErr(!rows ? rows.errorMessage() : lists.errorMessage());
                return 1;
            }
            const storage::Database &database = service.database();
            QByteArray bytes;
            if (suffix == QLatin1String("csv")) {
                bytes = storage::disembarkationsCsv(rows.value(), lists.value());
                bytes = database.isExercise() ? core::stampCsv(bytes) : bytes;
            } else {
                bytes =
                    stampedJson(database, storage::disembarkationsJson(rows.value(), lists.value())).toJson();
            }
            if (!writeFile(output, bytes, parser.isSet(out.force))) {
                return 1;
            }
            printOut(Text::tr("wrote %1 (disembarkations: %2)").arg(output).arg(rows->size()));
            return 0;
        });
}

/// The disembarkation named by --ref ("LY-2026-0001/1") or --id; a mistake is said on stderr.
std::optional<core::DisembarkationId> findDisembarkation(const storage::DisembarkationService &service,
                                                         const QString &reference, const QString &id) {
    if (!id.isEmpty()) {
        bool isNumber = false;
        const qint64 value = id.trimmed().toLongLong(&isNumber);
        if (!isNumber || value <= 0) {
            printErr(Text::tr("--id must be a disembarkation's number, not \"%1\".").arg(id));
            return std::nullopt;
        }
        return core::DisembarkationId{value};
    }
    auto rows = service.list({});
    if (!rows) {
        printErr(rows.errorMessage());
        return std::nullopt;
    }
    for (const storage::DisembarkationRow &row : rows.value()) {
        if (row.disembarkation.reference().compare(reference.trimmed(), Qt::CaseInsensitive) == 0) {
            return row.disembarkation.id;
        }
    }
    printErr(Text::tr("No disembarkation %1; marsa-cli disembarkation list shows them.").arg(reference));
    return std::nullopt;
}

int printPdf(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption reference(QStringLiteral("ref"),
                                       Text::tr("The disembarkation, e.g. LY-2026-0001/1."),
                                       QStringLiteral("reference"));
    const QCommandLineOption id(
        QStringLiteral("id"), Text::tr("The disembarkation's number in the database."), QStringLiteral("n"));
    const QCommandLineOption arabic(
        QStringLiteral("arabic"), Text::tr("Right to left, with the Arabic names of places and facilities."));
    const OutputOptions out(Text::tr("The PDF file to write."));
    parser.addOptions({db, reference, id, arabic});
    out.addTo(parser);
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    if (parser.isSet(reference) == parser.isSet(id)) {
        printErr(Text::tr("disembarkation pdf needs either --ref REFERENCE or --id N."));
        return 2;
    }
    const QString output = out.path(parser);
    if (QFileInfo(output).suffix().toLower() != QLatin1String("pdf")) {
        printErr(Text::tr("disembarkation pdf needs --out FILE.pdf."));
        return 2;
    }
    return withService(
        parser.value(db), QStringLiteral("disembarkation pdf"),
        [&](const storage::DisembarkationService &service) {
            const auto found = findDisembarkation(service, parser.value(reference), parser.value(id));
            if (!found) {
                return 1;
            }
            auto data = models::readHandoverPrintData(service, *found);
            if (!data) {
                printErr(data.errorMessage());
                return 1;
            }
            if (!out.mayWrite(parser)) {
                return 1;
            }
            models::HandoverPrintOptions options;
            options.arabic = parser.isSet(arabic);
            options.exerciseName = service.database().exerciseName();
            if (auto written = models::writeHandoverPdf(data.value(), output, options); !written) {
                printErr(written.errorMessage());
                return 1;
            }
            printOut(
                Text::tr("wrote %1 (disembarkation %2)").arg(output, data->row.disembarkation.reference()));
            return 0;
        });
}

QStringList figureColumns(const core::HandoverFigures &f) {
    QStringList columns;
    for (int value :
         {f.boats, f.persons.total(), f.persons.men, f.persons.women, f.persons.children(), f.persons.unknown,
          f.unaccompaniedMinors, f.dead, f.missing, f.medicalCases, f.medicalEvacuations}) {
        columns << QString::number(value);
    }
    return columns;
}

QStringList figureHeaders() {
    return {Text::tr("Boats"),    Text::tr("Persons"),       Text::tr("Men"),           Text::tr("Women"),
            Text::tr("Children"), Text::tr("Unknown"),       Text::tr("Unaccompanied"), Text::tr("Dead"),
            Text::tr("Missing"),  Text::tr("Medical cases"), Text::tr("Evacuated")};
}

} // namespace

int disembarkationCommand(const QStringList &arguments) {
    const QString command = arguments.value(0);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(kDisembarkationUsage, stdout);
        return 0;
    }
    // QCommandLineParser expects the program name first.
    QStringList rest = arguments.mid(1);
    rest.prepend(QStringLiteral("marsa-cli disembarkation ") + command);
    if (command == QLatin1String("list")) {
        return list(rest);
    }
    if (command == QLatin1String("export")) {
        return exportDisembarkations(rest);
    }
    if (command == QLatin1String("pdf")) {
        return printPdf(rest);
    }
    printErr(command.isEmpty() ? Text::tr("disembarkation needs list, export or pdf.")
                               : Text::tr("unknown disembarkation command \"%1\"").arg(command));
    std::fputs(kDisembarkationUsage, stderr);
    return 2;
}

int statsCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("The first day (UTC)."),
                                  QStringLiteral("day"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("The last day (UTC)."), QStringLiteral("day"));
    const QCommandLineOption by(QStringLiteral("by"), Text::tr("week (ISO 8601, Monday to Sunday) or month."),
                                QStringLiteral("period"), QStringLiteral("week"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 Text::tr("Also write the figures as CSV in IOM's weekly-update layout."),
                                 QStringLiteral("file"));
    const QCommandLineOption approved(QStringLiteral("approved-only"),
                                      Text::tr("Count approved handovers only."));
    const QCommandLineOption force(QStringLiteral("force"), Text::tr("Replace the CSV file if it exists."));
    parser.addOptions({db, from, to, by, csv, approved, force});
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    if (!parser.isSet(from) || !parser.isSet(to)) {
        printErr(Text::tr("stats needs --from DAY and --to DAY."));
        return 2;
    }
    const auto first = parseDay(parser.value(from), QStringLiteral("--from"));
    const auto last = parseDay(parser.value(to), QStringLiteral("--to"));
    if (!first || !last) {
        return 2;
    }
    if (*last < *first) {
        printErr(Text::tr("--to (%1) is before --from (%2).")
                     .arg(last->toString(Qt::ISODate), first->toString(Qt::ISODate)));
        return 2;
    }
    const auto period = core::statisticsPeriodFromKey(parser.value(by).trimmed().toLower());
    if (!period) {
        printErr(Text::tr("--by must be week or month."));
        return 2;
    }
    const core::StatisticsRequest request{*first, *last, *period, parser.isSet(approved)};
    return withService(
        parser.value(db), QStringLiteral("stats"), [&](const storage::DisembarkationService &service) {
            auto stats = service.statistics(request);
            if (!stats) {
                printErr(stats.errorMessage());
                return 1;
            }
            QList<QStringList> periods{QStringList{Text::tr("Period"), Text::tr("From"), Text::tr("To")} +
                                       figureHeaders()};
            for (const core::PeriodFigures &p : stats->periods) {
                periods.append(
                    QStringList{p.label, p.first.toString(Qt::ISODate), p.last.toString(Qt::ISODate)} +
                    figureColumns(p.total));
            }
            periods.append(
                QStringList{Text::tr("Total"), first->toString(Qt::ISODate), last->toString(Qt::ISODate)} +
                figureColumns(stats->total));
            printTable(periods, {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
            printOut(QString());
            QList<QStringList> places{QStringList{Text::tr("Disembarkation point")} + figureHeaders()};
            for (const core::PlaceFigures &place : stats->byPlace) {
                places.append(QStringList{place.placeName} + figureColumns(place.figures));
            }
            printTable(places, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
            if (parser.isSet(csv)) {
                const QString path = parser.value(csv);
                const QByteArray bytes = core::iomWeeklyCsv(stats.value()).toUtf8();
                if (!writeFile(path, service.database().isExercise() ? core::stampCsv(bytes) : bytes,
                               parser.isSet(force))) {
                    return 1;
                }
                printOut(Text::tr("wrote %1 (periods: %2)").arg(path).arg(stats->periods.size()));
            }
            return 0;
        });
}

} // namespace marsa::cli
