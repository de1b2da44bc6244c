// The live targets on the chart at scale (docs/performance.md, "Targets and tracks"): 10,000
// targets spread over the Libyan SRR view with 100 track points each (1,000,000 in view), at
// 1920x1080. Reports the resident memory of the table and of the layer's caches too.
// MARSA_BENCH_PNG=<file.png> writes one frame of the whole chart with the targets, and a close-up
// (<file>-close.png), to look at.

#include "chart/chart_renderer.h"
#include "chart/default_layers.h"
#include "chart/target_layer.h"
#include "core/live_targets.h"
#include "geo/geodesy.h"
#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"
#include "models/vessel_filter_model.h"
#include "models/vessel_table_model.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <random>

namespace {

using namespace marsa;

constexpr int kTargets = 10'000;
constexpr int kPointsPerTarget = 100;
constexpr std::int64_t kReportMs = 30'000; // one track point each
constexpr std::int64_t kStartMs = 1'790'000'000'000;
constexpr std::int64_t kEndMs = kStartMs + (kPointsPerTarget - 1) * kReportMs;
const QSize kSize(1920, 1080);

double residentMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
        }
    }
    return 0;
}

struct Scene {
    explicit Scene(geo::SrrCatalogue catalogue)
        : srrs(std::move(catalogue)) {}
    geo::SrrCatalogue srrs;
    core::LiveTargets targets{{.trackMaxPoints = 720}};
    chart::LayerStack layers;
    chart::TargetLayer *layer = nullptr;
    chart::Viewport view;
    std::vector<core::VesselPosition> latest; // each target's newest report, to move them on
    std::int64_t now = kEndMs;                // the feed's clock, on across repetitions
    double rssChart = 0;
    double rssTable = 0;
    double rssLayer = 0;
    double firstSyncMs = 0;
};

