#include "feeds/ais_encoder.h"

#include "feeds/ais_bits.h"
#include "feeds/ais_sentence.h"

#include <algorithm>

namespace marsa::feeds {
namespace {

using namespace ais;

// "!AIVDM,1,1,,A," and ",0*hh" around a payload: 19 characters with a one-letter channel, so an
// 82-character sentence carries at most 63 payload characters.
constexpr qsizetype kMaxSentenceLength = 82;
constexpr qsizetype kFragmentPayload = 60;

template <typename Report>
void putClassBCommon(AisBitWriter &bits, const Report &report) {
    bits.putUnsigned(report.reserved, 8);
    bits.putUnsigned(report.speed, 10);
    bits.putBool(report.accuracy);
    bits.putSigned(report.lon, 28);
    bits.putSigned(report.lat, 27);
    bits.putUnsigned(report.course, 12);
    bits.putUnsigned(report.heading, 9);
    bits.putUnsigned(report.second, 6);
}

void putDimensions(AisBitWriter &bits, unsigned toBow, unsigned toStern, unsigned toPort,
                   unsigned toStarboard) {
    bits.putUnsigned(toBow, 9);
    bits.putUnsigned(toStern, 9);
    bits.putUnsigned(toPort, 6);
    bits.putUnsigned(toStarboard, 6);
}

void put(AisBitWriter &bits, const AisMessage &, const ClassAPositionReport &report) {
    bits.putUnsigned(report.navStatus, 4);
    bits.putSigned(report.turn, 8);
    bits.putUnsigned(report.speed, 10);
    bits.putBool(report.accuracy);
    bits.putSigned(report.lon, 28);
    bits.putSigned(report.lat, 27);
    bits.putUnsigned(report.course, 12);
    bits.putUnsigned(report.heading, 9);
    bits.putUnsigned(report.second, 6);
    bits.putUnsigned(report.maneuver, 2);
    bits.putUnsigned(report.spare, 3);
    bits.putBool(report.raim);
    bits.putUnsigned(report.radio, 19);
}

void put(AisBitWriter &bits, const AisMessage &, const BaseStationReport &report) {
    bits.putUnsigned(report.year, 14);
    bits.putUnsigned(report.month, 4);
    bits.putUnsigned(report.day, 5);
    bits.putUnsigned(report.hour, 5);
    bits.putUnsigned(report.minute, 6);
    bits.putUnsigned(report.second, 6);
    bits.putBool(report.accuracy);
    bits.putSigned(report.lon, 28);
    bits.putSigned(report.lat, 27);
    bits.putUnsigned(report.epfd, 4);
    bits.putUnsigned(0, 10); // spare
    bits.putBool(report.raim);
    bits.putUnsigned(report.radio, 19);
}

void put(AisBitWriter &bits, const AisMessage &, const StaticVoyageData &data) {
    bits.putUnsigned(data.aisVersion, 2);
    bits.putUnsigned(data.imo, 30);
    bits.putText(data.callSign.view(), 7);
    bits.putText(data.shipName.view(), 20);
    bits.putUnsigned(data.shipType, 8);
    putDimensions(bits, data.toBow, data.toStern, data.toPort, data.toStarboard);
    bits.putUnsigned(data.epfd, 4);
    bits.putUnsigned(data.etaMonth, 4);
    bits.putUnsigned(data.etaDay, 5);
    bits.putUnsigned(data.etaHour, 5);
    bits.putUnsigned(data.etaMinute, 6);
    bits.putUnsigned(data.draught, 8);
    bits.putText(data.destination.view(), 20);
    bits.putBool(data.dte);
    bits.putUnsigned(0, 1); // spare
}

void put(AisBitWriter &bits, const AisMessage &, const SarAircraftReport &report) {
    bits.putUnsigned(report.altitude, 12);
    bits.putUnsigned(report.speed, 10);
    bits.putBool(report.accuracy);
    bits.putSigned(report.lon, 28);
    bits.putSigned(report.lat, 27);
    bits.putUnsigned(report.course, 12);
    bits.putUnsigned(report.second, 6);
    bits.putUnsigned(report.regional, 8);
    bits.putBool(report.dte);
    bits.putUnsigned(report.spare, 3);
    bits.putBool(report.assigned);
    bits.putBool(report.raim);
    bits.putUnsigned(report.radio, 20);
}

void put(AisBitWriter &bits, const AisMessage &, const ClassBPositionReport &report) {
    putClassBCommon(bits, report);
    bits.putUnsigned(report.regional, 2);
    bits.putBool(report.cs);
    bits.putBool(report.display);
    bits.putBool(report.dsc);
    bits.putBool(report.band);
    bits.putBool(report.msg22);
    bits.putBool(report.assigned);
    bits.putBool(report.raim);
    bits.putUnsigned(report.radio, 20);
}

void put(AisBitWriter &bits, const AisMessage &, const ClassBExtendedReport &report) {
    putClassBCommon(bits, report);
    bits.putUnsigned(report.regional, 4);
    bits.putText(report.shipName.view(), 20);
    bits.putUnsigned(report.shipType, 8);
    putDimensions(bits, report.toBow, report.toStern, report.toPort, report.toStarboard);
    bits.putUnsigned(report.epfd, 4);
    bits.putBool(report.raim);
    bits.putBool(report.dte);
    bits.putBool(report.assigned);
    bits.putUnsigned(0, 4); // spare
}

void put(AisBitWriter &bits, const AisMessage &, const AidToNavigationReport &report) {
    const std::string_view name = report.name.view();
    bits.putUnsigned(report.aidType, 5);
    bits.putText(name.substr(0, 20), 20);
    bits.putBool(report.accuracy);
    bits.putSigned(report.lon, 28);
    bits.putSigned(report.lat, 27);
    putDimensions(bits, report.toBow, report.toStern, report.toPort, report.toStarboard);
    bits.putUnsigned(report.epfd, 4);
    bits.putUnsigned(report.second, 6);
    bits.putBool(report.offPosition);
    bits.putUnsigned(report.regional, 8);
    bits.putBool(report.raim);
    bits.putBool(report.virtualAid);
    bits.putBool(report.assigned);
    bits.putUnsigned(0, 1); // spare
    if (name.size() > 20) {
        const std::string_view extension = name.substr(20, 14);
        bits.putText(extension, static_cast<int>(extension.size()));
        bits.padToByte();
    }
}

void put(AisBitWriter &bits, const AisMessage &message, const StaticDataReport &report) {
    if (report.part == StaticDataReport::Part::A) {
        bits.putUnsigned(0, 2);
        bits.putText(report.shipName.view(), 20);
        bits.putUnsigned(0, 8); // spare
        return;
    }
    bits.putUnsigned(1, 2);
    bits.putUnsigned(report.shipType, 8);
    bits.putText(report.vendorId.view(), 3);
    bits.putUnsigned(report.model, 4);
    bits.putUnsigned(report.serial, 20);
    bits.putText(report.callSign.view(), 7);
    if (isAuxiliaryMmsi(message.mmsi)) {
        bits.putUnsigned(report.mothershipMmsi, 30);
    } else {
        putDimensions(bits, report.toBow, report.toStern, report.toPort, report.toStarboard);
    }
    bits.putUnsigned(0, 6); // spare
}

void put(AisBitWriter &bits, const AisMessage &, const LongRangeReport &report) {
    bits.putBool(report.accuracy);
    bits.putBool(report.raim);
    bits.putUnsigned(report.navStatus, 4);
    bits.putSigned(report.lon, 18);
    bits.putSigned(report.lat, 17);
    bits.putUnsigned(report.speed, 6);
    bits.putUnsigned(report.course, 9);
    bits.putBool(report.gnss);
    bits.putUnsigned(0, 1); // spare
}

QByteArray hexByte(unsigned value) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    const char digits[2] = {kDigits[(value >> 4) & 15], kDigits[value & 15]};
    return QByteArray(digits, 2);
}

} // namespace

