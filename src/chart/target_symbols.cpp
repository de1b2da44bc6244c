#include "chart/target_symbols.h"

#include "chart/painting.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace marsa::chart {
namespace {

// Symbol geometry in logical pixels, apex up, centred on the position. A triangle 21 px long
// and 14 px wide: never below the 4 mm of UI.md at 96 dpi (15 px).
const QPolygonF kTriangle{{QPointF(0, -12), QPointF(7, 9), QPointF(-7, 9)}};
const QPolygonF kTriangleClassB{{QPointF(0, -12), QPointF(7, 9), QPointF(0, 4.5), QPointF(-7, 9)}};
const QPolygonF kDiamond{{QPointF(0, -9), QPointF(9, 0), QPointF(0, 9), QPointF(-9, 0)}};
// A top view of an aircraft, nose up: fuselage, wings and tailplane.
const QPolygonF kAircraft{{QPointF(0, -12), QPointF(1.6, -9), QPointF(1.6, -3.5), QPointF(11.5, 1),
                           QPointF(11.5, 3.2), QPointF(1.6, 1.2), QPointF(1.2, 7.5), QPointF(4.8, 9.8),
                           QPointF(4.8, 11.5), QPointF(0, 10.2), QPointF(-4.8, 11.5), QPointF(-4.8, 9.8),
                           QPointF(-1.2, 7.5), QPointF(-1.6, 1.2), QPointF(-11.5, 3.2), QPointF(-11.5, 1),
                           QPointF(-1.6, -3.5), QPointF(-1.6, -9)}};
constexpr double kCircleRadius = 7.0;
constexpr double kAlarmRadius = 10.0;
constexpr double kAssetRingRadius = 14.0;

std::size_t spriteIndex(SymbolShape shape, SymbolLook look, int step) {
    return (static_cast<std::size_t>(shape) * static_cast<std::size_t>(SymbolLook::Count) +
            static_cast<std::size_t>(look)) *
               SymbolSprites::kRotationSteps +
           static_cast<std::size_t>(step);
}

QImage transparentImage(QSizeF logical, qreal ratio) {
    QImage image(static_cast<int>(std::ceil(logical.width() * ratio)),
                 static_cast<int>(std::ceil(logical.height() * ratio)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    return image;
}

} // namespace

void SymbolSprites::prepare(const ChartPalette &palette, qreal devicePixelRatio) {
    if (m_ratio == devicePixelRatio && palette.mode() == m_palette.mode()) {
        return;
    }
    m_palette = palette;
    m_ratio = devicePixelRatio;
    m_images.assign(static_cast<std::size_t>(SymbolShape::Count) *
                        static_cast<std::size_t>(SymbolLook::Count) * kRotationSteps,
                    Sprite());
    m_rendered = 0;
}

const Sprite &SymbolSprites::sprite(SymbolShape shape, SymbolLook look, int rotationDeg) {
    int step = 0;
    if (isOriented(shape)) {
        const int degrees = ((rotationDeg % 360) + 360) % 360;
        step = (degrees + kRotationStepDeg / 2) / kRotationStepDeg % kRotationSteps;
    }
    Sprite &sprite = m_images[spriteIndex(shape, look, step)];
    if (sprite.image.isNull()) {
        QImage square = transparentImage(QSizeF(kSize, kSize), m_ratio);
        QPainter painter(&square);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.translate(kSize / 2.0, kSize / 2.0);
        painter.rotate(step * kRotationStepDeg);
        draw(painter, shape, look, m_palette);
        painter.end();
        // The box of the pixels drawn.
        int left = square.width();
        int top = square.height();
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < square.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(square.constScanLine(y));
            for (int x = 0; x < square.width(); ++x) {
                if (qAlpha(line[x]) != 0) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
            }
        }
        if (right < 0) {
            left = top = right = bottom = 0;
        }
        sprite.image = square.copy(QRect(QPoint(left, top), QPoint(right, bottom)));
        sprite.image.setDevicePixelRatio(m_ratio);
        sprite.offset = QPointF(left / m_ratio - kSize / 2.0, top / m_ratio - kSize / 2.0);
        ++m_rendered;
    }
    return sprite;
}

void SymbolSprites::draw(QPainter &painter, SymbolShape shape, SymbolLook look, const ChartPalette &palette) {
    const QColor outline = palette.colour(ColourToken::SHIPS);
    const bool lost = look == SymbolLook::Lost || look == SymbolLook::LostOwnAsset;
    const bool asset = look == SymbolLook::OwnAsset || look == SymbolLook::LostOwnAsset;
    QPen pen(lost ? palette.colour(ColourToken::CHGRD) : outline, 1.5);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    if (lost) {
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setBrush(palette.colour(asset ? ColourToken::RESBL : ColourToken::CHGRF));
    }
    switch (shape) {
    case SymbolShape::Triangle:
        painter.drawPolygon(kTriangle);
        break;
    case SymbolShape::TriangleClassB:
        painter.drawPolygon(kTriangleClassB);
        break;
    case SymbolShape::Circle:
        painter.drawEllipse(QPointF(0, 0), kCircleRadius, kCircleRadius);
        break;
    case SymbolShape::Aircraft:
        painter.drawPolygon(kAircraft);
        break;
    case SymbolShape::AidToNav:
        painter.drawPolygon(kDiamond);
        break;
    case SymbolShape::BaseStation:
        painter.drawRect(QRectF(-7, -7, 14, 14));
        break;
    case SymbolShape::Alarm: {
        // Red for alarms only (UI.md); the cross is the shape cue that does not need colour.
        const QColor red = palette.colour(ColourToken::UINFR);
        const bool bright = look == SymbolLook::AlarmBright;
        painter.setPen(QPen(red, 2.5));
        painter.setBrush(bright ? QBrush(red) : QBrush(Qt::NoBrush));
        painter.drawEllipse(QPointF(0, 0), kAlarmRadius, kAlarmRadius);
        painter.setPen(QPen(bright ? palette.colour(ColourToken::DEPDW) : red, 2.2));
        const double arm = kAlarmRadius * 0.68;
        painter.drawLine(QPointF(-arm, -arm), QPointF(arm, arm));
        painter.drawLine(QPointF(-arm, arm), QPointF(arm, -arm));
        return;
    }
    case SymbolShape::Count:
        return;
    }
    if (asset) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(lost ? palette.colour(ColourToken::CHGRD) : outline, 1.5));
        painter.drawEllipse(QPointF(0, 0), kAssetRingRadius, kAssetRingRadius);
    }
    if (lost) {
        // The line across a lost target (IMO SN.1/Circ.243), in the symbol's frame: it turns
        // with the symbol.
        painter.setPen(QPen(outline, 1.8));
        painter.drawLine(QPointF(-12, 12), QPointF(12, -12));
    }
}

void LabelSprites::prepare(const ChartPalette &palette, qreal devicePixelRatio) {
    if (m_ratio == devicePixelRatio && palette.mode() == m_palette.mode()) {
        return;
    }
    m_palette = palette;
    m_ratio = devicePixelRatio;
    m_plain.clear();
    m_alarm.clear();
}

const QImage &LabelSprites::label(const QString &text, bool alarm) {
    QHash<QString, QImage> &cache = alarm ? m_alarm : m_plain;
    if (const auto it = cache.constFind(text); it != cache.constEnd()) {
        return *it;
    }
    if (cache.size() > 4096) {
        cache.clear(); // the names in view change slowly; a rare full refill is cheap
    }
    const QFont font = chartFont(12, alarm);
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(text) + 2 * kMargin, metrics.height() + 2);
    QImage image = transparentImage(size, m_ratio);
    QPainter painter(&image);
    painter.setFont(font);
    drawHaloText(painter, QPointF(kMargin, 1 + metrics.ascent()), text,
                 m_palette.colour(alarm ? ColourToken::UINFR : ColourToken::UINFD),
                 m_palette.colour(ColourToken::DEPDW));
    painter.end();
    return *cache.insert(text, image);
}

} // namespace marsa::chart