// Targets sail from random places of the view on random courses (2 to 20 kn, turning a little);
// 2% are our units, 0.2% AIS-SARTs, 10% Class B, 5% heard last 10 minutes ago (lost); half named.
Scene &scene() {
    static std::unique_ptr<Scene> built = [] {
        auto srrs = geo::SrrCatalogue::load(geo::sarReferencePath());
        auto places = geo::readPlaces(geo::sarReferencePath());
        if (!srrs || !places) {
            std::fprintf(stderr, "cannot load the reference data\n");
            std::abort();
        }
        auto s = std::make_unique<Scene>(std::move(srrs.value()));
        if (!chart::addDefaultLayers(s->layers, s->srrs, std::move(places.value()))) {
            std::abort();
        }
        s->view = chart::Viewport::fitting(kSize, chart::libyanSrrView(s->srrs));
        s->rssChart = residentMiB();

        const chart::MercatorRect box = chart::libyanSrrView(s->srrs);
        const geo::LatLon southWest = geo::mercator::unproject({box.minX, box.minY});
        const geo::LatLon northEast = geo::mercator::unproject({box.maxX, box.maxY});
        std::mt19937 random(20260920);
        std::uniform_real_distribution<double> lat(southWest.latitude, northEast.latitude);
        std::uniform_real_distribution<double> lon(southWest.longitude, northEast.longitude);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        std::vector<core::VesselPosition> reports;
        reports.reserve(static_cast<std::size_t>(kTargets) * kPointsPerTarget);
        std::vector<core::Asset> assets;
        for (int i = 0; i < kTargets; ++i) {
            const bool sart = i % 500 == 7;
            const std::uint32_t mmsi = sart ? 970'000'000U + i : 642'000'000U + i;
            if (i % 50 == 3) {
                core::Asset asset;
                asset.id = {i};
                asset.name = QStringLiteral("CG %1").arg(i);
                asset.mmsi = mmsi;
                assets.push_back(asset);
            }
            const bool lost = i % 20 == 11;
            geo::LatLon at{lat(random), lon(random)};
            double course = unit(random) * 360.0;
            const double speed = sart ? 0.5 : 2.0 + unit(random) * 18.0;
            for (int k = 0; k < kPointsPerTarget; ++k) {
                core::VesselPosition p;
                p.mmsi = mmsi;
                p.timeMs = kStartMs + k * kReportMs - (lost ? 10 * 60'000 : 0);
                p.lat = at.latitude;
                p.lon = at.longitude;
                p.sog = static_cast<float>(speed);
                p.cog = static_cast<float>(geo::normaliseBearing(course));
                p.heading = static_cast<std::int16_t>(std::lround(geo::normaliseBearing(course)) % 360);
                p.navStatus = sart ? core::kNavStatusSartActive : 0;
                p.messageType = i % 10 == 5 ? 18 : 1;
                reports.push_back(p);
                at = geo::destination(at, course, speed * kReportMs / 3'600'000.0);
                course += (unit(random) - 0.5) * 6.0;
            }
            s->latest.push_back(reports.back());
        }
        s->targets.setAssets(assets);
        s->targets.apply(reports);
        for (int i = 0; i < kTargets; i += 2) { // half of them named, as most Class A ships are
            core::VesselStatic statics;
            statics.mmsi = reports[static_cast<std::size_t>(i) * kPointsPerTarget].mmsi;
            statics.name = QStringLiteral("MV %1").arg(i);
            statics.shipType = 70;
            s->targets.apply(statics);
        }
        s->targets.age(kEndMs);
        reports.clear();
        reports.shrink_to_fit();
        s->rssTable = residentMiB();

        auto layer = std::make_unique<chart::TargetLayer>(s->targets);
        s->layer = layer.get();
        s->layers.insert(s->layers.indexOf(QStringLiteral("incidents")) + 1, std::move(layer));
        QElapsedTimer timer;
        timer.start();
        s->layer->sync();
        s->firstSyncMs = timer.nsecsElapsed() / 1e6;
        QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        chart::ChartRenderer(s->layers).render(painter, s->view); // sprites made once
        painter.end();
        s->rssLayer = residentMiB();
        if (const QString png = qEnvironmentVariable("MARSA_BENCH_PNG"); !png.isEmpty()) {
            image.save(png);
            // And a close-up at 100 m a pixel (about 1:320,000), where names show.
            const chart::Viewport close(kSize, s->view.centre(), 100.0);
            chart::ChartRenderer(s->layers).renderImage(close).save(
                QString(png).replace(QStringLiteral(".png"), QStringLiteral("-close.png")));
        }
        return s;
    }();
    return *built;
}

void report(benchmark::State &state, const Scene &s) {
    const chart::TargetLayer::FrameStats stats = s.layer->lastFrame();
    state.counters["targets"] = static_cast<double>(s.targets.size());
    state.counters["symbols"] = stats.symbols;
    state.counters["segments"] = static_cast<double>(stats.trackSegments);
    state.counters["labels"] = stats.labels;
    state.counters["rss_chart_MiB"] = s.rssChart;
    state.counters["rss_table_MiB"] = s.rssTable;
    state.counters["rss_layer_MiB"] = s.rssLayer;
    state.counters["first_sync_ms"] = s.firstSyncMs;
}

// The target layer alone drawn afresh: tracks rasterised again (the view moves one pixel each
// time, so the cached track image never serves), every symbol blitted.
void BM_TargetLayerFullRedraw(benchmark::State &state) {
    Scene &s = scene();
    QImage target(kSize, QImage::Format_ARGB32_Premultiplied);
    target.fill(Qt::black);
    const chart::ChartPalette palette = chart::ChartPalette::forMode(chart::PaletteMode::Day);
    chart::Viewport view = s.view;
    int frame = 0;
    for (auto _ : state) {
        view.panBy(QPointF(frame++ % 2 == 0 ? 1.0 : -1.0, 0.0));
        QPainter painter(&target);
        s.layer->paintOverlay(painter, chart::RenderContext{view, palette});
        painter.end();
        benchmark::DoNotOptimize(target.constBits());
    }
    report(state, s);
}

// The whole chart redrawn from nothing (a zoom, a palette change): every default layer and the
// targets.
void BM_ChartWithTargetsFullRedraw(benchmark::State &state) {
    Scene &s = scene();
    chart::ChartRenderer renderer(s.layers);
    QImage target(kSize, QImage::Format_ARGB32_Premultiplied);
    chart::Viewport view = s.view;
    int frame = 0;
    for (auto _ : state) {
        view.panBy(QPointF(frame++ % 2 == 0 ? 1.0 : -1.0, 0.0));
        renderer.invalidate();
        QPainter painter(&target);
        renderer.render(painter, view);
        painter.end();
        benchmark::DoNotOptimize(target.constBits());
    }
    report(state, s);
}

// One second of a busy feed: 1,000 targets report (each every 10 s), the table takes them, the
// layer projects the new points, the chart comes from its cache and the targets are redrawn.
void BM_LiveUpdateFrame(benchmark::State &state) {
    Scene &s = scene();
    chart::ChartRenderer renderer(s.layers);
    QImage target(kSize, QImage::Format_ARGB32_Premultiplied);
    std::vector<core::VesselPosition> batch(1000);
    std::size_t next = 0;
    for (auto _ : state) {
        const std::int64_t now = s.now += 1000;
        for (core::VesselPosition &p : batch) {
            core::VesselPosition &latest = s.latest[next++ % s.latest.size()];
            const geo::LatLon moved =
                geo::destination({latest.lat, latest.lon}, latest.cog, latest.sog / 360.0);
            latest.lat = moved.latitude;
            latest.lon = moved.longitude;
            latest.timeMs = now;
            p = latest;
        }
        s.targets.apply(batch);
        QPainter painter(&target);
        renderer.render(painter, s.view);
        painter.end();
        benchmark::DoNotOptimize(target.constBits());
    }
    report(state, s);
}

// A pan frame: the chart from its cache, the targets and tracks drawn again at the new offset.
void BM_PanFrameWithTargets(benchmark::State &state) {
    Scene &s = scene();
    chart::ChartRenderer renderer(s.layers);
    QImage target(kSize, QImage::Format_ARGB32_Premultiplied);
    chart::Viewport view = s.view;
    int frame = 0;
    for (auto _ : state) {
        view.panBy(QPointF(frame % 20 < 10 ? 6.0 : -6.0, frame % 10 < 5 ? 2.0 : -2.0));
        ++frame;
        QPainter painter(&target);
        renderer.render(painter, view);
        painter.end();
        benchmark::DoNotOptimize(target.constBits());
    }
    report(state, s);
}

// A frame where nothing moved (the alarm flash, the cursor readout): both caches serve.
void BM_AlarmFlashFrame(benchmark::State &state) {
    Scene &s = scene();
    chart::ChartRenderer renderer(s.layers);
    QImage target(kSize, QImage::Format_ARGB32_Premultiplied);
    bool bright = false;
    for (auto _ : state) {
        s.layer->setAlarmPhase(bright = !bright);
        QPainter painter(&target);
        renderer.render(painter, s.view);
        painter.end();
        benchmark::DoNotOptimize(target.constBits());
    }
    report(state, s);
}

// The Vessels panel's table over the same 10,000 targets, sorted by range to an incident, with
// alarms first: one second of the feed (1,000 reports) taken in, rows updated by dataChanged and
// moved by the proxy's sorting.
void BM_VesselsTableSync(benchmark::State &state) {
    Scene &s = scene();
    struct Clock final : core::Clock {
        QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(kEndMs, Qt::UTC); }
    } clock;
    models::VesselTableModel model(s.targets, clock);
    model.setReference(core::Motion{32.9, 13.2, 0, 0});
    models::VesselFilterModel sorted;
    sorted.setSourceModel(&model);
    sorted.sort(models::VesselTableModel::RangeColumn, Qt::AscendingOrder);
    std::vector<core::VesselPosition> batch(1000);
    std::size_t next = 0;
    for (auto _ : state) {
        const std::int64_t now = s.now += 1000;
        for (core::VesselPosition &p : batch) {
            core::VesselPosition &latest = s.latest[next++ % s.latest.size()];
            latest.lon += 0.0005;
            latest.timeMs = now;
            p = latest;
        }
        s.targets.apply(batch);
        model.sync();
        benchmark::DoNotOptimize(sorted.index(0, 0).data());
    }
    state.counters["rows"] = sorted.rowCount();
}

BENCHMARK(BM_TargetLayerFullRedraw)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_ChartWithTargetsFullRedraw)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_PanFrameWithTargets)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_AlarmFlashFrame)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_LiveUpdateFrame)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_VesselsTableSync)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
