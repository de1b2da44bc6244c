#pragma once

#include "feeds/ais_stats.h"
#include "feeds/feed_source.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <cstdint>

namespace marsa::feeds {

/// One feed as the worker last saw it: what the Feeds dialog and the status bar show. Counts
/// start again when the feed is (re)started.
struct FeedStatus {
    quint16 id = 0;
    QString name;
    bool enabled = true;
    FeedState state = FeedState::Stopped;
    QString message;           ///< why it is in error or disconnected
    double linesPerSecond = 0; ///< lines received per second, averaged over the last 5 s
    quint64 lines = 0;         ///< lines received (all kinds)
    quint64 bytes = 0;
    quint64 damaged = 0;    ///< unprintable, overlong, cut, or a wrong checksum
    quint64 duplicates = 0; ///< AIS lines dropped as copies of what another feed delivered first
    quint64 incomplete = 0; ///< AIS fragments dropped because their message never completed
    quint64 gpsLines = 0;   ///< GGA, RMC, VTG, GLL, HDT lines, given to own ship
    /// What the AIS decoder made of the feed's lines (LineSink::decodeStats): messages decoded,
    /// and lines refused, indexed by RejectReason.
    std::uint64_t messages = 0;
    std::array<std::uint64_t, kRejectReasonCount> rejected{};

    std::uint64_t rejectedLines() const;
    bool operator==(const FeedStatus &) const = default;
};

/// The sum of every feed's rate.
double totalLinesPerSecond(const QList<FeedStatus> &status);

} // namespace marsa::feeds

Q_DECLARE_METATYPE(marsa::feeds::FeedStatus)
