#pragma once

#include <QString>

#include <array>
#include <cstdint>

namespace marsa::feeds {

/// Why a line gave no AIS message. Every line a decoder reads ends in exactly one place: part of
/// a decoded message, rejected for one of these reasons, another NMEA sentence, blank, or (at
/// the end of the input) a fragment still waiting; see DecodeStats.
enum class RejectReason : std::uint8_t {
    None,
    BadChecksum, ///< the sentence's or the tag block's checksum does not match
    Overlong,    ///< more than the 82 characters NMEA 0183 allows for a sentence (DOMAIN-FACTS 6.1)
    /// garbage, a truncated line, no checksum, a wrong field count, a bad count/number/sequence/
    /// channel/fill field, an empty payload, a character outside the 6-bit armour, a type 24
    /// part number other than A or B
    Malformed,
    /// a fragment whose message never completed: lone, expired (no sibling within the timeout),
    /// dropped by a new fragment 1 of the same sequence, or a duplicate
    Fragment,
    /// too short for its type (gpsd's minimum), or over gpsd's maximum for types 21 (368 bits)
    /// and 24 part A (168 bits), or a type 27 of neither 96 nor 168 bits
    WrongLength,
    /// a message type this decoder does not decode (only 1-5, 9, 18, 19, 21, 24, 27 are)
    UnsupportedType,
};
inline constexpr int kRejectReasonCount = 7;

/// A short English key for a reason ("bad-checksum"), for logs and machine-read output.
const char *rejectReasonKey(RejectReason reason);
/// The translated description of a reason ("bad checksum").
QString rejectReasonName(RejectReason reason);

/// What a decoder has seen, in lines and messages. Invariant (tested):
/// lines = messageLines + rejectedLines() + otherSentences + blankLines + pendingLines.
struct DecodeStats {
    std::array<std::uint64_t, 64> messagesByType{}; ///< decoded messages, by AIS message type
    std::array<std::uint64_t, kRejectReasonCount> rejectedByReason{}; ///< lines, by reason
    std::uint64_t lines = 0;                                          ///< every line given to the decoder
    std::uint64_t messageLines = 0;   ///< lines (sentences) that made up decoded messages
    std::uint64_t otherSentences = 0; ///< valid NMEA sentences that are not VDM/VDO (GPS...)
    std::uint64_t blankLines = 0;
    std::uint64_t pendingLines = 0; ///< fragments waiting for their siblings now

    std::uint64_t messages() const;
    std::uint64_t rejectedLines() const;
    std::uint64_t rejected(RejectReason reason) const {
        return rejectedByReason[static_cast<std::size_t>(reason)];
    }
    void reject(RejectReason reason, std::uint64_t lineCount = 1) {
        rejectedByReason[static_cast<std::size_t>(reason)] += lineCount;
    }
    /// Adds another decoder's counts (the invariant holds for the sum).
    DecodeStats &operator+=(const DecodeStats &other);
};

} // namespace marsa::feeds
