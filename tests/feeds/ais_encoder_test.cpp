// The encoder: bits, armour and NMEA framing, a round trip for every message type, and the traffic
// generator built on it.

#include "ais_test_support.h"

#include "feeds/ais_encoder.h"
#include "feeds/ais_traffic.h"

using namespace marsa::feeds;
using namespace marsa::feeds::ais;

namespace {

AisMessage header(std::uint8_t type, std::uint32_t mmsi) {
    AisMessage message;
    message.type = type;
    message.repeat = 2;
    message.mmsi = mmsi;
    return message;
}

// One message of every type the decoder knows, every field away from its default.
std::vector<AisMessage> everyType() {
    std::vector<AisMessage> messages;
    for (std::uint8_t type : {1, 2, 3}) {
        AisMessage message = header(type, 642123456);
        ClassAPositionReport report;
        report.navStatus = 7;
        report.turn = -37;
        report.speed = 123;
        report.accuracy = true;
        report.lon = static_cast<std::int32_t>(13.191234 * 600000);
        report.lat = static_cast<std::int32_t>(-32.901234 * 600000);
        report.course = 2719;
        report.heading = 272;
        report.second = 59;
        report.maneuver = 2;
        report.spare = 5;
        report.raim = true;
        report.radio = 0x5A5A5;
        message.body = report;
        messages.push_back(message);
    }
    AisMessage base = header(4, 6420001);
    base.body = BaseStationReport{2026, 5, 1, 23, 59, 58, true, -80000000, 19740000, 7, true, 0x7FFFF};
    messages.push_back(base);

    AisMessage voyage = header(5, 215987654);
    StaticVoyageData data;
    data.aisVersion = 2;
    data.imo = 9134270;
    data.callSign.assign("9HA2345");
    data.shipName.assign("MALTA \"EXPRESS\" 7");
    data.shipType = 71;
    data.toBow = 511;
    data.toStern = 40;
    data.toPort = 63;
    data.toStarboard = 12;
    data.epfd = 3;
    data.etaMonth = 12;
    data.etaDay = 31;
    data.etaHour = 23;
    data.etaMinute = 59;
    data.draught = 255;
    data.destination.assign("TRIPOLI\\LY");
    data.dte = true;
    voyage.body = data;
    messages.push_back(voyage);

    AisMessage aircraft = header(9, 111215501);
    aircraft.body =
        SarAircraftReport{4094, 1022, true, 10800000, -5400000, 3599, 61, 255, true, 7, true, true, 0xFFFFF};
    messages.push_back(aircraft);

    AisMessage classB = header(18, 247123456);
    classB.body = ClassBPositionReport{200,  1022, true, -108000000, 54000000, 0,    359,  62,    3,
                                       true, true, true, true,       true,     true, true, 917510};
    messages.push_back(classB);

    AisMessage extended = header(19, 256123456);
    ClassBExtendedReport report19;
    report19.reserved = 17;
    report19.speed = 55;
    report19.lon = 1;
    report19.lat = -1;
    report19.course = 1;
    report19.heading = 1;
    report19.second = 1;
    report19.regional = 15;
    report19.shipName.assign("ST. JULIAN'S");
    report19.shipType = 37;
    report19.toBow = 9;
    report19.toStern = 3;
    report19.toPort = 2;
    report19.toStarboard = 2;
    report19.epfd = 1;
    report19.raim = true;
    report19.dte = true;
    report19.assigned = true;
    extended.body = report19;
    messages.push_back(extended);

    for (const char *name : {"DFO2", "BOURI FIELD PLATFORM", "PANTELLERIA PUNTA SPADILLO LIGHT",
                             "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234567"}) {
        AisMessage aid = header(21, 996421005);
        AidToNavigationReport report;
        report.aidType = 31;
        report.name.assign(name);
        report.accuracy = true;
        report.lon = 7000000;
        report.lat = 20000000;
        report.toBow = 30;
        report.toStern = 30;
        report.toPort = 25;
        report.toStarboard = 25;
        report.epfd = 7;
        report.second = 60;
        report.offPosition = true;
        report.regional = 200;
        report.raim = true;
        report.virtualAid = true;
        report.assigned = true;
        aid.body = report;
        messages.push_back(aid);
    }

    AisMessage partA = header(24, 215444663);
    StaticDataReport a;
    a.part = StaticDataReport::Part::A;
    a.shipName.assign("M/V AL-NOUR");
    partA.body = a;
    messages.push_back(partA);
    for (std::uint32_t mmsi : {215444663U, 982150001U}) {
        AisMessage partB = header(24, mmsi);
        StaticDataReport b;
        b.part = StaticDataReport::Part::B;
        b.shipType = 51;
        b.vendorId.assign("SRT");
        b.model = 9;
        b.serial = 0xABCDE;
        b.callSign.assign("9H9453");
        if (isAuxiliaryMmsi(mmsi)) {
            b.mothershipMmsi = 215444663;
        } else {
            b.toBow = 10;
            b.toStern = 5;
            b.toPort = 2;
            b.toStarboard = 3;
        }
        partB.body = b;
        messages.push_back(partB);
    }

    AisMessage longRange = header(27, 970012345);
    longRange.body = LongRangeReport{true, true, 14, -7, 20580, 62, 359, true};
    messages.push_back(longRange);
    return messages;
}

} // namespace

