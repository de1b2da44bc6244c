#pragma once

#include "chart/chart_layer.h"
#include "core/incident.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

#include <optional>
#include <vector>

namespace marsa::chart {

/// The colour of an emergency phase, the same on the chart, in the tables and in the case panel
/// (UI.md: INCERFA yellow, ALERFA amber, DETRESFA red, closed grey), always shown with the
/// phase's name or initial. Taken from the S-101 tokens (CHYLW, NINFO, CHRED, CHGRF), so dusk and
/// night dim them.
QColor phaseColour(core::EmergencyPhase phase, bool closed, const ChartPalette &palette);

/// The cases on the chart: a disc in the phase's colour with the phase's initial (I, A, D; the
/// colour is never the only cue), the case number beside it, and the reported position's
/// uncertainty as a dashed circle. Closed cases are hollow and grey, drawn under open ones.
/// Case numbers never overlap one another or a disc: each takes the first free place around
/// its disc (open cases first, distress before alert before uncertainty), else a free place
/// further out joined to the disc by a leader line; a closed case's number that finds no free
/// place is left out.
class IncidentLayer final : public ChartLayer {
public:
    /// Where a case's number is drawn: `anchor` is the left end of the baseline, `bounds` the
    /// rectangle it covers (halo included), `leader` whether a line joins it to its disc.
    struct CaseLabel {
        std::size_t index = 0; ///< into incidents()
        QPointF anchor;
        QRectF bounds;
        bool leader = false;
    };
    /// The case numbers placed for this view, in the order they were placed. The overlay pass asks
    /// twice a frame (labelAreas, then paintOverlay) and every frame while panning: the placement
    /// of the last view is kept until the view or the cases change. GUI thread only.
    const std::vector<CaseLabel> &caseLabels(const Viewport &viewport) const;

    Kind kind() const override { return Kind::Reference; }
    QString id() const override { return QStringLiteral("incidents"); }
    QString title() const override;
    void paint(QPainter &painter, const RenderContext &context) const override;

    /// Replaces the cases drawn. True when anything changed: then tell the LayerStack
    /// (markChanged) so the chart redraws; an unchanged reload keeps the chart's cache.
    bool setIncidents(std::vector<core::Incident> incidents);
    const std::vector<core::Incident> &incidents() const { return m_incidents; }

    /// The case selected in the console, ringed on the chart. Drawn over the cached chart, so a
    /// new selection does not redraw the chart: call the canvas's update().
    void setSelected(std::optional<core::IncidentId> id) { m_selected = id; }
    std::optional<core::IncidentId> selected() const { return m_selected; }
    void paintOverlay(QPainter &painter, const RenderContext &context) const override;
    /// Each case's number: the targets' names keep out of them.
    void labelAreas(const RenderContext &context, std::vector<QRectF> &areas) const override;
    /// The case drawn nearest to a point of the screen, within `tolerance` pixels; open cases
    /// win over closed ones drawn at the same place.
    std::optional<core::IncidentId> incidentAt(const Viewport &viewport, QPointF pixel,
                                               double tolerance = 14.0) const;

private:
    void paintCaseNumbers(QPainter &painter, const RenderContext &context) const;
    std::vector<CaseLabel> placeCaseLabels(const Viewport &viewport) const;

    std::vector<core::Incident> m_incidents; // final cases first, so open ones are drawn on top
    std::optional<core::IncidentId> m_selected;
    mutable std::optional<Viewport> m_labelsViewport; // the view m_labels were placed for
    mutable std::vector<CaseLabel> m_labels;
};

} // namespace marsa::chart
