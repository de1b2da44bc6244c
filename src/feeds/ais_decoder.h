#pragma once

#include "feeds/ais_bits.h"
#include "feeds/ais_fragments.h"
#include "feeds/ais_message.h"
#include "feeds/ais_sentence.h"
#include "feeds/ais_stats.h"

#include <QByteArrayView>

#include <cstdint>

namespace marsa::feeds {

/// What became of one line given to AisDecoder::decodeLine.
enum class LineStatus : std::uint8_t {
    Message,  ///< it completed a message (the message argument holds it)
    Pending,  ///< a fragment now waiting for its siblings
    Rejected, ///< see the reason (for a completing fragment, the reason covers the whole message)
    Other,    ///< a valid NMEA sentence that is not AIS
    Blank,
};

struct LineResult {
    LineStatus status = LineStatus::Blank;
    RejectReason reason = RejectReason::None;
    bool hasMessage() const { return status == LineStatus::Message; }
};

/// Decodes NMEA lines into AIS messages, the fast path of every live feed: one call per line,
/// no allocation (the fragment table is allocated with the decoder), no QString. Not thread-safe:
/// one decoder per feed or per worker thread. Damaged input never produces a message; every line
/// is counted in stats() (see DecodeStats).
///
///     AisDecoder decoder;
///     AisMessage message;
///     for (QByteArrayView line : lines) {
///         if (decoder.decodeLine(line, message, receivedMs).hasMessage()) {
///             if (auto position = positionOf(message, message.timeMs, sourceId)) { ... }
///         }
///     }
///     decoder.finish(); // the fragments still waiting count as rejected
class AisDecoder {
public:
    struct Options {
        std::int64_t fragmentTimeoutMs = 10'000; ///< by the lines' times (tag block c: or receivedMs)
        int maxPendingMessages = 64;
    };

    AisDecoder();
    explicit AisDecoder(Options options);

    /// Decodes one line (CR/LF allowed). receivedMs is the line's receive time in UTC
    /// milliseconds (0 if unknown); a tag block's c: time takes precedence over it, for the
    /// message's timeMs and for fragment timeouts alike. feedId (ReceivedLine::sourceId) keeps the
    /// fragments of different feeds apart when one decoder serves several. On LineStatus::Message,
    /// message holds the decoded message; otherwise it may have been partly overwritten.
    LineResult decodeLine(QByteArrayView line, AisMessage &message, std::int64_t receivedMs = 0,
                          std::uint16_t feedId = 0);
    /// End of input: the fragments still waiting are counted as RejectReason::Fragment.
    void finish();

    const DecodeStats &stats() const { return m_stats; }
    void resetStats() {
        const std::uint64_t pending = m_stats.pendingLines;
        m_stats = {};
        m_stats.pendingLines = pending;
    }

private:
    LineResult finishMessage(RejectReason reason, AisMessage &message, int lines);

    FragmentAssembler m_fragments;
    AisBits m_bits;
    VdmSentence m_sentence;
    DecodeStats m_stats;
};

} // namespace marsa::feeds
