#pragma once

#include "core/asset.h"
#include "core/result.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <optional>

namespace marsa::storage {

// An exercise database (docs/exercises.md) is marked in its meta table by these rows, written
// when it is made and locked there by triggers (SqlDialect::protectMetaKeys): no row of these
// keys can be changed, removed or written again, so an exercise can never pass for operational.
inline constexpr const char *kModeKey = "mode";
inline constexpr const char *kExerciseMode = "exercise";
inline constexpr const char *kExerciseNameKey = "exercise_name";
/// The operational database it was made from (its path, or URL without password).
inline constexpr const char *kExerciseSourceKey = "exercise_source";
inline constexpr const char *kExerciseCreatedKey = "exercise_created_utc";
/// The scenario an exercise runs (docs/scenarios.md): the scenario file's text, as it was read.
inline constexpr const char *kExerciseScenarioKey = "exercise_scenario";
/// The UTC instant of the scenario's T+0 (ISO 8601 with milliseconds).
inline constexpr const char *kExerciseStartKey = "exercise_start_utc";

/// The scenario of an exercise made from one: written with the mark, locked with it, never changed.
struct ExerciseScript {
    QString scenarioText; ///< the scenario file (JSON), parse it with replay::readScenario
    QDateTime startUtc;   ///< T+0
};

/// The exercise's name when the database of this connection is an exercise; empty when operational.
QString exerciseNameOf(const QSqlDatabase &connection);

/// What an exercise is made of, and what it never is.
struct ExerciseCopy {
    QString table;
    std::int64_t rows = 0;
};

/// What createExerciseDatabase made.
struct ExerciseReport {
    QString path; ///< the new SQLite file
    QList<ExerciseCopy> tables;
};

/// The tables an exercise takes from its operational database, so trainees work as real officers:
/// places, users (with their password hashes), assets and handover facilities. Never incidents,
/// their timelines, taskings, disembarkations and handovers, vessel tracks, the journal or the audit log.
QStringList exerciseTables();

/// A name for an exercise: trimmed, 1 to 80 characters, no line breaks; or why not.
core::Result<QString> checkExerciseName(const QString &name);

/// Marks database as an exercise named `name`, made from `source`, for good: the mark's rows and
/// the triggers that lock them, in one transaction. Refused for a database that is marked already
/// or holds any case (operational records never become an exercise's).
/// A script, when given, is written and locked with the mark; without one the exercise never takes
/// a scenario later (the lock covers its keys too).
core::Result<void> markAsExercise(const Database &database, const QString &name, const QString &source,
                                  const QDateTime &createdUtc,
                                  const std::optional<ExerciseScript> &script = std::nullopt);

/// The scenario of the exercise database of this connection; none when it was made without one
/// (or is operational). An error when the meta table cannot be read or T+0 is not a time.
core::Result<std::optional<ExerciseScript>> exerciseScriptOf(const QSqlDatabase &connection);

/// The triggers that lock the mark of an exercise whose meta rows are written already (a copy of
/// an exercise, storage/database_copy.h). Inside the caller's transaction.
core::Result<void> lockExerciseMark(const Database &database);

/// Creates a new SQLite exercise database at targetPath from the operational database source:
/// the exerciseTables() rows, then the mark. All or nothing: on any failure no file is left.
/// Refuses a target that exists, a postgresql:// target (copy the exercise there with
/// `marsa-cli db copy`) and a bad name. The source is only read.
/// With a script, the exercise runs that scenario (marsa-cli exercise create --scenario); the
/// scenario's new units (`newAssets`) are added to the exercise's assets in the same transaction:
/// each home port must be a place of the exercise, each name new.
/// With a traffic window (fromMs, toMs: an exercise from a replay window, docs/exercises.md), the
/// source journal's received lines of that window are copied into exercise_traffic in the same
/// transaction (and a source that is itself an exercise is refused); never its case entries.
core::Result<ExerciseReport> createExerciseDatabase(
    const Database &source, const QString &targetPath, const QString &name,
    const std::optional<ExerciseScript> &script = std::nullopt,
    const std::vector<core::Asset> &newAssets = {},
    const std::optional<std::pair<std::int64_t, std::int64_t>> &trafficWindow = std::nullopt);

} // namespace marsa::storage
