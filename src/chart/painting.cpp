#include "chart/painting.h"

#include "geo/mercator.h"

#include <QFontMetricsF>
#include <QPainter>

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
    return QRectF(anchor.x(), anchor.y() - metrics.ascent(), metrics.horizontalAdvance(text),
                  metrics.height());
}

QRectF drawHaloText(QPainter &painter, const QPointF &anchor, const QString &text, const QColor &colour,
                    const QColor &halo) {
    // The halo is the text drawn eight times around its place: glyphs come from Qt's glyph
    // cache, which is many times faster than stroking the outline of a text path.
    painter.save();
    painter.setPen(halo);
    constexpr double kOffsets[][2] = {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}};
    for (const auto &offset : kOffsets) {
        painter.drawText(anchor + QPointF(offset[0], offset[1]), text);
    }
    painter.setPen(colour);
    painter.drawText(anchor, text);
    painter.restore();
    return textBounds(painter, anchor, text);
}

} // namespace marsa::chart
