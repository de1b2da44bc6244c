#include "storage/exercise.h"

#include "storage/database_copy.h"
#include "storage/database_location.h"
#include "storage/exercise_traffic.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <array>
#include <utility>

namespace marsa::storage {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::Exercise)
};

// A table after those it refers to, with the order its rows are read in.
constexpr std::array kExerciseTables{
    std::pair{"places", "place_key"},
    std::pair{"users", "user_id"},
    std::pair{"assets", "asset_id"},
    std::pair{"handover_facilities", "facility_id"},
};

constexpr int kLongestName = 80;

QStringList markKeys() {
    return {QLatin1String(kModeKey), QLatin1String(kExerciseNameKey), QLatin1String(kExerciseSourceKey),
            QLatin1String(kExerciseCreatedKey)};
}

// Locked with the mark whether written or not: a scenario is given at creation or never.
QStringList lockedKeys() {
    return markKeys() << QLatin1String(kExerciseScenarioKey) << QLatin1String(kExerciseStartKey);
}

core::Result<std::int64_t> count(const Database &database, const QString &table) {
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next()) {
        return core::Error{Text::tr("Cannot read %1: %2").arg(table, query.lastError().text())};
    }
    return query.value(0).toLongLong();
}

void removeSqliteFile(const QString &path) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

// The scenario's own units, in the exercise only: a home port the exercise knows, a name it has not.
core::Result<void> addExerciseAssets(const Database &target, const std::vector<core::Asset> &assets) {
    for (const core::Asset &asset : assets) {
        QSqlQuery port(target.connection());
        port.prepare(QStringLiteral("SELECT COUNT(*) FROM places WHERE place_key = ?"));
        port.addBindValue(asset.homePort);
        if (!port.exec() || !port.next()) {
            return core::Error{Text::tr("Cannot read the places: %1").arg(port.lastError().text())};
        }
        if (port.value(0).toInt() == 0) {
            return core::Error{
                Text::tr("The scenario's unit %1 has its home port at \"%2\", which is not a place "
                         "of the operational database.")
                    .arg(asset.name, asset.homePort)};
        }
        QSqlQuery insert(target.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO assets (name, call_sign, mmsi, kind, home_port, speed_kn, is_active) "
                           "VALUES (?, ?, ?, ?, ?, ?, 1)"));
        insert.addBindValue(asset.name);
        insert.addBindValue(asset.callSign.isNull() ? QStringLiteral("") : asset.callSign);
        insert.addBindValue(asset.mmsi ? QVariant::fromValue<qlonglong>(*asset.mmsi)
                                       : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(core::assetKindKey(asset.kind));
        insert.addBindValue(asset.homePort);
        insert.addBindValue(asset.speedKnots ? QVariant(*asset.speedKnots)
                                             : QVariant(QMetaType(QMetaType::Double)));
        if (!insert.exec()) {
            return core::Error{
                Text::tr("Cannot add the scenario's unit %1: %2 (is the name or the MMSI taken?)")
                    .arg(asset.name, insert.lastError().text())};
        }
    }
    return {};
}

} // namespace

QString exerciseNameOf(const QSqlDatabase &connection) {
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?)"));
    query.addBindValue(QLatin1String(kModeKey));
    query.addBindValue(QLatin1String(kExerciseNameKey));
    QString mode;
    QString name;
    if (query.exec()) {
        while (query.next()) {
            (query.value(0).toString() == QLatin1String(kModeKey) ? mode : name) = query.value(1).toString();
        }
    }
    return mode == QLatin1String(kExerciseMode) ? name : QString();
}

core::Result<std::optional<ExerciseScript>> exerciseScriptOf(const QSqlDatabase &connection) {
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?, ?)"));
    query.addBindValue(QLatin1String(kModeKey));
    query.addBindValue(QLatin1String(kExerciseScenarioKey));
    query.addBindValue(QLatin1String(kExerciseStartKey));
    if (!query.exec()) {
        return core::Error{Text::tr("Cannot read the exercise's scenario: %1").arg(query.lastError().text())};
    }
    QString mode;
    QString text;
    QString start;
    while (query.next()) {
        const QString key = query.value(0).toString();
        (key == QLatin1String(kModeKey)               ? mode
         : key == QLatin1String(kExerciseScenarioKey) ? text
                                                      : start) = query.value(1).toString();
    }
    if (mode != QLatin1String(kExerciseMode) || text.isEmpty()) {
        return std::optional<ExerciseScript>{};
    }
    const QDateTime startUtc = QDateTime::fromString(start, Qt::ISODateWithMs).toUTC();
    if (!startUtc.isValid()) {
        return core::Error{Text::tr("The exercise's T+0 \"%1\" is not a time.").arg(start)};
    }
    return std::optional<ExerciseScript>{ExerciseScript{text, startUtc}};
}

QStringList exerciseTables() {
    QStringList tables;
    for (const auto &[table, key] : kExerciseTables) {
        tables << QString::fromLatin1(table);
    }
    return tables;
}

core::Result<QString> checkExerciseName(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return core::Error{Text::tr("An exercise needs a name (for example \"Zuwara night, course 3\").")};
    }
    if (trimmed.size() > kLongestName) {
        return core::Error{Text::tr("The exercise's name is longer than %1 characters.").arg(kLongestName)};
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control) {
            return core::Error{Text::tr("The exercise's name holds a line break or a control character.")};
        }
    }
    return trimmed;
}

core::Result<void> lockExerciseMark(const Database &database) {
    QSqlQuery query(database.connection());
    const QStringList statements =
        database.dialect().protectMetaKeys(QStringLiteral("meta_exercise"), lockedKeys(),
                                           QStringLiteral("an exercise database stays an exercise"));
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            return core::Error{Text::tr("Cannot lock the exercise mark: %1").arg(query.lastError().text())};
        }
    }
    return {};
}

