#pragma once

#include "chart/chart_layer.h"
#include "geo/srr_catalogue.h"

#include <QPainterPath>

#include <vector>

namespace marsa::chart {

/// The search and rescue regions: declared limits as solid magenta lines (Libya's heavier),
/// approximate limits dashed and labelled as approximate, overlaps of declared SRRs hatched.
class SrrLayer final : public ChartLayer {
public:
    explicit SrrLayer(const geo::SrrCatalogue &catalogue);

    Kind kind() const override { return Kind::Reference; }
    QString id() const override { return QStringLiteral("srr"); }
    QString title() const override;
    QString description() const override;
    void paint(QPainter &painter, const RenderContext &context) const override;

private:
    struct Zone {
        QString id;
        QString label;
        QString labelArabic;
        bool approximate;
        QPainterPath outline; // Mercator metres
        geo::MercatorPoint labelAnchor;
    };
    std::vector<Zone> m_zones;
    QPainterPath m_overlaps;
};

} // namespace marsa::chart
