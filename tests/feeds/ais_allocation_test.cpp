// The decoding path allocates nothing: not for single sentences, not for fragments, not for the
// position conversion (thousands of targets, millions of reports). Every heap allocation of this
// test executable is counted (tests/support/allocation_counter.h).

#include "ais_test_support.h"

#include "feeds/ais_convert.h"
#include "feeds/ais_json.h"
#include "feeds/ais_traffic.h"

#include "allocation_counter.h"

#include <memory>
#include <vector>

using namespace marsa::feeds;

TEST_CASE("Decoding a realistic feed and converting its positions allocates nothing") {
    const QList<QByteArray> lines = ais_test::linesOf(generateTraffic(11, 20000));
    AisDecoder decoder;
    AisMessage message;
    std::uint64_t positions = 0;
    const std::uint64_t before = marsa_test::heapAllocations.load();
    for (const QByteArray &line : lines) {
        if (decoder.decodeLine(line, message).hasMessage() && positionOf(message, message.timeMs, 1)) {
            ++positions;
        }
    }
    const std::uint64_t allocations = marsa_test::heapAllocations.load() - before;
    CHECK(allocations == 0);
    CHECK(positions > 15000);
    CHECK(decoder.stats().messagesByType[5] > 100); // fragments were joined on the way
}

TEST_CASE("Damaged lines and lone fragments allocate nothing either") {
    AisDecoder decoder;
    AisMessage message;
    const QByteArray garbage(300, '\xff');
    const QByteArray lone = ais_test::withChecksum("AIVDM,2,1,3,A,15RTgt0PAso;90TKcjM8h6g208CQ,0");
    const QByteArray bad = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4B";
    const std::uint64_t before = marsa_test::heapAllocations.load();
    for (int i = 0; i < 1000; ++i) {
        decoder.decodeLine(garbage, message);
        decoder.decodeLine(lone, message, i * 20'000);
        decoder.decodeLine(bad, message);
    }
    decoder.finish();
    CHECK(marsa_test::heapAllocations.load() - before == 0);
    CHECK(decoder.stats().rejectedLines() == 3000);
}

TEST_CASE("Writing gpsd JSON into a buffer with room allocates nothing") {
    const QList<QByteArray> lines = ais_test::linesOf(generateTraffic(12, 3000));
    AisDecoder decoder;
    AisMessage message;
    GpsdJsonWriter writer("stdin");
    QByteArray out;
    out.reserve(4 << 20);
    const std::uint64_t before = marsa_test::heapAllocations.load();
    for (const QByteArray &line : lines) {
        if (decoder.decodeLine(line, message).hasMessage()) {
            writer.write(message, out);
        }
    }
    CHECK(marsa_test::heapAllocations.load() - before == 0);
    CHECK(out.size() > 500'000);
}

TEST_CASE("The allocation counter sees Qt's and the standard library's allocations") {
    const std::uint64_t before = marsa_test::heapAllocations.load();
    QByteArray bytes(1000, 'x');
    auto numbers = std::make_unique<std::vector<int>>(1000, 7);
    CHECK(bytes.size() + static_cast<qsizetype>(numbers->size()) == 2000);
    CHECK(marsa_test::heapAllocations.load() - before >= 3);
}
