// Damaged input never crashes and never makes a message; every line is counted under its reason.

#include "ais_test_support.h"

#include "feeds/ais_encoder.h"
#include "feeds/ais_traffic.h"

#include <random>

using namespace marsa::feeds;
using ais_test::checkStatsInvariant;
using ais_test::withChecksum;

namespace {

const QByteArray kValid = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

struct Case {
    const char *what;
    QByteArray line;
    RejectReason reason;
};

// Decodes one line with a fresh decoder and answers what the decoder made of it.
LineResult decodeOne(const QByteArray &line, AisDecoder &decoder) {
    AisMessage message;
    const LineResult result = decoder.decodeLine(line, message);
    decoder.finish();
    checkStatsInvariant(decoder.stats());
    CHECK(decoder.stats().messages() == 0);
    return result;
}

} // namespace

TEST_CASE("Each kind of damaged line is rejected under its reason and makes no message") {
    const QByteArray truncated = kValid.left(30);
    const QByteArray nul = QByteArray("!AIVDM,1,1,,A,15RTgt0PAso") + '\0' + QByteArray("90TKcjM8h6g208CQ,0");
    const QByteArray high = QByteArray("AIVDM,1,1,,A,15RTgt0PAso\xe9\xff") + QByteArray("90TKcjM8h6g208CQ,0");
    const std::vector<Case> cases = {
        {"bad checksum", "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B", RejectReason::BadChecksum},
        {"bad checksum digits", "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*G1", RejectReason::Malformed},
        {"tag block with a bad checksum", "\\c:1700000000*00\\" + kValid, RejectReason::BadChecksum},
        {"tag block never closed", "\\c:1700000000*5F" + kValid, RejectReason::Malformed},
        {"tag block with a bad time", withChecksum("c:17000x0000", '\\') + '\\' + kValid,
         RejectReason::Malformed},
        {"tag block without parameters' colons", withChecksum("c1700000000", '\\') + '\\' + kValid,
         RejectReason::Malformed},
        {"truncated line", truncated, RejectReason::Malformed},
        {"truncated payload, checksum recomputed", withChecksum("AIVDM,1,1,,A,15RTgt0PAso;90TK,0"),
         RejectReason::WrongLength},
        {"no checksum", "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0", RejectReason::Malformed},
        {"garbage", "hello world", RejectReason::Malformed},
        {"NUL and control bytes", QByteArray("\0\x01\x02!AIVDM", 9), RejectReason::Malformed},
        {"NUL inside the payload", withChecksum(nul.mid(1)), RejectReason::Malformed},
        {"high bytes inside the payload", withChecksum(high), RejectReason::Malformed},
        {"overlong line", withChecksum("AIVDM,1,1,,A," + QByteArray(64, '1') + ",0"), RejectReason::Overlong},
        {"overlong garbage", QByteArray(5000, '!'), RejectReason::Overlong},
        {"fill bits over 5", withChecksum("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,6"),
         RejectReason::Malformed},
        {"fill bits not a number", withChecksum("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,x"),
         RejectReason::Malformed},
        {"empty payload", withChecksum("AIVDM,1,1,,A,,0"), RejectReason::Malformed},
        {"missing fill field", withChecksum("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ"),
         RejectReason::Malformed},
        {"an extra field", withChecksum("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0,0"),
         RejectReason::Malformed},
        {"too few fields", withChecksum("AIVDM,1,1,15RTgt0PAso;90TKcjM8h6g208CQ,0"), RejectReason::Malformed},
        {"armour character X", withChecksum("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CX,0"),
         RejectReason::Malformed},
        {"armour character ~", withChecksum("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208C~,0"),
         RejectReason::Malformed},
        {"fragment count 0", withChecksum("AIVDM,0,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"),
         RejectReason::Malformed},
        {"fragment number over the count", withChecksum("AIVDM,1,2,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"),
         RejectReason::Malformed},
        {"sequence id a letter", withChecksum("AIVDM,2,1,x,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"),
         RejectReason::Malformed},
        {"channel C", withChecksum("AIVDM,1,1,,C,15RTgt0PAso;90TKcjM8h6g208CQ,0"), RejectReason::Malformed},
        {"channel AB", withChecksum("AIVDM,1,1,,AB,15RTgt0PAso;90TKcjM8h6g208CQ,0"), RejectReason::Malformed},
        {"unknown talker", withChecksum("GPVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"),
         RejectReason::Malformed},
        {"lone fragment", withChecksum("AIVDM,2,1,3,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"),
         RejectReason::Fragment},
        {"damaged fragment", withChecksum("AIVDM,2,1,3,A,15RTgt0PAso;90TKcjM8h6g2~8CQ,0"),
         RejectReason::Malformed},
        // Type 8 (binary broadcast) and 14 (safety broadcast) are real messages the decoder skips.
        {"type 8", withChecksum("AIVDM,1,1,,A,85Mwp`1Kf3aCnsNvBWLi=wQuNhA5t43N`5nCuI=p<IBfVqnMgPGs,0"),
         RejectReason::UnsupportedType},
        {"type 14", withChecksum("AIVDM,1,1,,A,>5?Per18=HB1U:1@E=B0m<L,2"), RejectReason::UnsupportedType},
        {"type 24 part 2", withChecksum("AIVDM,1,1,,A,H42O55p18tMET00000000000000,2"),
         RejectReason::Malformed},
        {"type 5 in one short sentence",
         withChecksum("AIVDM,1,1,,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961,0"),
         RejectReason::WrongLength},
        {"a 6-bit payload", withChecksum("AIVDM,1,1,,A,1,0"), RejectReason::WrongLength},
    };
    for (const Case &test : cases) {
        INFO(test.what << ": " << test.line.toStdString());
        AisDecoder decoder;
        const LineResult result = decodeOne(test.line, decoder);
        CHECK_FALSE(result.hasMessage());
        CHECK(decoder.stats().rejected(test.reason) == 1);
        CHECK(decoder.stats().rejectedLines() == 1);
    }
}

