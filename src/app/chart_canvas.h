#pragma once

#include "chart/chart_renderer.h"
#include "chart/default_layers.h"
#include "chart/viewport.h"
#include "geo/geodesy.h"

#include <QWidget>

#include <optional>

namespace marsa::app {

/// The chart widget: shows what the ChartRenderer draws and turns mouse, wheel and keys into
/// viewport changes. Pan by dragging or with the arrow keys, zoom with the wheel (about the
/// cursor) or +/-; with the range-and-bearing tool on, a drag measures instead of panning.
class ChartCanvas final : public QWidget {
    Q_OBJECT
public:
    ChartCanvas(chart::LayerStack &layers, chart::ChartRenderer &renderer, QWidget *parent = nullptr);

    const chart::Viewport &viewport() const { return m_viewport; }
    /// Shows a Mercator rectangle whole (zoom limits permitting).
    void showRect(const chart::MercatorRect &rect);
    void centreOn(const geo::LatLon &position);
    void setViewport(const geo::MercatorPoint &centre, double metresPerPixel);
    void zoomBy(double factor);
    void setHomeRect(const chart::MercatorRect &rect) { m_home = rect; }
    void zoomHome() { showRect(m_home); }

    void setMeasuring(bool measuring);
    bool isMeasuring() const { return m_measuring; }
    std::optional<geo::RangeBearing> measurement() const;

    /// Re-reads the zoom limits after layers changed (a chart added, a layer hidden).
    void updateZoomLimits();
    chart::ZoomLimits zoomLimits() const { return m_limits; }

    QSize sizeHint() const override { return {900, 650}; }

Q_SIGNALS:
    void cursorMoved(const geo::LatLon &position);
    void cursorLeft();
    void viewportChanged();
    void measurementChanged();
    /// A click (pressed and released without dragging) at a point of the chart.
    void clicked(const geo::LatLon &position, QPointF pixel);
    /// A right click: the console offers what can be done at that position.
    void contextMenuRequested(const geo::LatLon &position, QPoint globalPosition);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyZoomLimits();
    void changed();

    chart::LayerStack &m_layers;
    chart::ChartRenderer &m_renderer;
    chart::Viewport m_viewport;
    chart::ZoomLimits m_limits;
    chart::MercatorRect m_home;
    bool m_hasView = false;

    bool m_dragging = false;
    QPointF m_lastMouse;
    QPointF m_pressedAt;
    bool m_measuring = false;
    std::optional<geo::LatLon> m_measureFrom;
    std::optional<geo::LatLon> m_measureTo;
};

} // namespace marsa::app
