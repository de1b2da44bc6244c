#pragma once

#include "geo/lat_lon.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace marsa::chart {

/// A path in Mercator metres from positions (latitude first), closed for rings.
QPainterPath mercatorPath(const std::vector<geo::LatLonPath> &parts, bool closed);

/// The font of chart text: sans-serif, upright, never below legibility (UI.md: about 4 mm).
QFont chartFont(int pixelSize, bool bold = false);

/// Draws text with a halo in the background colour so it stays legible over lines and land.
/// `anchor` is the left end of the baseline. Returns the rectangle the text covers.
QRectF drawHaloText(QPainter &painter, const QPointF &anchor, const QString &text, const QColor &colour,
                    const QColor &halo);

/// The rectangle text would cover at `anchor` (left end of the baseline) in the painter's font.
QRectF textBounds(const QPainter &painter, const QPointF &anchor, const QString &text);

} // namespace marsa::chart
