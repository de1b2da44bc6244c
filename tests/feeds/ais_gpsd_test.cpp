// Marsa's decoder and JSON against gpsd's own: /usr/bin/gpsdecode -j (gpsd 3.22, a declared
// dependency) on the same input must print the same objects, field by field and to the byte.

#include "ais_test_support.h"

#include "feeds/ais_encoder.h"
#include "feeds/ais_json.h"
#include "feeds/ais_traffic.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace marsa::feeds;
using namespace marsa::feeds::ais;

namespace {

QByteArray ourJson(const QList<QByteArray> &lines, bool split24, DecodeStats *stats = nullptr) {
    AisDecoder decoder;
    GpsdJsonWriter writer("stdin", split24);
    QByteArray out;
    AisMessage message;
    for (const QByteArray &line : lines) {
        if (decoder.decodeLine(line, message).hasMessage()) {
            writer.write(message, out);
        }
    }
    decoder.finish();
    if (stats) {
        *stats = decoder.stats();
    }
    return out;
}

// The keys of a flat JSON object in the order they are written.
QStringList keyOrder(const QByteArray &object) {
    QStringList keys;
    bool inString = false;
    bool escaped = false;
    bool expectKey = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < object.size(); ++i) {
        const char c = object[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (expectKey) {
                    keys << QString::fromLatin1(object.mid(start, i - start));
                    expectKey = false;
                }
            }
        } else if (c == '"') {
            inString = true;
            start = i + 1;
        } else if (c == '{' || c == ',') {
            expectKey = true;
        }
    }
    return keys;
}

// The first difference between two objects, field by field; empty when they agree.
std::string difference(const QByteArray &ours, const QByteArray &theirs) {
    QJsonParseError error;
    const QJsonObject a = QJsonDocument::fromJson(ours, &error).object();
    if (error.error != QJsonParseError::NoError) {
        return "ours is not JSON: " + error.errorString().toStdString();
    }
    const QJsonObject b = QJsonDocument::fromJson(theirs, &error).object();
    if (error.error != QJsonParseError::NoError) {
        return "gpsd's is not JSON: " + error.errorString().toStdString();
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key())) {
            return "missing key " + it.key().toStdString();
        }
        // Numbers parse to the same double only when printed with the same digits.
        if (a.value(it.key()) != it.value()) {
            return "key " + it.key().toStdString() + ": ours " +
                   QJsonDocument(QJsonObject{{it.key(), a.value(it.key())}})
                       .toJson(QJsonDocument::Compact)
                       .toStdString() +
                   " gpsd " +
                   QJsonDocument(QJsonObject{{it.key(), it.value()}})
                       .toJson(QJsonDocument::Compact)
                       .toStdString();
        }
    }
    if (a.size() != b.size()) {
        return "extra keys in ours";
    }
    if (keyOrder(ours) != keyOrder(theirs)) {
        return "keys in another order";
    }
    return {};
}

// Decodes with Marsa and with gpsdecode and compares every object; answers the objects compared.
int compareWithGpsdecode(const QByteArray &input, bool split24) {
    const QByteArray gpsd =
        ais_test::runGpsdecode(input, split24 ? QStringList{QStringLiteral("-j"), QStringLiteral("--split24")}
                                              : QStringList{QStringLiteral("-j")});
    const QByteArray ours = ourJson(ais_test::linesOf(input), split24);
    const QList<QByteArray> theirLines = ais_test::linesOf(gpsd);
    const QList<QByteArray> ourLines = ais_test::linesOf(ours);
    REQUIRE(ourLines.size() == theirLines.size());
    int mismatches = 0;
    for (qsizetype i = 0; i < ourLines.size(); ++i) {
        const std::string diff = difference(ourLines[i], theirLines[i]);
        if (!diff.empty() && ++mismatches <= 5) {
            FAIL_CHECK("object " << i << ": " << diff << "\n ours: " << ourLines[i].toStdString()
                                 << "\n gpsd: " << theirLines[i].toStdString());
        }
    }
    CHECK(mismatches == 0);
    CHECK(ours == gpsd); // and to the byte, "\r\n" line ends included
    return static_cast<int>(ourLines.size());
}

