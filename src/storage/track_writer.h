#pragma once

#include "core/result.h"
#include "core/vessel.h"
#include "storage/journal.h"
#include "storage/track_store.h"

#include <QElapsedTimer>

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace marsa::storage {

/// Batches decoded reports for a TrackStore: positions are written every batchRows rows or
/// maxDelayMs after the oldest unwritten one, whichever comes first, in one transaction together
/// with the static reports gathered meanwhile (merged per MMSI in memory first, so a ship's type
/// 5 every six minutes costs one row write per batch). marsa-cli ingest and the live feed both
/// write through it: the first with large batches, the second with a timer calling flushIfDue().
/// Lives on the thread of its store. A writer destroyed with unwritten reports writes them.
class TrackWriter {
public:
    struct Options {
        std::size_t batchRows = 10'000;
        std::int64_t maxDelayMs = 1'000;
    };
    /// What the writer has written so far.
    struct Totals {
        std::int64_t positions = 0;  ///< rows stored
        std::int64_t duplicates = 0; ///< dropped: same MMSI and time within a batch
        std::int64_t invalid = 0;    ///< dropped: no MMSI or off the globe
        std::int64_t statics = 0;    ///< static records written (after merging)
        std::int64_t journalled = 0; ///< received lines written to the replay journal
        std::int64_t batches = 0;
    };

    explicit TrackWriter(TrackStore &store);
    TrackWriter(TrackStore &store, Options options);
    TrackWriter(const TrackWriter &) = delete;
    TrackWriter &operator=(const TrackWriter &) = delete;
    ~TrackWriter();

    /// Queues a position; writes the batch when it is full or due.
    core::Result<void> add(const core::VesselPosition &position);
    /// Queues a static report (merged with any queued one of the same MMSI); written with the
    /// next batch, or at once when due.
    core::Result<void> add(const core::VesselStatic &report);
    /// Queues a received line for the replay journal (storage/journal.h), written with the next
    /// batch of reports, in its transaction.
    void addLine(std::int64_t timeMs, std::int64_t source, const QByteArray &line);
    /// Writes the batch if maxDelayMs has passed since its oldest report.
    core::Result<void> flushIfDue();
    /// Writes whatever is queued.
    core::Result<void> flush();

    std::size_t pendingPositions() const { return m_positions.size(); }
    std::size_t pendingStatics() const { return m_statics.size(); }
    const Totals &totals() const { return m_totals; }

private:
    void startClock();

    TrackStore &m_store;
    Options m_options;
    std::vector<core::VesselPosition> m_positions;
    std::unordered_map<std::uint32_t, core::VesselStatic> m_statics;
    std::vector<JournalEntry> m_lines;
    QElapsedTimer m_oldest; // runs while something is queued
    Totals m_totals;
};

} // namespace marsa::storage
