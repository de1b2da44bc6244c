// Every row of tests/data/ais-vectors.csv (DOMAIN-FACTS 6.3: gpsd's sample.aivdm, pyais and libais
// vectors, cross-checked with gpsdecode): the columns and the facts of the notes column.

#include "ais_test_support.h"

#include "feeds/ais_convert.h"

#include <cmath>
#include <map>

using namespace marsa::feeds;
using namespace marsa::feeds::ais;
using ais_test::VectorRow;

namespace {

// The decoded position of a message in degrees, raw units as transmitted.
struct RawPosition {
    std::int32_t lat = 0;
    std::int32_t lon = 0;
    bool present = false;
};

RawPosition rawPosition(const AisMessage &message) {
    return std::visit(
        [](const auto &body) -> RawPosition {
            if constexpr (requires {
                              body.lat;
                              body.lon;
                          }) {
                return {body.lat, body.lon, true};
            } else {
                return {};
            }
        },
        message.body);
}

template <typename Body>
const Body &bodyOf(const AisMessage &message) {
    const Body *body = message.as<Body>();
    REQUIRE(body != nullptr);
    return *body;
}

// The single message a row decodes to, with a fresh decoder; nullopt if none.
std::optional<AisMessage> decodeRow(const VectorRow &row, AisDecoder &decoder) {
    const auto messages = ais_test::decodeAll(row.sentences, decoder);
    REQUIRE(messages.size() <= 1);
    ais_test::checkStatsInvariant(decoder.stats());
    return messages.empty() ? std::nullopt : std::optional<AisMessage>(messages.front());
}

std::string nameOf(const AisMessage &message) {
    if (const auto *data = message.as<StaticVoyageData>()) {
        return std::string(data->shipName.view());
    }
    if (const auto *report = message.as<ClassBExtendedReport>()) {
        return std::string(report->shipName.view());
    }
    if (const auto *report = message.as<AidToNavigationReport>()) {
        return std::string(report->name.view());
    }
    if (const auto *report = message.as<StaticDataReport>()) {
        return std::string(report->shipName.view());
    }
    return {};
}

// SOG, COG and heading in the CSV's units, not-available sentinels included (102.3, 360, 511).
void checkMotion(const VectorRow &row, const AisMessage &message) {
    const auto motion = std::visit(
        [](const auto &body) -> std::optional<std::tuple<double, double, int>> {
            if constexpr (requires {
                              body.speed;
                              body.course;
                              body.heading;
                          }) {
                return std::tuple{body.speed / 10.0, body.course / 10.0, static_cast<int>(body.heading)};
            } else {
                return std::nullopt;
            }
        },
        message.body);
    if (row.sog.isEmpty()) {
        return;
    }
    REQUIRE(motion);
    CHECK(std::get<0>(*motion) == Approx(row.sog.toDouble()).margin(1e-9));
    CHECK(std::get<1>(*motion) == Approx(row.cog.toDouble()).margin(1e-9));
    CHECK(std::get<2>(*motion) == row.heading.toInt());
}

} // namespace

TEST_CASE("Every valid AIS vector decodes to its type, MMSI, position, motion and name") {
    int decoded = 0;
    for (const VectorRow &row : ais_test::aisVectors()) {
        if (row.isNegative() || row.mmsi == 995036013) {
            continue; // the negative rows, and the 268-bit type 21 that gpsd refuses (below)
        }
        INFO(row.sentences.join(" | ").toStdString());
        AisDecoder decoder;
        const auto message = decodeRow(row, decoder);
        REQUIRE(message);
        ++decoded;
        CHECK(message->type == row.type);
        CHECK(message->mmsi == row.mmsi);
        CHECK(decoder.stats().messageLines == static_cast<quint64>(row.sentences.size()));
        if (!row.lat.isEmpty()) {
            const RawPosition raw = rawPosition(*message);
            REQUIRE(raw.present);
            // The CSV prints degrees to six decimals: within half a millionth of a degree.
            CHECK(std::abs(raw.lat / kPositionUnitsPerDegree - row.lat.toDouble()) < 5.1e-7);
            CHECK(std::abs(raw.lon / kPositionUnitsPerDegree - row.lon.toDouble()) < 5.1e-7);
            const auto position = positionOf(*message, 0, 1);
            const bool notAvailable = row.lat == QStringLiteral("91") && row.lon == QStringLiteral("181");
            CHECK(position.has_value() == !notAvailable);
            if (position) {
                CHECK(position->lat == Approx(row.lat.toDouble()).margin(5.1e-7));
                CHECK(position->lon == Approx(row.lon.toDouble()).margin(5.1e-7));
                CHECK(position->mmsi == row.mmsi);
                CHECK(position->messageType == row.type);
                CHECK(position->sourceId == 1);
            }
        }
        checkMotion(row, *message);
        if (!row.name.isEmpty() && row.type != 24) {
            CHECK(nameOf(*message) == row.name.toStdString());
        }
    }
    CHECK(decoded == 31);
}

