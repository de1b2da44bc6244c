#pragma once

#include "chart/chart_palette.h"
#include "chart/viewport.h"

#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace marsa::chart {

/// What a layer is told when it paints.
struct RenderContext {
    const Viewport &viewport;
    const ChartPalette &palette;
    bool arabicLabels = false; ///< write place and zone names in Arabic
    /// In the overlay pass: the screen rectangles other layers' names take (labelAreas), so a
    /// decluttered overlay puts its own names elsewhere. Null when unknown.
    const std::vector<QRectF> *labelAreas = nullptr;
};

/// One layer of the chart. Layers paint in two passes: `paint` draws what depends only on the
/// viewport's scale and position (kept in the renderer's cache and reused while panning), and
/// `paintOverlay` draws what sits on the screen itself (edge labels, the scale bar) every frame.
/// Painting never changes the layer.
class ChartLayer {
public:
    enum class Kind { Basemap, Reference, Places, Graticule, ScaleBar, UserVector, UserRaster };

    virtual ~ChartLayer() = default;

    virtual Kind kind() const = 0;
    /// Stable identifier, used to remember visibility (user charts: their file path).
    virtual QString id() const = 0;
    /// Translated name for the Layers panel.
    virtual QString title() const = 0;
    /// Translated tooltip: source and caveats.
    virtual QString description() const { return {}; }

    virtual void paint(QPainter &painter, const RenderContext &context) const = 0;
    virtual void paintOverlay(QPainter &, const RenderContext &) const {}
    /// Does the costly part of the overlay pass ahead of it, into the layer's own caches, for a
    /// device of `devicePixelRatio`. When the cached pass must be drawn again, the renderer runs
    /// this on another thread while the other layers paint theirs: it may read only the layer
    /// itself and what the GUI thread does not change while it is blocked in the render.
    virtual void prepareOverlay(const RenderContext &, qreal /*devicePixelRatio*/) const {}
    /// Adds the screen rectangles of the names this layer draws for a view: overlays that
    /// declutter their names keep out of them.
    virtual void labelAreas(const RenderContext &, std::vector<QRectF> &) const {}

    /// Finest Mercator metres per pixel this layer's data can honestly show; 0 for no limit.
    virtual double finestMetresPerPixel() const { return 0.0; }
    /// Where the layer has data, if it is bounded.
    virtual std::optional<MercatorRect> extent() const { return std::nullopt; }

    bool isVisible() const { return m_visible; }
    void setVisible(bool visible) { m_visible = visible; }
    bool isUserChart() const { return kind() == Kind::UserVector || kind() == Kind::UserRaster; }

private:
    bool m_visible = true;
};

} // namespace marsa::chart
