// Joining multi-sentence AIS messages: order, timeouts by the lines' own times, interleaving,
// duplicates, restarts, sources (DOMAIN-FACTS 6.1).

#include "ais_test_support.h"

#include "feeds/ais_encoder.h"

using namespace marsa::feeds;
using namespace marsa::feeds::ais;
using ais_test::checkStatsInvariant;
using ais_test::withChecksum;

namespace {

// EVER DIADEM (gpsd's sample.aivdm, tests/data/ais-vectors.csv): a type 5 in two fragments,
// sequence 1 on channel A, fill bits 2 on the last one.
const QByteArray kFirst = "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C";
const QByteArray kSecond = "!AIVDM,2,2,1,A,88888888880,2*25";
// NORDIC HAMBURG (pyais): another type 5, also sequence 1 on channel A.
const QByteArray kOtherFirst = "!AIVDM,2,1,1,A,538CQ>02A;h?D9QC800pu8@T>0P4l9E8L0000017Ah:;;5r50Ahm5;C0,0*07";
const QByteArray kOtherSecond = "!AIVDM,2,2,1,A,F@V@00000000000,2*35";
const QByteArray kSingle = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

// The same sentence with another sequence id, channel or both, its checksum recomputed.
QByteArray variant(const QByteArray &sentence, char sequenceId, char channel) {
    QByteArray body = sentence.mid(1, sentence.indexOf('*') - 1);
    QList<QByteArray> fields = body.split(',');
    fields[3] = QByteArray(1, sequenceId);
    fields[4] = QByteArray(1, channel);
    return withChecksum(fields.join(','));
}

QByteArray tagged(const QByteArray &sentence, qint64 timeMs, const QByteArray &source = "MT-VLT") {
    return nmeaTagBlock(timeMs, source) + sentence;
}

std::string shipName(const AisMessage &message) {
    const auto *data = message.as<StaticVoyageData>();
    REQUIRE(data);
    return std::string(data->shipName.view());
}

} // namespace

TEST_CASE("Two fragments in order make one message, counted as two lines") {
    AisDecoder decoder;
    AisMessage message;
    CHECK(decoder.decodeLine(kFirst, message).status == LineStatus::Pending);
    CHECK(decoder.stats().pendingLines == 1);
    REQUIRE(decoder.decodeLine(kSecond, message).hasMessage());
    CHECK(shipName(message) == "EVER DIADEM");
    CHECK(decoder.stats().messageLines == 2);
    CHECK(decoder.stats().messagesByType[5] == 1);
    CHECK(decoder.stats().pendingLines == 0);
    checkStatsInvariant(decoder.stats());
}

TEST_CASE("Fragments out of order make the same message") {
    AisDecoder inOrder;
    const auto expected = ais_test::decodeAll({kFirst, kSecond}, inOrder);
    AisDecoder reversed;
    const auto messages = ais_test::decodeAll({kSecond, kFirst}, reversed);
    REQUIRE(expected.size() == 1);
    REQUIRE(messages.size() == 1);
    CHECK(messages.front() == expected.front());
    checkStatsInvariant(reversed.stats());
}

TEST_CASE("A message of three fragments in any order, fill bits count on the last fragment only") {
    // EVER DIADEM's payload cut in three, and a fill value on the first fragment that must be ignored.
    const QByteArray payload = "55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp888888888880";
    const QList<QByteArray> parts{payload.left(30), payload.mid(30, 30), payload.mid(60)};
    const QByteArray one = withChecksum("AIVDM,3,1,4,B," + parts[0] + ",5");
    const QByteArray two = withChecksum("AIVDM,3,2,4,B," + parts[1] + ",0");
    const QByteArray three = withChecksum("AIVDM,3,3,4,B," + parts[2] + ",2");
    for (const QList<QByteArray> &order :
         {QList<QByteArray>{one, two, three}, QList<QByteArray>{three, one, two},
          QList<QByteArray>{two, three, one}}) {
        AisDecoder decoder;
        const auto messages = ais_test::decodeAll(order, decoder);
        REQUIRE(messages.size() == 1);
        CHECK(shipName(messages.front()) == "EVER DIADEM");
        CHECK(messages.front().channel == 'B');
        CHECK(decoder.stats().messageLines == 3);
        checkStatsInvariant(decoder.stats());
    }
}