void AisBitWriter::putUnsigned(std::uint32_t value, int length) {
    if (length <= 0 || m_size + length > kCapacityBits) {
        return;
    }
    const std::uint64_t field = length == 32 ? value : value & ((std::uint64_t{1} << length) - 1);
    const auto word = static_cast<std::size_t>(m_size >> 6);
    const int shift = 64 - (m_size & 63) - length;
    if (shift >= 0) {
        m_words[word] |= field << shift;
    } else {
        m_words[word] |= field >> -shift;
        m_words[word + 1] |= field << (64 + shift);
    }
    m_size += length;
}

void AisBitWriter::resize(int bits) {
    bits = std::clamp(bits, 0, kCapacityBits);
    for (int bit = bits; bit < m_size; ++bit) {
        m_words[static_cast<std::size_t>(bit >> 6)] &= ~(std::uint64_t{1} << (63 - (bit & 63)));
    }
    m_size = bits;
}

void AisBitWriter::putText(std::string_view text, int characters) {
    for (int i = 0; i < characters; ++i) {
        if (static_cast<std::size_t>(i) >= text.size()) {
            putUnsigned(0, 6); // '@'
            continue;
        }
        char c = text[static_cast<std::size_t>(i)];
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        const int value = sixBitValue(c);
        putUnsigned(static_cast<std::uint32_t>(value < 0 ? sixBitValue('?') : value), 6);
    }
}

