// Replay (docs/performance.md, "Replay"): seeking anywhere in a 24-hour journal of 5,000,000
// entries, and playing it at 3600x.
//
// The journal: feeds::generateTraffic's Central Mediterranean feed (the realistic mix the AIS
// decoder is measured on: types 1-3, 5 in two sentences, 18, 19, 24, 4, 21, 9, 27, a SART) from
// 700 vessels, about 58 sentences a second, alternating between two receivers, with the cases of
// the demonstration data set's kind changing every few minutes. Written once into
// $MARSA_BENCH_REPLAY_DB (default /tmp/marsa-bench-replay.sqlite) and reused.

#include "feeds/ais_traffic.h"
#include "replay/replay_state.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <limits>
#include <memory>
#include <random>

namespace {

using namespace marsa;

constexpr std::int64_t kEntries = 5'000'000;
constexpr int kShips = 700;

QString journalPath() {
    const QByteArray set = qgetenv("MARSA_BENCH_REPLAY_DB");
    return set.isEmpty() ? QStringLiteral("/tmp/marsa-bench-replay.sqlite") : QString::fromLocal8Bit(set);
}

struct Journal {
    std::unique_ptr<storage::Database> database;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};

// The generated feed, written into the journal in batches as the live pipeline writes it.
void writeJournal(storage::Database &database) {
    feeds::TrafficOptions options;
    options.ships = kShips;
    std::fprintf(stderr, "generating %lld sentences…\n", static_cast<long long>(kEntries));
    const QByteArray traffic = feeds::generateTraffic(20261204, kEntries, options);
    static const QRegularExpression tagTime(QStringLiteral(R"(c:(\d+))"));
    std::vector<storage::JournalEntry> batch;
    std::int64_t lastMs = options.startMs;
    std::int64_t written = 0;
    std::int64_t feed = 1;
    QElapsedTimer timer;
    timer.start();
    storage::Journal journal(database.connection());
    auto flush = [&] {
        storage::Transaction transaction(database.connection());
        if (!journal.append(batch) || !transaction.commit()) {
            std::fprintf(stderr, "cannot write the journal\n");
            std::exit(1);
        }
        written += static_cast<std::int64_t>(batch.size());
        batch.clear();
    };
    qsizetype start = 0;
    while (start < traffic.size()) {
        qsizetype end = traffic.indexOf('\n', start);
        if (end < 0) {
            end = traffic.size();
        }
        const QByteArray line = traffic.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype c = line.indexOf("c:");
        if (c >= 0) {
            qsizetype digits = c + 2;
            std::int64_t seconds = 0;
            while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') {
                seconds = seconds * 10 + (line[digits++] - '0');
            }
            lastMs = std::max<std::int64_t>(lastMs, seconds * 1000 + 300);
        }
        if (!line.contains(",2,2,")) {
            feed = feed == 1 ? 2 : 1;
        }
        batch.push_back({0, lastMs, storage::JournalKind::Line, feed, line});
        if (batch.size() == 50'000) {
            flush();
        }
    }
    flush();
    std::fprintf(stderr, "journal of %lld entries written in %.1f s\n", static_cast<long long>(written),
                 static_cast<double>(timer.elapsed()) / 1000.0);
}

Journal &benchJournal() {
    static Journal journal = [] {
        Journal j;
        const QString path = journalPath();
        const bool fresh = !QFile::exists(path);
        auto database = storage::Database::open(path);
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.errorMessage()));
            std::exit(1);
        }
        j.database = std::make_unique<storage::Database>(std::move(database.value()));
        if (fresh) {
            writeJournal(*j.database);
        }
        auto bounds = storage::Journal(j.database->connection()).bounds();
        if (!bounds || !bounds.value()) {
            std::fprintf(stderr, "the journal in %s is empty: remove the file\n", qPrintable(path));
            std::exit(1);
        }
        j.fromMs = bounds.value()->first;
        j.toMs = bounds.value()->second;
        std::fprintf(stderr, "journal: %lld entries over %.1f hours\n",
                     static_cast<long long>(storage::Journal(j.database->connection()).count().value()),
                     static_cast<double>(j.toMs - j.fromMs) / 3'600'000.0);
        return j;
    }();
    return journal;
}