QByteArray sentencesOf(const std::vector<AisMessage> &messages) {
    QByteArray text;
    NmeaFraming framing;
    for (const AisMessage &message : messages) {
        framing.channel = message.channel;
        framing.sequenceId = (framing.sequenceId + 1) % 10;
        for (const QByteArray &sentence : encodeAisSentences(message, framing)) {
            text += sentence + "\r\n";
        }
    }
    return text;
}

AisMessage make(std::uint8_t type, std::uint32_t mmsi, AisMessage::Body body) {
    AisMessage message;
    message.type = type;
    message.mmsi = mmsi;
    message.body = std::move(body);
    return message;
}

StaticDataReport partB() {
    StaticDataReport report;
    report.part = StaticDataReport::Part::B;
    return report;
}

} // namespace

TEST_CASE("Our JSON is gpsdecode's, field by field, on 25,000 generated sentences of every type") {
    const QByteArray traffic = generateTraffic(20260501, 25000);
    const QList<QByteArray> lines = ais_test::linesOf(traffic);
    REQUIRE(lines.size() == 25000);
    DecodeStats stats;
    ourJson(lines, false, &stats);
    CHECK(stats.rejectedLines() == 0);
    for (int type : {1, 2, 3, 4, 5, 9, 18, 19, 21, 24, 27}) {
        INFO("type " << type);
        CHECK(stats.messagesByType[static_cast<std::size_t>(type)] > 10);
    }
    CHECK(stats.messageLines - stats.messages() == stats.messagesByType[5]); // type 5: two sentences each
    const int compared = compareWithGpsdecode(traffic, false);
    CHECK(compared > 23000);
}

TEST_CASE("With --split24 the lone type 24 parts print as gpsdecode --split24 prints them") {
    CHECK(compareWithGpsdecode(generateTraffic(7, 6000), true) > 5000);
}

TEST_CASE("The reference vectors print as gpsdecode prints them") {
    QByteArray input;
    for (const ais_test::VectorRow &row : ais_test::aisVectors()) {
        for (const QByteArray &sentence : row.sentences) {
            input += sentence + '\n';
        }
    }
    CHECK(compareWithGpsdecode(input, false) == 27);
    CHECK(compareWithGpsdecode(input, true) == 31);
}

