#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

// Shared by marsa-cli's commands: where their words go, and how their options are read.
namespace marsa::cli {

/// A message on stderr, after "marsa-cli: ".
void printErr(const QString &text);
/// A line on stdout.
void printOut(const QString &text);

/// Prints rows in columns two spaces apart, without trailing blanks; the columns listed in
/// rightAligned (numbers) line up on the right.
void printTable(const QList<QStringList> &rows, const QList<qsizetype> &rightAligned = {});

/// True when --db names a database to open: an existing SQLite file, or a postgresql:// URL (the
/// server answers whether it exists, and a bad URL is refused with its reason, at the open).
bool isExistingDatabase(const QString &location);

/// Parses a command's options; answers the exit code when the command should stop here
/// (2 for a mistake, 0 for --help).
std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &arguments);

/// An ISO 8601 UTC time (2026-11-18T11:00:00Z, seconds and zone optional; no zone is UTC) or a
/// date (midnight UTC), in milliseconds since the epoch; none when it is neither.
std::optional<std::int64_t> parseTime(const QString &text);

/// --out FILE and --force, as every command that writes a file reads them.
struct OutputOptions {
    QCommandLineOption out;
    QCommandLineOption force;

    /// `what`: the --out option's description ("The file to write: .csv or .json.").
    explicit OutputOptions(const QString &what);
    void addTo(QCommandLineParser &parser) const;
    QString path(const QCommandLineParser &parser) const { return parser.value(out); }
    /// Whether the file may be written: false, said on stderr, when it exists and --force is not set.
    bool mayWrite(const QCommandLineParser &parser) const;
};

/// False, said on stderr, when `path` exists and `force` is not set: an existing file is left as it is.
bool mayWriteFile(const QString &path, bool force);
/// Writes a whole file, or nothing (QSaveFile); an existing file is kept unless `force`. Failures are
/// said on stderr.
bool writeFile(const QString &path, const QByteArray &bytes, bool force);

} // namespace marsa::cli
