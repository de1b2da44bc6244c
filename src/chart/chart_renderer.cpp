#include "chart/chart_renderer.h"

#include <QPaintDevice>
#include <QPainter>

#include <cmath>
#include <future>

namespace marsa::chart {

ChartRenderer::ChartRenderer(const LayerStack &layers)
    : m_layers(layers) {}

void ChartRenderer::setPalette(PaletteMode mode) {
    if (mode != m_palette.mode()) {
        m_palette = ChartPalette::forMode(mode);
        invalidate();
    }
}

void ChartRenderer::setArabicLabels(bool arabic) {
    if (arabic != m_arabicLabels) {
        m_arabicLabels = arabic;
        invalidate();
    }
}

void ChartRenderer::paintBase(QPainter &painter, const Viewport &viewport) const {
    const RenderContext context{viewport, m_palette, m_arabicLabels};
    painter.fillRect(QRect(QPoint(0, 0), viewport.size()), m_palette.colour(ColourToken::NODTA));
    for (int i = 0; i < m_layers.count(); ++i) {
        const ChartLayer *layer = m_layers.at(i);
        if (layer->isVisible()) {
            layer->paint(painter, context);
        }
    }
}

void ChartRenderer::paintOverlays(QPainter &painter, const Viewport &viewport) const {
    std::vector<QRectF> labels;
    const RenderContext names{viewport, m_palette, m_arabicLabels};
    for (int i = 0; i < m_layers.count(); ++i) {
        if (m_layers.at(i)->isVisible()) {
            m_layers.at(i)->labelAreas(names, labels);
        }
    }
    const RenderContext context{viewport, m_palette, m_arabicLabels, &labels};
    for (int i = 0; i < m_layers.count(); ++i) {
        const ChartLayer *layer = m_layers.at(i);
        if (layer->isVisible()) {
            layer->paintOverlay(painter, context);
        }
    }
}

void ChartRenderer::prepareOverlays(const Viewport &viewport, qreal devicePixelRatio) const {
    const RenderContext context{viewport, m_palette, m_arabicLabels};
    for (int i = 0; i < m_layers.count(); ++i) {
        const ChartLayer *layer = m_layers.at(i);
        if (layer->isVisible()) {
            layer->prepareOverlay(context, devicePixelRatio);
        }
    }
}

void ChartRenderer::renderUncached(QPainter &painter, const Viewport &viewport) const {
    painter.save();
    paintBase(painter, viewport);
    paintOverlays(painter, viewport);
    painter.restore();
}

QImage ChartRenderer::renderImage(const Viewport &viewport) const {
    QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderUncached(painter, viewport);
    painter.end();
    return image;
}

void ChartRenderer::render(QPainter &painter, const Viewport &viewport) {
    // The cache holds this view if it was drawn at the same resolution, for the same layers,
    // and the view lies inside it on whole pixels.
    const bool sameScale = m_cacheValid && m_cacheViewport.metresPerPixel() == viewport.metresPerPixel();
    QPointF offset;
    bool usable = sameScale && m_cacheGeneration == m_layers.generation();
    if (usable) {
        const QPointF topLeft = m_cacheViewport.toScreen(viewport.toMercator(QPointF(0, 0)));
        usable = topLeft.x() >= 0 && topLeft.y() >= 0 &&
                 topLeft.x() + viewport.size().width() <= m_cacheViewport.size().width() &&
                 topLeft.y() + viewport.size().height() <= m_cacheViewport.size().height();
        offset = topLeft;
    }
    if (!usable) {
        const QSize cacheSize = viewport.size() + QSize(2 * m_margin, 2 * m_margin);
        m_cacheViewport = Viewport(cacheSize, viewport.centre(), viewport.metresPerPixel());
        if (m_cache.size() != cacheSize) {
            m_cache = QImage(cacheSize, QImage::Format_ARGB32_Premultiplied);
        }
        // The overlays' costly part (the targets' tracks) is done meanwhile on another core: the
        // two touch different layers, and this thread waits for it before painting anything
        // else, so nothing the layers read changes under it.
        const qreal ratio = painter.device() != nullptr ? painter.device()->devicePixelRatioF() : 1.0;
        std::future<void> prepared =
            std::async(std::launch::async, [this, &viewport, ratio] { prepareOverlays(viewport, ratio); });
        QPainter cachePainter(&m_cache);
        paintBase(cachePainter, m_cacheViewport);
        cachePainter.end();
        prepared.get();
        m_cacheGeneration = m_layers.generation();
        m_cacheValid = true;
        ++m_cacheRedraws;
        offset = QPointF(m_margin, m_margin);
    }
    // Blit on whole pixels: a fractional offset would resample the whole image.
    const QPoint source(static_cast<int>(std::lround(offset.x())), static_cast<int>(std::lround(offset.y())));
    painter.drawImage(QPoint(0, 0), m_cache, QRect(source, viewport.size()));
    painter.save();
    paintOverlays(painter, viewport);
    painter.restore();
}

} // namespace marsa::chart
