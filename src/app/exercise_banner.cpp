#include "app/exercise_banner.h"

#include <QAction>
#include <QLabel>
#include <QPainter>

namespace marsa::app {

ExerciseColours exerciseColours(chart::PaletteMode mode) {
    switch (mode) {
    case chart::PaletteMode::Day:
        // UINFM by day under white text; the window a light lilac instead of grey.
        return {QColor(0xC0, 0x45, 0xD1), QColor(Qt::white), QColor(0xF1, 0xE4, 0xF3),
                QColor(0xE6, 0xD5, 0xE9)};
    case chart::PaletteMode::Dusk:
        // UINFM at dusk under black text.
        return {QColor(0x82, 0x6C, 0xA1), QColor(Qt::black), QColor(0x1D, 0x13, 0x22),
                QColor(0x29, 0x1B, 0x2F)};
    case chart::PaletteMode::Night:
        // UINFM at night with text about as bright as UINFD's: nothing brighter than the console.
        return {QColor(0x41, 0x12, 0x47), QColor(0x8A, 0x6A, 0x90), QColor(0x0E, 0x07, 0x10),
                QColor(0x16, 0x0B, 0x18)};
    }
    return exerciseColours(chart::PaletteMode::Day);
}

QPalette exerciseWidgetPalette(const chart::ChartPalette &palette) {
    QPalette tinted = palette.widgetPalette();
    const ExerciseColours colours = exerciseColours(palette.mode());
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        tinted.setColor(group, QPalette::Window, colours.window);
        tinted.setColor(group, QPalette::Button, colours.button);
        tinted.setColor(group, QPalette::ToolTipBase, colours.button);
    }
    return tinted;
}

namespace {

// The banner's text on its own colours, painted here: a label inside a toolbar takes the toolbar's
// palette from the style whatever its own says.
class BannerLabel final : public QLabel {
public:
    using QLabel::QLabel;
    void setColours(const QColor &background, const QColor &text) {
        m_background = background;
        m_text = text;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter painter(this);
        painter.fillRect(rect(), m_background);
        painter.setPen(m_text);
        painter.setFont(font());
        painter.drawText(contentsRect(), Qt::AlignCenter | Qt::TextSingleLine, text());
    }

private:
    QColor m_background;
    QColor m_text;
};

} // namespace

ExerciseBanner::ExerciseBanner(const QString &exerciseName, QWidget *parent)
    : QToolBar(parent) {
    setObjectName(QStringLiteral("exerciseBanner"));
    setWindowTitle(tr("Exercise"));
    setMovable(false);
    setFloatable(false);
    setAllowedAreas(Qt::TopToolBarArea);
    // Not in the toolbars' context menu: the banner cannot be switched off.
    toggleViewAction()->setVisible(false);
    toggleViewAction()->setEnabled(false);
    setContextMenuPolicy(Qt::PreventContextMenu);
    m_name = exerciseName;
    m_label = new BannerLabel(tr("EXERCISE — %1 — not operational").arg(exerciseName), this);
    m_label->setObjectName(QStringLiteral("exerciseBannerLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont font = m_label->font();
    font.setBold(true); // the colour is not the only cue (UI.md)
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_label->setFont(font);
    m_label->setContentsMargins(8, 4, 8, 4);
    addWidget(m_label);
    setAutoFillBackground(true);
    setContentsMargins(0, 0, 0, 0);
}

void ExerciseBanner::setRunState(const QString &state) {
    if (state == m_state) {
        return;
    }
    m_state = state;
    updateText();
}

void ExerciseBanner::updateText() {
    m_label->setText(m_state.isEmpty() ? tr("EXERCISE — %1 — not operational").arg(m_name)
                                       : tr("EXERCISE — %1 — %2 — not operational").arg(m_name, m_state));
}

void ExerciseBanner::setPaletteMode(chart::PaletteMode mode) {
    const ExerciseColours colours = exerciseColours(mode);
    for (QWidget *widget : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_label)}) {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::Window, colours.banner);
        palette.setColor(QPalette::WindowText, colours.bannerText);
        widget->setPalette(palette);
    }
    static_cast<BannerLabel *>(m_label)->setColours(colours.banner, colours.bannerText);
}

} // namespace marsa::app
