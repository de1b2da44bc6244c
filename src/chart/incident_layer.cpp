#include "chart/incident_layer.h"

#include "chart/painting.h"
#include "geo/geodesy.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>

#include <algorithm>

namespace marsa::chart {
namespace {

constexpr double kDiscRadius = 9.0;

// The gap between a disc and its case number, in pixels.
constexpr double kLabelGap = 4.0;

// Open cases are labelled first, the most urgent phase first; closed ones last.
int labelPriority(const core::Incident &incident) {
    if (core::isFinal(incident.status)) {
        return 3;
    }
    switch (incident.phase) {
    case core::EmergencyPhase::Distress:
        return 0;
    case core::EmergencyPhase::Alert:
        return 1;
    case core::EmergencyPhase::Uncertainty:
        return 2;
    }
    return 2;
}

// The top-left corners a label of `size` may take around a disc at `at`: beside it first (right,
// then left), then at the four corners, then above and below.
std::vector<QPointF> besideDisc(QPointF at, QSizeF size) {
    const double r = kDiscRadius + kLabelGap;
    const double w = size.width();
    const double h = size.height();
    const double midY = at.y() - h / 2;
    return {{at.x() + r, midY},
            {at.x() - r - w, midY},
            {at.x() + r * 0.7, at.y() - r * 0.7 - h},
            {at.x() + r * 0.7, at.y() + r * 0.7},
            {at.x() - r * 0.7 - w, at.y() - r * 0.7 - h},
            {at.x() - r * 0.7 - w, at.y() + r * 0.7},
            {at.x() - w / 2, at.y() - r - h},
            {at.x() - w / 2, at.y() + r}};
}

bool isFree(const QRectF &box, const std::vector<QRectF> &taken) {
    return std::none_of(taken.begin(), taken.end(),
                        [&](const QRectF &other) { return other.intersects(box); });
}

} // namespace

QColor phaseColour(core::EmergencyPhase phase, bool closed, const ChartPalette &palette) {
    if (closed) {
        return palette.colour(ColourToken::CHGRF);
    }
    switch (phase) {
    case core::EmergencyPhase::Uncertainty:
        return palette.colour(ColourToken::CHYLW);
    case core::EmergencyPhase::Alert:
        return palette.colour(ColourToken::NINFO);
    case core::EmergencyPhase::Distress:
        return palette.colour(ColourToken::CHRED);
    }
    return {};
}

QString IncidentLayer::title() const {
    return QCoreApplication::translate("marsa::chart::IncidentLayer", "Cases");
}

bool IncidentLayer::setIncidents(std::vector<core::Incident> incidents) {
    std::stable_sort(incidents.begin(), incidents.end(),
                     [](const core::Incident &a, const core::Incident &b) {
                         return core::isFinal(a.status) && !core::isFinal(b.status);
                     });
    // Every change of a case bumps its version: the same ids and versions draw the same chart.
    const bool same = std::equal(incidents.begin(), incidents.end(), m_incidents.begin(), m_incidents.end(),
                                 [](const core::Incident &a, const core::Incident &b) {
                                     return a.id == b.id && a.version == b.version;
                                 });
    if (same) {
        return false;
    }
    m_incidents = std::move(incidents);
    m_labelsViewport.reset(); // placed for the cases of before
    return true;
}

void IncidentLayer::paint(QPainter &painter, const RenderContext &context) const {
    const Viewport &viewport = context.viewport;
    const ChartPalette &palette = context.palette;
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(viewport.size())).adjusted(-60, -60, 60, 60);
    const QColor ink = palette.colour(ColourToken::UINFD);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const core::Incident &incident : m_incidents) {
        const geo::LatLon position{incident.latitude, incident.longitude};
        const QPointF at = viewport.toScreen(position);
        if (!screen.contains(at)) {
            continue;
        }
        const bool closed = core::isFinal(incident.status);
        // The uncertainty of the reported position, as a circle of that many nautical miles.
        if (incident.positionUncertaintyNm > 0.0 && !closed) {
            const QPointF edge =
                viewport.toScreen(geo::destination(position, 90.0, incident.positionUncertaintyNm));
            const double radius = edge.x() - at.x();
            if (radius > 12.0) {
                QPen dashed(phaseColour(incident.phase, false, palette), 1.5);
                dashed.setDashPattern({4.0, 3.0});
                painter.setPen(dashed);
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(at, radius, radius);
            }
        }
        constexpr double kRadius = kDiscRadius;
        painter.setPen(QPen(closed ? palette.colour(ColourToken::CHGRF) : ink, 1.5));
        painter.setBrush(closed ? QBrush(Qt::NoBrush) : QBrush(phaseColour(incident.phase, false, palette)));
        painter.drawEllipse(at, kRadius, kRadius);
        painter.setFont(chartFont(11, true));
        const QString initial = core::phaseCode(incident.phase).left(1);
        const QRectF box(at.x() - kRadius, at.y() - kRadius, 2 * kRadius, 2 * kRadius);
        painter.setPen(closed ? palette.colour(ColourToken::CHGRF) : palette.colour(ColourToken::CHBLK));
        if (palette.mode() != PaletteMode::Day && !closed) {
            painter.setPen(palette.colour(ColourToken::UIBCK));
        }
        painter.drawText(box, Qt::AlignCenter, initial);
    }
    painter.restore();
}

