#include "cli/track_commands.h"

#include "cli/cli_support.h"
#include "core/exercise_stamp.h"
#include "geo/feature_writer.h"
#include "storage/exercise.h"
#include "storage/track_retention.h"
#include "storage/track_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <optional>

namespace marsa::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

/// The store of an existing database: a command that reads or thins tracks never creates one.
std::optional<storage::TrackStore> openExisting(const QString &path, int &exitCode) {
    if (!QFileInfo(path).isFile()) {
        printErr(Text::tr("There is no database at %1.").arg(path));
        exitCode = 1;
        return std::nullopt;
    }
    auto store = storage::TrackStore::open(path);
    if (!store) {
        printErr(store.errorMessage());
        exitCode = 1;
        return std::nullopt;
    }
    return std::move(store.value());
}

QString isoTime(std::int64_t timeMs) {
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODate);
}

int thin(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database."), QStringLiteral("path"));
    const QCommandLineOption olderThan(QStringLiteral("older-than"),
                                       Text::tr("Thin positions older than this many days (default: the "
                                                "database's retention setting, 7 days)."),
                                       QStringLiteral("days"));
    const QCommandLineOption tolerance(QStringLiteral("tolerance"),
                                       Text::tr("Keep points further than this from the simplified track "
                                                "(metres; default: the retention setting, 25)."),
                                       QStringLiteral("metres"));
    const QCommandLineOption maxGap(QStringLiteral("max-gap"),
                                    Text::tr("Keep at least one point this often (minutes; default: the "
                                             "retention setting, 10)."),
                                    QStringLiteral("minutes"));
    parser.addOptions({db, olderThan, tolerance, maxGap});
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    if (parser.value(db).isEmpty()) {
        printErr(Text::tr("tracks thin needs --db PATH"));
        return 2;
    }
    // Numbers first, so that a mistake is told before the database is touched; -1: not given.
    bool ok = true;
    const int days = parser.isSet(olderThan) ? parser.value(olderThan).toInt(&ok) : -1;
    if (!ok || (parser.isSet(olderThan) && (days < 0 || days > 3650))) {
        printErr(Text::tr("--older-than must be a whole number of days from 0 to 3650."));
        return 2;
    }
    const double metres = parser.isSet(tolerance) ? parser.value(tolerance).toDouble(&ok) : -1.0;
    if (!ok || (parser.isSet(tolerance) && !(metres >= 0 && metres <= 1000))) {
        printErr(Text::tr("--tolerance must be a number of metres from 0 to 1000."));
        return 2;
    }
    const int minutes = parser.isSet(maxGap) ? parser.value(maxGap).toInt(&ok) : -1;
    if (!ok || (parser.isSet(maxGap) && (minutes < 1 || minutes > 1440))) {
        printErr(Text::tr("--max-gap must be a whole number of minutes from 1 to 1440."));
        return 2;
    }
    int exitCode = 0;
    auto store = openExisting(parser.value(db), exitCode);
    if (!store) {
        return exitCode;
    }
    auto retention = storage::loadTrackRetention(store->connection());
    if (!retention) {
        printErr(retention.errorMessage());
        return 1;
    }
    storage::TrackRetention applied = retention.value();
    applied.fullDetailDays = days >= 0 ? days : applied.fullDetailDays;
    applied.toleranceMetres = metres >= 0 ? metres : applied.toleranceMetres;
    applied.maxGapMinutes = minutes >= 1 ? minutes : applied.maxGapMinutes;
    const std::int64_t cutoff = applied.cutoffMs(QDateTime::currentMSecsSinceEpoch());
    auto result = store->thin(cutoff, applied.toleranceMetres, applied.maxGapMs());
    if (!result) {
        printErr(result.errorMessage());
        return 1;
    }
    printOut(Text::tr("removed %1 of %2 positions older than %3 (%4 vessels; tolerance %5 m, a point at "
                      "least every %6 min)")
                 .arg(result->removed)
                 .arg(result->examined)
                 .arg(isoTime(result->untilMs))
                 .arg(result->vessels)
                 .arg(applied.toleranceMetres)
                 .arg(applied.maxGapMinutes));
    return 0;
}

