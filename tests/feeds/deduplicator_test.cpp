#include "feeds/deduplicator.h"

#include "feed_fixtures.h"

#include "catch_qt.h"

using namespace marsa;
using feeds::Deduplicator;
using feeds::ReceivedLine;
using test::sentence;

namespace {

constexpr quint16 kTripoli = 1;
constexpr quint16 kMisrata = 2;

struct Run {
    Deduplicator dedup;
    std::vector<ReceivedLine> out;

    explicit Run(Deduplicator::Options options = {})
        : dedup(options) {}
    /// Offers a line and says how many lines came out because of it.
    std::size_t offer(const QByteArray &line, quint16 source, qint64 nowMs) {
        const std::size_t before = out.size();
        dedup.offer({line, 1'700'000'000'000 + nowMs, source}, nowMs, out);
        return out.size() - before;
    }
    QList<QByteArray> lines() const {
        QList<QByteArray> result;
        for (const ReceivedLine &line : out) {
            result << line.line;
        }
        return result;
    }
};

QByteArray vdm(const QByteArray &payload, const QByteArray &talker = "AI", const QByteArray &channel = "A",
               const QByteArray &fill = "0") {
    return sentence('!', talker + "VDM,1,1,," + channel + ',' + payload + ',' + fill);
}

} // namespace

TEST_CASE("The same AIS sentence from two receivers within the window passes once") {
    Run run;
    CHECK(run.offer(test::kType1, kTripoli, 0) == 1);
    CHECK(run.offer(test::kType1, kMisrata, 800) == 0);
    CHECK(run.dedup.counts(kTripoli).passed == 1);
    CHECK(run.dedup.counts(kTripoli).duplicates == 0);
    CHECK(run.dedup.counts(kMisrata).duplicates == 1);
    CHECK(run.dedup.counts(kMisrata).passed == 0);
    REQUIRE(run.out.size() == 1);
    CHECK(run.out[0].sourceId == kTripoli);
    CHECK(run.out[0].line == test::kType1);
}

TEST_CASE("Talker, channel label, sequential id and tag block are the receiver's own and do not count") {
    Run run;
    const QByteArray payload = "15RTgt0PAso;90TKcjM8h6g208CQ";
    CHECK(run.offer(vdm(payload, "AI", "A"), kTripoli, 0) == 1);
    CHECK(run.offer(vdm(payload, "AB", "1"), kMisrata, 10) == 0);
    CHECK(run.offer(vdm(payload, "BS", ""), kMisrata, 20) == 0);
    CHECK(run.offer(sentence('!', "AIVDM,1,1,7,B," + payload + ",0"), kMisrata, 30) == 0);
    CHECK(run.offer(test::tagged("s:misrata,c:1700000000", vdm(payload)), kMisrata, 40) == 0);
    CHECK(run.dedup.counts(kMisrata).duplicates == 4);
}

TEST_CASE("Payload, fill bits and VDM against VDO do count") {
    Run run;
    CHECK(run.offer(vdm("15RTgt0PAso;90TKcjM8h6g208CQ"), kTripoli, 0) == 1);
    CHECK(run.offer(vdm("15RTgt0PAso;90TKcjM8h6g208CR"), kMisrata, 0) == 1); // one character differs
    CHECK(run.offer(vdm("15RTgt0PAso;90TKcjM8h6g208CQ", "AI", "A", "2"), kMisrata, 0) == 1);
    // Own ship's report (VDO) and the same payload heard by a receiver as VDM are kept apart.
    CHECK(run.offer(sentence('!', "AIVDO,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"), kMisrata, 0) == 1);
    CHECK(run.dedup.counts(kMisrata).duplicates == 0);
}