QByteArray AisBitWriter::armoured(int &fillBits) const {
    const int characters = (m_size + 5) / 6;
    fillBits = characters * 6 - m_size;
    QByteArray payload(characters, Qt::Uninitialized);
    for (int i = 0; i < characters; ++i) {
        const int start = 6 * i;
        const auto word = static_cast<std::size_t>(start >> 6);
        const int offset = start & 63;
        std::uint64_t high = m_words[word] << offset;
        if (offset > 58) {
            high |= m_words[word + 1] >> (64 - offset);
        }
        payload[i] = armourChar(static_cast<unsigned>(high >> 58));
    }
    return payload;
}

AisBitWriter encodeAisBits(const AisMessage &message) {
    AisBitWriter bits;
    bits.putUnsigned(message.type, 6);
    bits.putUnsigned(message.repeat, 2);
    bits.putUnsigned(message.mmsi, 30);
    std::visit([&](const auto &body) { put(bits, message, body); }, message.body);
    return bits;
}

QByteArray nmeaChecksumSuffix(QByteArrayView body) {
    return '*' + hexByte(xorChecksum(body));
}

QByteArray nmeaTagBlock(std::int64_t timeMs, QByteArrayView source) {
    QByteArray tag;
    if (!source.isEmpty()) {
        tag += "s:" + source.toByteArray() + ',';
    }
    tag += "c:" + QByteArray::number(timeMs / 1000);
    return '\\' + tag + nmeaChecksumSuffix(tag) + '\\';
}

QList<QByteArray> nmeaSentences(QByteArrayView payload, int fillBits, const NmeaFraming &framing) {
    const QByteArray address = QByteArray(framing.talker.data(), 2) + (framing.ownShip ? "VDO" : "VDM");
    const QByteArray channel = framing.channel ? QByteArray(1, framing.channel) : QByteArray();
    const qsizetype singleLength = 1 + address.size() + 7 + channel.size() + payload.size() + 5;
    const qsizetype count =
        singleLength <= kMaxSentenceLength ? 1 : (payload.size() + kFragmentPayload - 1) / kFragmentPayload;
    const qsizetype chunk = count == 1 ? payload.size() : kFragmentPayload;
    const QByteArray tag =
        framing.tagTimeMs >= 0 ? nmeaTagBlock(framing.tagTimeMs, framing.tagSource) : QByteArray();
    QList<QByteArray> sentences;
    for (qsizetype i = 0; i < count; ++i) {
        const bool last = i == count - 1;
        QByteArray body = address + ',' + QByteArray::number(count) + ',' + QByteArray::number(i + 1) + ',';
        if (count > 1) {
            body += QByteArray::number(framing.sequenceId % 10);
        }
        body += ',' + channel + ',' + payload.sliced(i * chunk, std::min(chunk, payload.size() - i * chunk)) +
                ',' + QByteArray::number(last ? fillBits : 0);
        sentences.append(tag + '!' + body + nmeaChecksumSuffix(body));
    }
    return sentences;
}

QList<QByteArray> encodeAisSentences(const AisMessage &message, const NmeaFraming &framing) {
    int fillBits = 0;
    const QByteArray payload = encodeAisBits(message).armoured(fillBits);
    return nmeaSentences(payload, fillBits, framing);
}

} // namespace marsa::feeds