// The state at a random instant of the journal: what a seek by dragging the timeline costs.
void BM_SeekAnywhere(benchmark::State &state) {
    Journal &journal = benchJournal();
    std::mt19937_64 random(42);
    std::uniform_int_distribution<std::int64_t> instant(journal.fromMs + 30 * 60'000, journal.toMs);
    std::size_t targets = 0;
    for (auto _ : state) {
        auto replayed = replay::stateAt(journal.database->connection(), instant(random));
        if (!replayed) {
            state.SkipWithError(qPrintable(replayed.errorMessage()));
            break;
        }
        targets += replayed->targets.size();
    }
    state.counters["targets"] =
        benchmark::Counter(static_cast<double>(targets), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_SeekAnywhere)->Unit(benchmark::kMillisecond)->Iterations(40);

// Playback at 3600x: each frame at 60 frames a second moves the simulated clock by 60 s; the
// frame reads that minute of lines, decodes them into the target table and ages it. One
// iteration is one simulated hour: it keeps up when it takes less than a second, and no frame may
// take longer than its 16.7 ms.
void BM_Playback3600x(benchmark::State &state) {
    Journal &journal = benchJournal();
    const storage::Journal reader(journal.database->connection());
    std::mt19937_64 random(7);
    std::uniform_int_distribution<std::int64_t> start(journal.fromMs + 20 * 60'000, journal.toMs - 3'600'000);
    constexpr std::int64_t kFrameMs = 60'000; // simulated time a frame at 3600x and 60 Hz
    double worstFrameMs = 0;
    std::int64_t lines = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const std::int64_t from = start(random);
        auto seeked = replay::stateAt(journal.database->connection(), from);
        core::LiveTargets targets = std::move(seeked->targets);
        replay::LineReplayer replayer(targets);
        state.ResumeTiming();
        for (std::int64_t frame = from; frame < from + 3'600'000; frame += kFrameMs) {
            QElapsedTimer timer;
            timer.start();
            storage::JournalQuery query;
            query.fromMs = frame + 1;
            query.toMs = frame + kFrameMs;
            query.kind = storage::JournalKind::Line;
            query.limit = std::numeric_limits<int>::max();
            auto played = reader.scan(
                query, [&replayer](const storage::JournalEntryView &line) { replayer.apply(line); });
            lines += static_cast<std::int64_t>(played.value());
            targets.age(frame + kFrameMs);
            worstFrameMs = std::max(worstFrameMs, static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    }
    state.counters["lines"] =
        benchmark::Counter(static_cast<double>(lines), benchmark::Counter::kAvgIterations);
    state.counters["worst_frame_ms"] = worstFrameMs;
}
BENCHMARK(BM_Playback3600x)->Unit(benchmark::kMillisecond)->Iterations(5);

// Reading the 20 minutes of lines a seek decodes, without decoding them.
void BM_ReadWindow(benchmark::State &state) {
    Journal &journal = benchJournal();
    std::mt19937_64 random(42);
    std::uniform_int_distribution<std::int64_t> instant(journal.fromMs + 30 * 60'000, journal.toMs);
    std::size_t lines = 0;
    const storage::Journal reader(journal.database->connection());
    for (auto _ : state) {
        const std::int64_t at = instant(random);
        storage::JournalQuery query;
        query.fromMs = at - 20 * 60'000;
        query.toMs = at;
        query.kind = storage::JournalKind::Line;
        query.limit = 1'000'000;
        lines += reader.read(query)->size();
    }
    state.counters["lines"] =
        benchmark::Counter(static_cast<double>(lines), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_ReadWindow)->Unit(benchmark::kMillisecond)->Iterations(40);

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
