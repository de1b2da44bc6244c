#include "chart/viewport.h"

#include <algorithm>

namespace marsa::chart {

MercatorRect MercatorRect::fromLatLon(const geo::LatLon &southWest, const geo::LatLon &northEast) {
    const geo::MercatorPoint a = geo::mercator::project(southWest);
    const geo::MercatorPoint b = geo::mercator::project(northEast);
    return {std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
}

Viewport::Viewport(QSize sizePx, geo::MercatorPoint centre, double metresPerPixel)
    : m_size(sizePx)
    , m_centre(centre)
    , m_metresPerPixel(metresPerPixel) {}

Viewport Viewport::fitting(QSize sizePx, const MercatorRect &rect) {
    const double width = std::max(1, sizePx.width());
    const double height = std::max(1, sizePx.height());
    const double resolution = std::max(rect.width() / width, rect.height() / height);
    return Viewport(sizePx, rect.centre(), resolution);
}

MercatorRect Viewport::bounds() const {
    const double halfWidth = m_size.width() * m_metresPerPixel / 2.0;
    const double halfHeight = m_size.height() * m_metresPerPixel / 2.0;
    return {m_centre.x - halfWidth, m_centre.y - halfHeight, m_centre.x + halfWidth, m_centre.y + halfHeight};
}

QPointF Viewport::toScreen(const geo::MercatorPoint &point) const {
    return {(point.x - m_centre.x) / m_metresPerPixel + m_size.width() / 2.0,
            m_size.height() / 2.0 - (point.y - m_centre.y) / m_metresPerPixel};
}

QPointF Viewport::toScreen(const geo::LatLon &position) const {
    return toScreen(geo::mercator::project(position));
}

geo::MercatorPoint Viewport::toMercator(const QPointF &screen) const {
    return {m_centre.x + (screen.x() - m_size.width() / 2.0) * m_metresPerPixel,
            m_centre.y - (screen.y() - m_size.height() / 2.0) * m_metresPerPixel};
}

geo::LatLon Viewport::toLatLon(const QPointF &screen) const {
    return geo::mercator::unproject(toMercator(screen));
}

QTransform Viewport::mercatorToScreen() const {
    const double s = 1.0 / m_metresPerPixel;
    return QTransform(s, 0.0, 0.0, -s, m_size.width() / 2.0 - m_centre.x * s,
                      m_size.height() / 2.0 + m_centre.y * s);
}

double Viewport::groundMetresPerPixel() const {
    const double latitude = geo::mercator::unproject(m_centre).latitude;
    return m_metresPerPixel / geo::mercator::scaleFactor(latitude);
}

double Viewport::scaleDenominator(double dotsPerInch) const {
    const double metresPerScreenPixel = 0.0254 / dotsPerInch;
    return groundMetresPerPixel() / metresPerScreenPixel;
}

void Viewport::panBy(const QPointF &screenDelta) {
    m_centre.x -= screenDelta.x() * m_metresPerPixel;
    m_centre.y += screenDelta.y() * m_metresPerPixel;
}

void Viewport::zoomAbout(const QPointF &screenAnchor, double factor) {
    const geo::MercatorPoint anchor = toMercator(screenAnchor);
    m_metresPerPixel /= factor;
    // Keep `anchor` under the same pixel: solve toMercator(screenAnchor) == anchor for the centre.
    m_centre.x = anchor.x - (screenAnchor.x() - m_size.width() / 2.0) * m_metresPerPixel;
    m_centre.y = anchor.y + (screenAnchor.y() - m_size.height() / 2.0) * m_metresPerPixel;
}

} // namespace marsa::chart
