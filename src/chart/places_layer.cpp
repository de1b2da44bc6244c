#include "chart/places_layer.h"

#include "chart/painting.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace marsa::chart {

PlacesLayer::PlacesLayer(std::vector<core::Place> places)
    : m_places(std::move(places)) {
    std::stable_sort(m_places.begin(), m_places.end(), [](const core::Place &a, const core::Place &b) {
        return a.isLibyan() && !b.isLibyan();
    });
    for (const core::Place &place : m_places) {
        m_projected.push_back(geo::mercator::project({place.latitude, place.longitude}));
    }
}

QString PlacesLayer::title() const {
    return QCoreApplication::translate("marsa::chart::PlacesLayer", "Ports and places of disembarkation");
}

QString PlacesLayer::description() const {
    return QCoreApplication::translate("marsa::chart::PlacesLayer",
                                       "Port positions from the NGA World Port Index (about 1' precision); "
                                       "town centres from GeoNames where no port position exists.");
}

void PlacesLayer::paint(QPainter &painter, const RenderContext &context) const {
    const Viewport &viewport = context.viewport;
    const QRectF screen(QPointF(0, 0), QSizeF(viewport.size()));
    const QColor ink = context.palette.colour(ColourToken::UINFD);
    const QColor halo = context.palette.colour(ColourToken::DEPDW);
    const QColor libyan = context.palette.colour(ColourToken::NINFO);
    const QColor foreign = context.palette.colour(ColourToken::RESBL);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(chartFont(13));
    std::vector<QRectF> taken;
    for (std::size_t i = 0; i < m_places.size(); ++i) {
        const core::Place &place = m_places[i];
        const QPointF at = viewport.toScreen(m_projected[i]);
        if (!screen.adjusted(-50, -20, 50, 20).contains(at)) {
            continue;
        }
        painter.setPen(QPen(ink, 1.2));
        constexpr double kHalf = 4.5;
        if (place.isLibyan()) {
            painter.setBrush(libyan);
            painter.drawRect(QRectF(at.x() - kHalf, at.y() - kHalf, 2 * kHalf, 2 * kHalf));
        } else {
            painter.setBrush(foreign);
            painter.drawEllipse(at, kHalf, kHalf);
        }
        taken.push_back(QRectF(at.x() - kHalf, at.y() - kHalf, 2 * kHalf, 2 * kHalf));
    }
    // Labels after every symbol, so a label never hides a symbol.
    for (std::size_t i = 0; i < m_places.size(); ++i) {
        const core::Place &place = m_places[i];
        const QPointF at = viewport.toScreen(m_projected[i]);
        if (!screen.adjusted(-50, -20, 50, 20).contains(at)) {
            continue;
        }
        const QString text = context.arabicLabels ? place.labelArabic : place.label;
        // Try right, left, above, below the symbol; skip the label where all collide.
        const QRectF size = textBounds(painter, QPointF(0, 0), text);
        const QPointF candidates[] = {
            {at.x() + 8, at.y() + size.height() / 3},
            {at.x() - 8 - size.width(), at.y() + size.height() / 3},
            {at.x() - size.width() / 2, at.y() - 9},
            {at.x() - size.width() / 2, at.y() + 9 + size.height() * 0.7},
        };
        for (const QPointF &anchor : candidates) {
            const QRectF box = textBounds(painter, anchor, text).adjusted(-2, -1, 2, 1);
            const bool collides = std::any_of(taken.begin(), taken.end(),
                                              [&](const QRectF &other) { return other.intersects(box); });
            if (!collides) {
                drawHaloText(painter, anchor, text, ink, halo);
                taken.push_back(box);
                break;
            }
        }
    }
    painter.restore();
}

} // namespace marsa::chart
