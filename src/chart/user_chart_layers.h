#pragma once

#include "chart/chart_layer.h"
#include "core/result.h"

#include <QImage>
#include <QPainterPath>

#include <memory>
#include <vector>

namespace marsa::chart {

/// A vector chart the user added (GeoPackage, GeoJSON, Shapefile, KML, S-57 ENC, ...), read
/// through GDAL and drawn in the palette: land areas (S-57 LNDARE) as land, depth areas
/// (DEPARE) as shallow water, other areas faintly filled, lines as coastline, points as dots.
class VectorChartLayer final : public ChartLayer {
public:
    static core::Result<std::unique_ptr<VectorChartLayer>> load(const QString &path);

    Kind kind() const override { return Kind::UserVector; }
    QString id() const override { return m_path; }
    QString title() const override { return m_title; }
    QString description() const override { return m_description; }
    void paint(QPainter &painter, const RenderContext &context) const override;
    double finestMetresPerPixel() const override { return 1.0; }
    std::optional<MercatorRect> extent() const override { return m_extent; }

    int featureCount() const { return m_featureCount; }

private:
    QString m_path;
    QString m_title;
    QString m_description;
    QPainterPath m_land;
    QPainterPath m_water;
    QPainterPath m_areas;
    QPainterPath m_lines;
    std::vector<QPointF> m_points; // Mercator metres
    MercatorRect m_extent;
    int m_featureCount = 0;
};

/// A raster chart the user added (GeoTIFF, BSB/KAP, ...), warped to Mercator through GDAL and
/// dimmed at dusk and night so it does not glare.
class RasterChartLayer final : public ChartLayer {
public:
    static core::Result<std::unique_ptr<RasterChartLayer>> load(const QString &path);

    Kind kind() const override { return Kind::UserRaster; }
    QString id() const override { return m_path; }
    QString title() const override { return m_title; }
    QString description() const override { return m_description; }
    void paint(QPainter &painter, const RenderContext &context) const override;
    double finestMetresPerPixel() const override { return m_metresPerPixel / 2.0; }
    std::optional<MercatorRect> extent() const override { return m_extent; }

private:
    QString m_path;
    QString m_title;
    QString m_description;
    QImage m_image;
    MercatorRect m_extent;
    double m_metresPerPixel = 1.0;
};

/// Opens a chart file as vector or raster, whichever GDAL recognises; an unreadable file is an
/// Error that says why, and nothing is added.
core::Result<std::unique_ptr<ChartLayer>> loadUserChart(const QString &path);

} // namespace marsa::chart