TEST_CASE("Every special and edge value prints as gpsdecode prints it") {
    std::vector<AisMessage> messages;
    ClassAPositionReport a;
    for (int turn = -128; turn <= 127; ++turn) {
        a.turn = static_cast<std::int8_t>(turn);
        a.navStatus = static_cast<std::uint8_t>((turn + 128) % 16);
        a.speed = static_cast<std::uint16_t>((turn + 128) * 4 % 1024);
        a.course = static_cast<std::uint16_t>((turn + 128) * 16 % 4096);
        a.heading = static_cast<std::uint16_t>((turn + 128) * 2 % 512);
        a.lat = (turn * 421337) % 54600001;
        a.lon = -(turn * 845213) % 108600001;
        messages.push_back(make(static_cast<std::uint8_t>(1 + (turn + 128) % 3), 200000000U + turn + 128, a));
    }
    for (std::uint16_t speed : {0, 1, 1021, 1022, 1023}) {
        for (std::int32_t lat : {0, -1, 1, 54000000, -54000000, kLatNotAvailable, 67108863, -67108864}) {
            a.speed = speed;
            a.lat = lat;
            a.lon = lat == kLatNotAvailable ? kLonNotAvailable : lat * 2;
            messages.push_back(make(1, 209000000, a));
        }
    }
    BaseStationReport base;
    for (const auto &[year, month, day, hour, minute, second] :
         {std::tuple{0, 0, 0, 24, 60, 60}, std::tuple{2026, 12, 31, 23, 59, 59},
          std::tuple{16383, 15, 31, 31, 63, 63}, std::tuple{7, 1, 1, 0, 0, 61}}) {
        base = {static_cast<std::uint16_t>(year),
                static_cast<std::uint8_t>(month),
                static_cast<std::uint8_t>(day),
                static_cast<std::uint8_t>(hour),
                static_cast<std::uint8_t>(minute),
                static_cast<std::uint8_t>(second),
                year % 2 == 0,
                -1,
                1,
                static_cast<std::uint8_t>(month),
                true,
                12345};
        messages.push_back(make(4, 2150100, base));
    }
    // Every ship type and EPFD legend, every six-bit character in the texts, escaping included.
    const std::string sixBit = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_ !\"#$%&'()*+,-./0123456789:;<=>?";
    for (int shipType = 0; shipType < 256; ++shipType) {
        StaticVoyageData data;
        data.shipType = static_cast<std::uint8_t>(shipType);
        data.epfd = static_cast<std::uint8_t>(shipType % 16);
        data.imo = 1073741823U - static_cast<std::uint32_t>(shipType);
        data.callSign.assign(sixBit.substr(1 + shipType % 57, 7));
        data.shipName.assign(sixBit.substr(1 + shipType % 44, 20));
        data.destination.assign(shipType % 3 == 0 ? std::string(" SPACES  ")
                                                  : sixBit.substr(1 + shipType % 40, 20));
        data.draught = static_cast<std::uint8_t>(shipType);
        data.etaMonth = static_cast<std::uint8_t>(shipType % 16);
        data.etaDay = static_cast<std::uint8_t>(shipType % 32);
        data.etaHour = static_cast<std::uint8_t>(shipType % 32);
        data.etaMinute = static_cast<std::uint8_t>(shipType % 64);
        data.toBow = static_cast<std::uint16_t>(shipType * 2);
        data.toPort = static_cast<std::uint8_t>(shipType % 64);
        messages.push_back(make(5, 215000000U + static_cast<std::uint32_t>(shipType), data));
        ClassBExtendedReport extended;
        extended.shipType = data.shipType;
        extended.epfd = data.epfd;
        extended.shipName = data.shipName;
        extended.speed = static_cast<std::uint16_t>(shipType * 4 + 3);
        extended.regional = static_cast<std::uint8_t>(shipType % 16);
        messages.push_back(make(19, 215100000U + static_cast<std::uint32_t>(shipType), extended));
    }
    for (std::uint16_t altitude : {0, 4093, 4094, 4095}) {
        for (std::uint16_t speed : {0, 999, 1022, 1023}) {
            SarAircraftReport aircraft;
            aircraft.altitude = altitude;
            aircraft.speed = speed;
            aircraft.course = static_cast<std::uint16_t>(altitude % 4096);
            aircraft.lat = speed * 1000;
            aircraft.lon = -altitude * 1000;
            messages.push_back(make(9, 111215501, aircraft));
        }
    }
    ClassBPositionReport b;
    for (std::uint16_t speed : {0, 1022, 1023}) {
        b.speed = speed;
        b.reserved = static_cast<std::uint8_t>(speed % 256);
        b.regional = static_cast<std::uint8_t>(speed % 4);
        b.cs = speed % 2 == 0;
        messages.push_back(make(18, 247000001, b));
    }
    for (int aidType = 0; aidType < 32; ++aidType) {
        AidToNavigationReport aid;
        aid.aidType = static_cast<std::uint8_t>(aidType);
        aid.name.assign(aidType % 2 == 0 ? sixBit.substr(1 + aidType, 34)
                                         : sixBit.substr(20 + aidType % 10, 5));
        aid.epfd = static_cast<std::uint8_t>(aidType % 16);
        aid.regional = static_cast<std::uint8_t>(aidType * 8);
        messages.push_back(make(21, 992150000U + static_cast<std::uint32_t>(aidType), aid));
    }
    for (std::uint32_t mmsi : {271041815U, 982150001U, 0U}) {
        StaticDataReport partA;
        partA.shipName.assign("PART A \\ \"QUOTED\"");
        StaticDataReport partB;
        partB.part = StaticDataReport::Part::B;
        partB.shipType = 37;
        partB.vendorId.assign("A@C");
        partB.serial = 1048575;
        partB.mothershipMmsi = 215444663;
        partB.toBow = 511;
        AisMessage first = make(24, mmsi, partA);
        AisMessage second = make(24, mmsi, partB);
        messages.push_back(second); // a part B before its part A stays unmatched
        messages.push_back(first);
        messages.push_back(second);
        second.channel = 'B'; // gpsd keeps the names of each channel apart
        messages.push_back(first);
        messages.push_back(second);
    }
    for (std::int32_t lat : {0, 30, -30, 31, -31, 19950, kLongRangeLatNotAvailable, 65535, -65536}) {
        for (std::uint8_t speed : {0, 62, 63}) {
            LongRangeReport far;
            far.lat = lat;
            far.lon = lat == kLongRangeLatNotAvailable ? kLongRangeLonNotAvailable : -lat - 7;
            far.speed = speed;
            far.course = static_cast<std::uint16_t>(speed * 8);
            far.navStatus = static_cast<std::uint8_t>(speed % 16);
            messages.push_back(make(27, 970012345, far));
        }
    }
    const QByteArray input = sentencesOf(messages);
    CHECK(compareWithGpsdecode(input, false) > 850);
    CHECK(compareWithGpsdecode(input, true) > 850);
}

