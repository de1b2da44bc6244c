#include "feeds/ais_sentence.h"

#include <cstring>

namespace marsa::feeds {
namespace {

// IEC 61162-1 / NMEA 0183: a sentence is at most 82 characters from its start delimiter to the
// end of the checksum (DOMAIN-FACTS 6.1); a tag block before it does not count.
constexpr qsizetype kMaxSentenceLength = 82;
// "c:" values above this are milliseconds (1e11 s is in the year 5138).
constexpr std::int64_t kMillisecondsThreshold = 100'000'000'000;

constexpr int hexValue(char c) {
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

// The two hex digits at p, or -1.
int hexByte(const char *p) {
    const int high = hexValue(p[0]);
    const int low = hexValue(p[1]);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
}

bool isBlank(char c) {
    return c == '\r' || c == '\n' || c == ' ' || c == '\t';
}

bool isAisTalker(char first, char second) {
    switch (first) {
    case 'A':
        switch (second) {
        case 'I':
        case 'B':
        case 'D':
        case 'N':
        case 'R':
        case 'S':
        case 'T':
        case 'X':
            return true;
        default:
            return false;
        }
    case 'B':
        return second == 'S';
    case 'S':
        return second == 'A';
    default:
        return false;
    }
}

VdmLineParse rejected(RejectReason reason) {
    return {VdmLineKind::Rejected, reason};
}

// One "x:value" parameter of a tag block; c: and s: are kept, the others skipped.
bool parseTagField(const char *field, const char *end, VdmSentence &sentence) {
    if (field == end) {
        return true;
    }
    if (end - field < 2 || field[1] != ':') {
        return false;
    }
    if (field[0] == 'c') {
        const char *digit = field + 2;
        if (digit == end || end - digit > 15) {
            return false;
        }
        std::int64_t value = 0;
        for (; digit < end; ++digit) {
            if (*digit < '0' || *digit > '9') {
                return false;
            }
            value = value * 10 + (*digit - '0');
        }
        sentence.tagTimeMs = value > kMillisecondsThreshold ? value : value * 1000;
    } else if (field[0] == 's') {
        sentence.tagSource = QByteArrayView(field + 2, end - field - 2);
    }
    return true;
}

// The tag block from just after its opening backslash: comma-separated parameters, then
// "*hh" (optional) and the closing backslash, read in one pass. after points past the block.
RejectReason parseTagBlock(const char *p, const char *end, VdmSentence &sentence, const char *&after) {
    std::uint8_t sum = 0;
    const char *field = p;
    for (; p < end; ++p) {
        const char c = *p;
        if (c == '\\') {
            if (!parseTagField(field, p, sentence)) {
                return RejectReason::Malformed;
            }
            after = p + 1;
            return RejectReason::None;
        }
        if (c == '*') {
            if (!parseTagField(field, p, sentence) || end - p < 4 || p[3] != '\\') {
                return RejectReason::Malformed;
            }
            const int stated = hexByte(p + 1);
            if (stated < 0) {
                return RejectReason::Malformed;
            }
            if (stated != sum) {
                return RejectReason::BadChecksum;
            }
            after = p + 4;
            return RejectReason::None;
        }
        sum = static_cast<std::uint8_t>(sum ^ static_cast<std::uint8_t>(c));
        if (c == ',') {
            if (!parseTagField(field, p, sentence)) {
                return RejectReason::Malformed;
            }
            field = p + 1;
        }
    }
    return RejectReason::Malformed; // never closed
}

// A field of 1-2 decimal digits between p and end, or -1.
int smallNumber(const char *p, const char *end) {
    if (end - p == 1 && *p >= '0' && *p <= '9') {
        return *p - '0';
    }
    if (end - p == 2 && p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9') {
        return (p[0] - '0') * 10 + (p[1] - '0');
    }
    return -1;
}

} // namespace

std::uint8_t xorChecksum(QByteArrayView bytes) {
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    std::uint64_t wide = 0;
    for (; n >= 8; n -= 8, p += 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        wide ^= word;
    }
    wide ^= wide >> 32;
    wide ^= wide >> 16;
    wide ^= wide >> 8;
    auto sum = static_cast<std::uint8_t>(wide);
    for (; n > 0; --n, ++p) {
        sum ^= static_cast<std::uint8_t>(*p);
    }
    return sum;
}

VdmLineParse parseVdmLine(QByteArrayView line, VdmSentence &sentence) {
    const char *p = line.data();
    const char *end = p + line.size();
    while (end > p && isBlank(end[-1])) {
        --end;
    }
    if (p == end) {
        return {VdmLineKind::Blank, RejectReason::None};
    }
    sentence.tagTimeMs = -1;
    sentence.tagSource = {};
    if (*p == '\\') {
        const char *after = nullptr;
        if (const RejectReason reason = parseTagBlock(p + 1, end, sentence, after);
            reason != RejectReason::None) {
            return rejected(reason);
        }
        p = after;
    }
    const qsizetype length = end - p;
    if (length == 0 || (*p != '!' && *p != '$')) {
        return rejected(RejectReason::Malformed);
    }
    if (length > kMaxSentenceLength) {
        return rejected(RejectReason::Overlong);
    }
    // "...*hh": the checksum closes the sentence.
    const char *star = end - 3;
    if (length < 4 || *star != '*') {
        return rejected(RejectReason::Malformed);
    }
    const int stated = hexByte(star + 1);
    if (stated < 0) {
        return rejected(RejectReason::Malformed);
    }
    if (stated != xorChecksum(QByteArrayView(p + 1, star - p - 1))) {
        return rejected(RejectReason::BadChecksum);
    }
    // The address: two talker letters and VDM or VDO.
    if (star - p < 7 || *p != '!' || p[3] != 'V' || p[4] != 'D' || (p[5] != 'M' && p[5] != 'O') ||
        p[6] != ',') {
        return {VdmLineKind::OtherSentence, RejectReason::None};
    }
    if (!isAisTalker(p[1], p[2])) {
        return rejected(RejectReason::Malformed);
    }
    sentence.talker[0] = p[1];
    sentence.talker[1] = p[2];
    sentence.ownShip = p[5] == 'O';

    // Six fields: count, number, sequence id, channel, payload, fill.
    const char *fields[7];
    const char *q = p + 7;
    int found = 0;
    fields[found++] = q;
    // The first four fields are short: find their commas one by one.
    while (found < 5) {
        while (q < star && *q != ',') {
            ++q;
        }
        if (q == star) {
            return rejected(RejectReason::Malformed);
        }
        fields[found++] = ++q;
    }
    // The payload runs to the last comma; a comma inside it is caught by the armour check.
    const char *lastComma = star - 1;
    while (lastComma >= q && *lastComma != ',') {
        --lastComma;
    }
    if (lastComma < q) {
        return rejected(RejectReason::Malformed);
    }
    fields[5] = lastComma + 1;
    fields[6] = star + 1;
    const auto fieldEnd = [&](int i) { return fields[i + 1] - 1; };

    const int count = smallNumber(fields[0], fieldEnd(0));
    const int number = smallNumber(fields[1], fieldEnd(1));
    if (count < 1 || count > 9 || number < 1 || number > count) {
        return rejected(RejectReason::Malformed);
    }
    if (fields[2] == fieldEnd(2)) {
        sentence.sequenceId = -1;
    } else {
        const int sequence = smallNumber(fields[2], fieldEnd(2));
        if (sequence < 0) {
            return rejected(RejectReason::Malformed);
        }
        sentence.sequenceId = static_cast<std::int8_t>(sequence);
    }
    const qsizetype channelLength = fieldEnd(3) - fields[3];
    if (channelLength == 0) {
        sentence.channel = 'A';
    } else if (channelLength == 1 && (fields[3][0] == 'A' || fields[3][0] == '1')) {
        sentence.channel = 'A';
    } else if (channelLength == 1 && (fields[3][0] == 'B' || fields[3][0] == '2')) {
        sentence.channel = 'B';
    } else {
        return rejected(RejectReason::Malformed);
    }
    const int fill = smallNumber(fields[5], fieldEnd(5));
    if (fill < 0 || fill > 5) {
        return rejected(RejectReason::Malformed);
    }
    sentence.payload = QByteArrayView(fields[4], fieldEnd(4) - fields[4]);
    if (sentence.payload.isEmpty()) {
        return rejected(RejectReason::Malformed);
    }
    sentence.fragmentCount = static_cast<std::uint8_t>(count);
    sentence.fragmentNumber = static_cast<std::uint8_t>(number);
    sentence.fillBits = static_cast<std::uint8_t>(fill);
    return {VdmLineKind::Vdm, RejectReason::None};
}

} // namespace marsa::feeds
