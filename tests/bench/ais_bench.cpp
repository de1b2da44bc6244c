// AIS decoding on one core (docs/performance.md, "AIS decoding"): a realistic Central
// Mediterranean mix of 1,200,000 sentences held in memory (mostly types 1-3, type 5 in pairs of
// sentences, tag blocks on every line), decoded line by line; then the same with the position
// conversion the live tracks use, and with gpsd JSON written. Allocations are counted too: the
// decoding path must make none.

#include "feeds/ais_convert.h"
#include "feeds/ais_decoder.h"
#include "feeds/ais_json.h"
#include "feeds/ais_traffic.h"

#include <benchmark/benchmark.h>

#include <cstring>
#include <vector>

// Every heap allocation of the process, counted: the benchmarks report allocations per sentence.
#include "../support/allocation_counter.h"

namespace {

using namespace marsa::feeds;

constexpr std::int64_t kSentences = 1'200'000;

struct Corpus {
    QByteArray text;
    std::vector<QByteArrayView> lines;
};

const Corpus &corpus(bool tagBlocks) {
    static const auto make = [](bool tags) {
        Corpus corpus;
        TrafficOptions options;
        options.tagBlocks = tags;
        corpus.text = generateTraffic(1, kSentences, options);
        const char *p = corpus.text.constData();
        const char *end = p + corpus.text.size();
        while (p < end) {
            const char *newline =
                static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
            const char *lineEnd = newline ? newline : end;
            corpus.lines.emplace_back(p, lineEnd - p);
            p = lineEnd + 1;
        }
        return corpus;
    };
    static const Corpus withTags = make(true);
    static const Corpus bare = make(false);
    return tagBlocks ? withTags : bare;
}

// Rates per sentence, allocations per sentence, and what one pass over the corpus made.
void report(benchmark::State &state, std::size_t lines, std::uint64_t allocations, const char *madeName,
            std::uint64_t made) {
    const auto sentences = static_cast<double>(state.iterations()) * static_cast<double>(lines);
    state.SetItemsProcessed(static_cast<std::int64_t>(sentences));
    state.counters["sentences_per_s"] = benchmark::Counter(sentences, benchmark::Counter::kIsRate);
    state.counters["ns_per_sentence"] =
        benchmark::Counter(sentences, benchmark::Counter::kIsRate | benchmark::Counter::kInvert,
                           benchmark::Counter::OneK::kIs1000);
    state.counters["allocs_per_sentence"] = static_cast<double>(allocations) / sentences;
    state.counters[madeName] = static_cast<double>(made) / static_cast<double>(state.iterations());
}

// Decoding alone: parse, checksum, fragments, de-armour, every field of every type.
void BM_DecodeMix(benchmark::State &state) {
    const Corpus &input = corpus(state.range(0) != 0);
    AisDecoder decoder;
    AisMessage message;
    const std::uint64_t before = marsa_test::heapAllocations.load();
    for (auto _ : state) {
        for (const QByteArrayView line : input.lines) {
            benchmark::DoNotOptimize(decoder.decodeLine(line, message));
        }
    }
    report(state, input.lines.size(), marsa_test::heapAllocations.load() - before, "messages_per_pass",
           decoder.stats().messages());
}
BENCHMARK(BM_DecodeMix)->Arg(1)->Arg(0)->ArgName("tag_blocks")->Unit(benchmark::kMillisecond)->MinTime(2.0);

// What a live feed does: decode, then turn the positions into core::VesselPosition.
void BM_DecodeToPositions(benchmark::State &state) {
    const Corpus &input = corpus(true);
    AisDecoder decoder;
    AisMessage message;
    std::uint64_t positions = 0;
    const std::uint64_t before = marsa_test::heapAllocations.load();
    for (auto _ : state) {
        for (const QByteArrayView line : input.lines) {
            if (decoder.decodeLine(line, message).hasMessage()) {
                if (const auto position = positionOf(message, message.timeMs, 1)) {
                    ++positions;
                    benchmark::DoNotOptimize(position->lat);
                }
            }
        }
    }
    report(state, input.lines.size(), marsa_test::heapAllocations.load() - before, "positions_per_pass",
           positions);
}
BENCHMARK(BM_DecodeToPositions)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Decoding and writing gpsd JSON (what `marsa-cli ais decode` does, without the pipe).
void BM_DecodeToGpsdJson(benchmark::State &state) {
    const Corpus &input = corpus(true);
    AisDecoder decoder;
    AisMessage message;
    QByteArray out;
    out.reserve(2 << 20);
    const std::uint64_t before = marsa_test::heapAllocations.load();
    std::uint64_t written = 0;
    for (auto _ : state) {
        GpsdJsonWriter writer("stdin");
        for (const QByteArrayView line : input.lines) {
            if (decoder.decodeLine(line, message).hasMessage() && writer.write(message, out) &&
                out.size() > (1 << 20)) {
                written += static_cast<std::uint64_t>(out.size());
                out.resize(0);
            }
        }
        written += static_cast<std::uint64_t>(out.size());
        out.resize(0);
    }
    report(state, input.lines.size(), marsa_test::heapAllocations.load() - before, "json_bytes_per_pass",
           written);
}
BENCHMARK(BM_DecodeToGpsdJson)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
