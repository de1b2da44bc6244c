#pragma once

#include "chart/chart_palette.h"
#include "chart/layer_stack.h"
#include "chart/viewport.h"

#include <QImage>

namespace marsa::chart {

/// Draws a layer stack for a viewport, to any QPainter: the canvas widget, an image for
/// `marsa-cli render` and the screenshot, a benchmark. The cacheable pass of every layer is
/// kept in an image a margin larger than the view, so a pan only moves that image and repaints
/// the overlays; a change of scale, palette or layers redraws it.
class ChartRenderer {
public:
    explicit ChartRenderer(const LayerStack &layers);

    void setPalette(PaletteMode mode);
    const ChartPalette &palette() const { return m_palette; }
    void setArabicLabels(bool arabic);
    /// Extra pixels cached on each side of the view (0 disables panning from the cache).
    void setCacheMargin(int pixels) {
        m_margin = pixels;
        invalidate();
    }

    /// Draws the chart, from the cache when it still holds this view.
    void render(QPainter &painter, const Viewport &viewport);
    /// Draws everything afresh without touching the cache.
    void renderUncached(QPainter &painter, const Viewport &viewport) const;
    /// Renders into a new image of the viewport's size.
    QImage renderImage(const Viewport &viewport) const;

    void invalidate() { m_cacheValid = false; }
    /// How many times the cached pass was redrawn (tests and benchmarks read it).
    int cacheRedraws() const { return m_cacheRedraws; }

private:
    void paintBase(QPainter &painter, const Viewport &viewport) const;
    void paintOverlays(QPainter &painter, const Viewport &viewport) const;
    void prepareOverlays(const Viewport &viewport, qreal devicePixelRatio) const;

    const LayerStack &m_layers;
    ChartPalette m_palette = ChartPalette::forMode(PaletteMode::Day);
    bool m_arabicLabels = false;
    int m_margin = 256;

    QImage m_cache;
    Viewport m_cacheViewport; // the viewport the cache image was drawn for (its full size)
    quint64 m_cacheGeneration = 0;
    bool m_cacheValid = false;
    int m_cacheRedraws = 0;
};

} // namespace marsa::chart