TEST_CASE("Messages of odd lengths are accepted or refused as gpsdecode accepts or refuses them") {
    const std::vector<std::pair<AisMessage, std::vector<int>>> cases = {
        {make(1, 201000001, ClassAPositionReport{}), {160, 162, 163, 165, 167, 169, 204, 205, 300}},
        {make(4, 201000002, BaseStationReport{}), {166, 167, 168, 169, 200}},
        {make(5, 201000003, StaticVoyageData{}), {418, 419, 420, 421, 422, 423, 424, 430}},
        {make(9, 201000004, SarAircraftReport{}), {167, 168, 175}},
        {make(18, 201000005, ClassBPositionReport{}), {160, 167, 168, 200}},
        {make(19, 201000006, ClassBExtendedReport{}), {300, 311, 312, 330}},
        {make(21, 201000007, AidToNavigationReport{}), {268, 271, 272, 278, 300, 360, 366, 368, 369, 372}},
        {make(24, 201000008, StaticDataReport{}), {158, 159, 160, 164, 168, 169}},
        {make(24, 201000009, partB()), {162, 167, 168, 170}},
        {make(27, 201000010, LongRangeReport{}), {90, 95, 96, 97, 150, 168, 169}},
    };
    QByteArray input;
    NmeaFraming framing;
    int accepted = 0;
    int refused = 0;
    for (const auto &[message, sizes] : cases) {
        for (const int size : sizes) {
            AisBitWriter bits = encodeAisBits(message);
            bits.resize(size);
            int fill = 0;
            const QByteArray payload = bits.armoured(fill);
            framing.sequenceId = (framing.sequenceId + 1) % 10;
            const QList<QByteArray> sentences = nmeaSentences(payload, fill, framing);
            AisDecoder alone;
            const auto decoded = ais_test::decodeAll(sentences, alone);
            INFO("type " << int(message.type) << ", " << size << " bits");
            const bool wrongLength = alone.stats().rejected(RejectReason::WrongLength) > 0;
            CHECK((decoded.size() == 1) != wrongLength);
            accepted += static_cast<int>(decoded.size());
            refused += wrongLength ? 1 : 0;
            for (const QByteArray &sentence : sentences) {
                input += sentence + "\r\n";
            }
        }
    }
    CHECK(refused > 15);
    CHECK(accepted > 30);
    compareWithGpsdecode(input, true);
}