int exportTrack(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database."), QStringLiteral("path"));
    const QCommandLineOption mmsiOption(QStringLiteral("mmsi"), Text::tr("The vessel's MMSI."),
                                        QStringLiteral("number"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Text::tr("Start, UTC: 2026-11-18T06:00:00Z or a date."),
                                  QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("End, UTC, included."),
                                QStringLiteral("time"));
    const QCommandLineOption out(QStringLiteral("out"), Text::tr("The file: .gpx or .geojson."),
                                 QStringLiteral("file"));
    const QCommandLineOption force(QStringLiteral("force"), Text::tr("Replace an existing file."));
    parser.addOptions({db, mmsiOption, from, to, out, force});
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    for (const QCommandLineOption *needed : {&db, &mmsiOption, &from, &to, &out}) {
        if (parser.value(*needed).isEmpty()) {
            printErr(Text::tr("tracks export needs --db PATH --mmsi N --from TIME --to TIME --out FILE"));
            return 2;
        }
    }
    bool ok = false;
    const qlonglong mmsi = parser.value(mmsiOption).toLongLong(&ok);
    if (!ok || mmsi < 1 || mmsi > 999'999'999) {
        printErr(Text::tr("--mmsi must be an MMSI: a number of up to nine digits."));
        return 2;
    }
    const auto fromMs = parseTime(parser.value(from));
    const auto toMs = parseTime(parser.value(to));
    if (!fromMs || !toMs) {
        printErr(Text::tr("--from and --to must be UTC times like 2026-11-18T06:00:00Z, or dates."));
        return 2;
    }
    if (*toMs < *fromMs) {
        printErr(Text::tr("The time window ends before it starts: choose a start before the end."));
        return 2;
    }
    const QString path = parser.value(out);
    const auto format = geo::trackFormatFor(path);
    if (!format) {
        printErr(Text::tr("--out must name a .gpx or .geojson file."));
        return 2;
    }
    if (!mayWriteFile(path, parser.isSet(force))) {
        return 1;
    }
    int exitCode = 0;
    auto store = openExisting(parser.value(db), exitCode);
    if (!store) {
        return exitCode;
    }
    const auto vessel = static_cast<std::uint32_t>(mmsi);
    auto track = store->track(vessel, *fromMs, *toMs);
    if (!track) {
        printErr(track.errorMessage());
        return 1;
    }
    if (track->empty()) {
        printErr(Text::tr("No positions of MMSI %1 between %2 and %3; nothing written.")
                     .arg(mmsi)
                     .arg(isoTime(*fromMs), isoTime(*toMs)));
        return 1;
    }
    auto known = store->staticOf(vessel);
    const QString knownName = known && known->has_value() ? known->value().name.trimmed() : QString();
    QString name = knownName.isEmpty() ? QStringLiteral("MMSI %1").arg(mmsi) : knownName;
    if (const QString exercise = storage::exerciseNameOf(store->connection()); !exercise.isEmpty()) {
        name = core::exerciseNotice(exercise) + QStringLiteral(": ") + name; // the track's name in the file
    }
    geo::FeatureWriteOptions options;
    options.overwrite = parser.isSet(force);
    if (auto written = geo::writeTrack(path, *format, name, track.value(), options); !written) {
        printErr(written.errorMessage());
        return 1;
    }
    if (knownName.isEmpty()) {
        printOut(Text::tr("wrote %1 positions of MMSI %2 to %3").arg(track->size()).arg(mmsi).arg(path));
    } else {
        printOut(Text::tr("wrote %1 positions of %2 (MMSI %3) to %4")
                     .arg(track->size())
                     .arg(name)
                     .arg(mmsi)
                     .arg(path));
    }
    return 0;
}

} // namespace

int tracksCommand(const QStringList &arguments) {
    const QString sub = arguments.value(0);
    QStringList rest = arguments.mid(1);
    rest.prepend(QStringLiteral("marsa-cli tracks ") + sub);
    if (sub == QLatin1String("thin")) {
        return thin(rest);
    }
    if (sub == QLatin1String("export")) {
        return exportTrack(rest);
    }
    printErr(Text::tr("tracks needs thin or export; see marsa-cli --help."));
    return 2;
}

} // namespace marsa::cli
