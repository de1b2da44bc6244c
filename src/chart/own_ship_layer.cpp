#include "chart/own_ship_layer.h"

#include "geo/geodesy.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace marsa::chart {
namespace {

// The translation context of this file's names (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::chart::OwnShipLayer)
};

constexpr double kOuterRadius = 11.0; // pixels: about 6 mm across on a 96 dpi screen
constexpr double kInnerRadius = 5.5;
constexpr double kVectorMinutes = 6.0;

} // namespace

QString OwnShipLayer::title() const {
    return Text::tr("Own ship (GPS)");
}

QString OwnShipLayer::description() const {
    return Text::tr("This console's own position from the GPS sentences of its feeds");
}

void OwnShipLayer::paintOverlay(QPainter &painter, const RenderContext &context) const {
    if (!m_fix) {
        return;
    }
    const OwnShipFix &fix = *m_fix;
    const QPointF at = context.viewport.toScreen(geo::LatLon{fix.lat, fix.lon});
    const QColor ink = context.palette.colour(ColourToken::SHIPS);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (!std::isnan(fix.sogKn) && !std::isnan(fix.cogDeg) && fix.sogKn >= 0.5) {
        const geo::LatLon ahead =
            geo::destination({fix.lat, fix.lon}, fix.cogDeg, fix.sogKn * kVectorMinutes / 60.0);
        painter.setPen(QPen(ink, 2.0, Qt::DashLine));
        painter.drawLine(at, context.viewport.toScreen(ahead));
    }
    if (!std::isnan(fix.headingDeg)) {
        // The heading line reaches well beyond the symbol, whatever the scale.
        const double radians = fix.headingDeg * M_PI / 180.0;
        const QPointF tip = at + QPointF(std::sin(radians), -std::cos(radians)) * (kOuterRadius * 4);
        painter.setPen(QPen(ink, 2.0));
        painter.drawLine(at, tip);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ink, 2.0));
    painter.drawEllipse(at, kOuterRadius, kOuterRadius);
    painter.drawEllipse(at, kInnerRadius, kInnerRadius);
    painter.restore();
}

} // namespace marsa::chart
