#include "feeds/nmea_line.h"

#include "feed_fixtures.h"

#include "catch_qt.h"

using namespace marsa;
using feeds::LineKind;
using test::sentence;
using test::tagged;

TEST_CASE("Lines are told apart: AIS, own-ship GPS from any talker, other NMEA, damaged") {
    CHECK(feeds::classifyLine(test::kType1) == LineKind::Encapsulated);
    CHECK(feeds::classifyLine("!AIVDO,1,1,,,B52K>;h00Fc>jpUlNV@ikwpUoP06,0*0E") == LineKind::Damaged);
    CHECK(feeds::classifyLine(sentence('!', "AIVDO,1,1,,,B52K>;h00Fc>jpUlNV@ikwpUoP06,0")) ==
          LineKind::Encapsulated);
    // Position, course and speed, heading: GGA, RMC, VTG, GLL, HDT, whatever the talker.
    CHECK(feeds::classifyLine(
              sentence('$', "GPGGA,101500.00,3254.000,N,01311.000,E,1,08,0.9,10.0,M,30.0,M,,")) ==
          LineKind::OwnShipGps);
    CHECK(feeds::classifyLine(sentence(
              '$', "GNRMC,101500.00,A,3254.000,N,01311.000,E,5.5,045.0,231126,,,A")) == LineKind::OwnShipGps);
    CHECK(feeds::classifyLine(sentence('$', "GPVTG,046.0,T,,M,6.0,N,11.1,K,A")) == LineKind::OwnShipGps);
    CHECK(feeds::classifyLine(sentence('$', "GLGLL,3254.000,N,01311.000,E,101500.00,A,A")) ==
          LineKind::OwnShipGps);
    CHECK(feeds::classifyLine(sentence('$', "HEHDT,050.5,T")) == LineKind::OwnShipGps);
    CHECK(feeds::classifyLine(
              sentence('$', "GPGSV,3,1,11,03,03,111,00,04,15,270,00,06,01,010,00,13,06,292,00")) ==
          LineKind::Parametric);
    // Proprietary sentences have no talker: "$PGGA..." is not a GGA.
    CHECK(feeds::classifyLine(sentence('$', "PGGA,1")) == LineKind::Parametric);
}

TEST_CASE("A line with a wrong or missing checksum, no start delimiter or a broken tag block is damaged") {
    CHECK(feeds::classifyLine("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B") == LineKind::Damaged);
    CHECK(feeds::classifyLine("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0") == LineKind::Damaged);
    CHECK(feeds::classifyLine("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4") == LineKind::Damaged);
    CHECK(feeds::classifyLine("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*ZZ") == LineKind::Damaged);
    CHECK(feeds::classifyLine("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A") == LineKind::Damaged);
    CHECK(feeds::classifyLine("hello") == LineKind::Damaged);
    CHECK(feeds::classifyLine("") == LineKind::Damaged);
    CHECK(feeds::classifyLine("*00") == LineKind::Damaged);
    // Lower-case hex digits are read too (NMEA says upper case; some devices write lower).
    CHECK(feeds::classifyLine("!AIVDM,1,1,,B,B5O6hr00<veEKmUaMFdEow`UWP06,0*4f") == LineKind::Encapsulated);
    // Tag blocks: a good one is transparent, a wrong checksum or a missing end is damage.
    CHECK(feeds::classifyLine(tagged("s:r3669961,c:1241544035", test::kType1)) == LineKind::Encapsulated);
    CHECK(feeds::classifyLine(QByteArray("\\s:r3669961,c:1241544035*00\\" + test::kType1)) ==
          LineKind::Damaged);
    CHECK(feeds::classifyLine(QByteArray("\\s:r3669961,c:1241544035" + test::kType1)) == LineKind::Damaged);
    // A tag block without a checksum is accepted (some recorders leave it out).
    CHECK(feeds::classifyLine(QByteArray("\\c:1241544035\\" + test::kType1)) == LineKind::Encapsulated);
}

TEST_CASE("The checksum is the XOR of the bytes between the delimiter and the star") {
    // gpsd sample: !AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A
    CHECK(feeds::nmeaChecksum("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0") == 0x4A);
    CHECK(feeds::hasValidChecksum(test::kType1));
    CHECK(test::sentence('$', "HEHDT,050.5,T") == "$HEHDT,050.5,T*2F");
}

TEST_CASE("A tag block's c: time is read in seconds, or milliseconds when it is that large") {
    // The parts are views into the line: it must outlive them.
    const QByteArray line = tagged("s:r3669961,c:1241544035", test::kType1);
    const auto parts = feeds::splitTagBlock(line);
    CHECK(parts.sentence == test::kType1);
    CHECK_FALSE(parts.tagBlockBroken);
    CHECK(feeds::tagBlockTimeMs(parts.tagBlock) == 1'241'544'035'000LL);
    CHECK(feeds::tagBlockTimeMs("c:1700000000123,s:abc*00") == 1'700'000'000'123LL);
    CHECK(feeds::tagBlockTimeMs("c:0") == 0);
    CHECK_FALSE(feeds::tagBlockTimeMs("s:r3669961*11").has_value());
    CHECK_FALSE(feeds::tagBlockTimeMs("c:soon").has_value());
    CHECK_FALSE(feeds::tagBlockTimeMs("").has_value());
    // "c:" must start a field: "dc:5" is another parameter.
    CHECK_FALSE(feeds::tagBlockTimeMs("dc:5").has_value());
}

TEST_CASE("The formatter is the address without its talker") {
    CHECK(feeds::sentenceFormatter(test::kType1) == "VDM");
    CHECK(feeds::sentenceFormatter("$GNGGA,1*00") == "GGA");
    CHECK(feeds::sentenceFormatter("$PGRMZ,1*00") == "GRMZ");
    CHECK(feeds::sentenceFormatter("$GPRMC*00") == "RMC");
    CHECK(feeds::sentenceFormatter("$") == "");
}
