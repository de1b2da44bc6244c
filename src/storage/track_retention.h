#pragma once

#include "core/result.h"
#include "storage/track_store.h"

#include <QSqlDatabase>

#include <cstdint>

namespace marsa::storage {

/// How long vessel tracks keep every report, and how they are thinned after that
/// (TrackStore::thin, core::thinnedIndexes). Kept in the meta table, so every console sharing a
/// database thins the same way.
struct TrackRetention {
    int fullDetailDays = 7;      ///< positions younger than this are never thinned (1-3650)
    double toleranceMetres = 25; ///< thinning tolerance (0-1000 m)
    int maxGapMinutes = 10;      ///< at least one kept point this often (1-1440 min)

    std::int64_t cutoffMs(std::int64_t nowMs) const { return nowMs - fullDetailDays * 24LL * 3600 * 1000; }
    std::int64_t maxGapMs() const { return maxGapMinutes * 60LL * 1000; }
    bool operator==(const TrackRetention &) const = default;
};

/// The meta key of the time up to which tracks are thinned (TrackStore::thin): a UTC midnight,
/// milliseconds since the epoch; absent when nothing was thinned yet.
inline constexpr char kThinnedUntilKey[] = "tracks.thinned_until_ms";

/// A message when a value is out of its range, else an empty string.
QString trackRetentionProblem(const TrackRetention &retention);

/// The stored setting, or the defaults when none is stored.
core::Result<TrackRetention> loadTrackRetention(const QSqlDatabase &db);
/// Stores the setting in one transaction; a value out of range is refused and nothing changes.
core::Result<void> saveTrackRetention(const QSqlDatabase &db, const TrackRetention &retention);

/// What one thinning by the stored retention did.
struct RetentionRun {
    TrackRetention retention;  ///< as read from the database for this run
    std::int64_t cutoffMs = 0; ///< positions older than this were thinned
    ThinResult thinned;
};

/// Reads the retention stored in the store's database (so that a change made on any console
/// applies) and thins what is older than its full-detail days at nowMs: the console's scheduled
/// thinning. Runs on the store's thread and takes as long as TrackStore::thin.
core::Result<RetentionRun> thinByRetention(TrackStore &store, std::int64_t nowMs);

/// The time up to which tracks are already thinned, or std::numeric_limits<std::int64_t>::min()
/// when nothing was. TrackStore::thin advances it and reads nothing older; TrackStore lowers it when
/// positions older than it are appended (an old log ingested), so that they are thinned too.
core::Result<std::int64_t> loadThinnedUntil(const QSqlDatabase &db);
core::Result<void> saveThinnedUntil(const QSqlDatabase &db, std::int64_t untilMs);

} // namespace marsa::storage
