#include "feeds/nmea_sentence.h"

#include "ais_test_support.h"
#include "catch_qt.h"

#include <QFile>
#include <QStringList>

using namespace marsa::feeds;
using namespace ais_test;

namespace {

// gpsd test/sample.aivdm, first row of tests/data/ais-vectors.csv.
constexpr auto kAivdm = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

QByteArray withChecksum(char delimiter, const QByteArray &body) {
    return QByteArray(1, delimiter) + body + '*' +
           QByteArray::number(nmeaChecksum(body), 16).toUpper().rightJustified(2, '0');
}

} // namespace

TEST_CASE("An AIS sentence with a valid checksum is parsed into its fields") {
    const auto sentence = NmeaSentence::parse(kAivdm);
    REQUIRE(sentence.isOk());
    CHECK(sentence->startDelimiter == '!');
    CHECK(sentence->talker == QByteArray("AI"));
    CHECK(sentence->formatter == QByteArray("VDM"));
    REQUIRE(sentence->fields.size() == 6);
    CHECK(sentence->fields[0] == QByteArray("1"));
    CHECK(sentence->fields[2].isEmpty());
    CHECK(sentence->fields[3] == QByteArray("A"));
    CHECK(sentence->fields[4] == QByteArray("15RTgt0PAso;90TKcjM8h6g208CQ"));
    CHECK(sentence->fields[5] == QByteArray("0"));
    CHECK(sentence->tagBlock.isEmpty());
}

TEST_CASE("A sentence followed by CR LF is parsed") {
    const auto sentence = NmeaSentence::parse(QByteArray(QByteArray(kAivdm) + "\r\n"));
    REQUIRE(sentence.isOk());
    CHECK(sentence->fields.size() == 6);
}

TEST_CASE("The NMEA checksum is the XOR of the characters between the delimiter and the star") {
    // ais-vectors.csv notes: "stated checksum 67 but computed 7E".
    CHECK(nmeaChecksum("AIVDM,1,1,,A,13@nePh01>PjcO4PGReoJEmL0HJg,0") == 0x7E);
    CHECK(nmeaChecksum("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0") == 0x4A);
    CHECK(nmeaChecksum("") == 0);
}

TEST_CASE("A sentence with a wrong checksum is refused") {
    const auto bad = NmeaSentence::parse("!AIVDM,1,1,,A,13@nePh01>PjcO4PGReoJEmL0HJg,0*67");
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.errorMessage().contains(QStringLiteral("Checksum")));
    // The same sentence with the checksum it should have passes.
    CHECK(NmeaSentence::parse("!AIVDM,1,1,,A,13@nePh01>PjcO4PGReoJEmL0HJg,0*7E").isOk());
    CHECK_FALSE(NmeaSentence::parse("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*ZZ").isOk());
}

TEST_CASE("A sentence without a checksum is refused") {
    const auto missing = NmeaSentence::parse("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0");
    REQUIRE_FALSE(missing.isOk());
    CHECK(missing.errorMessage().contains(QStringLiteral("checksum")));
    CHECK_FALSE(NmeaSentence::parse("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4").isOk());
    CHECK_FALSE(NmeaSentence::parse("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*").isOk());
}

TEST_CASE("A sentence longer than 82 characters is refused") {
    // IEC 61162-1: 82 characters from the delimiter to the end of the checksum.
    const QByteArray longest = withChecksum('$', "GPTXT," + QByteArray(82 - 10, 'A'));
    REQUIRE(longest.size() == 82);
    CHECK(NmeaSentence::parse(longest).isOk());
    const QByteArray overlong = withChecksum('$', "GPTXT," + QByteArray(82 - 9, 'A'));
    REQUIRE(overlong.size() == 83);
    const auto refused = NmeaSentence::parse(overlong);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.errorMessage().contains(QStringLiteral("82")));
}

TEST_CASE("A tag block before the sentence is kept") {
    const QByteArray tag =
        QByteArray("c:1700000000*") + QByteArray::number(nmeaChecksum("c:1700000000"), 16).toUpper();
    const auto sentence = NmeaSentence::parse(QByteArray("\\" + tag + "\\" + kAivdm));
    REQUIRE(sentence.isOk());
    CHECK(sentence->tagBlock == QByteArray("c:1700000000*5F"));
    CHECK(sentence->formatter == QByteArray("VDM"));
    CHECK_FALSE(
        NmeaSentence::parse(QByteArray("\\c:1700000000*5F" + QByteArray(kAivdm))).isOk()); // unterminated
}

TEST_CASE("A GPS fix sentence with its checksum is parsed") {
    // The classic GGA example: 12:35:19 UTC, 48°07.038'N 011°31.000'E, checksum 47.
    const QByteArray body = "GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,";
    CHECK(nmeaChecksum(body) == 0x47);
    const auto sentence = NmeaSentence::parse(withChecksum('$', body));
    REQUIRE(sentence.isOk());
    CHECK(sentence->startDelimiter == '$');
    CHECK(sentence->talker == QByteArray("GP"));
    CHECK(sentence->formatter == QByteArray("GGA"));
    REQUIRE(sentence->fields.size() == 14);
    CHECK(sentence->fields[1] == QByteArray("4807.038"));
    CHECK(sentence->fields[13].isEmpty());
}

TEST_CASE("A proprietary sentence has talker P and the maker's code") {
    const auto sentence = NmeaSentence::parse("$PGRME,15.0,M,45.0,M,25.0,M*1C");
    REQUIRE(sentence.isOk());
    CHECK(sentence->talker == QByteArray("P"));
    CHECK(sentence->formatter == QByteArray("GRME"));
    CHECK(sentence->fields.size() == 6);
}

TEST_CASE("Lines that are not NMEA sentences are refused") {
    for (const QByteArray &line :
         {QByteArray(), QByteArray("hello"), QByteArray("GPGGA,1,2*00"), QByteArray("$*00"),
          withChecksum('$', "GP,1,2"), withChecksum('$', "gpgga,1"), QByteArray("\\tag only")}) {
        INFO(line.toStdString());
        const auto parsed = NmeaSentence::parse(line);
        REQUIRE_FALSE(parsed.isOk());
        CHECK_FALSE(parsed.errorMessage().isEmpty());
    }
}

TEST_CASE("Every valid AIS test vector passes and the two negative ones fail") {
    int valid = 0;
    int negative = 0;
    for (const VectorRow &row : aisVectors()) {
        const bool expectFailure = row.isNegative();
        int fragment = 0;
        for (const QByteArray &text : row.sentences) {
            INFO(text.toStdString());
            const auto sentence = NmeaSentence::parse(text);
            if (expectFailure) {
                CHECK_FALSE(sentence.isOk());
                continue;
            }
            REQUIRE(sentence.isOk());
            ++fragment;
            CHECK(sentence->startDelimiter == '!');
            CHECK(sentence->talker == QByteArray("AI"));
            CHECK((sentence->formatter == QByteArray("VDM") || sentence->formatter == QByteArray("VDO")));
            REQUIRE(sentence->fields.size() == 6);
            CHECK(sentence->fields[0].toInt() == row.sentences.size());
            CHECK(sentence->fields[1].toInt() == fragment);
        }
        ++(expectFailure ? negative : valid);
    }
    // DOMAIN-FACTS §6.3: 34 rows, 32 valid and 2 negative.
    CHECK(valid == 32);
    CHECK(negative == 2);
}
