// The feed pipeline's per-line costs on the worker thread: cutting a byte stream into lines,
// checking and classifying a line, and deduplicating AIS sentences from two receivers.

#include "feeds/deduplicator.h"
#include "feeds/line_splitter.h"
#include "feeds/nmea_line.h"
#include "feeds/nmea_sentence.h"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

using namespace marsa;

QByteArray vdm(int i) {
    // A type 1 payload made distinct by its last characters, as successive reports are.
    const QByteArray body =
        "AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g2" + QByteArray::number(i, 36).rightJustified(6, '0') + ",0";
    return '!' + body + '*' +
           QByteArray::number(feeds::nmeaChecksum(body), 16).toUpper().rightJustified(2, '0');
}

std::vector<QByteArray> lines(int count) {
    std::vector<QByteArray> result;
    for (int i = 0; i < count; ++i) {
        result.push_back(vdm(i));
    }
    return result;
}

void splitLines(benchmark::State &state) {
    QByteArray stream;
    for (const QByteArray &line : lines(1000)) {
        stream += line + "\r\n";
    }
    for (auto _ : state) {
        feeds::LineSplitter splitter;
        qsizetype total = 0;
        // Reads of 1 KB, as a TCP socket delivers them: lines cut across reads.
        for (qsizetype at = 0; at < stream.size(); at += 1024) {
            splitter.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(1024, stream.size() - at)),
                          [&](QByteArrayView line) { total += line.size(); });
        }
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(state.iterations() * 1000);
    state.SetBytesProcessed(state.iterations() * stream.size());
}
BENCHMARK(splitLines);

void classifyLines(benchmark::State &state) {
    const std::vector<QByteArray> input = lines(1000);
    for (auto _ : state) {
        int encapsulated = 0;
        for (const QByteArray &line : input) {
            encapsulated += feeds::classifyLine(line) == feeds::LineKind::Encapsulated;
        }
        benchmark::DoNotOptimize(encapsulated);
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(classifyLines);

// Two receivers hearing the same 100,000 transmissions, 50 a millisecond: half the lines are copies.
void deduplicateTwoReceivers(benchmark::State &state) {
    const std::vector<QByteArray> input = lines(100'000);
    std::vector<feeds::ReceivedLine> out;
    out.reserve(input.size());
    for (auto _ : state) {
        feeds::Deduplicator dedup;
        out.clear();
        qint64 now = 0;
        for (std::size_t i = 0; i < input.size(); ++i) {
            now = static_cast<qint64>(i / 50);
            dedup.offer({input[i], now, 1}, now, out);
            dedup.offer({input[i], now, 2}, now, out);
        }
        benchmark::DoNotOptimize(out.data());
    }
    state.SetItemsProcessed(state.iterations() * 200'000);
}
BENCHMARK(deduplicateTwoReceivers)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
