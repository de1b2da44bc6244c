#include "chart/land_layer.h"

#include "chart/painting.h"
#include "geo/vector_source.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace marsa::chart {
namespace {

// Simplification tolerances in degrees for the coarser levels (~0.5, 2 and 6 km).
constexpr double kLevelTolerancesDeg[] = {0.005, 0.02, 0.06};
// Mercator metres per degree of longitude: 2πa/360.
constexpr double kMercatorMetresPerDegree = 111319.49;
// The basemap is Natural Earth at about 1:10,000,000 to 1:50,000,000: zooming past ~200 m a pixel
// would show straight segments as if they were surveyed coast.
constexpr double kFinestMetresPerPixel = 200.0;

} // namespace

core::Result<std::unique_ptr<LandLayer>> LandLayer::load(const QString &path) {
    auto source = geo::VectorSource::open(path);
    if (!source) {
        return source.error();
    }
    auto layer = std::make_unique<LandLayer>();
    auto addLevel = [&](double toleranceDeg) -> core::Result<void> {
        geo::VectorReadOptions options;
        options.simplifyToleranceDeg = toleranceDeg;
        options.withAttributes = false;
        auto features = source->read(options);
        if (!features) {
            return features.error();
        }
        QPainterPath land;
        land.setFillRule(Qt::OddEvenFill);
        for (const geo::VectorFeature &feature : features.value()) {
            if (feature.kind == geo::GeometryKind::Polygon) {
                land.addPath(mercatorPath(feature.parts, true));
            }
        }
        layer->m_levels.push_back({toleranceDeg * kMercatorMetresPerDegree, land});
        return {};
    };
    if (auto ok = addLevel(0.0); !ok) {
        return ok.error();
    }
    for (double tolerance : kLevelTolerancesDeg) {
        if (auto ok = addLevel(tolerance); !ok) {
            return ok.error();
        }
    }
    const QRectF bounds = layer->m_levels.front().land.boundingRect();
    layer->m_extent = {bounds.left(), bounds.top(), bounds.right(), bounds.bottom()};
    return layer;
}

QString LandLayer::title() const {
    return QCoreApplication::translate("marsa::chart::LandLayer", "Land (basemap)");
}

QString LandLayer::description() const {
    return QCoreApplication::translate(
        "marsa::chart::LandLayer",
        "Natural Earth country polygons, central Mediterranean. Not for navigation.");
}

double LandLayer::finestMetresPerPixel() const {
    return kFinestMetresPerPixel;
}

int LandLayer::levelFor(double metresPerPixel) const {
    // The coarsest level whose simplification stays under about half a pixel.
    int chosen = 0;
    for (int i = 0; i < levelCount(); ++i) {
        if (m_levels[static_cast<std::size_t>(i)].toleranceMetres <= metresPerPixel * 0.5) {
            chosen = i;
        }
    }
    return chosen;
}

void LandLayer::paint(QPainter &painter, const RenderContext &context) const {
    const ChartPalette &palette = context.palette;
    const Viewport &viewport = context.viewport;
    painter.save();
    // No data outside the basemap's extent; water inside it.
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    const QRectF data = QRectF(viewport.toScreen(geo::MercatorPoint{m_extent.minX, m_extent.maxY}),
                               viewport.toScreen(geo::MercatorPoint{m_extent.maxX, m_extent.minY}));
    // The renderer has filled the view with "no data"; water only where the basemap has data.
    painter.fillRect(data.intersected(screen), palette.colour(ColourToken::DEPDW));

    const Level &level = m_levels[static_cast<std::size_t>(levelFor(viewport.metresPerPixel()))];
    // Land is filled without antialiasing (several times faster on a polygon this size) and
    // its edge smoothed by the antialiased coastline drawn over it.
    const QPainterPath land = viewport.mercatorToScreen().map(level.land);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.colour(ColourToken::LANDA));
    painter.drawPath(land);
    painter.setRenderHint(QPainter::Antialiasing, true);
    // A one-pixel cosmetic pen takes Qt's fast line rasteriser; a wider one the general stroker,
    // many times slower on a coastline of thousands of vertices.
    QPen coast(palette.colour(ColourToken::CSTLN), 1.0);
    painter.setPen(coast);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(land);
    painter.restore();
}

} // namespace marsa::chart
