#pragma once

#include "feeds/ais_message.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>
#include <cstdint>
#include <string_view>

// The other way round: AIS messages to bits, bits to armoured payloads, payloads to NMEA
// sentences with their checksums and tag blocks. For tests, the traffic generator and replays;
// not on any hot path.
namespace marsa::feeds {

/// Writes AIS fields, most significant bit first (the inverse of AisBits).
class AisBitWriter {
public:
    static constexpr int kCapacityBits = 2048;

    int size() const { return m_size; }
    void putUnsigned(std::uint32_t value, int length);
    void putSigned(std::int32_t value, int length) { putUnsigned(static_cast<std::uint32_t>(value), length); }
    void putBool(bool value) { putUnsigned(value ? 1 : 0, 1); }
    /// Six-bit text of exactly `characters` characters: cut, or padded with '@'. Lower-case
    /// letters are written in upper case, other characters without a six-bit value as '?'.
    void putText(std::string_view text, int characters);
    /// Cuts the message to `bits` bits, or lengthens it with zero bits (for odd-length tests).
    void resize(int bits);
    /// Zero bits up to the next multiple of 8 (the spare bits of type 21's name extension).
    void padToByte() { putUnsigned(0, (8 - m_size % 8) % 8); }
    /// The armoured payload; fillBits receives the number of bits added to end on a whole
    /// character (0-5).
    QByteArray armoured(int &fillBits) const;

private:
    std::array<std::uint64_t, kCapacityBits / 64 + 1> m_words{};
    int m_size = 0;
};

/// The bits of a message of a type the decoder knows (1-5, 9, 18, 19, 21, 24, 27), at the
/// standard lengths: 168 bits, 424 for type 5, 312 for 19, 272 plus the name extension (to a byte
/// boundary) for 21, 168 for both parts of 24, 96 for 27. A type 24 of part AB is written as its
/// part B (transmitters send A and B separately). Header fields come from the message.
AisBitWriter encodeAisBits(const AisMessage &message);

/// How a payload is framed into sentences.
struct NmeaFraming {
    std::array<char, 2> talker{'A', 'I'};
    bool ownShip = false;        ///< VDO instead of VDM
    char channel = 'A';          ///< 'A', 'B', or 0 for an empty field
    int sequenceId = 0;          ///< 0-9, written only on messages of two or more sentences
    std::int64_t tagTimeMs = -1; ///< with tagTimeMs >= 0 each sentence gets a tag block
    QByteArray tagSource;        ///< the tag block's s: (left out when empty)
};

/// The sentences (no line ends) carrying an armoured payload. One sentence when it fits in 82
/// characters; otherwise fragments of 60 payload characters (as transponders cut them), the fill
/// bits on the last one only.
QList<QByteArray> nmeaSentences(QByteArrayView payload, int fillBits, const NmeaFraming &framing);

/// encodeAisBits, armoured and framed.
QList<QByteArray> encodeAisSentences(const AisMessage &message, const NmeaFraming &framing);

/// "\s:source,c:seconds*hh\": an NMEA 4 tag block with its checksum (c: in whole seconds).
QByteArray nmeaTagBlock(std::int64_t timeMs, QByteArrayView source);

/// "*hh": the checksum of an NMEA body (between the delimiter and the star), upper-case hex.
QByteArray nmeaChecksumSuffix(QByteArrayView body);

} // namespace marsa::feeds
