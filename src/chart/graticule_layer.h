#pragma once

#include "chart/chart_layer.h"

namespace marsa::chart {

/// Parallels and meridians at a spacing that suits the zoom (10° down to 1'), labelled in
/// degrees and minutes along the left and bottom edges of the view.
class GraticuleLayer final : public ChartLayer {
public:
    Kind kind() const override { return Kind::Graticule; }
    QString id() const override { return QStringLiteral("graticule"); }
    QString title() const override;
    void paint(QPainter &painter, const RenderContext &context) const override;
    void paintOverlay(QPainter &painter, const RenderContext &context) const override;

    /// The spacing in minutes of arc drawn at a viewport (lines about 110 px apart or more).
    static int stepMinutes(const Viewport &viewport);
    /// "33°N", "33°30'N", "013°10'E": the label of a parallel or meridian.
    static QString label(double degrees, bool latitude, int stepMinutes);
};

/// A scale bar in nautical miles at the centre's latitude, bottom left of the view.
class ScaleBarLayer final : public ChartLayer {
public:
    Kind kind() const override { return Kind::ScaleBar; }
    QString id() const override { return QStringLiteral("scale-bar"); }
    QString title() const override;
    void paint(QPainter &, const RenderContext &) const override {}
    void paintOverlay(QPainter &painter, const RenderContext &context) const override;

    /// The bar's length in nautical miles for a viewport: a round number at most maxPixels long.
    static double barLengthNm(const Viewport &viewport, double maxPixels = 180.0);
};

} // namespace marsa::chart
