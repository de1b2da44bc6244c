#pragma once

#include "chart/chart_palette.h"

#include <QList>
#include <QPalette>
#include <QStringList>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace marsa::app {

/// The console palette a widget palette belongs to (its window colour tells): day, dusk or night.
chart::PaletteMode paletteModeOf(const QPalette &palette);

/// One row of bars: its name in the legend, a value for each category, its S-101 colour.
struct BarRow {
    QString name;
    QList<qreal> values;
    chart::ColourToken colour = chart::ColourToken::UINFB;
};

enum class BarLayout { Grouped, Stacked, Horizontal };

/// Replaces what `chart` shows with bars over `categories` and a value axis of whole numbers. Right to
/// left, the categories run from the right and the values stand on the right.
void setBars(QChart &chart, BarLayout layout, const QStringList &categories, const std::vector<BarRow> &rows,
             bool rightToLeft);

/// Styles a chart for the console's palette: Qt Charts' light theme by day, its dark theme at dusk and
/// night, then the palette's own background, text and grid colours and the S-101 colours of the bars
/// (dim at night: no bright chart in a dark operations room). Going back to day restores the light theme.
void styleChart(QChart &chart, chart::PaletteMode mode, const QPalette &palette, const QFont &font);

} // namespace marsa::app
