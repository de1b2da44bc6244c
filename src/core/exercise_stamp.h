#pragma once

#include <QByteArray>
#include <QString>

namespace marsa::core {

// What every file written from an exercise database carries (docs/exercises.md), in fixed English
// words like the files' keys, so that it reads the same whatever the console's language.

/// "EXERCISE": the value of the stamp column, and the first word of every notice.
inline constexpr const char *kExerciseStamp = "EXERCISE";
/// The name of the column a stamped CSV starts with.
inline constexpr const char *kExerciseColumn = "exercise";

/// "EXERCISE — <name> — not operational data".
QString exerciseNotice(const QString &exerciseName);

/// A CSV (a header record first; CRLF or LF records; quoted fields may hold line breaks) with a
/// first column: "exercise" in the header, "EXERCISE" in every record after it.
QByteArray stampCsv(const QByteArray &csv);

/// A file name with "EXERCISE-" before it (kept once): "stats.csv" → "EXERCISE-stats.csv".
QString stampFileName(const QString &fileName);

} // namespace marsa::core