TEST_CASE("A fragment whose sibling comes after the timeout is dropped, by the lines' tag block times") {
    AisDecoder decoder; // default timeout 10 s
    AisMessage message;
    const qint64 t0 = 1'777'593'600'000;
    CHECK(decoder.decodeLine(tagged(kFirst, t0), message).status == LineStatus::Pending);
    // Any later line moves the clock; 11 s later the first fragment has expired.
    CHECK(decoder.decodeLine(tagged(kSingle, t0 + 11'000), message).hasMessage());
    CHECK(decoder.stats().rejected(RejectReason::Fragment) == 1);
    CHECK(decoder.stats().pendingLines == 0);
    // Its sibling now stands alone, and stays so until the end of the input.
    CHECK(decoder.decodeLine(tagged(kSecond, t0 + 11'500), message).status == LineStatus::Pending);
    decoder.finish();
    CHECK(decoder.stats().rejected(RejectReason::Fragment) == 2);
    CHECK(decoder.stats().messagesByType[5] == 0);
    checkStatsInvariant(decoder.stats());
}

TEST_CASE("Within the timeout the fragments join, whatever the wall clock says") {
    AisDecoder decoder;
    AisMessage message;
    CHECK(decoder.decodeLine(tagged(kFirst, 1'000'000'000'000), message).status == LineStatus::Pending);
    CHECK(decoder.decodeLine(tagged(kSecond, 1'000'000'009'000), message).hasMessage());
    CHECK(message.timeMs == 1'000'000'000'000); // the first fragment's time
}

TEST_CASE("Without tag blocks the receive time given with each line counts, the timeout is configurable") {
    AisDecoder shortWait;
    AisMessage message;
    CHECK(shortWait.decodeLine(kFirst, message, 0).status == LineStatus::Pending);
    CHECK_FALSE(shortWait.decodeLine(kSecond, message, 20'000).hasMessage());
    CHECK(shortWait.stats().rejected(RejectReason::Fragment) == 1);

    AisDecoder::Options options;
    options.fragmentTimeoutMs = 30'000;
    AisDecoder longWait(options);
    CHECK(longWait.decodeLine(kFirst, message, 0).status == LineStatus::Pending);
    REQUIRE(longWait.decodeLine(kSecond, message, 20'000).hasMessage());
    CHECK(message.timeMs == 20'000); // no tag block: the receive time of the line that completed it
}

TEST_CASE("Sequences interleaved on two channels and with two sequence ids do not mix") {
    const QByteArray otherFirstB = variant(kOtherFirst, '1', 'B');
    const QByteArray otherSecondB = variant(kOtherSecond, '1', 'B');
    AisDecoder channels;
    const auto byChannel = ais_test::decodeAll({kFirst, otherFirstB, kSecond, otherSecondB}, channels);
    REQUIRE(byChannel.size() == 2);
    CHECK(shipName(byChannel[0]) == "EVER DIADEM");
    CHECK(byChannel[0].channel == 'A');
    CHECK(shipName(byChannel[1]) == "NORDIC HAMBURG");
    CHECK(byChannel[1].channel == 'B');
    checkStatsInvariant(channels.stats());

    const QByteArray otherFirst2 = variant(kOtherFirst, '2', 'A');
    const QByteArray otherSecond2 = variant(kOtherSecond, '2', 'A');
    AisDecoder sequences;
    const auto bySequence = ais_test::decodeAll({otherFirst2, kFirst, kSecond, otherSecond2}, sequences);
    REQUIRE(bySequence.size() == 2);
    CHECK(shipName(bySequence[0]) == "EVER DIADEM");
    CHECK(shipName(bySequence[1]) == "NORDIC HAMBURG");
}

TEST_CASE("Fragments of the same sequence from two receiving stations do not mix") {
    const qint64 t = 1'777'593'600'000;
    AisDecoder decoder;
    const auto messages =
        ais_test::decodeAll({tagged(kFirst, t, "LY-TIP"), tagged(kOtherFirst, t, "MT-VLT"),
                             tagged(kOtherSecond, t, "MT-VLT"), tagged(kSecond, t, "LY-TIP")},
                            decoder);
    REQUIRE(messages.size() == 2);
    CHECK(shipName(messages[0]) == "NORDIC HAMBURG");
    CHECK(shipName(messages[1]) == "EVER DIADEM");
}

TEST_CASE("Fragments of the same sequence from two feeds do not mix") {
    AisDecoder decoder;
    AisMessage message;
    CHECK(decoder.decodeLine(kFirst, message, 0, 1).status == LineStatus::Pending);
    CHECK(decoder.decodeLine(kOtherFirst, message, 0, 2).status == LineStatus::Pending);
    REQUIRE(decoder.decodeLine(kOtherSecond, message, 0, 2).hasMessage());
    CHECK(shipName(message) == "NORDIC HAMBURG");
    REQUIRE(decoder.decodeLine(kSecond, message, 0, 1).hasMessage());
    CHECK(shipName(message) == "EVER DIADEM");
    CHECK(decoder.stats().rejectedLines() == 0);
}

TEST_CASE("A repeated fragment is dropped as a duplicate and the message still completes") {
    AisDecoder decoder;
    const auto messages = ais_test::decodeAll({kFirst, kFirst, kSecond, kSecond}, decoder);
    REQUIRE(messages.size() == 1);
    CHECK(shipName(messages.front()) == "EVER DIADEM");
    // The second kFirst is a duplicate; the second kSecond a lone fragment (its message is done).
    CHECK(decoder.stats().rejected(RejectReason::Fragment) == 2);
    checkStatsInvariant(decoder.stats());
}

TEST_CASE("A different fragment 1 with the same key restarts the sequence") {
    AisDecoder decoder;
    AisMessage message;
    CHECK(decoder.decodeLine(kFirst, message).status == LineStatus::Pending);
    CHECK(decoder.decodeLine(kOtherFirst, message).status == LineStatus::Pending);
    CHECK(decoder.stats().rejected(RejectReason::Fragment) == 1); // EVER DIADEM's first half
    REQUIRE(decoder.decodeLine(kOtherSecond, message).hasMessage());
    CHECK(shipName(message) == "NORDIC HAMBURG");
    checkStatsInvariant(decoder.stats());
}

TEST_CASE("A full fragment table gives way to the oldest message") {
    AisDecoder::Options options;
    options.maxPendingMessages = 2;
    AisDecoder decoder(options);
    AisMessage message;
    CHECK(decoder.decodeLine(variant(kFirst, '1', 'A'), message).status == LineStatus::Pending);
    CHECK(decoder.decodeLine(variant(kFirst, '2', 'A'), message).status == LineStatus::Pending);
    CHECK(decoder.decodeLine(variant(kFirst, '3', 'A'), message).status == LineStatus::Pending);
    CHECK(decoder.stats().rejected(RejectReason::Fragment) == 1);
    CHECK(decoder.decodeLine(variant(kSecond, '3', 'A'), message).hasMessage());
    decoder.finish();
    CHECK(decoder.stats().rejected(RejectReason::Fragment) == 2);
    checkStatsInvariant(decoder.stats());
}
