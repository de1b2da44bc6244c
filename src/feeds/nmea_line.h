#pragma once

#include <QByteArrayView>

#include <optional>

namespace marsa::feeds {

/// What a received line is, as far as the feeds need to know to route it. Cheap: one pass over
/// the line for the checksum, no allocation.
enum class LineKind {
    Encapsulated, ///< "!xxVDM", "!xxVDO" and other '!' sentences: AIS, for the decoder
    OwnShipGps,   ///< "$xxGGA", RMC, VTG, GLL or HDT from any talker: own ship's position and heading
    Parametric,   ///< any other '$' sentence, passed on to the decoder untouched
    Damaged,      ///< no start delimiter, no checksum or a wrong one, or a broken tag block
};

/// A line cut at its IEC 61162-450 tag block: "\s:r1,c:1700000000*5B\!AIVDM,...".
struct NmeaLineParts {
    QByteArrayView tagBlock;     ///< between the backslashes, checksum included; empty when none
    QByteArrayView sentence;     ///< from '$' or '!' to the end
    bool tagBlockBroken = false; ///< an unterminated tag block or one with a wrong checksum
};

/// The parts are views into `line`, which must outlive them.
NmeaLineParts splitTagBlock(QByteArrayView line);

/// True when the sentence ends in "*hh" and hh is the XOR of the bytes between the start
/// delimiter and '*' (either case of hex digits).
bool hasValidChecksum(QByteArrayView sentence);

LineKind classifyLine(QByteArrayView line);

/// The "c:" field of a tag block, UNIX time, as milliseconds since the epoch. The standard says
/// seconds; some recorders write milliseconds, told apart by size (after the year 5138 in
/// seconds).
std::optional<qint64> tagBlockTimeMs(QByteArrayView tagBlock);

/// The address of a sentence without talker: "VDM" for "!AIVDM,...", "GGA" for "$GNGGA,...".
QByteArrayView sentenceFormatter(QByteArrayView sentence);

} // namespace marsa::feeds
