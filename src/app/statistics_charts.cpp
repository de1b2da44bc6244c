#include "app/statistics_charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace marsa::app {
namespace {

// The S-101 colour of a bar set, kept on the set so a palette switch can colour it again.
constexpr char kColourProperty[] = "marsaColourToken";

/// A value axis of whole numbers (persons, boats) from 0, with at most six ticks.
void setWholeRange(QValueAxis &axis, qreal maximum) {
    const double top = std::max(1.0, maximum);
    double step = 1.0;
    for (double magnitude = 1.0; top / step > 5.0; magnitude *= 10.0) {
        for (double factor : {1.0, 2.0, 5.0}) {
            step = factor * magnitude;
            if (top / step <= 5.0) {
                break;
            }
        }
    }
    const double end = std::ceil(top / step) * step;
    axis.setRange(0.0, end);
    axis.setTickCount(static_cast<int>(std::lround(end / step)) + 1);
    axis.setLabelFormat(QStringLiteral("%d"));
}

} // namespace

chart::PaletteMode paletteModeOf(const QPalette &palette) {
    for (chart::PaletteMode mode : {chart::PaletteMode::Night, chart::PaletteMode::Dusk}) {
        const QPalette candidate = chart::ChartPalette::forMode(mode).widgetPalette();
        if (candidate.color(QPalette::Window) == palette.color(QPalette::Window) &&
            candidate.color(QPalette::Text) == palette.color(QPalette::Text)) {
            return mode;
        }
    }
    return chart::PaletteMode::Day;
}

void setBars(QChart &chart, BarLayout layout, const QStringList &categories, const std::vector<BarRow> &rows,
             bool rightToLeft) {
    chart.removeAllSeries();
    for (QAbstractAxis *axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
    QAbstractBarSeries *series = nullptr;
    switch (layout) {
    case BarLayout::Grouped:
        series = new QBarSeries;
        break;
    case BarLayout::Stacked:
        series = new QStackedBarSeries;
        break;
    case BarLayout::Horizontal:
        series = new QHorizontalBarSeries;
        break;
    }
    QStringList shownCategories = categories;
    if (rightToLeft && layout != BarLayout::Horizontal) {
        std::reverse(shownCategories.begin(), shownCategories.end());
    }
    qreal maximum = 0.0;
    std::vector<qreal> stacked(static_cast<std::size_t>(categories.size()), 0.0);
    for (const BarRow &row : rows) {
        auto *set = new QBarSet(row.name);
        QList<qreal> values = row.values;
        if (rightToLeft && layout != BarLayout::Horizontal) {
            std::reverse(values.begin(), values.end());
        }
        set->append(values);
        set->setProperty(kColourProperty, static_cast<int>(row.colour));
        series->append(set);
        for (qsizetype i = 0; i < values.size() && i < categories.size(); ++i) {
            stacked[static_cast<std::size_t>(i)] += values[i];
            maximum = std::max(maximum, layout == BarLayout::Stacked ? stacked[static_cast<std::size_t>(i)]
                                                                     : values[i]);
        }
    }
    chart.addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(shownCategories);
    auto *valueAxis = new QValueAxis;
    setWholeRange(*valueAxis, maximum);
    if (layout == BarLayout::Horizontal) {
        chart.addAxis(valueAxis, Qt::AlignBottom);
        chart.addAxis(categoryAxis, rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
        valueAxis->setReverse(rightToLeft);
    } else {
        chart.addAxis(categoryAxis, Qt::AlignBottom);
        chart.addAxis(valueAxis, rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    }
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart.legend()->setVisible(rows.size() > 1);
}

void styleChart(QChart &chart, chart::PaletteMode mode, const QPalette &palette, const QFont &font) {
    chart.setTheme(mode == chart::PaletteMode::Day ? QChart::ChartThemeLight : QChart::ChartThemeDark);
    chart.setAnimationOptions(QChart::NoAnimation);
    const chart::ChartPalette colours = chart::ChartPalette::forMode(mode);
    const QColor text = palette.color(QPalette::Text);
    const QColor mid = palette.color(QPalette::Mid);
    chart.setBackgroundBrush(palette.color(QPalette::Base));
    chart.setBackgroundPen(QPen(mid));
    chart.setBackgroundRoundness(0);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setDropShadowEnabled(false);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart.setTitleFont(titleFont);
    chart.setTitleBrush(text);
    chart.legend()->setFont(font);
    chart.legend()->setLabelColor(text);
    QColor grid = mid;
    grid.setAlpha(mode == chart::PaletteMode::Day ? 110 : 160);
    for (QAbstractAxis *axis : chart.axes()) {
        axis->setLabelsFont(font);
        axis->setLabelsColor(text);
        axis->setLinePenColor(mid);
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
    for (QAbstractSeries *series : chart.series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (bars == nullptr) {
            continue;
        }
        for (QBarSet *set : bars->barSets()) {
            const auto token = static_cast<chart::ColourToken>(set->property(kColourProperty).toInt());
            set->setColor(colours.colour(token));
            set->setBorderColor(palette.color(QPalette::Base));
            set->setLabelColor(text);
        }
    }
}

} // namespace marsa::app
