// The track store (docs/performance.md, "Track store"): appending position reports in batches as
// the live feed and marsa-cli ingest do, one vessel's 24-hour track and the latest position of
// every vessel in a store of ten million rows.
//
// The traffic: 2,000 vessels in five reporting classes (every 10 s, 30 s, 60 s, 3 min and 6 min:
// Class A under way, Class B, slow, at anchor, moored), 63 reports a second together, in time
// order as a receiver hears them. The ten-million-row store (44 hours of that traffic) is
// written once into $MARSA_BENCH_TRACKS_DB (default /tmp/marsa-bench-tracks.sqlite) and reused.

#include "storage/database.h"
#include "storage/track_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <numbers>
#include <random>
#include <vector>

namespace {

using namespace marsa;

constexpr int kVessels = 2000;
constexpr std::array<int, 5> kIntervalsS{10, 30, 60, 180, 360};
constexpr std::int64_t kStartMs = 1'795'000'000'000; // 2026-11-18T11:06:40Z
constexpr std::int64_t kStoreRows = 10'000'000;

std::uint32_t mmsiOf(int vessel) {
    return 642'000'000U + static_cast<std::uint32_t>(vessel) * 37U; // spread over the MID like real ones
}

/// Generates the traffic second by second, in time order, from a fixed seed.
class Traffic {
public:
    Traffic() {
        std::mt19937 random(20261123);
        std::uniform_real_distribution<double> lat(31.5, 35.5);
        std::uniform_real_distribution<double> lon(11.5, 25.0);
        std::uniform_real_distribution<double> course(0.0, 360.0);
        for (int vessel = 0; vessel < kVessels; ++vessel) {
            const int interval = kIntervalsS[static_cast<std::size_t>(vessel) % kIntervalsS.size()];
            m_ships.push_back({mmsiOf(vessel), interval,
                               static_cast<int>(random() % static_cast<unsigned>(interval)), lat(random),
                               lon(random), course(random),
                               interval <= 30 ? 12.0 : (interval <= 60 ? 4.0 : 0.1)});
        }
    }
    /// The next count reports.
    std::vector<core::VesselPosition> next(std::size_t count) {
        std::vector<core::VesselPosition> reports;
        reports.reserve(count);
        while (reports.size() < count) {
            if (m_vessel == kVessels) {
                m_vessel = 0;
                ++m_second;
            }
            Ship &ship = m_ships[static_cast<std::size_t>(m_vessel++)];
            if ((m_second + ship.phase) % ship.intervalS != 0) {
                continue;
            }
            const double metres = ship.sogKn * 0.514444 * ship.intervalS;
            ship.lat += metres * std::cos(ship.cogDeg * std::numbers::pi / 180) / 111'195.0;
            ship.lon += metres * std::sin(ship.cogDeg * std::numbers::pi / 180) / 93'000.0;
            core::VesselPosition position;
            position.mmsi = ship.mmsi;
            position.timeMs = kStartMs + m_second * 1000 + m_vessel % 1000;
            position.lat = ship.lat;
            position.lon = ship.lon;
            position.sog = static_cast<float>(ship.sogKn);
            position.cog = static_cast<float>(ship.cogDeg);
            position.heading = static_cast<std::int16_t>(ship.cogDeg);
            position.navStatus = ship.sogKn > 1 ? 0 : 1;
            position.messageType = ship.intervalS == 30 ? 18 : 1;
            position.sourceId = 1;
            reports.push_back(position);
        }
        return reports;
    }
    std::int64_t second() const { return m_second; }

private:
    struct Ship {
        std::uint32_t mmsi;
        int intervalS;
        int phase;
        double lat;
        double lon;
        double cogDeg;
        double sogKn;
    };
    std::vector<Ship> m_ships;
    std::int64_t m_second = 0;
    int m_vessel = 0;
};

/// Copies what the WAL still holds into the database file, as the next automatic checkpoint would:
/// timed with the appends, so that a store checkpointing less often does not leave its work out.
bool checkpoint(const storage::TrackStore &store) {
    QSqlQuery query(store.connection());
    return query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

// Appends a million reports into a new database file in batches of state.range(0); the recent
// table moves into the archive every state.range(1) rows (1: every batch goes straight into the
// clustered archive, the design without a recent table). The final move is timed too.
void BM_Append(benchmark::State &state) {
    const auto batchRows = static_cast<std::size_t>(state.range(0));
    const auto threshold = static_cast<std::size_t>(state.range(1));
    constexpr std::size_t kRows = 1'000'000;
    Traffic traffic;
    const std::vector<core::VesselPosition> reports = traffic.next(kRows);
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir folder(QStringLiteral("/tmp/marsa-bench-append-XXXXXX"));
        {
            auto opened = storage::TrackStore::open(folder.filePath(QStringLiteral("tracks.sqlite")));
            if (!opened) {
                state.SkipWithError(opened.errorMessage().toStdString().c_str());
                return;
            }
            storage::TrackStore &store = opened.value();
            store.setCompactThreshold(threshold);
            state.ResumeTiming();
            for (std::size_t at = 0; at < kRows; at += batchRows) {
                const std::span<const core::VesselPosition> batch(reports.data() + at,
                                                                  std::min(batchRows, kRows - at));
                if (!store.appendPositions(batch)) {
                    state.SkipWithError("append failed");
                    return;
                }
            }
            if (!store.compact() || !checkpoint(store)) {
                state.SkipWithError("compact failed");
                return;
            }
            state.PauseTiming();
        }
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(kRows));
}
BENCHMARK(BM_Append)
    ->Args({1'000, 250'000})
    ->Args({10'000, 250'000})
    ->Args({100'000, 250'000})
    ->Args({1'000, 1})
    ->Args({10'000, 1})
    ->Args({100'000, 1})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

QString storePath() {
    const QString path = qEnvironmentVariable("MARSA_BENCH_TRACKS_DB");
    return path.isEmpty() ? QStringLiteral("/tmp/marsa-bench-tracks.sqlite") : path;
}

/// The ten-million-row store, written once (about a minute) and reused.
storage::TrackStore &bigStore() {
    static std::unique_ptr<storage::TrackStore> store;
    if (store) {
        return *store;
    }
    auto opened = storage::TrackStore::open(storePath());
    if (!opened) {
        std::fprintf(stderr, "%s\n", opened.errorMessage().toStdString().c_str());
        std::abort();
    }
    store = std::make_unique<storage::TrackStore>(std::move(opened.value()));
    if (store->positionCount().value() < kStoreRows) {
        std::fprintf(stderr, "writing %lld reports into %s ...\n", static_cast<long long>(kStoreRows),
                     storePath().toStdString().c_str());
        QElapsedTimer timer;
        timer.start();
        Traffic traffic;
        for (std::int64_t written = 0; written < kStoreRows; written += 100'000) {
            if (!store->appendPositions(traffic.next(100'000))) {
                std::abort();
            }
        }
        if (!store->compact()) {
            std::abort();
        }
        std::fprintf(stderr, "... %.1f s, %lld hours of traffic\n", timer.elapsed() / 1000.0,
                     static_cast<long long>(traffic.second() / 3600));
    }
    return *store;
}

std::int64_t storeEndMs() {
    return bigStore().track(mmsiOf(0), 0, kStartMs * 2).value().back().timeMs;
}

// The steady state: a million more reports in batches of 1,000 into the ten-million-row store,
// whose archive already holds every vessel's older track. Removed again afterwards (not timed).
void BM_AppendToTenMillion(benchmark::State &state) {
    storage::TrackStore &store = bigStore();
    Traffic traffic;
    traffic.next(static_cast<std::size_t>(kStoreRows)); // what the store holds already
    constexpr std::size_t kRows = 1'000'000;
    const std::vector<core::VesselPosition> reports = traffic.next(kRows);
    store.setCompactThreshold(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        for (std::size_t at = 0; at < kRows; at += 1000) {
            if (!store.appendPositions(std::span<const core::VesselPosition>(reports.data() + at, 1000))) {
                state.SkipWithError("append failed");
                return;
            }
        }
        if (!store.compact() || !checkpoint(store)) {
            state.SkipWithError("compact failed");
            return;
        }
        state.PauseTiming();
        QSqlQuery remove(store.connection());
        remove.prepare(QStringLiteral("DELETE FROM vessel_positions WHERE mmsi = ? AND time_ms >= ?"));
        for (int vessel = 0; vessel < kVessels; ++vessel) {
            remove.addBindValue(static_cast<qlonglong>(mmsiOf(vessel)));
            remove.addBindValue(static_cast<qlonglong>(reports.front().timeMs));
            remove.exec();
        }
        state.ResumeTiming();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(kRows));
}
BENCHMARK(BM_AppendToTenMillion)
    ->Arg(250'000)
    ->Arg(1'000'000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

// The last 24 hours of a vessel reporting every 10 s: 8,640 positions.
void BM_Track24h(benchmark::State &state) {
    storage::TrackStore &store = bigStore();
    const std::int64_t end = storeEndMs();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto track = store.track(mmsiOf(5), end - 24LL * 3600 * 1000, end);
        rows = track.value().size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["positions"] = static_cast<double>(rows);
}
BENCHMARK(BM_Track24h)->Unit(benchmark::kMillisecond);

// What the live target table loads at start: every vessel heard in the last ten minutes.
void BM_LatestPositions(benchmark::State &state) {
    storage::TrackStore &store = bigStore();
    const std::int64_t end = storeEndMs();
    std::size_t rows = 0;
    for (auto _ : state) {
        auto latest = store.latestPositions(end - 10LL * 60 * 1000);
        rows = latest.value().size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["vessels"] = static_cast<double>(rows);
}
BENCHMARK(BM_LatestPositions)->Unit(benchmark::kMillisecond);

// What the console loads at start in one read (TrackStore::tracksSince): the last 20 minutes of
// every vessel, 2,000 vessels, about 75,000 positions.
void BM_TracksSince(benchmark::State &state) {
    storage::TrackStore &store = bigStore();
    const std::int64_t end = storeEndMs();
    std::size_t vessels = 0;
    std::size_t positions = 0;
    for (auto _ : state) {
        auto tracks = store.tracksSince(end - 20LL * 60 * 1000, end);
        vessels = tracks.value().size();
        positions = 0;
        for (const storage::VesselTrack &track : tracks.value()) {
            positions += track.positions.size();
        }
        benchmark::DoNotOptimize(positions);
    }
    state.counters["vessels"] = static_cast<double>(vessels);
    state.counters["positions"] = static_cast<double>(positions);
}
BENCHMARK(BM_TracksSince)->Unit(benchmark::kMillisecond);

// The same the way the console read it before tracksSince: the latest positions, then one track()
// per vessel.
void BM_TracksOneByOne(benchmark::State &state) {
    storage::TrackStore &store = bigStore();
    const std::int64_t end = storeEndMs();
    const std::int64_t from = end - 20LL * 60 * 1000;
    std::size_t positions = 0;
    for (auto _ : state) {
        positions = 0;
        const auto latest = store.latestPositions(from);
        for (const core::VesselPosition &last : latest.value()) {
            const auto track = store.track(last.mmsi, from, end);
            positions += track.value().size();
        }
        benchmark::DoNotOptimize(positions);
    }
    state.counters["positions"] = static_cast<double>(positions);
}
BENCHMARK(BM_TracksOneByOne)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv) {
    QCoreApplication application(argc, argv);
    spdlog::set_level(spdlog::level::warn); // no line per database opened
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
