#include "chart/viewport.h"

#include "catch_qt.h"

using namespace marsa::chart;
using namespace marsa::geo;

namespace {

Viewport tripoliView() {
    return Viewport(QSize(800, 500), mercator::project({33.0, 15.0}), 1000.0);
}

} // namespace

TEST_CASE("Screen and Mercator coordinates convert both ways") {
    const Viewport view = tripoliView();
    const QPointF centre = view.toScreen(view.centre());
    CHECK(centre.x() == Approx(400.0));
    CHECK(centre.y() == Approx(250.0));
    for (const QPointF pixel :
         {QPointF(0, 0), QPointF(799.5, 12.25), QPointF(-300, 900), QPointF(400, 250)}) {
        const QPointF back = view.toScreen(view.toMercator(pixel));
        CHECK(back.x() == Approx(pixel.x()).margin(1e-6));
        CHECK(back.y() == Approx(pixel.y()).margin(1e-6));
        const LatLon position = view.toLatLon(pixel);
        const QPointF again = view.toScreen(position);
        CHECK(again.x() == Approx(pixel.x()).margin(1e-6));
        CHECK(again.y() == Approx(pixel.y()).margin(1e-6));
    }
    // The transform for painting agrees with toScreen.
    const MercatorPoint tripoli = mercator::project({32.9, 13.1833});
    const QPointF mapped = view.mercatorToScreen().map(QPointF(tripoli.x, tripoli.y));
    CHECK(mapped.x() == Approx(view.toScreen(tripoli).x()).margin(1e-6));
    CHECK(mapped.y() == Approx(view.toScreen(tripoli).y()).margin(1e-6));
}

TEST_CASE("The chart is drawn north up and east right") {
    const Viewport view = tripoliView();
    CHECK(view.toScreen(LatLon{33.5, 15.0}).y() < view.toScreen(LatLon{33.0, 15.0}).y());
    CHECK(view.toScreen(LatLon{33.0, 15.5}).x() > view.toScreen(LatLon{33.0, 15.0}).x());
    // 1000 m a pixel: one degree of longitude is 111319.49 Mercator metres (2πa/360).
    CHECK(view.toScreen(LatLon{33.0, 16.0}).x() - view.toScreen(LatLon{33.0, 15.0}).x() ==
          Approx(111.31949).epsilon(1e-6));
}

TEST_CASE("The viewport's bounds are its size times its resolution") {
    const Viewport view = tripoliView();
    const MercatorRect bounds = view.bounds();
    CHECK(bounds.width() == Approx(800.0 * 1000.0));
    CHECK(bounds.height() == Approx(500.0 * 1000.0));
    CHECK(bounds.centre().x == Approx(view.centre().x));
    CHECK(bounds.centre().y == Approx(view.centre().y));
}

TEST_CASE("Zooming about a pixel keeps the chart point under it") {
    Viewport view = tripoliView();
    const QPointF anchor(120.0, 410.0);
    const MercatorPoint before = view.toMercator(anchor);
    view.zoomAbout(anchor, 2.0);
    CHECK(view.metresPerPixel() == Approx(500.0));
    const QPointF after = view.toScreen(before);
    CHECK(after.x() == Approx(anchor.x()).margin(1e-6));
    CHECK(after.y() == Approx(anchor.y()).margin(1e-6));
    view.zoomAbout(QPointF(700.0, 30.0), 0.25);
    CHECK(view.metresPerPixel() == Approx(2000.0));
}

TEST_CASE("Dragging the chart to the right shows what lies to the west") {
    Viewport view = tripoliView();
    const LatLon before = mercator::unproject(view.centre());
    view.panBy(QPointF(100.0, 0.0));
    const LatLon after = mercator::unproject(view.centre());
    CHECK(after.longitude < before.longitude);
    CHECK(after.latitude == Approx(before.latitude));
    CHECK(view.centre().x == Approx(mercator::project(before).x - 100.0 * 1000.0));
    // Dragging down shows the north; the point that was under the cursor follows it.
    const MercatorPoint grabbed = view.toMercator(QPointF(300, 200));
    view.panBy(QPointF(0.0, 50.0));
    CHECK(mercator::unproject(view.centre()).latitude > after.latitude);
    CHECK(view.toScreen(grabbed).y() == Approx(250.0));
}

TEST_CASE("A fitting viewport shows the whole rectangle") {
    const MercatorRect rect = MercatorRect::fromLatLon({30.0, 11.0}, {34.6, 25.5});
    const Viewport view = Viewport::fitting(QSize(800, 500), rect);
    CHECK(view.size() == QSize(800, 500));
    CHECK(view.bounds().contains(rect));
    // Tight along one side: the other size would cut the rectangle.
    const bool tightWidth = view.bounds().width() == Approx(rect.width());
    const bool tightHeight = view.bounds().height() == Approx(rect.height());
    CHECK((tightWidth || tightHeight));
    const Viewport tall = Viewport::fitting(QSize(200, 900), rect);
    CHECK(tall.bounds().contains(rect));
}

TEST_CASE("The chart scale follows the ground resolution at the centre") {
    // At the equator Mercator metres are ground metres: 1000 m a pixel at 96 dpi is
    // 1000 / (0.0254 / 96) = 1:3,779,528.
    const Viewport equator(QSize(800, 500), {0.0, 0.0}, 1000.0);
    CHECK(equator.groundMetresPerPixel() == Approx(1000.0));
    CHECK(equator.scaleDenominator() == Approx(3779527.56).epsilon(1e-6));
    CHECK(equator.scaleDenominator(192.0) == Approx(2.0 * 3779527.56).epsilon(1e-6));
    // At 60°N a Mercator metre is half a ground metre (scale factor about 2).
    const Viewport north(QSize(800, 500), mercator::project({60.0, 0.0}), 1000.0);
    CHECK(north.groundMetresPerPixel() == Approx(1000.0 / mercator::scaleFactor(60.0)));
    CHECK(north.scaleDenominator() == Approx(3779527.56 / 1.99497).epsilon(1e-5));
}
