#pragma once

#include "core/live_targets.h"
#include "core/result.h"
#include "storage/journal.h"

#include <QSqlDatabase>

#include <cstdint>
#include <vector>

namespace marsa::replay {

/// What the console showed at one instant of the journal: the live target table (built from the
/// received lines through the same decoder and table as the live feed) and each case's state
/// after its last change at or before that instant.
struct ReplayState {
    std::int64_t atMs = 0;
    core::LiveTargets targets;
    std::vector<storage::CaseSnapshot> cases; ///< by case number
};

/// Rebuilds the state at `atMs` from the journal: the lines of the last `settings.dropAfterMs`
/// (older targets are gone from a live table by then) are decoded, one decoder per feed as the
/// live pipeline has, applied to a fresh table and aged to `atMs`; each case's last entry at or
/// before `atMs` gives its phase, status, outcome and taskings.
core::Result<ReplayState> stateAt(const QSqlDatabase &database, std::int64_t atMs,
                                  const core::LiveTargetSettings &settings = {});

/// Each case's state after its last change at or before `atMs`, by case number.
core::Result<std::vector<storage::CaseSnapshot>> casesAt(const QSqlDatabase &database, std::int64_t atMs);

/// Feeds journal lines to a live target table as the live feed does: per feed decoder, positions
/// then static data of each message. Replay's playback and stateAt() share it.
class LineReplayer {
public:
    explicit LineReplayer(core::LiveTargets &targets);
    ~LineReplayer();
    LineReplayer(const LineReplayer &) = delete;
    LineReplayer &operator=(const LineReplayer &) = delete;

    /// A received line goes through its feed's decoder into the table; an acknowledgement
    /// acknowledges its alarm (or, for a target not in the table yet, waits for it: see
    /// replayWindow); a case entry is passed over.
    void apply(const storage::JournalEntryView &line);
    /// Forgets fragments waiting for their siblings, and acknowledgements waiting for their
    /// target (a seek).
    void reset();
    const core::LiveTargets &targets() const { return m_targets; }

private:
    struct Decoders;
    core::LiveTargets &m_targets;
    std::unique_ptr<Decoders> m_decoders;
};

/// Hands the journal's entries with fromMs <= time <= toMs to `replayer`, in order (received lines
/// and alarm acknowledgements; case entries pass unused); answers how many.
core::Result<std::size_t> replayLines(const QSqlDatabase &database, LineReplayer &replayer,
                                      std::int64_t fromMs, std::int64_t toMs);

/// What a seek replays into a fresh table: replayLines of [fromMs, toMs], after the alarm
/// acknowledgements of the removal time before it (an alarm acknowledged before the window is
/// acknowledged again when first heard in it, if the live table can still have held it).
core::Result<std::size_t> replayWindow(const QSqlDatabase &database, LineReplayer &replayer,
                                       std::int64_t fromMs, std::int64_t toMs);

} // namespace marsa::replay
