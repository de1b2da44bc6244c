#include "chart/user_chart_layers.h"

#include "chart/painting.h"
#include "geo/raster_source.h"
#include "geo/vector_source.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>

#include <cstring>

namespace marsa::chart {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::chart::UserChart)
};

} // namespace

core::Result<std::unique_ptr<VectorChartLayer>> VectorChartLayer::load(const QString &path) {
    auto source = geo::VectorSource::open(path);
    if (!source) {
        return source.error();
    }
    auto features = source->read({0.0, {}, false});
    if (!features) {
        return features.error();
    }
    if (features->empty()) {
        return core::Error{Text::tr("%1 holds no features with a geometry.").arg(QFileInfo(path).fileName())};
    }
    auto layer = std::make_unique<VectorChartLayer>();
    layer->m_path = QFileInfo(path).absoluteFilePath();
    layer->m_title = QFileInfo(path).fileName();
    layer->m_description = Text::tr("%1 (%2): %3 features. Added by the user.")
                               .arg(layer->m_path, source->driverName())
                               .arg(features->size());
    layer->m_featureCount = static_cast<int>(features->size());
    for (const geo::VectorFeature &feature : features.value()) {
        switch (feature.kind) {
        case geo::GeometryKind::Polygon: {
            const QPainterPath path = mercatorPath(feature.parts, true);
            if (feature.layer == QLatin1String("LNDARE")) {
                layer->m_land.addPath(path);
            } else if (feature.layer == QLatin1String("DEPARE")) {
                layer->m_water.addPath(path);
            } else {
                layer->m_areas.addPath(path);
            }
            break;
        }
        case geo::GeometryKind::Line:
            layer->m_lines.addPath(mercatorPath(feature.parts, false));
            break;
        case geo::GeometryKind::Point:
            for (const geo::LatLonPath &part : feature.parts) {
                const geo::MercatorPoint p = geo::mercator::project(part.front());
                layer->m_points.emplace_back(p.x, p.y);
            }
            break;
        }
    }
    QRectF bounds = layer->m_land.boundingRect() | layer->m_water.boundingRect() |
                    layer->m_areas.boundingRect() | layer->m_lines.boundingRect();
    for (const QPointF &p : layer->m_points) {
        bounds |= QRectF(p, QSizeF(1e-3, 1e-3));
    }
    layer->m_extent = {bounds.left(), bounds.top(), bounds.right(), bounds.bottom()};
    return layer;
}

void VectorChartLayer::paint(QPainter &painter, const RenderContext &context) const {
    const ChartPalette &palette = context.palette;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QTransform toScreen = context.viewport.mercatorToScreen();
    painter.setTransform(toScreen, true);
    QPen outline(palette.colour(ColourToken::CSTLN), 1.0);
    outline.setCosmetic(true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.colour(ColourToken::DEPMS));
    painter.drawPath(m_water);
    QColor area = palette.colour(ColourToken::UIAFF);
    area.setAlpha(90);
    painter.setPen(outline);
    painter.setBrush(area);
    painter.drawPath(m_areas);
    painter.setBrush(palette.colour(ColourToken::LANDA));
    painter.drawPath(m_land);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(m_lines);
    painter.resetTransform();
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.colour(ColourToken::CHBLK));
    const QRectF screen(QPointF(-4, -4), QSizeF(context.viewport.size()) + QSizeF(8, 8));
    for (const QPointF &p : m_points) {
        const QPointF at = toScreen.map(p);
        if (screen.contains(at)) {
            painter.drawEllipse(at, 1.8, 1.8);
        }
    }
    painter.restore();
}

core::Result<std::unique_ptr<RasterChartLayer>> RasterChartLayer::load(const QString &path) {
    auto source = geo::RasterSource::open(path);
    if (!source) {
        return source.error();
    }
    auto raster = source->readMercator();
    if (!raster) {
        return raster.error();
    }
    auto layer = std::make_unique<RasterChartLayer>();
    layer->m_path = QFileInfo(path).absoluteFilePath();
    layer->m_title = QFileInfo(path).fileName();
    layer->m_description = Text::tr("%1 (%2). Added by the user.").arg(layer->m_path, source->driverName());
    QImage image(raster->width, raster->height, QImage::Format_ARGB32);
    for (int row = 0; row < raster->height; ++row) {
        std::memcpy(image.scanLine(row), raster->argb.data() + static_cast<std::size_t>(row) * raster->width,
                    static_cast<std::size_t>(raster->width) * 4);
    }
    layer->m_image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    layer->m_extent = {raster->minimum.x, raster->minimum.y, raster->maximum.x, raster->maximum.y};
    layer->m_metresPerPixel = source->nativeMetresPerPixel();
    return layer;
}

void RasterChartLayer::paint(QPainter &painter, const RenderContext &context) const {
    const Viewport &viewport = context.viewport;
    const QRectF target(viewport.toScreen(geo::MercatorPoint{m_extent.minX, m_extent.maxY}),
                        viewport.toScreen(geo::MercatorPoint{m_extent.maxX, m_extent.minY}));
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(target, m_image);
    // A paper chart scanned by day glares at night: dim it as an ECDIS dims raster charts.
    const PaletteMode mode = context.palette.mode();
    if (mode != PaletteMode::Day) {
        painter.fillRect(target, QColor(0, 0, 0, mode == PaletteMode::Dusk ? 140 : 225));
    }
    painter.restore();
}

core::Result<std::unique_ptr<ChartLayer>> loadUserChart(const QString &path) {
    auto vector = VectorChartLayer::load(path);
    if (vector) {
        return std::unique_ptr<ChartLayer>(std::move(vector.value()));
    }
    auto raster = RasterChartLayer::load(path);
    if (raster) {
        return std::unique_ptr<ChartLayer>(std::move(raster.value()));
    }
    if (!QFileInfo(path).isReadable()) {
        return raster.error();
    }
    return core::Error{
        Text::tr("GDAL cannot read %1 as a chart (neither vector nor raster). Nothing was added. "
                 "Vector: %2 Raster: %3")
            .arg(QFileInfo(path).fileName(), vector.errorMessage(), raster.errorMessage())};
}

} // namespace marsa::chart
