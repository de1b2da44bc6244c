#pragma once

#include "chart/chart_palette.h"
#include "chart/viewport.h"
#include "geo/geodesy.h"

#include <QString>

class QPainter;

namespace marsa::chart {

/// "123.4 NM  045.2°T": the readout of the range-and-bearing tool.
QString rangeBearingText(const geo::RangeBearing &measure);

/// Draws the range-and-bearing tool's line from `from` to `to` with its readout. The line is
/// the geodesic, sampled so that it curves on the Mercator chart as it does on the ellipsoid.
void paintRangeBearing(QPainter &painter, const Viewport &viewport, const ChartPalette &palette,
                       const geo::LatLon &from, const geo::LatLon &to);

} // namespace marsa::chart
