#include "chart/srr_layer.h"

#include "chart/painting.h"

#include <QCoreApplication>
#include <QPainter>

namespace marsa::chart {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::chart::SrrLayer)
};

} // namespace

SrrLayer::SrrLayer(const geo::SrrCatalogue &catalogue) {
    for (const geo::SrrZone &zone : catalogue.zones()) {
        m_zones.push_back({zone.id, zone.label, zone.labelArabic, zone.approximate,
                           mercatorPath(zone.boundary, zone.isArea),
                           geo::mercator::project(zone.labelAnchor)});
    }
    m_overlaps = mercatorPath(catalogue.overlaps(), true);
}

QString SrrLayer::title() const {
    return Text::tr("Search and rescue regions");
}

QString SrrLayer::description() const {
    return Text::tr("Libya, Malta, Tunisia and Italy as declared in IMO GISIS; Greece and Egypt approximate "
                    "(flight information region limits), drawn dashed. Hatched: declared SRRs overlap.");
}

void SrrLayer::paint(QPainter &painter, const RenderContext &context) const {
    const Viewport &viewport = context.viewport;
    const QColor limit = context.palette.colour(ColourToken::CHMGD);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);

    // Paths are mapped to pixels before painting: Qt strokes and pattern-fills far faster
    // without a scaling transform on the painter.
    const QTransform toScreen = viewport.mercatorToScreen();
    QColor hatch = limit;
    hatch.setAlpha(110);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QBrush(hatch, Qt::BDiagPattern));
    painter.drawPath(toScreen.map(m_overlaps));
    painter.setBrush(Qt::NoBrush);
    for (const Zone &zone : m_zones) {
        QPen pen(limit, zone.id == QLatin1String("LBY") ? 2.5 : 1.0);
        if (zone.approximate) {
            pen.setDashPattern({6.0, 4.0});
        }
        painter.setPen(pen);
        painter.drawPath(toScreen.map(zone.outline));
    }

    // Names, with "approximate" where the limit is not a declared one (issue: say which).
    painter.setFont(chartFont(14, true));
    const QColor halo = context.palette.colour(ColourToken::DEPDW);
    const MercatorRect view = viewport.bounds();
    for (const Zone &zone : m_zones) {
        if (zone.labelAnchor.x < view.minX || zone.labelAnchor.x > view.maxX ||
            zone.labelAnchor.y < view.minY || zone.labelAnchor.y > view.maxY) {
            continue;
        }
        QStringList lines{context.arabicLabels ? zone.labelArabic : zone.label};
        if (zone.approximate) {
            lines << Text::tr("(approximate limit)");
        }
        QPointF at = viewport.toScreen(zone.labelAnchor);
        for (const QString &line : lines) {
            const QRectF bounds = textBounds(painter, at, line);
            drawHaloText(painter, at - QPointF(bounds.width() / 2.0, 0.0), line, limit, halo);
            at.ry() += bounds.height();
        }
    }
    painter.restore();
}

} // namespace marsa::chart
