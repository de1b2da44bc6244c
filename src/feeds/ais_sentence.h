#pragma once

#include "feeds/ais_stats.h"

#include <QByteArrayView>

#include <cstdint>

namespace marsa::feeds {

/// One !xxVDM / !xxVDO sentence, checked and split without copying: the views point into the
/// line, which must outlive this value. See DOMAIN-FACTS 6.1 for the fields.
struct VdmSentence {
    QByteArrayView payload;          ///< the armoured characters
    QByteArrayView tagSource;        ///< the tag block's s: (receiving station), empty without one
    std::int64_t tagTimeMs = -1;     ///< the tag block's c: in UTC milliseconds, -1 without one
    std::uint8_t fragmentCount = 1;  ///< 1-9
    std::uint8_t fragmentNumber = 1; ///< 1..fragmentCount
    std::int8_t sequenceId = -1;     ///< 0-99; -1 when the field is empty
    std::uint8_t fillBits = 0;       ///< 0-5
    char channel = 'A';   ///< 'A' or 'B': "1" and an empty field are A, "2" is B, as gpsd reads them
    bool ownShip = false; ///< VDO rather than VDM
    char talker[2] = {'A', 'I'};
    /// The feed the line came from (set by the caller, not parsed): part of the fragment key, so
    /// that two feeds' sentences with the same sequence id never join.
    std::uint16_t feedId = 0;
};

/// What one line turned out to be.
enum class VdmLineKind : std::uint8_t {
    Vdm,           ///< an AIS sentence, in the VdmSentence
    OtherSentence, ///< a valid NMEA sentence of another kind ($GPRMC, !AIALR...): not an error
    Blank,         ///< nothing but white space
    Rejected,      ///< see the reason
};

struct VdmLineParse {
    VdmLineKind kind = VdmLineKind::Rejected;
    RejectReason reason = RejectReason::None;
};

/// Reads one line: an optional NMEA 4 tag block "\c:1700000000,s:MT01*hh\" (c: in seconds, or
/// in milliseconds when over 1e11 as some feeds write it; its checksum checked when present),
/// then the sentence: at most 82 characters, checksum, a known AIS talker (AI, AB, AD, AN, AR,
/// AS, AT, AX, BS, SA), and the six fields. Trailing CR/LF and blanks are ignored. The payload's
/// armour is not checked here (de-armouring does it). Never allocates.
VdmLineParse parseVdmLine(QByteArrayView line, VdmSentence &sentence);

/// The XOR of every byte, as the NMEA checksum defines it (8 bytes at a time).
std::uint8_t xorChecksum(QByteArrayView bytes);

} // namespace marsa::feeds
