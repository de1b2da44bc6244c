#pragma once

#include "chart/chart_layer.h"
#include "core/result.h"

#include <QPainterPath>

#include <memory>
#include <vector>

namespace marsa::chart {

/// The land basemap: filled land and coastline, with levels of detail so a whole-region view
/// does not draw every vertex. Outside the data's extent the chart shows "no data".
class LandLayer final : public ChartLayer {
public:
    /// Loads a land polygon file (the embedded central-Mediterranean basemap by default).
    static core::Result<std::unique_ptr<LandLayer>> load(const QString &path);

    Kind kind() const override { return Kind::Basemap; }
    QString id() const override { return QStringLiteral("basemap"); }
    QString title() const override;
    QString description() const override;
    void paint(QPainter &painter, const RenderContext &context) const override;
    double finestMetresPerPixel() const override;
    std::optional<MercatorRect> extent() const override { return m_extent; }

    /// Index of the level of detail drawn at a resolution (0 is the full data).
    int levelFor(double metresPerPixel) const;
    int levelCount() const { return static_cast<int>(m_levels.size()); }

private:
    struct Level {
        double toleranceMetres; // Mercator metres the simplification may move a vertex
        QPainterPath land;
    };
    std::vector<Level> m_levels;
    MercatorRect m_extent;
};

} // namespace marsa::chart