TEST_CASE("Other NMEA sentences and blank lines are not AIS and not errors") {
    AisDecoder decoder;
    AisMessage message;
    CHECK(decoder
              .decodeLine(withChecksum("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", '$'),
                          message)
              .status == LineStatus::Other);
    CHECK(decoder.decodeLine(withChecksum("AIALR,000000.00,006,A,V,AIS: general failure"), message).status ==
          LineStatus::Other);
    CHECK(decoder.decodeLine("", message).status == LineStatus::Blank);
    CHECK(decoder.decodeLine(" \r\n", message).status == LineStatus::Blank);
    CHECK(decoder.stats().otherSentences == 2);
    CHECK(decoder.stats().blankLines == 2);
    CHECK(decoder.stats().rejectedLines() == 0);
    checkStatsInvariant(decoder.stats());
}

TEST_CASE("Every AIS talker is accepted, VDO is our own ship, tag block time in seconds or milliseconds") {
    for (const char *talker : {"AI", "AB", "AD", "AN", "AR", "AS", "AT", "AX", "BS", "SA"}) {
        INFO(talker);
        AisDecoder decoder;
        AisMessage message;
        CHECK(decoder
                  .decodeLine(withChecksum(QByteArray(talker) + "VDM,1,1,,B,15RTgt0PAso;90TKcjM8h6g208CQ,0"),
                              message)
                  .hasMessage());
        CHECK(message.mmsi == 371798000);
        CHECK(message.channel == 'B');
        CHECK_FALSE(message.ownShip);
    }
    AisDecoder decoder;
    AisMessage message;
    REQUIRE(decoder.decodeLine(withChecksum("AIVDO,1,1,,2,15RTgt0PAso;90TKcjM8h6g208CQ,0"), message)
                .hasMessage());
    CHECK(message.ownShip);
    CHECK(message.channel == 'B');
    const QByteArray seconds = withChecksum("s:LY-TIP,c:1777593600", '\\') + '\\' + kValid + "\r\n";
    REQUIRE(decoder.decodeLine(seconds, message, 5).hasMessage());
    CHECK(message.timeMs == 1'777'593'600'000);
    const QByteArray millis = withChecksum("c:1777593600123,s:LY-TIP", '\\') + '\\' + kValid;
    REQUIRE(decoder.decodeLine(millis, message, 5).hasMessage());
    CHECK(message.timeMs == 1'777'593'600'123);
    REQUIRE(decoder.decodeLine(QByteArray("\\c:1777593600\\" + kValid), message, 5)
                .hasMessage()); // no tag checksum
    CHECK(message.timeMs == 1'777'593'600'000);
    REQUIRE(decoder.decodeLine(kValid, message, 5).hasMessage());
    CHECK(message.timeMs == 5); // no tag block: the receive time
}

TEST_CASE("Random damage to a realistic feed never crashes and every line stays counted") {
    const QList<QByteArray> lines = ais_test::linesOf(generateTraffic(99, 4000));
    std::mt19937 random(2026);
    AisDecoder decoder;
    AisMessage message;
    quint64 lineCount = 0;
    for (int round = 0; round < 25; ++round) {
        for (QByteArray line : lines) {
            switch (random() % 6) {
            case 0: // flip a byte to anything, NUL and high bytes included
                line[static_cast<qsizetype>(random() % static_cast<unsigned>(line.size()))] =
                    static_cast<char>(random() % 256);
                break;
            case 1: // cut the line
                line.truncate(static_cast<qsizetype>(random() % static_cast<unsigned>(line.size())));
                break;
            case 2: // insert garbage
                line.insert(
                    static_cast<qsizetype>(random() % static_cast<unsigned>(line.size())),
                    QByteArray(static_cast<qsizetype>(random() % 40), static_cast<char>(random() % 256)));
                break;
            case 3: { // damage a payload character but keep the checksum right
                const qsizetype bang = line.indexOf('!');
                const qsizetype star = line.lastIndexOf('*');
                if (bang >= 0 && star > bang + 20) {
                    line[bang + 15 + static_cast<qsizetype>(random() % 5)] =
                        static_cast<char>(random() % 128);
                    line = line.left(bang) + withChecksum(line.mid(bang + 1, star - bang - 1));
                }
                break;
            }
            default:
                break; // left as it was
            }
            const LineResult result = decoder.decodeLine(line, message, 0);
            ++lineCount;
            if (result.hasMessage()) {
                CHECK(message.type != 0);
            }
        }
    }
    decoder.finish();
    CHECK(decoder.stats().lines == lineCount);
    checkStatsInvariant(decoder.stats());
    CHECK(decoder.stats().rejectedLines() > 0);
    CHECK(decoder.stats().messages() > 0);
}
