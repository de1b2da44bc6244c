#include "chart/graticule_layer.h"

#include "chart/painting.h"
#include "geo/geodesy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace marsa::chart {
namespace {

constexpr int kStepsMinutes[] = {1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 1200};
constexpr double kMinSpacingPx = 110.0;
constexpr double kMercatorMetresPerDegree = 111319.49;

struct Range {
    double first;
    double last;
};

// Multiples of step (degrees) inside [low, high].
Range multiplesIn(double low, double high, double step) {
    return {std::ceil(low / step) * step, std::floor(high / step) * step};
}

} // namespace

QString GraticuleLayer::title() const {
    return QCoreApplication::translate("marsa::chart::GraticuleLayer", "Graticule");
}

int GraticuleLayer::stepMinutes(const Viewport &viewport) {
    const double pixelsPerMinute = kMercatorMetresPerDegree / 60.0 / viewport.metresPerPixel();
    for (int step : kStepsMinutes) {
        if (step * pixelsPerMinute >= kMinSpacingPx) {
            return step;
        }
    }
    return kStepsMinutes[std::size(kStepsMinutes) - 1];
}

QString GraticuleLayer::label(double degrees, bool latitude, int stepMinutes) {
    const QChar hemisphere = latitude ? (degrees < 0 ? QLatin1Char('S') : QLatin1Char('N'))
                                      : (degrees < 0 ? QLatin1Char('W') : QLatin1Char('E'));
    const long totalMinutes = std::lround(std::abs(degrees) * 60.0);
    const long whole = totalMinutes / 60;
    const long minutes = totalMinutes % 60;
    const QString deg = QStringLiteral("%1").arg(whole, latitude ? 2 : 3, 10, QLatin1Char('0'));
    if (stepMinutes % 60 == 0) {
        return deg + QStringLiteral("°") + hemisphere;
    }
    return deg + QStringLiteral("°%1'").arg(minutes, 2, 10, QLatin1Char('0')) + hemisphere;
}

void GraticuleLayer::paint(QPainter &painter, const RenderContext &context) const {
    const Viewport &viewport = context.viewport;
    const double step = stepMinutes(viewport) / 60.0;
    const QSizeF size(viewport.size());
    const geo::LatLon southWest = viewport.toLatLon(QPointF(0, size.height()));
    const geo::LatLon northEast = viewport.toLatLon(QPointF(size.width(), 0));
    painter.save();
    // Solid, thin and faint: dashed or translucent lines cost several times more to draw.
    painter.setPen(QPen(context.palette.colour(ColourToken::CHGRF), 1.0));
    const Range lats = multiplesIn(southWest.latitude, northEast.latitude, step);
    for (double lat = lats.first; lat <= lats.last + 1e-9; lat += step) {
        const double y = viewport.toScreen(geo::LatLon{lat, 0.0}).y();
        painter.drawLine(QPointF(0, y), QPointF(size.width(), y));
    }
    const Range lons = multiplesIn(southWest.longitude, northEast.longitude, step);
    for (double lon = lons.first; lon <= lons.last + 1e-9; lon += step) {
        const double x = viewport.toScreen(geo::LatLon{0.0, lon}).x();
        painter.drawLine(QPointF(x, 0), QPointF(x, size.height()));
    }
    painter.restore();
}

void GraticuleLayer::paintOverlay(QPainter &painter, const RenderContext &context) const {
    const Viewport &viewport = context.viewport;
    const int stepMin = stepMinutes(viewport);
    const double step = stepMin / 60.0;
    const QSizeF size(viewport.size());
    const geo::LatLon southWest = viewport.toLatLon(QPointF(0, size.height()));
    const geo::LatLon northEast = viewport.toLatLon(QPointF(size.width(), 0));
    const QColor ink = context.palette.colour(ColourToken::CHGRD);
    const QColor halo = context.palette.colour(ColourToken::DEPDW);
    painter.save();
    painter.setFont(chartFont(12));
    const Range lats = multiplesIn(southWest.latitude, northEast.latitude, step);
    for (double lat = lats.first; lat <= lats.last + 1e-9; lat += step) {
        const double y = viewport.toScreen(geo::LatLon{lat, 0.0}).y();
        if (y > 14 && y < size.height() - 30) {
            drawHaloText(painter, QPointF(4, y - 3), label(lat, true, stepMin), ink, halo);
        }
    }
    const Range lons = multiplesIn(southWest.longitude, northEast.longitude, step);
    for (double lon = lons.first; lon <= lons.last + 1e-9; lon += step) {
        const double x = viewport.toScreen(geo::LatLon{0.0, lon}).x();
        if (x > 60 && x < size.width() - 60) {
            drawHaloText(painter, QPointF(x + 3, 14), label(lon, false, stepMin), ink, halo);
        }
    }
    painter.restore();
}

QString ScaleBarLayer::title() const {
    return QCoreApplication::translate("marsa::chart::ScaleBarLayer", "Scale bar");
}

double ScaleBarLayer::barLengthNm(const Viewport &viewport, double maxPixels) {
    const double nmPerPixel = viewport.groundMetresPerPixel() / geo::kMetresPerNauticalMile;
    const double maxNm = maxPixels * nmPerPixel;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxNm)));
    for (double factor : {5.0, 2.0, 1.0}) {
        if (factor * magnitude <= maxNm) {
            return factor * magnitude;
        }
    }
    return magnitude;
}

void ScaleBarLayer::paintOverlay(QPainter &painter, const RenderContext &context) const {
    const Viewport &viewport = context.viewport;
    const double lengthNm = barLengthNm(viewport);
    const double nmPerPixel = viewport.groundMetresPerPixel() / geo::kMetresPerNauticalMile;
    const double lengthPx = lengthNm / nmPerPixel;
    const QColor ink = context.palette.colour(ColourToken::UINFD);
    const QColor paper = context.palette.colour(ColourToken::UIBCK);
    const QPointF origin(16.0, viewport.size().height() - 18.0);

    painter.save();
    painter.setFont(chartFont(12, true));
    const QString text = QCoreApplication::translate("marsa::chart::ScaleBarLayer", "%1 NM")
                             .arg(QLocale().toString(lengthNm, 'g', 3));
    QColor box = paper;
    box.setAlpha(200);
    painter.fillRect(QRectF(origin.x() - 8, origin.y() - 28, lengthPx + 16 + 60, 40), box);
    // Two halves in alternating ink, as on a paper chart's scale.
    const double half = lengthPx / 2.0;
    painter.fillRect(QRectF(origin.x(), origin.y() - 5, half, 5), ink);
    painter.setPen(QPen(ink, 1.0));
    painter.drawRect(QRectF(origin.x() + half, origin.y() - 5, half, 5));
    drawHaloText(painter, QPointF(origin.x() - 3, origin.y() - 10), QStringLiteral("0"), ink, paper);
    drawHaloText(painter, QPointF(origin.x() + lengthPx - 6, origin.y() - 10), text, ink, paper);
    painter.restore();
}

} // namespace marsa::chart
