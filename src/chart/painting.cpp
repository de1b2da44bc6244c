#include "chart/painting.h"

#include "geo/mercator.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

namespace marsa::chart {

QPainterPath mercatorPath(const std::vector<geo::LatLonPath> &parts, bool closed) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const geo::LatLonPath &part : parts) {
        if (part.empty()) {
            continue;
        }
        const geo::MercatorPoint first = geo::mercator::project(part.front());
        path.moveTo(first.x, first.y);
        for (std::size_t i = 1; i < part.size(); ++i) {
            const geo::MercatorPoint p = geo::mercator::project(part[i]);
            path.lineTo(p.x, p.y);
        }
        if (closed) {
            path.closeSubpath();
        }
    }
    return path;
}

QFont chartFont(int pixelSize, bool bold) {
    QFont font(QStringLiteral("Noto Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setItalic(false);
    return font;
}

QRectF textBounds(const QPainter &painter, const QPointF &anchor, const QString &text) {
    const QFontMetricsF metrics(painter.font());
    return QRectF(anchor.x(), anchor.y() - metrics.ascent(), metrics.horizontalAdvance(text), metrics.height());
}

QRectF drawHaloText(QPainter &painter, const QPointF &anchor, const QString &text, const QColor &colour,
                    const QColor &halo) {
    QPainterPath path;
    path.addText(anchor, painter.font(), text);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(halo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(path);
    painter.restore();
    return textBounds(painter, anchor, text);
}

} // namespace marsa::chart