void IncidentLayer::paintCaseNumbers(QPainter &painter, const RenderContext &context) const {
    const Viewport &viewport = context.viewport;
    const ChartPalette &palette = context.palette;
    const QColor ink = palette.colour(ColourToken::UINFD);
    const QColor halo = palette.colour(ColourToken::DEPDW);
    for (const CaseLabel &label : caseLabels(viewport)) {
        const core::Incident &incident = m_incidents[label.index];
        const bool closed = core::isFinal(incident.status);
        const QColor colour = closed ? palette.colour(ColourToken::CHGRF) : ink;
        if (label.leader) {
            const QPointF at = viewport.toScreen(geo::LatLon{incident.latitude, incident.longitude});
            const QPointF end(std::clamp(at.x(), label.bounds.left(), label.bounds.right()),
                              std::clamp(at.y(), label.bounds.top(), label.bounds.bottom()));
            const QLineF line(at, end);
            if (line.length() > kDiscRadius) {
                painter.setPen(QPen(colour, 1.0));
                painter.drawLine(line.pointAt(kDiscRadius / line.length()), end);
            }
        }
        painter.setFont(chartFont(12, !closed));
        drawHaloText(painter, label.anchor, incident.caseNumber.text(), colour, halo);
    }
}

const std::vector<IncidentLayer::CaseLabel> &IncidentLayer::caseLabels(const Viewport &viewport) const {
    if (m_labelsViewport != viewport) {
        m_labels = placeCaseLabels(viewport);
        m_labelsViewport = viewport;
    }
    return m_labels;
}

