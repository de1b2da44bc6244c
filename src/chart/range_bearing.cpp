#include "chart/range_bearing.h"

#include "chart/painting.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace marsa::chart {

QString rangeBearingText(const geo::RangeBearing &measure) {
    const int decimals = measure.distanceNm < 10.0 ? 2 : 1;
    // Round before formatting so 359.96° reads 000.0°T, not 360.0°T: bearings are [0, 360).
    double bearing = std::round(measure.initialBearingDeg * 10.0) / 10.0;
    if (bearing >= 360.0) {
        bearing -= 360.0;
    }
    return QCoreApplication::translate("marsa::chart::RangeBearing", "%1 NM  %2°T")
        .arg(measure.distanceNm, 0, 'f', decimals)
        .arg(bearing, 5, 'f', 1, QLatin1Char('0'));
}

void paintRangeBearing(QPainter &painter, const Viewport &viewport, const ChartPalette &palette,
                       const geo::LatLon &from, const geo::LatLon &to) {
    const geo::RangeBearing measure = geo::rangeBearing(from, to);
    QPainterPath path;
    path.moveTo(viewport.toScreen(from));
    constexpr int kSamples = 32;
    for (int i = 1; i <= kSamples; ++i) {
        const geo::LatLon p =
            geo::destination(from, measure.initialBearingDeg, measure.distanceNm * i / kSamples);
        path.lineTo(viewport.toScreen(p));
    }
    const QColor ink = palette.colour(ColourToken::CURSR);
    const QColor halo = palette.colour(ColourToken::UIBCK);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(halo, 4.0));
    painter.drawPath(path);
    painter.setPen(QPen(ink, 2.0));
    painter.drawPath(path);
    painter.setBrush(ink);
    painter.drawEllipse(viewport.toScreen(from), 3.5, 3.5);
    painter.drawEllipse(viewport.toScreen(to), 3.5, 3.5);
    painter.setFont(chartFont(14, true));
    drawHaloText(painter, viewport.toScreen(to) + QPointF(10, -8), rangeBearingText(measure), ink, halo);
    painter.restore();
}

} // namespace marsa::chart
