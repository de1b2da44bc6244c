#include "chart/incident_layer.h"

#include "chart/painting.h"
#include "geo/geodesy.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace marsa::chart {
namespace {

constexpr double kDiscRadius = 9.0;

// The case number's baseline start, from the disc's centre.
QPointF labelOffset() {
    return {kDiscRadius + 4, 4};
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
    return true;
}

void IncidentLayer::paint(QPainter &painter, const RenderContext &context) const {
    const Viewport &viewport = context.viewport;
    const ChartPalette &palette = context.palette;
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(viewport.size())).adjusted(-60, -60, 60, 60);
    const QColor ink = palette.colour(ColourToken::UINFD);
    const QColor halo = palette.colour(ColourToken::DEPDW);
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
        painter.setFont(chartFont(12, !closed));
        drawHaloText(painter, at + labelOffset(), incident.caseNumber.text(),
                     closed ? palette.colour(ColourToken::CHGRF) : ink, halo);
    }
    painter.restore();
}

void IncidentLayer::labelAreas(const RenderContext &context, std::vector<QRectF> &areas) const {
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(context.viewport.size()));
    for (const core::Incident &incident : m_incidents) {
        const QPointF at = context.viewport.toScreen(geo::LatLon{incident.latitude, incident.longitude});
        const QFontMetricsF metrics(chartFont(12, !core::isFinal(incident.status)));
        // The case number beside the disc, with the halo's pixel around.
        const QRectF name = metrics.boundingRect(incident.caseNumber.text())
                                .translated(at + labelOffset())
                                .adjusted(-1, -1, 1, 1);
        if (screen.intersects(name)) {
            areas.push_back(name);
        }
    }
}

void IncidentLayer::paintOverlay(QPainter &painter, const RenderContext &context) const {
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
