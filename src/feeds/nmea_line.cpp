#include "feeds/nmea_line.h"

#include "feeds/nmea_sentence.h"

namespace marsa::feeds {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// "body*hh" with hh the XOR of body: the sentence's rule and, without a start delimiter, the
// tag block's.
bool checksumHolds(QByteArrayView body, QByteArrayView stated) {
    if (stated.size() != 2) {
        return false;
    }
    const int high = hexValue(stated[0]);
    const int low = hexValue(stated[1]);
    return high >= 0 && low >= 0 && nmeaChecksum(body) == (high << 4 | low);
}

} // namespace

NmeaLineParts splitTagBlock(QByteArrayView line) {
    NmeaLineParts parts;
    if (!line.startsWith('\\')) {
        parts.sentence = line;
        return parts;
    }
    const qsizetype end = line.indexOf('\\', 1);
    if (end < 0) {
        parts.tagBlockBroken = true;
        return parts;
    }
    parts.tagBlock = line.sliced(1, end - 1);
    parts.sentence = line.sliced(end + 1);
    // The checksum is optional in practice (some recorders leave it out) but must hold if there.
    const qsizetype star = parts.tagBlock.lastIndexOf('*');
    if (star >= 0) {
        parts.tagBlockBroken = !checksumHolds(parts.tagBlock.first(star), parts.tagBlock.sliced(star + 1));
    }
    return parts;
}

bool hasValidChecksum(QByteArrayView sentence) {
    if (sentence.size() < 4 || (sentence.front() != '$' && sentence.front() != '!')) {
        return false;
    }
    const qsizetype star = sentence.size() - 3;
    return sentence[star] == '*' && checksumHolds(sentence.sliced(1, star - 1), sentence.sliced(star + 1));
}

QByteArrayView sentenceFormatter(QByteArrayView sentence) {
    if (sentence.size() < 2) {
        return {};
    }
    qsizetype comma = sentence.indexOf(',');
    if (comma < 0) {
        comma = sentence.indexOf('*');
    }
    if (comma < 0) {
        comma = sentence.size();
    }
    const QByteArrayView address = sentence.sliced(1, comma - 1);
    if (address.startsWith('P')) { // proprietary: "P" and a maker code, no talker
        return address.sliced(1);
    }
    return address.size() > 2 ? address.sliced(2) : QByteArrayView();
}

LineKind classifyLine(QByteArrayView line) {
    const NmeaLineParts parts = splitTagBlock(line);
    if (parts.tagBlockBroken || !hasValidChecksum(parts.sentence)) {
        return LineKind::Damaged;
    }
    if (parts.sentence.front() == '!') {
        return LineKind::Encapsulated;
    }
    const QByteArrayView formatter = sentenceFormatter(parts.sentence);
    const bool proprietary = parts.sentence.size() > 1 && parts.sentence[1] == 'P';
    if (!proprietary && (formatter == "GGA" || formatter == "RMC" || formatter == "VTG" ||
                         formatter == "GLL" || formatter == "HDT")) {
        return LineKind::OwnShipGps;
    }
    return LineKind::Parametric;
}

std::optional<qint64> tagBlockTimeMs(QByteArrayView tagBlock) {
    const qsizetype star = tagBlock.lastIndexOf('*');
    const QByteArrayView fields = star >= 0 ? tagBlock.first(star) : tagBlock;
    qsizetype start = 0;
    while (start <= fields.size()) {
        qsizetype end = fields.indexOf(',', start);
        if (end < 0) {
            end = fields.size();
        }
        const QByteArrayView field = fields.sliced(start, end - start);
        if (field.startsWith("c:")) {
            bool ok = false;
            const qint64 value = field.sliced(2).toLongLong(&ok);
            if (!ok || value < 0) {
                return std::nullopt;
            }
            constexpr qint64 kLargestSeconds = 99'999'999'999; // year 5138
            return value > kLargestSeconds ? value : value * 1000;
        }
        start = end + 1;
    }
    return std::nullopt;
}

} // namespace marsa::feeds
