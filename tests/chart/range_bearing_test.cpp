#include "chart/range_bearing.h"

#include "catch_qt.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>

#include <cstdlib>

using namespace marsa::chart;
using namespace marsa::geo;

namespace {

// Tripoli port (WPI 45330) and Lampedusa (WPI 40350), DOMAIN-FACTS §2.
constexpr LatLon kTripoli{32.9, 13.1833};
constexpr LatLon kLampedusa{35.494, 12.601};

} // namespace

TEST_CASE("The range and bearing readout gives nautical miles and a true bearing") {
    const RangeBearing measure = rangeBearing(kTripoli, kLampedusa);
    const QString text = rangeBearingText(measure);
    const QRegularExpression shape(QStringLiteral("^(\\d+\\.\\d) NM  (\\d{3}\\.\\d)°T$"));
    const auto match = shape.match(text);
    INFO(text.toStdString());
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toDouble() == Approx(measure.distanceNm).margin(0.05));
    CHECK(match.captured(2).toDouble() == Approx(measure.initialBearingDeg).margin(0.05));
    CHECK(match.captured(1).toDouble() == Approx(157.0).margin(2.0));
}

TEST_CASE("Short ranges get two decimals and bearings three digits") {
    CHECK(rangeBearingText({4.25, 45.0, 45.0}) == QStringLiteral("4.25 NM  045.0°T"));
    CHECK(rangeBearingText({12.34, 5.04, 5.0}) == QStringLiteral("12.3 NM  005.0°T"));
    CHECK(rangeBearingText({0.0, 0.0, 0.0}) == QStringLiteral("0.00 NM  000.0°T"));
}

TEST_CASE("The range and bearing line is drawn between its ends") {
    const MercatorRect area = MercatorRect::fromLatLon({32.5, 12.0}, {36.0, 14.0});
    const Viewport view = Viewport::fitting(QSize(400, 400), area);
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintRangeBearing(painter, view, ChartPalette::forMode(PaletteMode::Day), kTripoli, kLampedusa);
    }
    // The cursor colour (CURSR, day #E38039) at both ends and half-way along the geodesic.
    const QColor cursor = ChartPalette::forMode(PaletteMode::Day).colour(ColourToken::CURSR);
    const RangeBearing measure = rangeBearing(kTripoli, kLampedusa);
    for (const LatLon &p :
         {kTripoli, kLampedusa, destination(kTripoli, measure.initialBearingDeg, measure.distanceNm / 2.0)}) {
        const QPointF at = view.toScreen(p);
        INFO(at.x() << ", " << at.y());
        const QColor drawn = image.pixelColor(at.toPoint());
        CHECK(std::abs(drawn.red() - cursor.red()) <= 40);
        CHECK(std::abs(drawn.green() - cursor.green()) <= 40);
        CHECK(std::abs(drawn.blue() - cursor.blue()) <= 40);
    }
}

// RangeBearing holds bearings in [0, 360): one that rounds up to 360.0 at one decimal should read
// 000.0, as north reads elsewhere in the readout.
TEST_CASE("A bearing just under 360 degrees is shown as 000.0") {
    CHECK(rangeBearingText({20.0, 359.96, 359.96}) == QStringLiteral("20.0 NM  000.0°T"));
}
