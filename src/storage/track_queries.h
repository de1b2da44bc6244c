#pragma once

// The track store's reads and its thinning, in Qt SQL (storage/track_store.h). Private to storage.

#include "core/result.h"
#include "core/track_thinning.h"
#include "core/vessel.h"
#include "storage/track_store.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace marsa::storage::detail {

core::Result<std::vector<core::VesselPosition>> queryTrack(const QSqlDatabase &db, std::uint32_t mmsi,
                                                           std::int64_t fromMs, std::int64_t toMs);
core::Result<std::vector<core::VesselPosition>> queryLatestPositions(const QSqlDatabase &db,
                                                                     std::int64_t sinceMs);
core::Result<std::int64_t> queryPositionCount(const QSqlDatabase &db);
core::Result<std::int64_t> queryRecentCount(const QSqlDatabase &db);
core::Result<std::optional<core::VesselStatic>> queryStatic(const QSqlDatabase &db, std::uint32_t mmsi);
core::Result<std::vector<core::VesselStatic>> queryAllStatic(const QSqlDatabase &db);
/// Writes a merged record over the stored one (no merge here).
core::Result<void> writeStatic(const QSqlDatabase &db, const core::VesselStatic &data);
/// Thins the archive table only (the caller compacts first).
core::Result<ThinResult> thinArchive(const QSqlDatabase &db, std::int64_t olderThanMs,
                                     const core::ThinningOptions &options);

} // namespace marsa::storage::detail
