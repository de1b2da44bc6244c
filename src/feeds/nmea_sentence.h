#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace marsa::feeds {

/// One NMEA 0183 sentence: "$GPGGA,..." or "!AIVDM,...", checksum verified, split into fields.
/// IEC 61162-1: at most 82 characters from the start delimiter to the end of the checksum.
struct NmeaSentence {
    char startDelimiter = '$'; ///< '$' for parametric sentences, '!' for encapsulated (AIS)
    QByteArray talker;         ///< "GP", "AI", ...
    QByteArray formatter;      ///< "GGA", "VDM", ...
    QList<QByteArray> fields;  ///< the comma-separated fields after the address
    QByteArray tagBlock;       ///< the text between backslashes before the sentence, if any

    /// Parses one line (CR/LF allowed). A missing or wrong checksum, an overlong sentence or a
    /// malformed address is an Error that says which.
    static core::Result<NmeaSentence> parse(QByteArrayView line);
};

/// The XOR of every byte between the start delimiter and '*', as NMEA 0183 defines it.
quint8 nmeaChecksum(QByteArrayView body);

} // namespace marsa::feeds
