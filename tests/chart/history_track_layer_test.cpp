#include "chart/chart_renderer.h"
#include "chart/history_track_layer.h"

#include "chart_fixtures.h"

#include <catch2/catch.hpp>

using namespace marsa::chart;

namespace {

marsa::core::VesselPosition at(std::int64_t minute, double lat, double lon) {
    marsa::core::VesselPosition p;
    p.mmsi = 642000102;
    p.timeMs = 1'795'424'400'000 + minute * 60'000; // 2026-11-23 09:00 UTC
    p.lat = lat;
    p.lon = lon;
    return p;
}

} // namespace

TEST_CASE("The history track's line passes through its projected points, and clear() draws nothing") {
    LayerStack stack;
    auto owned = std::make_unique<HistoryTrackLayer>();
    HistoryTrackLayer *layer = owned.get();
    stack.append(std::move(owned));
    // Due east along 33.5N, then due north along 13.0E.
    layer->setTrack(642000102,
                    {at(0, 33.5, 12.0), at(60, 33.5, 12.5), at(120, 33.5, 13.0), at(180, 34.0, 13.0)},
                    QStringLiteral("FEZZAN"));
    stack.markChanged(0);
    REQUIRE(layer->extent());

    ChartRenderer renderer(stack);
    const Viewport view =
        Viewport::fitting(QSize(400, 400), MercatorRect::fromLatLon({33.2, 11.8}, {34.2, 13.2}));
    const ChartPalette day = ChartPalette::forMode(PaletteMode::Day);
    const QColor blue = HistoryTrackLayer::lineColour(day);
    const QColor nodata = day.colour(ColourToken::NODTA);
    const QImage image = renderer.renderImage(view);

    // Midway between two points of each leg (away from dots and labels) the line is blue.
    const QPointF east =
        (view.toScreen(marsa::geo::LatLon{33.5, 12.0}) + view.toScreen(marsa::geo::LatLon{33.5, 12.5})) / 2.0;
    CHECK(image.pixelColor(east.toPoint()) == blue);
    const QPointF north = view.toScreen(marsa::geo::LatLon{33.75, 13.0});
    bool onNorth = false;
    for (int dx = -1; dx <= 1; ++dx) {
        onNorth = onNorth || image.pixelColor(north.toPoint() + QPoint(dx, 0)) == blue;
    }
    CHECK(onNorth);
    // Off the line, 30 pixels south of the eastward leg: nothing drawn.
    CHECK(image.pixelColor(east.toPoint() + QPoint(0, 30)) == nodata);
    // The end is a filled disc in the line's colour.
    CHECK(image.pixelColor(view.toScreen(marsa::geo::LatLon{34.0, 13.0}).toPoint()) == blue);

    layer->clear();
    stack.markChanged(0);
    CHECK(layer->isEmpty());
    CHECK_FALSE(layer->extent());
    const QImage cleared = renderer.renderImage(view);
    int drawn = 0;
    for (int y = 0; y < cleared.height(); ++y) {
        for (int x = 0; x < cleared.width(); ++x) {
            drawn += cleared.pixelColor(x, y) != nodata ? 1 : 0;
        }
    }
    CHECK(drawn == 0);
}

TEST_CASE("Time dots are spaced about 30 pixels apart on whole minutes") {
    CHECK(HistoryTrackLayer::tickMinutes(10.0) == 5);
    CHECK(HistoryTrackLayer::tickMinutes(2.0) == 15);
    CHECK(HistoryTrackLayer::tickMinutes(0.5) == 60);
    CHECK(HistoryTrackLayer::tickMinutes(0.001) == 1440);
}
