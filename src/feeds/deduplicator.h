#pragma once

#include "feeds/line_sink.h"

#include <QHash>

#include <cstdint>
#include <deque>
#include <unordered_map>
#include <vector>

namespace marsa::feeds {

/// Removes the copies of one AIS transmission that several receivers (or one receiver on two
/// feeds) deliver, so the decoder and the track store see it once.
///
/// Two receivers that hear one transmission produce the same payload and fill bits; the talker
/// ("AI", "AB", "BS"), the sequential id, the channel label ("A" or "1") and the tag block are
/// their own and are ignored. The formatter counts (VDO, own ship, is kept apart from VDM).
///
/// Multi-sentence messages are compared whole, not fragment by fragment: each receiver numbers
/// its fragments with its own sequential id, and keeping fragment 1 from one receiver and
/// fragment 2 from another (their lines interleave on a busy network) would give the decoder two
/// halves it cannot join. So fragments are held per receiver until the message is complete (they
/// come back to back), then the whole message passes or is dropped. A message whose fragments
/// do not all arrive within the fragment timeout is dropped and counted as incomplete: it could
/// not have been decoded.
///
/// The window (10 s by default) is longer than network and receiver delays (well under a second
/// on a LAN, some seconds through a shore network or an aggregator) and far shorter than the
/// shortest interval at which a station repeats an identical payload: position reports carry the
/// UTC second and differ every time, and static reports (types 5, 21, 24) repeat every 3 to 6
/// minutes. Lines other than VDM/VDO pass untouched.
///
/// Memory is bounded: one 16-byte entry per distinct message within the window (kept in arrival
/// order for expiry), at most `maxKeys`, and at most `maxPendingGroups` incomplete messages.
class Deduplicator {
public:
    struct Options {
        qint64 windowMs = 10'000;
        qint64 fragmentTimeoutMs = 3'000;
        std::size_t maxKeys = 200'000;
        std::size_t maxPendingGroups = 256;
    };
    struct Counts {
        quint64 passed = 0;     ///< lines passed on
        quint64 duplicates = 0; ///< lines dropped as copies of a message already passed on
        quint64 incomplete = 0; ///< fragments dropped because their message never completed
    };

    Deduplicator();
    explicit Deduplicator(Options options);

    /// Offers one checked line at `nowMs` (a monotonic clock). Appends to `out` the lines to pass
    /// on now, in order: this one, nothing (a copy, or a fragment held), or a whole message.
    void offer(ReceivedLine line, qint64 nowMs, std::vector<ReceivedLine> &out);
    /// Drops the held fragments older than the fragment timeout; call now and then.
    void expire(qint64 nowMs);
    /// Forgets one source's held fragments (it stopped).
    void forgetSource(quint16 sourceId);

    Counts counts(quint16 sourceId) const { return m_counts.value(sourceId); }
    std::size_t keyCount() const { return m_firstSeen.size(); }
    std::size_t pendingGroupCount() const { return m_groups.size(); }
    const Options &options() const { return m_options; }

private:
    struct Group {
        std::vector<ReceivedLine> lines;
        QByteArray key; ///< formatter, count, payloads, fill
        int count = 0;
        qint64 startedMs = 0;
    };
    /// The message passes (true) unless its key was seen within the window; remembers it.
    bool firstWithinWindow(std::uint64_t hash, qint64 nowMs);
    void dropGroup(std::uint64_t groupKey);

    Options m_options;
    std::unordered_map<std::uint64_t, qint64> m_firstSeen;
    std::deque<std::pair<qint64, std::uint64_t>> m_order; ///< (first seen, key), oldest first
    std::unordered_map<std::uint64_t, Group> m_groups;    ///< held fragments by source, seqid, channel
    QHash<quint16, Counts> m_counts;
};

} // namespace marsa::feeds
