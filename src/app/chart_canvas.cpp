#include "app/chart_canvas.h"

#include "chart/range_bearing.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace marsa::app {

ChartCanvas::ChartCanvas(chart::LayerStack &layers, chart::ChartRenderer &renderer, QWidget *parent)
    : QWidget(parent)
    , m_layers(layers)
    , m_renderer(renderer) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // The chart is never mirrored: north up, east right, in Arabic too (UI.md).
    setLayoutDirection(Qt::LeftToRight);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Chart"));
    updateZoomLimits();
}

void ChartCanvas::updateZoomLimits() {
    m_limits = chart::zoomLimits(m_layers, size().isEmpty() ? sizeHint() : size());
    if (m_hasView) {
        applyZoomLimits();
        changed();
    }
}

void ChartCanvas::applyZoomLimits() {
    const double clamped = std::clamp(m_viewport.metresPerPixel(), m_limits.finest, m_limits.coarsest);
    m_viewport.setMetresPerPixel(clamped);
}

void ChartCanvas::changed() {
    update();
    Q_EMIT viewportChanged();
}

void ChartCanvas::showRect(const chart::MercatorRect &rect) {
    const chart::Viewport fitted = chart::Viewport::fitting(size().isEmpty() ? sizeHint() : size(), rect);
    setViewport(fitted.centre(), fitted.metresPerPixel());
}

void ChartCanvas::centreOn(const geo::LatLon &position) {
    setViewport(geo::mercator::project(position), m_viewport.metresPerPixel());
}

void ChartCanvas::setViewport(const geo::MercatorPoint &centre, double metresPerPixel) {
    m_viewport = chart::Viewport(size().isEmpty() ? sizeHint() : size(), centre, metresPerPixel);
    m_hasView = true;
    applyZoomLimits();
    changed();
}

void ChartCanvas::zoomBy(double factor) {
    const QPointF centre(width() / 2.0, height() / 2.0);
    m_viewport.zoomAbout(centre, factor);
    applyZoomLimits();
    changed();
}

void ChartCanvas::setMeasuring(bool measuring) {
    m_measuring = measuring;
    if (!measuring) {
        m_measureFrom.reset();
        m_measureTo.reset();
    }
    setCursor(measuring ? Qt::CrossCursor : Qt::OpenHandCursor);
    update();
    Q_EMIT measurementChanged();
}

std::optional<geo::RangeBearing> ChartCanvas::measurement() const {
    if (!m_measureFrom || !m_measureTo) {
        return std::nullopt;
    }
    return geo::rangeBearing(*m_measureFrom, *m_measureTo);
}

void ChartCanvas::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    m_renderer.render(painter, m_viewport);
    if (m_measureFrom && m_measureTo) {
        chart::paintRangeBearing(painter, m_viewport, m_renderer.palette(), *m_measureFrom, *m_measureTo);
    }
}

void ChartCanvas::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    m_viewport.setSize(size());
    m_limits = chart::zoomLimits(m_layers, size());
    if (!m_hasView) {
        showRect(m_home);
        return;
    }
    applyZoomLimits();
    changed();
}

void ChartCanvas::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    m_lastMouse = event->position();
    m_pressedAt = event->position();
    if (m_measuring) {
        m_measureFrom = m_viewport.toLatLon(event->position());
        m_measureTo = m_measureFrom;
        Q_EMIT measurementChanged();
        update();
    } else {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
}

void ChartCanvas::mouseMoveEvent(QMouseEvent *event) {
    Q_EMIT cursorMoved(m_viewport.toLatLon(event->position()));
    if (m_measuring && m_measureFrom && (event->buttons() & Qt::LeftButton)) {
        m_measureTo = m_viewport.toLatLon(event->position());
        Q_EMIT measurementChanged();
        update();
    } else if (m_dragging) {
        m_viewport.panBy(event->position() - m_lastMouse);
        m_lastMouse = event->position();
        changed();
    }
}

void ChartCanvas::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        setCursor(m_measuring ? Qt::CrossCursor : Qt::OpenHandCursor);
        // A press and release within a few pixels is a click, not a pan.
        if ((event->position() - m_pressedAt).manhattanLength() <= 4) {
            Q_EMIT clicked(m_viewport.toLatLon(event->position()), event->position());
        }
    }
}

void ChartCanvas::contextMenuEvent(QContextMenuEvent *event) {
    Q_EMIT contextMenuRequested(m_viewport.toLatLon(event->pos()), event->globalPos());
    event->accept();
}

void ChartCanvas::wheelEvent(QWheelEvent *event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        return;
    }
    m_viewport.zoomAbout(event->position(), std::pow(1.25, steps));
    applyZoomLimits();
    changed();
    event->accept();
}

void ChartCanvas::keyPressEvent(QKeyEvent *event) {
    const double stepX = width() / 8.0;
    const double stepY = height() / 8.0;
    switch (event->key()) {
    case Qt::Key_Left:
        m_viewport.panBy({stepX, 0});
        break;
    case Qt::Key_Right:
        m_viewport.panBy({-stepX, 0});
        break;
    case Qt::Key_Up:
        m_viewport.panBy({0, stepY});
        break;
    case Qt::Key_Down:
        m_viewport.panBy({0, -stepY});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        return;
    case Qt::Key_Minus:
        zoomBy(1.0 / 1.5);
        return;
    case Qt::Key_Escape:
        if (m_measuring) {
            m_measureFrom.reset();
            m_measureTo.reset();
            Q_EMIT measurementChanged();
            update();
        }
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    changed();
}

void ChartCanvas::leaveEvent(QEvent *event) {
    QWidget::leaveEvent(event);
    Q_EMIT cursorLeft();
}

} // namespace marsa::app
