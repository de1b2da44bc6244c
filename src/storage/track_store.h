#pragma once

#include "core/result.h"
#include "core/vessel.h"

#include <QSqlDatabase>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace marsa::storage {

class Database;

/// What one appendPositions call did.
struct AppendResult {
    std::size_t stored = 0;     ///< rows written
    std::size_t duplicates = 0; ///< same MMSI and time as another row of the batch (or, written
                                ///< straight into the archive, as a stored row): dropped
    std::size_t invalid = 0;    ///< no MMSI, or a position off the globe: dropped
};

/// What one thin() call did.
struct ThinResult {
    std::int64_t vessels = 0;  ///< stations whose old positions were examined
    std::int64_t examined = 0; ///< positions not thinned before, in days older than the cutoff
    std::int64_t removed = 0;  ///< of those, deleted
    std::int64_t untilMs = 0;  ///< tracks are now thinned up to here: the cutoff's UTC midnight
};

/// One vessel's positions, oldest first.
struct VesselTrack {
    std::uint32_t mmsi = 0;
    std::vector<core::VesselPosition> positions;
};

/// Vessel tracks and static data (schema v5): append-only position reports in bulk, one
/// vessel's track in a time window, the latest position of every vessel, and thinning of old
/// tracks. Latitude before longitude, as everywhere in Marsa; times are UTC milliseconds since
/// the epoch.
///
/// Two tables hold the positions. Live batches go into `vessel_positions_recent`, a plain heap
/// that an append touches only at its end; when it holds compactThreshold() rows they move in
/// one sorted run into `vessel_positions`, clustered by (mmsi, time_ms), where one vessel's
/// track is a range read. A table clustered by vessel alone would write one page per vessel in
/// every commit (2,000 vessels in a 1,000-row batch: 3 MB for 50 kB of reports) and append at
/// 30,000-70,000 rows/s; see docs/performance.md, "Track store". Queries read both tables in one
/// statement (one snapshot), so what was appended is visible at once. Duplicates (same MMSI and
/// time) are dropped within a batch at once and across batches when the rows move (the first
/// one stored wins); queries never return them.
///
/// A batch of at least compactThreshold() rows is a run already: it is sorted and written straight
/// into the archive (after the recent rows, so that the first one stored still wins), and in bulk
/// load every batch is (setBulkLoad: marsa-cli ingest).
///
/// The bulk insert goes through SQLite's own API on the connection's handle, with statements
/// prepared once: Qt SQL's per-row binding (QVariants, a copy of every value) costs more than
/// the insert itself. Everything else is Qt SQL. On a driver other than QSQLITE the insert
/// falls back to Qt SQL.
///
/// A store uses one connection and must be used on the thread that opened it: on a worker
/// thread open it there with TrackStore::open (a second connection to the same file; WAL lets
/// the console read meanwhile). A store built on a Database needs it open while the store lives.
class TrackStore {
public:
    /// Opens the store on a connection of its own to the database file at path (created and
    /// migrated if need be), on the calling thread: what a worker thread and marsa-cli use. Its
    /// commits are synchronous=NORMAL (see track_store.cpp); the console's connection keeps FULL.
    static core::Result<TrackStore> open(const QString &path);
    /// A store on an open connection, which it leaves as it is.
    explicit TrackStore(const Database &database);
    explicit TrackStore(QSqlDatabase connection);
    TrackStore(TrackStore &&) noexcept;
    TrackStore &operator=(TrackStore &&) noexcept;
    TrackStore(const TrackStore &) = delete;
    TrackStore &operator=(const TrackStore &) = delete;
    ~TrackStore();

    /// The connection the store uses (for a transaction around several of its calls).
    QSqlDatabase connection() const;

    /// Stores a batch in one transaction (a savepoint inside an open one). Rows need not be
    /// sorted. May also move the recent rows into the archive (compact()) when enough have
    /// gathered, in its own transaction.
    core::Result<AppendResult> appendPositions(std::span<const core::VesselPosition> positions);

    /// Merges a static report into what is stored for its MMSI (core::mergedStatic: a partial
    /// type 24 report keeps the other values) and answers the stored record.
    core::Result<core::VesselStatic> upsertStatic(const core::VesselStatic &report);
    /// The same for many reports, in one transaction.
    core::Result<void> upsertStatics(std::span<const core::VesselStatic> reports);

    /// One vessel's positions with fromMs <= time <= toMs, oldest first. An inverted window is
    /// an error; a window without positions is an empty track.
    core::Result<std::vector<core::VesselPosition>> track(std::uint32_t mmsi, std::int64_t fromMs,
                                                          std::int64_t toMs) const;
    /// Whether any position of the vessel is stored, at any time (one row read, at most a scan of
    /// the recent table): tells an unknown MMSI from one without positions in a window.
    core::Result<bool> hasPositions(std::uint32_t mmsi) const;
    /// The tracks of every vessel heard with fromMs <= time <= toMs, in one statement: by MMSI, each
    /// oldest first, the same positions as track() would give for each. What the console loads at
    /// start. An inverted window is an error.
    core::Result<std::vector<VesselTrack>>
    tracksSince(std::int64_t fromMs, std::int64_t toMs = std::numeric_limits<std::int64_t>::max()) const;
    /// The newest position of every vessel heard at or after sinceMs, by MMSI: what the live
    /// target table loads at start.
    core::Result<std::vector<core::VesselPosition>> latestPositions(std::int64_t sinceMs) const;

    core::Result<std::optional<core::VesselStatic>> staticOf(std::uint32_t mmsi) const;
    /// Every stored static record, by MMSI.
    core::Result<std::vector<core::VesselStatic>> allStatic() const;

    /// Positions stored, without duplicates. Counts the archive: a second or so at ten million.
    core::Result<std::int64_t> positionCount() const;

    /// Thins every vessel's positions with core::thinnedIndexes (the given tolerance and maximum
    /// gap, the default course and speed rules), a UTC day at a time, each day keeping its first and
    /// last point, one transaction per vessel. A day is thinned once it is wholly older than
    /// olderThanMs, and only once: the meta table remembers up to where tracks are thinned
    /// (loadThinnedUntil), and a later call reads only the days after that. So a second call with
    /// the same cutoff touches nothing, and calls with growing cutoffs leave what one call with the
    /// last would. Positions appended later into thinned days (an old log ingested) move that mark
    /// back to their day. Moves the recent rows into the archive first.
    core::Result<ThinResult> thin(std::int64_t olderThanMs, double toleranceMetres, std::int64_t maxGapMs);

    /// Moves the recent rows into the clustered archive, in one transaction. Appends do it on
    /// their own; call it to leave a database compact (marsa-cli ingest does at its end).
    core::Result<void> compact();
    /// Rows the recent table may gather before an append moves them (default 250,000: under a
    /// second to move, a few minutes of a busy live feed; larger runs move faster per row).
    std::size_t compactThreshold() const;
    void setCompactThreshold(std::size_t rows);
    /// In bulk load every batch, however small, goes straight into the archive, sorted: right for a
    /// loader's large batches (marsa-cli ingest: 500,000 rows), wrong for a live feed's small ones,
    /// each of which would rewrite a page of every vessel it holds. Off by default.
    void setBulkLoad(bool bulk);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace marsa::storage
