#include "chart/scenario_truth_layer.h"

#include "chart/painting.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPolygonF>

namespace marsa::chart {

namespace {

constexpr double kDiamond = 9.0; // half its diagonal, pixels

} // namespace

QString ScenarioTruthLayer::title() const {
    return QCoreApplication::translate("marsa::chart::ScenarioTruthLayer", "True positions (trainer)");
}

QString ScenarioTruthLayer::description() const {
    return QCoreApplication::translate(
        "marsa::chart::ScenarioTruthLayer",
        "Where the scenario's boats really are at the exercise's time: their given positions or "
        "their drift. Shown on the trainer's console only, never to the trainees.");
}

QString ScenarioTruthLayer::labelOf(const TruthMark &mark) {
    return QCoreApplication::translate("marsa::chart::ScenarioTruthLayer", "True: %1").arg(mark.caseId);
}

void ScenarioTruthLayer::paint(QPainter &painter, const RenderContext &context) const {
    if (m_marks.empty()) {
        return;
    }
    const Viewport &viewport = context.viewport;
    const QColor ink = context.palette.colour(ColourToken::UINFD);
    const QColor halo = context.palette.colour(ColourToken::DEPDW);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(chartFont(12, true));
    for (const TruthMark &mark : m_marks) {
        QPolygonF track;
        for (const geo::LatLon &position : mark.track) {
            track << viewport.toScreen(position);
        }
        const QPointF at = viewport.toScreen(mark.now);
        track << at;
        painter.setBrush(Qt::NoBrush);
        if (track.size() > 1) {
            painter.setPen(QPen(halo, 4.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(track);
            QPen dashed(ink, 1.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin);
            painter.setPen(dashed);
            painter.drawPolyline(track);
        }
        const QPolygonF diamond{at + QPointF(0, -kDiamond), at + QPointF(kDiamond, 0),
                                at + QPointF(0, kDiamond), at + QPointF(-kDiamond, 0),
                                at + QPointF(0, -kDiamond)};
        painter.setPen(QPen(halo, 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(diamond);
        painter.setPen(QPen(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(diamond);
        painter.drawPoint(at);
        // Below the diamond: a case's number sits beside its disc, right or left.
        const QString label = labelOf(mark);
        const QRectF bounds = textBounds(painter, QPointF(0, 0), label);
        drawHaloText(painter, at + QPointF(-bounds.width() / 2, kDiamond + 4 - bounds.top()), label, ink,
                     halo);
    }
    painter.restore();
}

} // namespace marsa::chart
