#pragma once

// The track store's reads and its thinning, in Qt SQL (storage/track_store.h). Private to storage.

#include "core/result.h"
#include "core/track_thinning.h"
#include "core/vessel.h"
#include "storage/sql_dialect.h"
#include "storage/track_store.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace marsa::storage::detail {

core::Result<std::vector<core::VesselPosition>> queryTrack(const QSqlDatabase &db, std::uint32_t mmsi,
                                                           std::int64_t fromMs, std::int64_t toMs);
core::Result<std::vector<core::VesselPosition>> queryLatestPositions(const QSqlDatabase &db,
                                                                     std::int64_t sinceMs);
core::Result<std::vector<VesselTrack>> queryTracks(const QSqlDatabase &db, std::int64_t fromMs,
                                                   std::int64_t toMs);
/// queryTracks' statement (four parameters: from, to, from, to; twelve columns: the position's
/// ten, then tier and arrival), for the track store's own faster reading through SQLite's API.
QString tracksSql(const SqlDialect &dialect);
/// A row of that statement.
struct TrackRow {
    core::VesselPosition position;
    std::int64_t tier = 0;    ///< 0: archive, 1: recent table
    std::int64_t arrival = 0; ///< the recent table's rowid
};
/// The rows grouped into tracks as track() gives them: by MMSI, oldest first, the first stored of
/// a duplicate kept.
std::vector<VesselTrack> tracksOf(std::vector<TrackRow> rows);
core::Result<bool> queryHasPositions(const QSqlDatabase &db, std::uint32_t mmsi);
core::Result<std::int64_t> queryPositionCount(const QSqlDatabase &db);
core::Result<std::int64_t> queryRecentCount(const QSqlDatabase &db);
core::Result<std::optional<core::VesselStatic>> queryStatic(const QSqlDatabase &db, std::uint32_t mmsi);
core::Result<std::vector<core::VesselStatic>> queryAllStatic(const QSqlDatabase &db);
/// Writes a merged record over the stored one (no merge here).
core::Result<void> writeStatic(const QSqlDatabase &db, const core::VesselStatic &data);
/// Thinning works a UTC day at a time: each day keeps its first and last point.
inline constexpr std::int64_t kThinWindowMs = 24LL * 3600 * 1000;
/// The start of the UTC day (thinning window) that holds timeMs.
constexpr std::int64_t thinWindowStart(std::int64_t timeMs) {
    const std::int64_t start = timeMs / kThinWindowMs * kThinWindowMs;
    return start > timeMs ? start - kThinWindowMs : start; // towards minus infinity before 1970
}
/// Thins the archive table's days in [fromMs, untilMs), both UTC midnights (the caller compacts
/// first).
core::Result<ThinResult> thinArchive(const QSqlDatabase &db, std::int64_t fromMs, std::int64_t untilMs,
                                     const core::ThinningOptions &options);

} // namespace marsa::storage::detail
