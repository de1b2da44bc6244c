#pragma once

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

} // namespace marsa::cli
