#include "cli/render_command.h"

#include "chart/chart_renderer.h"
#include "chart/default_layers.h"
#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"
#include "storage/database.h"
#include "storage/place_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPainter>

#include <algorithm>

namespace marsa::cli {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

} // namespace

FrameTimes FrameTimes::of(std::vector<double> samples) {
    FrameTimes times;
    if (samples.empty()) {
        return times;
    }
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    times.medianMs = n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
    times.worstMs = samples.back();
    times.frames = static_cast<int>(n);
    return times;
}

core::Result<chart::MercatorRect> parseBbox(const QString &text) {
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4) {
        return core::Error{
            Text::tr("--bbox needs four numbers: LON0,LAT0,LON1,LAT1 (west, south, east, north).")};
    }
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok) {
            return core::Error{Text::tr("--bbox: \"%1\" is not a number.").arg(parts[i])};
        }
    }
    if (v[0] < -180 || v[2] > 180 || v[1] < -85 || v[3] > 85 || v[0] >= v[2] || v[1] >= v[3]) {
        return core::Error{
            Text::tr("--bbox must run west to east and south to north, within ±180° and ±85°.")};
    }
    return chart::MercatorRect::fromLatLon({v[1], v[0]}, {v[3], v[2]});
}

core::Result<RenderReport> runRender(const RenderRequest &request) {
    auto srrs = geo::SrrCatalogue::load(geo::sarReferencePath());
    if (!srrs) {
        return srrs.error();
    }
    std::vector<core::Place> places;
    if (!request.databasePath.isEmpty()) {
        auto database = storage::Database::open(request.databasePath);
        if (!database) {
            return database.error();
        }
        auto stored = storage::PlaceRepository(database->connection()).all();
        if (!stored) {
            return stored.error();
        }
        places = std::move(stored.value());
    } else {
        auto reference = geo::readPlaces(geo::sarReferencePath());
        if (!reference) {
            return reference.error();
        }
        places = std::move(reference.value());
    }
    chart::LayerStack layers;
    if (auto added = chart::addDefaultLayers(layers, srrs.value(), std::move(places)); !added) {
        return added.error();
    }
    chart::ChartRenderer renderer(layers);
    renderer.setPalette(request.palette);
    const chart::Viewport viewport = chart::Viewport::fitting(request.size, request.bounds);

    const QImage image = renderer.renderImage(viewport);
    if (!request.output.isEmpty() && !image.save(request.output, "PNG")) {
        return core::Error{Text::tr("Cannot write %1.").arg(request.output)};
    }
    RenderReport report;
    if (request.frames <= 0) {
        return report;
    }
    QImage target(request.size, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> full;
    std::vector<double> pan;
    QElapsedTimer timer;
    for (int i = 0; i < request.frames; ++i) {
        // A full redraw: nothing cached, every layer drawn for the whole view and its margin.
        renderer.invalidate();
        QPainter painter(&target);
        timer.start();
        renderer.render(painter, viewport);
        full.push_back(timer.nsecsElapsed() / 1e6);
        painter.end();
    }
    chart::Viewport moving = viewport;
    for (int i = 0; i < request.frames; ++i) {
        // A pan frame, as while the officer drags the chart: a few pixels each frame, back and forth.
        moving.panBy(QPointF(i % 20 < 10 ? 6.0 : -6.0, 2.0 * ((i / 5) % 2 == 0 ? 1 : -1)));
        QPainter painter(&target);
        timer.start();
        renderer.render(painter, moving);
        pan.push_back(timer.nsecsElapsed() / 1e6);
        painter.end();
    }
    report.fullRedraw = FrameTimes::of(std::move(full));
    report.pan = FrameTimes::of(std::move(pan));
    return report;
}

} // namespace marsa::cli
