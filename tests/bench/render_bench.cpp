// Chart rendering benchmarks: the whole Libyan SRR view at 1920x1080 with every default layer,
// redrawn from nothing, and a pan frame served from the renderer's cache.

#include "chart/chart_renderer.h"
#include "chart/default_layers.h"
#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"

#include <QGuiApplication>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

using namespace marsa;

struct Chart {
    explicit Chart(geo::SrrCatalogue catalogue)
        : srrs(std::move(catalogue)) {}
    geo::SrrCatalogue srrs;
    chart::LayerStack layers;
    chart::Viewport view;
};

std::unique_ptr<Chart> makeChart(QSize size) {
    auto srrs = geo::SrrCatalogue::load(geo::sarReferencePath());
    auto places = geo::readPlaces(geo::sarReferencePath());
    if (!srrs || !places) {
        std::fprintf(stderr, "cannot load the reference data\n");
        std::abort();
    }
    auto chart = std::make_unique<Chart>(std::move(srrs.value()));
    if (!chart::addDefaultLayers(chart->layers, chart->srrs, std::move(places.value()))) {
        std::abort();
    }
    chart->view = chart::Viewport::fitting(size, chart::libyanSrrView(chart->srrs));
    return chart;
}

void fullRedraw(benchmark::State &state, chart::PaletteMode mode) {
    const QSize size(1920, 1080);
    auto chart = makeChart(size);
    chart::ChartRenderer renderer(chart->layers);
    renderer.setPalette(mode);
    QImage target(size, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        renderer.invalidate();
        QPainter painter(&target);
        renderer.render(painter, chart->view);
        painter.end();
        benchmark::DoNotOptimize(target.constBits());
    }
}

void BM_FullRedrawSrr1920x1080Day(benchmark::State &state) {
    fullRedraw(state, chart::PaletteMode::Day);
}
void BM_FullRedrawSrr1920x1080Night(benchmark::State &state) {
    fullRedraw(state, chart::PaletteMode::Night);
}

void BM_PanFrameSrr1920x1080(benchmark::State &state) {
    const QSize size(1920, 1080);
    auto chart = makeChart(size);
    chart::ChartRenderer renderer(chart->layers);
    QImage target(size, QImage::Format_ARGB32_Premultiplied);
    chart::Viewport view = chart->view;
    int frame = 0;
    for (auto _ : state) {
        // Small moves back and forth, as a drag does between two mouse events.
        view.panBy(QPointF(frame % 20 < 10 ? 6.0 : -6.0, frame % 10 < 5 ? 2.0 : -2.0));
        ++frame;
        QPainter painter(&target);
        renderer.render(painter, view);
        painter.end();
        benchmark::DoNotOptimize(target.constBits());
    }
    state.counters["cache_redraws"] = renderer.cacheRedraws();
}

BENCHMARK(BM_FullRedrawSrr1920x1080Day)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_FullRedrawSrr1920x1080Night)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_PanFrameSrr1920x1080)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

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
