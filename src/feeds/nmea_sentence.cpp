#include "feeds/nmea_sentence.h"

#include <QCoreApplication>

namespace marsa::feeds {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::feeds::NmeaSentence)
};

constexpr qsizetype kMaxSentenceLength = 82;

} // namespace

quint8 nmeaChecksum(QByteArrayView body) {
    quint8 sum = 0;
    for (char c : body) {
        sum ^= static_cast<quint8>(c);
    }
    return sum;
}

core::Result<NmeaSentence> NmeaSentence::parse(QByteArrayView line) {
    QByteArrayView text = line.trimmed();
    NmeaSentence sentence;
    if (text.startsWith('\\')) {
        const qsizetype end = text.indexOf('\\', 1);
        if (end < 0) {
            return core::Error{Text::tr("Unterminated tag block.")};
        }
        sentence.tagBlock = text.sliced(1, end - 1).toByteArray();
        text = text.sliced(end + 1);
    }
    if (text.isEmpty() || (text.front() != '$' && text.front() != '!')) {
        return core::Error{Text::tr("Not an NMEA sentence: it must start with $ or !.")};
    }
    if (text.size() > kMaxSentenceLength) {
        return core::Error{Text::tr("Sentence longer than the 82 characters NMEA 0183 allows.")};
    }
    const qsizetype star = text.lastIndexOf('*');
    if (star < 0 || star + 3 != text.size()) {
        return core::Error{Text::tr("Missing checksum.")};
    }
    bool ok = false;
    const uint stated = text.sliced(star + 1, 2).toByteArray().toUInt(&ok, 16);
    const QByteArrayView body = text.sliced(1, star - 1);
    if (!ok || stated != nmeaChecksum(body)) {
        return core::Error{Text::tr("Checksum mismatch.")};
    }
    const QList<QByteArray> parts = body.toByteArray().split(',');
    const QByteArray &address = parts.front();
    // A proprietary address is "P" plus a maker code; others are a two-letter talker and a formatter.
    if (address.size() < 5 && !address.startsWith('P')) {
        return core::Error{Text::tr("Malformed sentence address.")};
    }
    for (char c : address) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return core::Error{Text::tr("Malformed sentence address.")};
        }
    }
    sentence.startDelimiter = text.front();
    sentence.talker = address.startsWith('P') ? QByteArray("P") : address.left(2);
    sentence.formatter = address.startsWith('P') ? address.mid(1) : address.mid(2);
    sentence.fields = parts.mid(1);
    return sentence;
}

} // namespace marsa::feeds
