#include "chart/own_ship_layer.h"

#include "catch_qt.h"

#include <QImage>
#include <QPainter>

#include <cmath>

using namespace marsa::chart;

namespace {

struct Drawn {
    QImage image;
    Viewport view;
};

Drawn draw(const OwnShipLayer &layer) {
    const Viewport view =
        Viewport::fitting(QSize(400, 400), MercatorRect::fromLatLon({32.9, 12.9}, {33.1, 13.1}));
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const ChartPalette palette = ChartPalette::forMode(PaletteMode::Day);
    layer.paintOverlay(painter, RenderContext{view, palette});
    painter.end();
    return {image, view};
}

bool inked(const QImage &image, QPointF at, int reach = 1) {
    // Any pixel within `reach` of `at` darker than the white ground.
    for (int dx = -reach; dx <= reach; ++dx) {
        for (int dy = -reach; dy <= reach; ++dy) {
            if (qGray(image.pixel(at.toPoint() + QPoint(dx, dy))) < 160) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

TEST_CASE("Own ship is two circles with a heading line and a dashed course vector") {
    OwnShipLayer layer;
    CHECK(draw(layer).image.allGray()); // no fix: nothing drawn
    OwnShipFix fix;
    fix.lat = 33.0;
    fix.lon = 13.0;
    fix.sogKn = 20;
    fix.cogDeg = 90;
    fix.headingDeg = 0;
    layer.setFix(fix);
    const Drawn drawn = draw(layer);
    const QPointF centre = drawn.view.toScreen(marsa::geo::LatLon{33.0, 13.0});
    CHECK(inked(drawn.image, centre + QPointF(11, 0)));          // outer circle
    CHECK(inked(drawn.image, centre + QPointF(0, 5.5)));         // inner circle
    CHECK_FALSE(inked(drawn.image, centre + QPointF(-8, 0), 0)); // between the circles
    CHECK(inked(drawn.image, centre + QPointF(0, -30)));         // heading line to the north
    // The 6-minute vector: 2 NM east at 20 kn.
    const QPointF end =
        drawn.view.toScreen(marsa::geo::LatLon{33.0, 13.0 + 2.0 / (60.0 * std::cos(33.0 * M_PI / 180.0))});
    CHECK(end.x() - centre.x() > 20);
    bool vector = false;
    for (double x = centre.x() + 13; x < end.x() - 2; x += 1) {
        vector = vector || inked(drawn.image, QPointF(x, centre.y()));
    }
    CHECK(vector);
    CHECK_FALSE(inked(drawn.image, QPointF(end.x() + 10, centre.y())));
}
