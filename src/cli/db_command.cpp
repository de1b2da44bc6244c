#include "cli/db_command.h"

#include "cli/cli_support.h"
#include "cli/debrief_command.h"
#include "storage/database.h"
#include "storage/database_copy.h"
#include "storage/database_location.h"
#include "storage/exercise.h"

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
    parser.addOptions({from, to, name});
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
    if (auto checked = storage::checkExerciseName(parser.value(name)); !checked) {
        printErr(checked.errorMessage());
        return 2;
    }
    if (QFileInfo::exists(targetPath)) {
        printErr(Text::tr("%1 exists already and was left as it is: an exercise goes into a new file.")
                     .arg(targetPath));
        return 1;
    }
    auto source = storage::Database::open(sourcePath);
    if (!source) {
        printErr(source.errorMessage());
        return 1;
    }
    auto made = storage::createExerciseDatabase(source.value(), targetPath, parser.value(name));
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