std::vector<IncidentLayer::CaseLabel> IncidentLayer::placeCaseLabels(const Viewport &viewport) const {
    const QRectF visible(QPointF(0, 0), QSizeF(viewport.size()));
    const QRectF screen = visible.adjusted(-60, -60, 60, 60);
    std::vector<std::size_t> order;
    std::vector<QPointF> points(m_incidents.size());
    std::vector<QRectF> taken; // the discs, then each label placed
    for (std::size_t i = 0; i < m_incidents.size(); ++i) {
        points[i] = viewport.toScreen(geo::LatLon{m_incidents[i].latitude, m_incidents[i].longitude});
        if (screen.contains(points[i])) {
            order.push_back(i);
            taken.emplace_back(points[i] - QPointF(kDiscRadius + 1, kDiscRadius + 1),
                               QSizeF(2 * kDiscRadius + 2, 2 * kDiscRadius + 2));
        }
    }
    std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
        return labelPriority(m_incidents[a]) < labelPriority(m_incidents[b]);
    });
    const QFontMetricsF openMetrics(chartFont(12, true));
    const QFontMetricsF closedMetrics(chartFont(12, false));
    std::vector<CaseLabel> labels;
    for (const std::size_t i : order) {
        const core::Incident &incident = m_incidents[i];
        const bool closed = core::isFinal(incident.status);
        const QFontMetricsF &metrics = closed ? closedMetrics : openMetrics;
        const QString text = incident.caseNumber.text();
        // The text's box with the halo's pixel around, and its baseline's offset inside it.
        const QRectF glyphs = metrics.boundingRect(text).adjusted(-1, -1, 1, 1);
        const QSizeF size = glyphs.size();
        std::vector<QPointF> corners = besideDisc(points[i], size);
        const std::size_t adjacent = corners.size();
        if (!closed) {
            // Further out, stacked above and below: joined to the disc by a leader line.
            for (int step = 1; step <= 6; ++step) {
                const double dy = step * (size.height() + 2);
                for (const QPointF &corner : besideDisc(points[i], size)) {
                    corners.emplace_back(corner.x(), corner.y() - dy);
                    corners.emplace_back(corner.x(), corner.y() + dy);
                }
            }
        }
        // A case on the screen keeps its number on the screen too.
        const bool onScreen = visible.contains(points[i]);
        for (std::size_t c = 0; c < corners.size(); ++c) {
            const QRectF box(corners[c], size);
            if ((!onScreen || visible.contains(box)) && isFree(box, taken)) {
                taken.push_back(box);
                labels.push_back({i, corners[c] - glyphs.topLeft(), box, c >= adjacent});
                break;
            }
        }
    }
    return labels;
}

void IncidentLayer::labelAreas(const RenderContext &context, std::vector<QRectF> &areas) const {
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(context.viewport.size()));
    for (const CaseLabel &label : caseLabels(context.viewport)) {
        if (screen.intersects(label.bounds)) {
            areas.push_back(label.bounds);
        }
    }
}

void IncidentLayer::paintOverlay(QPainter &painter, const RenderContext &context) const {
    // The numbers are placed in the view itself (not in the cached image, which is larger), so
    // that they stay on the screen and the targets' names keep out of the same rectangles.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintCaseNumbers(painter, context);
    painter.restore();
    if (!m_selected) {
        return;
    }
    const auto it =
        std::find_if(m_incidents.begin(), m_incidents.end(),
                     [this](const core::Incident &incident) { return incident.id == *m_selected; });
    if (it == m_incidents.end()) {
        return;
    }
    const QPointF at = context.viewport.toScreen(geo::LatLon{it->latitude, it->longitude});
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    // A double ring, dark inside light, readable on sea and land in every palette.
    painter.setPen(QPen(context.palette.colour(ColourToken::DEPDW), 5.0));
    painter.drawEllipse(at, 15.0, 15.0);
    painter.setPen(QPen(context.palette.colour(ColourToken::UINFD), 2.5));
    painter.drawEllipse(at, 15.0, 15.0);
    painter.restore();
}

std::optional<core::IncidentId> IncidentLayer::incidentAt(const Viewport &viewport, QPointF pixel,
                                                          double tolerance) const {
    std::optional<core::IncidentId> nearest;
    double best = tolerance * tolerance;
    // Open cases are at the end (drawn on top): scanning backwards, they win a tie.
    for (auto it = m_incidents.rbegin(); it != m_incidents.rend(); ++it) {
        const QPointF d = viewport.toScreen(geo::LatLon{it->latitude, it->longitude}) - pixel;
        const double distance = QPointF::dotProduct(d, d);
        if (distance < best) {
            best = distance;
            nearest = it->id;
        }
    }
    return nearest;
}

} // namespace marsa::chart
