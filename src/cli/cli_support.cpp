#include "cli/cli_support.h"

#include "storage/database_location.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

namespace marsa::cli {
namespace {

// The translation context of marsa-cli's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

} // namespace

void printErr(const QString &text) {
    std::fprintf(stderr, "marsa-cli: %s\n", text.toLocal8Bit().constData());
}

void printOut(const QString &text) {
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
}

void printTable(const QList<QStringList> &rows, const QList<qsizetype> &rightAligned) {
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        widths.resize(std::max(widths.size(), row.size()));
        for (qsizetype column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], row[column].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0) {
                line += QStringLiteral("  ");
            }
            line += rightAligned.contains(column) ? row[column].rightJustified(widths[column])
                                                  : row[column].leftJustified(widths[column]);
        }
        while (line.endsWith(QLatin1Char(' '))) {
            line.chop(1);
        }
        printOut(line);
    }
}

std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &arguments) {
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

bool isExistingDatabase(const QString &location) {
    if (location.isEmpty()) {
        return false;
    }
    const auto parsed = storage::parseDatabaseLocation(location);
    // A URL that does not parse gets its own message (a password in it, ...) when opened.
    return !parsed || parsed->engine == storage::Engine::PostgreSql || QFileInfo::exists(location);
}

OutputOptions::OutputOptions(const QString &what)
    : out(QStringLiteral("out"), what, QStringLiteral("file"))
    , force(QStringLiteral("force"), Text::tr("Replace the file if it exists.")) {}

void OutputOptions::addTo(QCommandLineParser &parser) const {
    parser.addOptions({out, force});
}

bool OutputOptions::mayWrite(const QCommandLineParser &parser) const {
    return mayWriteFile(path(parser), parser.isSet(force));
}

bool mayWriteFile(const QString &path, bool force) {
    if (!force && QFileInfo::exists(path)) {
        printErr(Text::tr("%1 already exists and was left as it is; add --force to replace it.").arg(path));
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes, bool force) {
    if (!mayWriteFile(path, force)) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printErr(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

std::optional<std::int64_t> parseTime(const QString &text) {
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return std::nullopt;
        }
        time = QDateTime(date, QTime(0, 0), Qt::UTC);
    } else if (time.timeSpec() == Qt::LocalTime) {
        time.setTimeSpec(Qt::UTC); // no zone given: the times of a track store are UTC
    }
    return time.toMSecsSinceEpoch();
}

} // namespace marsa::cli