TEST_CASE("Every message type survives encoding, framing and decoding unchanged") {
    int framedTypes = 0;
    for (AisMessage original : everyType()) {
        INFO("type " << int(original.type));
        NmeaFraming framing;
        framing.channel = 'B';
        framing.sequenceId = 7;
        framing.tagTimeMs = 1'777'593'600'000;
        framing.tagSource = "LY-TIP";
        const QList<QByteArray> sentences = encodeAisSentences(original, framing);
        CHECK(sentences.size() == (original.type == 5 ? 2 : 1));
        for (const QByteArray &sentence : sentences) {
            CHECK(sentence.size() - sentence.indexOf('!') <= 82);
        }
        AisDecoder decoder;
        const auto decoded = ais_test::decodeAll(sentences, decoder);
        REQUIRE(decoded.size() == 1);
        // The 7-character vendor text is a reading of the part B bits the 3-character one was
        // written into; everything else must come back as it was.
        if (auto *b = original.as<StaticDataReport>(); b && b->part == StaticDataReport::Part::B) {
            const auto *back = decoded.front().as<StaticDataReport>();
            REQUIRE(back);
            CHECK(back->vendorIdLegacy.view().substr(0, 3) == "SRT");
            b->vendorIdLegacy = back->vendorIdLegacy;
        }
        original.channel = 'B';
        original.timeMs = 1'777'593'600'000;
        CHECK(decoded.front() == original);
        ++framedTypes;
    }
    CHECK(framedTypes == 16);
}

TEST_CASE("Re-encoding sample sentences gives their payloads back to the character") {
    AisDecoder decoder;
    // EVER DIADEM pads its texts with spaces, which a decoder drops; NORDIC HAMBURG (pyais) pads
    // them with '@' as the encoder does.
    const QList<QByteArray> sample{
        "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A",
        "!AIVDM,2,1,1,A,538CQ>02A;h?D9QC800pu8@T>0P4l9E8L0000017Ah:;;5r50Ahm5;C0,0*07",
        "!AIVDM,2,2,1,A,F@V@00000000000,2*35"};
    const auto messages = ais_test::decodeAll(sample, decoder);
    REQUIRE(messages.size() == 2);
    NmeaFraming framing;
    CHECK(encodeAisSentences(messages[0], framing) == QList<QByteArray>{sample[0]});
    // Transponders cut a type 5 where they like (pyais' sample after 56 characters, ours after 60):
    // the payload and the fill bits are what must come back.
    framing.sequenceId = 1;
    const QList<QByteArray> fragments = encodeAisSentences(messages[1], framing);
    REQUIRE(fragments.size() == 2);
    const auto payload = [](const QByteArray &sentence) { return sentence.split(',')[5]; };
    CHECK(payload(fragments[0]) + payload(fragments[1]) == payload(sample[1]) + payload(sample[2]));
    CHECK(fragments[0].startsWith("!AIVDM,2,1,1,A,"));
    CHECK(fragments[1].startsWith("!AIVDM,2,2,1,A,"));
    CHECK(fragments[1].endsWith(
        QByteArray(",2" + nmeaChecksumSuffix(fragments[1].mid(1, fragments[1].size() - 4)))));
}

TEST_CASE("Bits are written and armoured most significant first, with the fill bits counted") {
    AisBitWriter bits;
    bits.putUnsigned(1, 6);
    bits.putSigned(-1, 8);
    bits.putText("a@", 2); // lower case is written in upper case
    int fill = -1;
    CHECK(bits.size() == 26);
    CHECK(bits.armoured(fill) == QByteArray("1wh@0"));
    CHECK(fill == 4);
    AisBits read;
    REQUIRE(read.appendArmoured("1wh@0"));
    read.dropFill(fill);
    CHECK(read.size() == 26);
    CHECK(read.unsignedAt(0, 6) == 1);
    CHECK(read.signedAt(6, 8) == -1);
    CHECK(read.unsignedAt(14, 6) == 1); // 'A'
    AisText<2> text;
    read.textAt(14, 2, text);
    CHECK(text.view() == "A");
    bits.resize(10);
    CHECK(bits.armoured(fill) == QByteArray("1t"));
    CHECK(fill == 2);
}

TEST_CASE("A tag block carries the source and the time in seconds with its checksum") {
    const QByteArray tag = nmeaTagBlock(1'777'593'600'999, "MT-VLT");
    CHECK(tag == QByteArray("\\s:MT-VLT,c:1777593600*") +
                     QByteArray::number(xorChecksum("s:MT-VLT,c:1777593600"), 16).toUpper() + '\\');
    CHECK(nmeaChecksumSuffix("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0") == "*4A");
}

TEST_CASE("The traffic generator is repeatable, exact in its count and always decodable") {
    const QByteArray first = generateTraffic(5, 3000);
    CHECK(first == generateTraffic(5, 3000));
    CHECK(first != generateTraffic(6, 3000));
    const QList<QByteArray> lines = ais_test::linesOf(first);
    CHECK(lines.size() == 3000);
    AisDecoder decoder;
    AisMessage message;
    qint64 lastTime = 0;
    for (const QByteArray &line : lines) {
        CHECK(line.size() - line.indexOf('!') <= 82);
        decoder.decodeLine(line, message);
        if (decoder.stats().messageLines > 0) {
            CHECK(message.timeMs >= lastTime); // tag block times never go back
            lastTime = message.timeMs;
        }
    }
    decoder.finish();
    CHECK(decoder.stats().rejectedLines() == 0);
    CHECK(decoder.stats().messageLines == 3000);
    CHECK(lastTime > TrafficOptions{}.startMs);
    // Without tag blocks the sentences are bare.
    TrafficOptions bare;
    bare.tagBlocks = false;
    CHECK(generateTraffic(5, 10, bare).startsWith("!AIVDM"));
}
