#pragma once

#include "chart/chart_palette.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QString>

#include <cstdint>
#include <vector>

class QPainter;

namespace marsa::chart {

/// The shape of an AIS target on the chart (UI.md, after IMO SN.1/Circ.243 and OpenCPN).
enum class SymbolShape : std::uint8_t {
    Triangle,       ///< Class A vessel: acute triangle, apex along heading (else COG)
    TriangleClassB, ///< Class B: the same with its back notched
    Circle,         ///< a vessel with neither heading nor COG: no orientation to show
    Aircraft,       ///< SAR aircraft (type 9): a silhouette along its COG
    AidToNav,       ///< a diamond
    BaseStation,    ///< a square
    Alarm,          ///< SART, MOB, EPIRB: a red circle with a cross
    Count
};

/// How a symbol is drawn: colours and cues that do not change its shape.
enum class SymbolLook : std::uint8_t {
    Normal,       ///< SHIPS outline, CHGRF fill
    OwnAsset,     ///< a Coast Guard unit of ours: RESBL fill and a ring around (colour and shape)
    Lost,         ///< hollow, dim, with a line across it
    LostOwnAsset, ///< lost, with the ring
    AlarmBright,  ///< an alarm's flash: a filled red disc with the cross cut out
    AlarmOutline, ///< an alarm between flashes, and an acknowledged alarm: red ring and cross
    Count
};

/// A pre-rendered symbol, cropped to the pixels it covers: blending costs per pixel, and most of
/// a square around a rotated triangle is empty.
struct Sprite {
    QImage image;
    QPointF offset; ///< logical pixels from the target's position to the image's top left
};

/// Pre-rendered symbols (antialiased, once) blitted unscaled: thousands of targets cost a
/// drawImage each instead of a path fill. Rotated symbols are kept in 3-degree steps. Symbols are
/// drawn in a square of kSize logical pixels at the display's pixel ratio, centred on the
/// position, then cropped.
class SymbolSprites {
public:
    static constexpr int kSize = 32;
    static constexpr int kRotationStepDeg = 3;
    static constexpr int kRotationSteps = 360 / kRotationStepDeg;

    /// Forgets the images when the palette or the pixel ratio changed.
    void prepare(const ChartPalette &palette, qreal devicePixelRatio);
    /// The symbol turned to `rotationDeg` (ignored for shapes without orientation).
    const Sprite &sprite(SymbolShape shape, SymbolLook look, int rotationDeg);
    /// Draws a symbol centred on the painter's origin, apex up (the sprites are made with it).
    static void draw(QPainter &painter, SymbolShape shape, SymbolLook look, const ChartPalette &palette);
    static bool isOriented(SymbolShape shape) {
        return shape == SymbolShape::Triangle || shape == SymbolShape::TriangleClassB ||
               shape == SymbolShape::Aircraft;
    }
    /// How many images were drawn since the last reset (tests read it).
    int rendered() const { return m_rendered; }

private:
    ChartPalette m_palette = ChartPalette::forMode(PaletteMode::Day);
    qreal m_ratio = 0.0; // 0: nothing prepared yet
    std::vector<Sprite> m_images;
    int m_rendered = 0;
};

/// Target names drawn once with their halo and blitted afterwards.
class LabelSprites {
public:
    void prepare(const ChartPalette &palette, qreal devicePixelRatio);
    /// The label's image, the text centred vertically with a margin of kMargin logical pixels on
    /// its left. The reference is valid until the next call.
    const QImage &label(const QString &text, bool alarm);
    static constexpr int kMargin = 2;

private:
    ChartPalette m_palette = ChartPalette::forMode(PaletteMode::Day);
    qreal m_ratio = 0.0;
    QHash<QString, QImage> m_plain;
    QHash<QString, QImage> m_alarm;
};

} // namespace marsa::chart
