#include "app/console_style.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QStyleFactory>

namespace marsa::app {
namespace {

/// Paints a title-bar glyph at paint time in the current palette's text colour, so a palette
/// switch recolours it without recreating any button.
class PaletteGlyph final : public QIconEngine {
public:
    explicit PaletteGlyph(QStyle::StandardPixmap kind)
        : m_kind(kind) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override {
        const QPalette palette = QApplication::palette();
        const QColor ink = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                         QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(ink, 1.4));
        painter->setBrush(Qt::NoBrush);
        const QRectF box = QRectF(rect).adjusted(rect.width() * 0.2, rect.height() * 0.2, -rect.width() * 0.2,
                                                 -rect.height() * 0.2);
        if (m_kind == QStyle::SP_TitleBarNormalButton) {
            // Two overlapping windows: float the panel.
            const QRectF back = box.adjusted(box.width() * 0.3, 0, 0, -box.height() * 0.3);
            const QRectF front = box.adjusted(0, box.height() * 0.3, -box.width() * 0.3, 0);
            painter->drawRect(back);
            painter->fillRect(front, palette.color(QPalette::Window));
            painter->drawRect(front);
        } else {
            painter->drawLine(box.topLeft(), box.bottomRight());
            painter->drawLine(box.topRight(), box.bottomLeft());
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaletteGlyph(m_kind); }

private:
    QStyle::StandardPixmap m_kind;
};

} // namespace

ConsoleStyle::ConsoleStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

QIcon ConsoleStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                 const QWidget *widget) const {
    switch (icon) {
    case SP_TitleBarNormalButton:
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
        return QIcon(new PaletteGlyph(icon));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace marsa::app
