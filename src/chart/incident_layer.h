#pragma once

#include "chart/chart_layer.h"
#include "core/incident.h"

#include <vector>

namespace marsa::chart {

/// The cases on the chart: a disc in the phase's colour with the phase's initial (I, A, D; the
/// colour is never the only cue), the case number beside it, and the reported position's
/// uncertainty as a dashed circle. Closed cases are hollow and grey, drawn under open ones.
class IncidentLayer final : public ChartLayer {
public:
    Kind kind() const override { return Kind::Reference; }
    QString id() const override { return QStringLiteral("incidents"); }
    QString title() const override;
    void paint(QPainter &painter, const RenderContext &context) const override;

    /// Replaces the cases drawn. True when anything changed: then tell the LayerStack
    /// (markChanged) so the chart redraws; an unchanged reload keeps the chart's cache.
    bool setIncidents(std::vector<core::Incident> incidents);
    const std::vector<core::Incident> &incidents() const { return m_incidents; }

private:
    std::vector<core::Incident> m_incidents; // final cases first, so open ones are drawn on top
};

} // namespace marsa::chart
