#pragma once

#include "chart/chart_layer.h"
#include "core/place.h"

#include <vector>

namespace marsa::chart {

/// Ports and places of disembarkation with their names: Libyan ones as filled squares, foreign
/// places of safety as circles (shape, not only colour). Labels that would overlap are left out,
/// Libyan names first.
class PlacesLayer final : public ChartLayer {
public:
    explicit PlacesLayer(std::vector<core::Place> places);

    Kind kind() const override { return Kind::Places; }
    QString id() const override { return QStringLiteral("places"); }
    QString title() const override;
    QString description() const override;
    void paint(QPainter &painter, const RenderContext &context) const override;

    const std::vector<core::Place> &places() const { return m_places; }

private:
    std::vector<core::Place> m_places; // Libyan first: they win label conflicts
    std::vector<geo::MercatorPoint> m_projected;
};

} // namespace marsa::chart
