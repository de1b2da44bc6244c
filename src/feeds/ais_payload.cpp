#include "feeds/ais_payload.h"

#include <algorithm>

namespace marsa::feeds {
namespace {

using namespace ais;

// Length rules as gpsd 3.22 applies them (checked with gpsdecode at the boundaries; the AIS
// standard lengths are 168 bits for 1-4, 9, 18 and 24B, 424 for 5, 312 for 19, 272-360 for 21,
// 160-168 for 24A and 96 for 27).
constexpr int kMinClassA = 163;
constexpr int kMinSlot = 168;
constexpr int kMinStaticVoyage = 420;
constexpr int kMinExtendedClassB = 312;
constexpr int kMinAidToNavigation = 272;
constexpr int kMaxAidToNavigation = 368;
constexpr int kMinStaticPartA = 160;
constexpr int kMaxStaticPartA = 168;
constexpr int kLongRange = 96;

void decodeClassA(const AisBits &bits, ClassAPositionReport &report) {
    report.navStatus = static_cast<std::uint8_t>(bits.unsignedAt(38, 4));
    report.turn = static_cast<std::int8_t>(bits.signedAt(42, 8));
    report.speed = static_cast<std::uint16_t>(bits.unsignedAt(50, 10));
    report.accuracy = bits.bitAt(60);
    report.lon = bits.signedAt(61, 28);
    report.lat = bits.signedAt(89, 27);
    report.course = static_cast<std::uint16_t>(bits.unsignedAt(116, 12));
    report.heading = static_cast<std::uint16_t>(bits.unsignedAt(128, 9));
    report.second = static_cast<std::uint8_t>(bits.unsignedAt(137, 6));
    report.maneuver = static_cast<std::uint8_t>(bits.unsignedAt(143, 2));
    report.spare = static_cast<std::uint8_t>(bits.unsignedAt(145, 3));
    report.raim = bits.bitAt(148);
    // A report of 163-167 bits carries a shorter radio field, which gpsd reads as it is.
    const int radioBits = bits.size() >= 168 ? 19 : bits.size() - 149;
    report.radio = bits.unsignedAt(149, radioBits);
}

void decodeBaseStation(const AisBits &bits, BaseStationReport &report) {
    report.year = static_cast<std::uint16_t>(bits.unsignedAt(38, 14));
    report.month = static_cast<std::uint8_t>(bits.unsignedAt(52, 4));
    report.day = static_cast<std::uint8_t>(bits.unsignedAt(56, 5));
    report.hour = static_cast<std::uint8_t>(bits.unsignedAt(61, 5));
    report.minute = static_cast<std::uint8_t>(bits.unsignedAt(66, 6));
    report.second = static_cast<std::uint8_t>(bits.unsignedAt(72, 6));
    report.accuracy = bits.bitAt(78);
    report.lon = bits.signedAt(79, 28);
    report.lat = bits.signedAt(107, 27);
    report.epfd = static_cast<std::uint8_t>(bits.unsignedAt(134, 4));
    report.raim = bits.bitAt(148);
    report.radio = bits.unsignedAt(149, 19);
}

void decodeStaticVoyage(const AisBits &bits, StaticVoyageData &data) {
    data.aisVersion = static_cast<std::uint8_t>(bits.unsignedAt(38, 2));
    data.imo = bits.unsignedAt(40, 30);
    bits.textAt(70, 7, data.callSign);
    bits.textAt(112, 20, data.shipName);
    data.shipType = static_cast<std::uint8_t>(bits.unsignedAt(232, 8));
    data.toBow = static_cast<std::uint16_t>(bits.unsignedAt(240, 9));
    data.toStern = static_cast<std::uint16_t>(bits.unsignedAt(249, 9));
    data.toPort = static_cast<std::uint8_t>(bits.unsignedAt(258, 6));
    data.toStarboard = static_cast<std::uint8_t>(bits.unsignedAt(264, 6));
    data.epfd = static_cast<std::uint8_t>(bits.unsignedAt(270, 4));
    data.etaMonth = static_cast<std::uint8_t>(bits.unsignedAt(274, 4));
    data.etaDay = static_cast<std::uint8_t>(bits.unsignedAt(278, 5));
    data.etaHour = static_cast<std::uint8_t>(bits.unsignedAt(283, 5));
    data.etaMinute = static_cast<std::uint8_t>(bits.unsignedAt(288, 6));
    data.draught = static_cast<std::uint8_t>(bits.unsignedAt(294, 8));
    bits.textAt(302, 20, data.destination);
    // The 420- and 422-bit variants seen in the wild have no DTE bit.
    data.dte = bits.size() >= 423 && bits.bitAt(422);
}

void decodeSarAircraft(const AisBits &bits, SarAircraftReport &report) {
    report.altitude = static_cast<std::uint16_t>(bits.unsignedAt(38, 12));
    report.speed = static_cast<std::uint16_t>(bits.unsignedAt(50, 10));
    report.accuracy = bits.bitAt(60);
    report.lon = bits.signedAt(61, 28);
    report.lat = bits.signedAt(89, 27);
    report.course = static_cast<std::uint16_t>(bits.unsignedAt(116, 12));
    report.second = static_cast<std::uint8_t>(bits.unsignedAt(128, 6));
    report.regional = static_cast<std::uint8_t>(bits.unsignedAt(134, 8));
    report.dte = bits.bitAt(142);
    report.spare = static_cast<std::uint8_t>(bits.unsignedAt(143, 3));
    report.assigned = bits.bitAt(146);
    report.raim = bits.bitAt(147);
    report.radio = bits.unsignedAt(148, 20);
}

// Types 18 and 19 share their first 139 bits.
template <typename Report>
void decodeClassBCommon(const AisBits &bits, Report &report) {
    report.reserved = static_cast<std::uint8_t>(bits.unsignedAt(38, 8));
    report.speed = static_cast<std::uint16_t>(bits.unsignedAt(46, 10));
    report.accuracy = bits.bitAt(56);
    report.lon = bits.signedAt(57, 28);
    report.lat = bits.signedAt(85, 27);
    report.course = static_cast<std::uint16_t>(bits.unsignedAt(112, 12));
    report.heading = static_cast<std::uint16_t>(bits.unsignedAt(124, 9));
    report.second = static_cast<std::uint8_t>(bits.unsignedAt(133, 6));
}

void decodeClassB(const AisBits &bits, ClassBPositionReport &report) {
    decodeClassBCommon(bits, report);
    report.regional = static_cast<std::uint8_t>(bits.unsignedAt(139, 2));
    report.cs = bits.bitAt(141);
    report.display = bits.bitAt(142);
    report.dsc = bits.bitAt(143);
    report.band = bits.bitAt(144);
    report.msg22 = bits.bitAt(145);
    report.assigned = bits.bitAt(146);
    report.raim = bits.bitAt(147);
    report.radio = bits.unsignedAt(148, 20);
}

void decodeClassBExtended(const AisBits &bits, ClassBExtendedReport &report) {
    decodeClassBCommon(bits, report);
    report.regional = static_cast<std::uint8_t>(bits.unsignedAt(139, 4));
    bits.textAt(143, 20, report.shipName);
    report.shipType = static_cast<std::uint8_t>(bits.unsignedAt(263, 8));
    report.toBow = static_cast<std::uint16_t>(bits.unsignedAt(271, 9));
    report.toStern = static_cast<std::uint16_t>(bits.unsignedAt(280, 9));
    report.toPort = static_cast<std::uint8_t>(bits.unsignedAt(289, 6));
    report.toStarboard = static_cast<std::uint8_t>(bits.unsignedAt(295, 6));
    report.epfd = static_cast<std::uint8_t>(bits.unsignedAt(301, 4));
    report.raim = bits.bitAt(305);
    report.dte = bits.bitAt(306);
    report.assigned = bits.bitAt(307);
}

void decodeAidToNavigation(const AisBits &bits, AidToNavigationReport &report) {
    report.aidType = static_cast<std::uint8_t>(bits.unsignedAt(38, 5));
    // The name is 20 characters, then (only when all 20 are used) an extension of up to 14 more
    // from bit 272; both stop at the first '@', and the whole is stripped of trailing spaces.
    auto &name = report.name;
    name.chars = {};
    std::size_t size = 0;
    bool stopped = false;
    for (int i = 0; i < 20 && !stopped; ++i) {
        const unsigned value = bits.unsignedAt(43 + 6 * i, 6);
        stopped = value == 0;
        if (!stopped) {
            name.chars[size++] = sixBitChar(value);
        }
    }
    if (!stopped && bits.size() > 272) {
        const int extension = std::min((bits.size() - 272) / 6, 14);
        for (int i = 0; i < extension; ++i) {
            const unsigned value = bits.unsignedAt(272 + 6 * i, 6);
            if (value == 0) {
                break;
            }
            name.chars[size++] = sixBitChar(value);
        }
    }
    while (size > 0 && name.chars[size - 1] == ' ') {
        name.chars[--size] = 0;
    }
    name.size = static_cast<std::uint8_t>(size);
    report.accuracy = bits.bitAt(163);
    report.lon = bits.signedAt(164, 28);
    report.lat = bits.signedAt(192, 27);
    report.toBow = static_cast<std::uint16_t>(bits.unsignedAt(219, 9));
    report.toStern = static_cast<std::uint16_t>(bits.unsignedAt(228, 9));
    report.toPort = static_cast<std::uint8_t>(bits.unsignedAt(237, 6));
    report.toStarboard = static_cast<std::uint8_t>(bits.unsignedAt(243, 6));
    report.epfd = static_cast<std::uint8_t>(bits.unsignedAt(249, 4));
    report.second = static_cast<std::uint8_t>(bits.unsignedAt(253, 6));
    report.offPosition = bits.bitAt(259);
    report.regional = static_cast<std::uint8_t>(bits.unsignedAt(260, 8));
    report.raim = bits.bitAt(268);
    report.virtualAid = bits.bitAt(269);
    report.assigned = bits.bitAt(270);
}

void decodeStaticPartB(const AisBits &bits, std::uint32_t mmsi, StaticDataReport &report) {
    report.shipType = static_cast<std::uint8_t>(bits.unsignedAt(40, 8));
    bits.textAt(48, 3, report.vendorId);
    bits.textAt(48, 7, report.vendorIdLegacy);
    report.model = static_cast<std::uint8_t>(bits.unsignedAt(66, 4));
    report.serial = bits.unsignedAt(70, 20);
    bits.textAt(90, 7, report.callSign);
    if (isAuxiliaryMmsi(mmsi)) {
        report.mothershipMmsi = bits.unsignedAt(132, 30);
    } else {
        report.toBow = static_cast<std::uint16_t>(bits.unsignedAt(132, 9));
        report.toStern = static_cast<std::uint16_t>(bits.unsignedAt(141, 9));
        report.toPort = static_cast<std::uint8_t>(bits.unsignedAt(150, 6));
        report.toStarboard = static_cast<std::uint8_t>(bits.unsignedAt(156, 6));
    }
}

void decodeLongRange(const AisBits &bits, LongRangeReport &report) {
    report.accuracy = bits.bitAt(38);
    report.raim = bits.bitAt(39);
    report.navStatus = static_cast<std::uint8_t>(bits.unsignedAt(40, 4));
    report.lon = bits.signedAt(44, 18);
    report.lat = bits.signedAt(62, 17);
    report.speed = static_cast<std::uint8_t>(bits.unsignedAt(79, 6));
    report.course = static_cast<std::uint16_t>(bits.unsignedAt(85, 9));
    report.gnss = bits.bitAt(94);
}

} // namespace

RejectReason decodeAisPayload(const AisBits &bits, AisMessage &message) {
    const int size = bits.size();
    if (size < 6) {
        return RejectReason::WrongLength;
    }
    const unsigned type = bits.unsignedAt(0, 6);
    if (!isDecodedAisType(type)) {
        return RejectReason::UnsupportedType;
    }
    if (size < 38) {
        return RejectReason::WrongLength;
    }
    message.type = static_cast<std::uint8_t>(type);
    message.repeat = static_cast<std::uint8_t>(bits.unsignedAt(6, 2));
    message.mmsi = bits.unsignedAt(8, 30);
    switch (type) {
    case 1:
    case 2:
    case 3:
        if (size < kMinClassA) {
            return RejectReason::WrongLength;
        }
        decodeClassA(bits, message.body.emplace<ClassAPositionReport>());
        return RejectReason::None;
    case 4:
        if (size < kMinSlot) {
            return RejectReason::WrongLength;
        }
        decodeBaseStation(bits, message.body.emplace<BaseStationReport>());
        return RejectReason::None;
    case 5:
        if (size < kMinStaticVoyage) {
            return RejectReason::WrongLength;
        }
        decodeStaticVoyage(bits, message.body.emplace<StaticVoyageData>());
        return RejectReason::None;
    case 9:
        if (size < kMinSlot) {
            return RejectReason::WrongLength;
        }
        decodeSarAircraft(bits, message.body.emplace<SarAircraftReport>());
        return RejectReason::None;
    case 18:
        if (size < kMinSlot) {
            return RejectReason::WrongLength;
        }
        decodeClassB(bits, message.body.emplace<ClassBPositionReport>());
        return RejectReason::None;
    case 19:
        if (size < kMinExtendedClassB) {
            return RejectReason::WrongLength;
        }
        decodeClassBExtended(bits, message.body.emplace<ClassBExtendedReport>());
        return RejectReason::None;
    case 21:
        if (size < kMinAidToNavigation || size > kMaxAidToNavigation) {
            return RejectReason::WrongLength;
        }
        decodeAidToNavigation(bits, message.body.emplace<AidToNavigationReport>());
        return RejectReason::None;
    case 24: {
        if (size < 40) {
            return RejectReason::WrongLength;
        }
        const unsigned part = bits.unsignedAt(38, 2);
        if (part == 0) {
            if (size < kMinStaticPartA || size > kMaxStaticPartA) {
                return RejectReason::WrongLength;
            }
            auto &report = message.body.emplace<StaticDataReport>();
            report.part = StaticDataReport::Part::A;
            bits.textAt(40, 20, report.shipName);
            return RejectReason::None;
        }
        if (part == 1) {
            if (size < kMinSlot) {
                return RejectReason::WrongLength;
            }
            auto &report = message.body.emplace<StaticDataReport>();
            report.part = StaticDataReport::Part::B;
            decodeStaticPartB(bits, message.mmsi, report);
            return RejectReason::None;
        }
        return RejectReason::Malformed; // parts 2 and 3 do not exist
    }
    case 27:
        if (size != kLongRange && size != kMinSlot) {
            return RejectReason::WrongLength;
        }
        decodeLongRange(bits, message.body.emplace<LongRangeReport>());
        return RejectReason::None;
    default:
        return RejectReason::UnsupportedType;
    }
}

} // namespace marsa::feeds