core::Result<void> markAsExercise(const Database &database, const QString &name, const QString &source,
                                  const QDateTime &createdUtc, const std::optional<ExerciseScript> &script) {
    if (script && (script->scenarioText.trimmed().isEmpty() || !script->startUtc.isValid())) {
        return core::Error{Text::tr("An exercise's scenario needs its text and the time of its T+0.")};
    }
    auto checked = checkExerciseName(name);
    if (!checked) {
        return checked.error();
    }
    if (database.isExercise() || !database.meta(QLatin1String(kModeKey)).isEmpty()) {
        return core::Error{Text::tr("%1 is marked already; its mark never changes.").arg(database.path())};
    }
    auto cases = count(database, QStringLiteral("incidents"));
    if (!cases) {
        return cases.error();
    }
    if (cases.value() > 0) {
        return core::Error{Text::tr("%1 holds %2 cases: a database with records never becomes an exercise. "
                                    "Create a new exercise database from it instead.")
                               .arg(database.path())
                               .arg(cases.value())};
    }
    Transaction transaction(database.connection());
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    // A null QString binds as NULL: an exercise made from nothing (a scenario) names no source.
    const QString values[] = {QLatin1String(kExerciseMode), checked.value(),
                              source.isNull() ? QLatin1String("") : source,
                              createdUtc.toUTC().toString(Qt::ISODate)};
    QStringList keys = markKeys();
    QStringList written(std::begin(values), std::end(values));
    if (script) {
        keys << QLatin1String(kExerciseScenarioKey) << QLatin1String(kExerciseStartKey);
        written << script->scenarioText << script->startUtc.toUTC().toString(Qt::ISODateWithMs);
    }
    for (int i = 0; i < keys.size(); ++i) {
        query.addBindValue(keys.at(i));
        query.addBindValue(written.at(i));
        if (!query.exec()) {
            return core::Error{Text::tr("Cannot mark the exercise: %1").arg(query.lastError().text())};
        }
    }
    if (auto locked = lockExerciseMark(database); !locked) {
        return locked;
    }
    if (!transaction.commit()) {
        return core::Error{
            Text::tr("Cannot mark the exercise: %1").arg(database.connection().lastError().text())};
    }
    return {};
}

core::Result<ExerciseReport>
createExerciseDatabase(const Database &source, const QString &targetPath, const QString &name,
                       const std::optional<ExerciseScript> &script, const std::vector<core::Asset> &newAssets,
                       const std::optional<std::pair<std::int64_t, std::int64_t>> &trafficWindow) {
    auto checked = checkExerciseName(name);
    if (!checked) {
        return checked.error();
    }
    if (trafficWindow && source.isExercise()) {
        return core::Error{Text::tr("%1 is an exercise database: an exercise from a replay window is made "
                                    "from the operational database.")
                               .arg(source.path())};
    }
    if (trafficWindow && (!script || trafficWindow->second <= trafficWindow->first)) {
        return core::Error{Text::tr("An exercise from a replay window needs its scenario and a window that "
                                    "ends after it starts.")};
    }
    auto location = parseDatabaseLocation(targetPath);
    if (!location) {
        return location.error();
    }
    if (location->engine != Engine::Sqlite) {
        return core::Error{Text::tr("An exercise is created as a new SQLite file; copy it to PostgreSQL "
                                    "afterwards with marsa-cli db copy.")};
    }
    if (QFileInfo::exists(targetPath)) {
        return core::Error{Text::tr("%1 exists already: an exercise goes into a new file.").arg(targetPath)};
    }
    auto report = [&]() -> core::Result<ExerciseReport> {
        auto target = Database::open(targetPath);
        if (!target) {
            return target.error();
        }
        ExerciseReport made{target->path(), {}};
        Transaction transaction(target->connection());
        if (!transaction.isActive()) {
            return core::Error{
                Text::tr("Cannot start a transaction: %1").arg(target->connection().lastError().text())};
        }
        for (const auto &[table, key] : kExerciseTables) {
            auto rows =
                copyTable(source, target.value(), QString::fromLatin1(table), QString::fromLatin1(key));
            if (!rows) {
                return rows.error();
            }
            made.tables << ExerciseCopy{QString::fromLatin1(table), rows.value()};
        }
        if (auto added = addExerciseAssets(target.value(), newAssets); !added) {
            return added.error();
        }
        if (!newAssets.empty()) {
            for (ExerciseCopy &copy : made.tables) {
                if (copy.table == QLatin1String("assets")) {
                    copy.rows += static_cast<std::int64_t>(newAssets.size());
                }
            }
        }
        if (trafficWindow) {
            auto lines = ExerciseTraffic::copyWindow(source, target.value(), trafficWindow->first,
                                                     trafficWindow->second);
            if (!lines) {
                return lines.error();
            }
            made.tables << ExerciseCopy{QStringLiteral("exercise_traffic"), lines.value()};
        }
        if (auto marked = markAsExercise(target.value(), checked.value(), source.path(),
                                         QDateTime::currentDateTimeUtc(), script);
            !marked) {
            return marked.error();
        }
        if (!transaction.commit()) {
            return core::Error{
                Text::tr("Cannot write the exercise: %1").arg(target->connection().lastError().text())};
        }
        return made;
    }();
    if (!report) {
        removeSqliteFile(targetPath);
        return report.error();
    }
    spdlog::info("exercise database {} created from {}", report->path.toStdString(),
                 source.path().toStdString());
    return report;
}

} // namespace marsa::storage
