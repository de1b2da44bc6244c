#pragma once

#include "core/asset.h"
#include "core/incident.h"
#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace marsa::storage {

/// What a journal entry records (the `kind` column).
enum class JournalKind : int {
    Line = 1, ///< a line a feed received: payload the NMEA/AIS sentence, source the feed id
    Case = 2, ///< a case's state after a change: payload caseSnapshotJson(), source the case id
    /// an alarm (AIS-SART, MOB, EPIRB) the officer acknowledged: source the MMSI, no payload
    AlarmAcknowledged = 3,
};

/// One entry of the replay journal (src/replay): what came in or changed, and when.
struct JournalEntry {
    std::int64_t id = 0;     ///< set by the database, in the order entries were appended
    std::int64_t timeMs = 0; ///< UTC milliseconds since the epoch
    JournalKind kind = JournalKind::Line;
    std::int64_t source = 0;
    QByteArray payload;
};

/// One entry as Journal::scan hands it over: the payload is valid during the call only.
struct JournalEntryView {
    std::int64_t id = 0;
    std::int64_t timeMs = 0;
    JournalKind kind = JournalKind::Line;
    std::int64_t source = 0;
    QByteArrayView payload;
};

/// Which entries to read: those with fromMs <= timeMs <= toMs, in time order (then append order),
/// optionally only one kind, and only after an entry already read (paging through a long window).
struct JournalQuery {
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    std::optional<JournalKind> kind;
    std::optional<std::int64_t> source;
    /// Continue after this entry: (timeMs, id) of the last entry of the previous page.
    std::optional<std::pair<std::int64_t, std::int64_t>> after;
    int limit = 100'000;
};

/// The append-only journal of the database (migration 8): every line the feeds received and every
/// case's state after each change, in time order, so that a replay can show what the officer saw.
/// Writers append inside their own transaction (the track writer's batches, the services' changes),
/// so an entry exists exactly when what it records was committed.
class Journal {
public:
    explicit Journal(QSqlDatabase database);

    core::Result<void> append(std::span<const JournalEntry> entries);
    core::Result<std::vector<JournalEntry>> read(const JournalQuery &query) const;
    /// Hands each entry the query selects to `visit`, in order, without copying it: what a seek
    /// decodes (tens of thousands of lines) is read straight from SQLite. Answers how many.
    core::Result<std::size_t> scan(const JournalQuery &query,
                                   const std::function<void(const JournalEntryView &)> &visit) const;
    /// The first and last entry times; none when the journal is empty.
    core::Result<std::optional<std::pair<std::int64_t, std::int64_t>>> bounds() const;
    /// The time of the first case entry of a case, and of its last: a replay of "this incident".
    core::Result<std::optional<std::pair<std::int64_t, std::int64_t>>> caseBounds(core::IncidentId id) const;
    core::Result<std::int64_t> count() const;

private:
    QSqlDatabase m_database;
};

/// A case's state as the journal records it after each change: the case and its taskings.
struct CaseSnapshot {
    core::Incident incident;
    std::vector<core::Tasking> taskings; ///< every tasking of the case, open and released
};

/// The JSON of a case entry (compact, keys in English, values as the database stores them).
QByteArray caseSnapshotJson(const CaseSnapshot &snapshot);
/// Reads a case entry back; an error for a payload that is not one.
core::Result<CaseSnapshot> caseSnapshotFrom(const QByteArray &json);

} // namespace marsa::storage
