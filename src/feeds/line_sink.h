#pragma once

#include "feeds/ais_stats.h"

#include <QByteArray>
#include <QtGlobal>

#include <optional>
#include <span>

namespace marsa::feeds {

/// One line as a feed received it: the tag block (if any) and the sentence, without line end.
struct ReceivedLine {
    QByteArray line;
    qint64 receivedMs = 0; ///< UTC milliseconds since the epoch when the feed read it
    quint16 sourceId = 0;  ///< FeedConfig::id of the feed that received it
};

/// Where the feed manager delivers AIS and other NMEA lines: the decoder plugs in here. Called on
/// the feed worker thread only (never the GUI thread), with batches in the order received;
/// duplicates from other receivers are already removed and own-ship GPS sentences taken out.
/// An implementation must not block for long (the sources wait while it runs) and must never
/// wait for the GUI thread (the manager's destructor waits for the worker: a deadlock).
class LineSink {
public:
    virtual ~LineSink() = default;
    virtual void acceptLines(std::span<const ReceivedLine> lines) = 0;
    /// What the sink's decoder made of one feed's lines so far, for that feed's status
    /// (FeedStatus::messages and rejected); none from a sink that does not decode. Called on the
    /// worker thread, like acceptLines.
    virtual std::optional<DecodeStats> decodeStats(quint16 /*feedId*/) const { return std::nullopt; }
    /// The feed stopped, or restarts with another configuration: its counts start again, as the
    /// feed's own do. Called on the worker thread, after the feed's last lines were delivered.
    virtual void forgetFeed(quint16 /*feedId*/) {}
};

} // namespace marsa::feeds
