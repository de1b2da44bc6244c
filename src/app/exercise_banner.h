#pragma once

#include "chart/chart_palette.h"

#include <QPalette>
#include <QToolBar>

class QLabel;

namespace marsa::app {

/// The colours that mark an exercise in each palette: S-52's magenta (UINFM), which no alarm,
/// caution or emergency phase uses, dimmed at night like everything else (UI.md).
struct ExerciseColours {
    QColor banner;     ///< the banner's background
    QColor bannerText; ///< its bold text
    QColor window;     ///< the console's window background, tinted
    QColor button;     ///< buttons and headers, tinted
};
ExerciseColours exerciseColours(chart::PaletteMode mode);

/// The console's widget palette (chart::ChartPalette::widgetPalette) tinted for an exercise, so that
/// an exercise console can never be taken for the operational one, even with the banner out of view.
QPalette exerciseWidgetPalette(const chart::ChartPalette &palette);

/// "EXERCISE — <name> — not operational" across the whole top of the console, above the toolbars
/// and panels: a toolbar row of its own that cannot be moved, floated or hidden.
class ExerciseBanner final : public QToolBar {
    Q_OBJECT
public:
    ExerciseBanner(const QString &exerciseName, QWidget *parent = nullptr);
    void setPaletteMode(chart::PaletteMode mode);
    QLabel &label() { return *m_label; }
    /// Where a scenario exercise stands, after the name: "not started", "paused", "Exercise ended";
    /// empty for a running one or an exercise without a scenario.
    void setRunState(const QString &state);

private:
    void updateText();
    QLabel *m_label = nullptr;
    QString m_name;
    QString m_state;
};

} // namespace marsa::app