TEST_CASE("The vectors' notes hold: status, turn, call signs, dimensions, ETA, mothership") {
    std::map<std::pair<quint32, int>, AisMessage> byMmsi; // (MMSI, fragment count) -> message
    std::map<quint32, const VectorRow *> rows;
    const auto vectors = ais_test::aisVectors();
    for (const VectorRow &row : vectors) {
        AisDecoder decoder;
        if (const auto message = decodeRow(row, decoder)) {
            byMmsi.insert_or_assign(
                {message->mmsi, message->type * 10 + static_cast<int>(row.sentences.size())}, *message);
        }
    }
    const auto find = [&](quint32 mmsi, int type, int sentences = 1) -> const AisMessage & {
        const auto it = byMmsi.find({mmsi, type * 10 + sentences});
        REQUIRE(it != byMmsi.end());
        return it->second;
    };

    // gpsd's first sample: "turn":"fastleft" is the raw -127.
    CHECK(bodyOf<ClassAPositionReport>(find(371798000, 1)).turn == -127);
    CHECK(bodyOf<ClassAPositionReport>(find(563808000, 3)).navStatus == 5); // moored
    CHECK(bodyOf<ClassAPositionReport>(find(366053209, 1)).navStatus == 3); // restricted manoeuvrability
    CHECK(bodyOf<ClassAPositionReport>(find(367581220, 3)).navStatus == 5);
    const auto &noTurn = bodyOf<ClassAPositionReport>(find(367533950, 1));
    CHECK(noTurn.course == kCourseNotAvailable); // COG raw 3600
    CHECK(noTurn.turn == kTurnNotAvailable);
    CHECK(std::isnan(positionOf(find(367533950, 1), 0, 0)->cog));
    // Channel "1", status 15; pyais' ROT -731.4 is the raw -128 (no turn information).
    const AisMessage &channel1 = find(244740872, 2);
    CHECK(channel1.channel == 'A');
    CHECK(bodyOf<ClassAPositionReport>(channel1).navStatus == 15);
    CHECK(bodyOf<ClassAPositionReport>(channel1).turn == kTurnNotAvailable);

    // Type 4: UTC 2007-05-14T19:57:39Z, EPFD 7 surveyed; and one with nothing available.
    const auto &base = bodyOf<BaseStationReport>(find(3669702, 4));
    CHECK(std::tuple(base.year, base.month, base.day, base.hour, base.minute, base.second) ==
          std::tuple(2007, 5, 14, 19, 57, 39));
    CHECK(base.epfd == 7);
    const auto &unknownBase = bodyOf<BaseStationReport>(find(2470052, 4));
    CHECK(unknownBase.lat == kLatNotAvailable);
    CHECK(unknownBase.lon == kLonNotAvailable);
    CHECK(std::tuple(unknownBase.year, unknownBase.hour, unknownBase.minute) == std::tuple(0, 24, 60));
    CHECK_FALSE(positionOf(find(2470052, 4), 0, 0));

    // Type 5, two fragments, fill 2: EVER DIADEM.
    const auto &diadem = bodyOf<StaticVoyageData>(find(351759000, 5, 2));
    CHECK(diadem.imo == 9134270);
    CHECK(diadem.callSign.view() == "3FOF8");
    CHECK(diadem.shipType == 70);
    CHECK(diadem.draught == 122);
    CHECK(diadem.destination.view() == "NEW YORK");
    CHECK(std::tuple(diadem.etaMonth, diadem.etaDay, diadem.etaHour, diadem.etaMinute) ==
          std::tuple(5, 15, 14, 0));
    const auto diademStatic = staticOf(find(351759000, 5, 2), 42);
    REQUIRE(diademStatic);
    CHECK(diademStatic->name == QStringLiteral("EVER DIADEM"));
    CHECK(diademStatic->callSign == QStringLiteral("3FOF8"));
    CHECK(diademStatic->draught == Approx(12.2));
    CHECK(diademStatic->destination == QStringLiteral("NEW YORK"));
    CHECK(diademStatic->confirmedMs == 42);
    // GUATEMALA: libais keeps the '@' padding; a decoder stops at the first '@'.
    const auto &guatemala = bodyOf<StaticVoyageData>(find(205488090, 5, 2));
    CHECK(guatemala.shipName.view() == "GUATEMALA");
    CHECK(guatemala.callSign.view() == "OT4880");
    CHECK(guatemala.destination.view() == "DELFZIJL");
    CHECK(guatemala.draught == 2);

    // Type 19: CAPT.J.RIMES, ship type 70, dimensions 5/21/4/4.
    const auto &rimes = bodyOf<ClassBExtendedReport>(find(367059850, 19));
    CHECK(rimes.shipType == 70);
    CHECK(std::tuple(rimes.toBow, rimes.toStern, rimes.toPort, rimes.toStarboard) == std::tuple(5, 21, 4, 4));

    // Type 21: name plus extension, AtoN types, dimensions.
    const auto &china = bodyOf<AidToNavigationReport>(find(123456789, 21, 2));
    CHECK(china.aidType == 20);
    CHECK(china.name.view() == "CHINA ROSE MURPHY EXPRESS ALERT");
    CHECK(bodyOf<AidToNavigationReport>(find(316021442, 21, 2)).aidType == 1);
    const auto &southwold = bodyOf<AidToNavigationReport>(find(992351019, 21));
    CHECK(southwold.aidType == 6);
    CHECK(std::tuple(southwold.toBow, southwold.toStern, southwold.toPort, southwold.toStarboard) ==
          std::tuple(3, 3, 3, 3));

    // Type 18 from our own ship (VDO; the last row of that MMSI), and the one with every sentinel
    // on an empty channel.
    CHECK(find(367430530, 18).ownShip);
    CHECK(bodyOf<ClassBPositionReport>(find(367430530, 18)).speed == 678);
    const auto &sentinels = bodyOf<ClassBPositionReport>(find(1000000000, 18));
    CHECK(sentinels.speed == kSpeedNotAvailable);
    CHECK(sentinels.lat == kLatNotAvailable);
    CHECK(sentinels.lon == kLonNotAvailable);
    CHECK(sentinels.course == kCourseNotAvailable);
    CHECK(sentinels.heading == kHeadingNotAvailable);
    CHECK(find(1000000000, 18).channel == 'A');

    // Type 24: PROGUY part A (160 bits) and part B; FEC; the auxiliary craft; COMAR's old layout.
    AisDecoder pair;
    const auto proguy = ais_test::decodeAll({vectors[12].sentences.front(), vectors[13].sentences.front()},
                                            pair); // rows 13 and 14 of the CSV
    REQUIRE(proguy.size() == 2);
    CHECK(bodyOf<StaticDataReport>(proguy[0]).part == StaticDataReport::Part::A);
    CHECK(bodyOf<StaticDataReport>(proguy[0]).shipName.view() == "PROGUY");
    const auto &proguyB = bodyOf<StaticDataReport>(proguy[1]);
    CHECK(proguyB.part == StaticDataReport::Part::B);
    CHECK(proguyB.shipType == 60);
    CHECK(proguyB.callSign.view() == "TC6163");
    CHECK(proguyB.model == 12);
    CHECK(proguyB.serial == 199796);
    CHECK(std::tuple(proguyB.toBow, proguyB.toStern, proguyB.toPort, proguyB.toStarboard) ==
          std::tuple(0, 15, 0, 5));
    CHECK(proguyB.vendorIdLegacy.view() == "1D00014"); // what gpsd prints
    CHECK(proguyB.vendorId.view() == "1D0");
    const auto &fec = bodyOf<StaticDataReport>(find(338091445, 24));
    CHECK(fec.shipType == 37);
    CHECK(fec.vendorId.view() == "FEC");
    const auto &auxiliary = bodyOf<StaticDataReport>(find(980696666, 24));
    CHECK(isAuxiliaryMmsi(980696666));
    CHECK(auxiliary.mothershipMmsi == 666666666);
    CHECK(auxiliary.callSign.view() == "BOOBAZ");
    const auto auxiliaryStatic = staticOf(find(980696666, 24), 0);
    REQUIRE(auxiliaryStatic);
    CHECK(auxiliaryStatic->length() == 0); // no dimensions from an auxiliary craft
    CHECK(auxiliaryStatic->callSign == QStringLiteral("BOOBAZ"));
    const auto &comar = bodyOf<StaticDataReport>(find(261011240, 24));
    CHECK(comar.shipType == 57);
    CHECK(comar.vendorIdLegacy.view() == "COMAR");
    CHECK(std::tuple(comar.toBow, comar.toStern, comar.toPort, comar.toStarboard) == std::tuple(4, 7, 2, 2));
}

TEST_CASE("The 268-bit type 21 is refused as gpsd refuses it: wrong length for its type") {
    for (const VectorRow &row : ais_test::aisVectors()) {
        if (row.mmsi != 995036013) {
            continue;
        }
        AisDecoder decoder;
        CHECK_FALSE(decodeRow(row, decoder));
        CHECK(decoder.stats().rejected(RejectReason::WrongLength) == 1);
    }
}

TEST_CASE("The two negative vectors are refused for the right reason") {
    int negatives = 0;
    for (const VectorRow &row : ais_test::aisVectors()) {
        if (!row.isNegative()) {
            continue;
        }
        ++negatives;
        AisDecoder decoder;
        CHECK_FALSE(decodeRow(row, decoder));
        // 219000195: stated checksum 67, computed 7E. 255801960: longer than 82 characters (and its
        // checksum is wrong too; the length is checked first).
        const RejectReason expected =
            row.mmsi == 219000195 ? RejectReason::BadChecksum : RejectReason::Overlong;
        CHECK(decoder.stats().rejected(expected) == 1);
        CHECK(decoder.stats().rejectedLines() == 1);
    }
    CHECK(negatives == 2);
}