TEST_CASE("A copy arriving at or after the end of the window passes again") {
    Run run; // 10 s window
    CHECK(run.offer(test::kType18, kTripoli, 1'000) == 1);
    CHECK(run.offer(test::kType18, kMisrata, 10'999) == 0); // 9.999 s later: still a copy
    CHECK(run.offer(test::kType18, kMisrata, 11'000) == 1); // 10 s later: a new transmission
    // The window starts at the first passing, not at the copies: the next copy is measured from 11 s.
    CHECK(run.offer(test::kType18, kTripoli, 20'999) == 0);
    CHECK(run.offer(test::kType18, kTripoli, 21'000) == 1);
    CHECK(run.dedup.counts(kMisrata).passed == 1);
    CHECK(run.dedup.counts(kMisrata).duplicates == 1);
    CHECK(run.dedup.counts(kTripoli).passed == 2);
}

TEST_CASE("One receiver repeating itself within the window is deduplicated too") {
    Run run;
    CHECK(run.offer(test::kType1, kTripoli, 0) == 1);
    CHECK(run.offer(test::kType1, kTripoli, 5) == 0);
    CHECK(run.dedup.counts(kTripoli).duplicates == 1);
}

TEST_CASE("A two-sentence message from two receivers passes whole from the first and is dropped whole from "
          "the second") {
    Run run;
    const QByteArray misrata1 =
        sentence('!', "ABVDM,2,1,7,B,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0");
    const QByteArray misrata2 = sentence('!', "ABVDM,2,2,7,B,88888888880,2");
    CHECK(run.offer(test::kType5Part1, kTripoli, 0) == 0); // held until its message is complete
    CHECK(run.dedup.pendingGroupCount() == 1);
    CHECK(run.offer(test::kType5Part2, kTripoli, 1) == 2);
    CHECK(run.lines() == QList<QByteArray>{test::kType5Part1, test::kType5Part2});
    CHECK(run.offer(misrata1, kMisrata, 300) == 0);
    CHECK(run.offer(misrata2, kMisrata, 301) == 0);
    CHECK(run.dedup.counts(kMisrata).duplicates == 2);
    CHECK(run.dedup.counts(kTripoli).passed == 2);
    CHECK(run.dedup.pendingGroupCount() == 0);
}

TEST_CASE("Interleaved fragments from two receivers never give the decoder halves of different receivers") {
    Run run;
    const QByteArray misrata1 =
        sentence('!', "AIVDM,2,1,7,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0");
    const QByteArray misrata2 = sentence('!', "AIVDM,2,2,7,A,88888888880,2");
    // Tripoli's first fragment, then all of Misrata's, then Tripoli's second.
    CHECK(run.offer(test::kType5Part1, kTripoli, 0) == 0);
    CHECK(run.offer(misrata1, kMisrata, 1) == 0);
    CHECK(run.offer(misrata2, kMisrata, 2) == 2);
    CHECK(run.offer(test::kType5Part2, kTripoli, 3) == 0);
    REQUIRE(run.out.size() == 2);
    CHECK(run.out[0].sourceId == kMisrata);
    CHECK(run.out[1].sourceId == kMisrata);
    CHECK(run.lines() == QList<QByteArray>{misrata1, misrata2});
    CHECK(run.dedup.counts(kTripoli).duplicates == 2);
}

TEST_CASE("Two different multi-sentence messages with the same first fragment both pass") {
    Run run;
    CHECK(run.offer(test::kType5Part1, kTripoli, 0) == 0);
    CHECK(run.offer(test::kType5Part2, kTripoli, 1) == 2);
    CHECK(run.offer(test::kType5Part1, kMisrata, 2) == 0);
    CHECK(run.offer(sentence('!', "AIVDM,2,2,1,A,88888888881,2"), kMisrata, 3) == 2);
    CHECK(run.dedup.counts(kMisrata).duplicates == 0);
}

TEST_CASE("Fragments whose message never completes are dropped and counted as incomplete") {
    Run run;
    SECTION("The last fragment never comes") {
        CHECK(run.offer(test::kType5Part1, kTripoli, 0) == 0);
        run.dedup.expire(2'999);
        CHECK(run.dedup.pendingGroupCount() == 1);
        run.dedup.expire(3'000);
        CHECK(run.dedup.pendingGroupCount() == 0);
        CHECK(run.dedup.counts(kTripoli).incomplete == 1);
        // Its second fragment, too late, has nothing to join.
        CHECK(run.offer(test::kType5Part2, kTripoli, 3'001) == 0);
        CHECK(run.dedup.counts(kTripoli).incomplete == 2);
    }
    SECTION("A first fragment again before the last: the first message is abandoned") {
        CHECK(run.offer(test::kType5Part1, kTripoli, 0) == 0);
        CHECK(run.offer(test::kType5Part1, kTripoli, 100) == 0);
        CHECK(run.dedup.counts(kTripoli).incomplete == 1);
        CHECK(run.offer(test::kType5Part2, kTripoli, 101) == 2);
    }
    SECTION("A fragment out of order abandons its message") {
        const QByteArray part1 = sentence('!', "AIVDM,3,1,4,B,AAAA,0");
        const QByteArray part3 = sentence('!', "AIVDM,3,3,4,B,CCCC,2");
        CHECK(run.offer(part1, kTripoli, 0) == 0);
        CHECK(run.offer(part3, kTripoli, 1) == 0);
        CHECK(run.dedup.counts(kTripoli).incomplete == 2);
        CHECK(run.dedup.pendingGroupCount() == 0);
    }
    CHECK(run.dedup.counts(kTripoli).duplicates == 0);
}

TEST_CASE("Lines that are not VDM or VDO, or that it cannot read, pass untouched") {
    Run run;
    const QByteArray gsv = sentence('$', "GPGSV,3,1,11,03,03,111,00,04,15,270,00,06,01,010,00,13,06,292,00");
    CHECK(run.offer(gsv, kTripoli, 0) == 1);
    CHECK(run.offer(gsv, kMisrata, 1) == 1);
    const QByteArray odd = sentence('!', "AIVDM,x,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0");
    CHECK(run.offer(odd, kTripoli, 2) == 1);
    CHECK(run.offer(odd, kMisrata, 3) == 1);
    const QByteArray shortOne = sentence('!', "AIVDM,1,1,,A");
    CHECK(run.offer(shortOne, kMisrata, 4) == 1);
    CHECK(run.offer(shortOne, kMisrata, 5) == 1);
    CHECK(run.dedup.keyCount() == 0);
}

TEST_CASE("A hundred thousand different sentences all pass: no false duplicates") {
    Run run;
    std::size_t passed = 0;
    for (int i = 0; i < 100'000; ++i) {
        passed +=
            run.offer(vdm("13u?etPv2;0n:dDPwUM1U1Cb069D" + QByteArray::number(i, 36)), kTripoli, i / 100);
    }
    CHECK(passed == 100'000);
    CHECK(run.dedup.keyCount() == 100'000); // all within 1 s: all remembered
}

TEST_CASE("The deduplicator's memory is bounded, and it forgets what left the window") {
    Deduplicator::Options options;
    options.maxKeys = 1'000;
    options.maxPendingGroups = 4;
    Run run(options);
    for (int i = 0; i < 20'000; ++i) {
        run.offer(vdm("B52K>;h00Fc>jpUlNV@ikwpUoP" + QByteArray::number(i)), kTripoli, 0);
        REQUIRE(run.dedup.keyCount() <= 1'000);
    }
    run.dedup.expire(10'000);
    CHECK(run.dedup.keyCount() == 0);
    for (int seq = 0; seq < 10; ++seq) {
        run.offer(sentence('!', "AIVDM,2,1," + QByteArray::number(seq) + ",A,AAAA,0"), kTripoli,
                  20'000 + seq);
        REQUIRE(run.dedup.pendingGroupCount() <= 4);
    }
    CHECK(run.dedup.counts(kTripoli).incomplete == 6);
}

TEST_CASE("Forgetting a stopped source drops its held fragments and its counts") {
    Run run;
    run.offer(test::kType5Part1, kTripoli, 0);
    run.offer(test::kType1, kMisrata, 0);
    run.offer(test::kType1, kTripoli, 0);
    run.dedup.forgetSource(kTripoli);
    CHECK(run.dedup.pendingGroupCount() == 0);
    CHECK(run.dedup.counts(kTripoli).duplicates == 0);
    CHECK(run.dedup.counts(kMisrata).passed == 1);
}
