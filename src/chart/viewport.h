#pragma once

#include "geo/lat_lon.h"
#include "geo/mercator.h"

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace marsa::chart {

/// An axis-aligned rectangle in Mercator metres (y north).
struct MercatorRect {
    double minX = 0.0;
    double minY = 0.0;
    double maxX = 0.0;
    double maxY = 0.0;

    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    geo::MercatorPoint centre() const { return {(minX + maxX) / 2.0, (minY + maxY) / 2.0}; }
    bool contains(const MercatorRect &other) const {
        return other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY;
    }
    bool intersects(const MercatorRect &other) const {
        return other.minX < maxX && other.maxX > minX && other.minY < maxY && other.maxY > minY;
    }
    static MercatorRect fromLatLon(const geo::LatLon &southWest, const geo::LatLon &northEast);
};

/// What part of the chart a widget or an image shows: a centre in Mercator, a resolution in
/// Mercator metres per pixel, and a size in pixels. North up; the chart is never mirrored, even
/// in a right-to-left layout.
class Viewport {
public:
    Viewport() = default;
    Viewport(QSize sizePx, geo::MercatorPoint centre, double metresPerPixel);
    /// The viewport of the given size that shows the whole rectangle.
    static Viewport fitting(QSize sizePx, const MercatorRect &rect);

    QSize size() const { return m_size; }
    geo::MercatorPoint centre() const { return m_centre; }
    double metresPerPixel() const { return m_metresPerPixel; }
    MercatorRect bounds() const;

    QPointF toScreen(const geo::MercatorPoint &point) const;
    QPointF toScreen(const geo::LatLon &position) const;
    geo::MercatorPoint toMercator(const QPointF &screen) const;
    geo::LatLon toLatLon(const QPointF &screen) const;
    /// Maps Mercator metres to pixels, for painting paths kept in Mercator.
    QTransform mercatorToScreen() const;

    /// The chart scale 1:N at the centre's latitude on a screen of the given pixel density.
    double scaleDenominator(double dotsPerInch = 96.0) const;
    /// Ground metres per pixel at the centre's latitude (Mercator stretches with latitude).
    double groundMetresPerPixel() const;

    void setSize(QSize sizePx) { m_size = sizePx; }
    void setCentre(const geo::MercatorPoint &centre) { m_centre = centre; }
    void setMetresPerPixel(double metresPerPixel) { m_metresPerPixel = metresPerPixel; }
    /// Moves the chart by a screen offset (drag to the right shows what lies to the west).
    void panBy(const QPointF &screenDelta);
    /// Zooms by factor (>1 zooms in) keeping the chart point under screenAnchor in place.
    void zoomAbout(const QPointF &screenAnchor, double factor);

    friend bool operator==(const Viewport &, const Viewport &) = default;

private:
    QSize m_size;
    geo::MercatorPoint m_centre;
    double m_metresPerPixel = 1000.0;
};

} // namespace marsa::chart
