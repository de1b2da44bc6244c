// Tools → Statistics… on the demonstration data set: the charts and the IOM table show the figures
// worked out by hand, the CSV is written, and the charts follow the console's palette and direction.

#include "app_fixture.h"

#include "app/statistics_view.h"
#include "core/handover_statistics.h"
#include "models/statistics_table_model.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <QTest>
#include <QValueAxis>

using namespace marsa;

namespace {

/// The whole demonstration data set (landed 3 to 42 hours before the fixture's clock), by week.
const core::StatisticsRequest kDemoWeeks{QDate(2026, 11, 9), QDate(2026, 11, 23),
                                         core::StatisticsPeriod::Week, false};

app::StatisticsView &openStatistics(test::Console &console) {
    QAction *action = console.window->findChild<QAction *>(QStringLiteral("statisticsAction"));
    REQUIRE(action != nullptr);
    action->trigger();
    auto *view = console.window->findChild<app::StatisticsView *>();
    REQUIRE(view != nullptr);
    REQUIRE(view->isVisible());
    view->setRequest(kDemoWeeks);
    return *view;
}

QAbstractBarSeries &barsOf(QChart &chart) {
    REQUIRE(chart.series().size() == 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart.series().front());
    REQUIRE(series != nullptr);
    return *series;
}

/// The values of the bar set called `name`, in category order.
QList<qreal> valuesOf(QChart &chart, const QString &name) {
    for (QBarSet *set : barsOf(chart).barSets()) {
        if (set->label() == name) {
            QList<qreal> values;
            for (int i = 0; i < set->count(); ++i) {
                values << set->at(i);
            }
            return values;
        }
    }
    FAIL("no bar set " << name.toStdString());
    return {};
}

int sumOf(const QList<qreal> &values) {
    qreal sum = 0;
    for (qreal value : values) {
        sum += value;
    }
    return static_cast<int>(sum);
}

QStringList categoriesOf(QChart &chart) {
    for (QAbstractAxis *axis : chart.axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            return categories->categories();
        }
    }
    return {};
}

void saveShot(QWidget &widget, const QString &name) {
    if (const QByteArray dir = qgetenv("MARSA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QCoreApplication::processEvents(); // the charts' scenes update on the event loop
        widget.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
    }
}

} // namespace

TEST_CASE("The statistics view shows the demonstration landings as worked out by hand") {
    test::Console console;
    app::StatisticsView &view = openStatistics(console);
    view.resize(1400, 900);
    using View = app::StatisticsView;

    // Tripoli 80 + Az Zawiya 95 + Zuwara 38 + Al Khums 120 + Misrata 106 (demo_handovers.cpp): 439 persons,
    // 338 men, 59 women, 41 children, 1 unknown; 4 boats (Al Khums and Misrata are one case); dead 2 + 1
    // and missing 3 + 3 of cases 1 and 8; medical cases 3 + 2 + 5, evacuated 2 + 1 + 3. The same figures
    // as marsa-cli stats (handover_cli_test.cpp).
    QChart &persons = view.chart(View::PersonsChart);
    CHECK(sumOf(valuesOf(persons, QStringLiteral("Men"))) == 338);
    CHECK(sumOf(valuesOf(persons, QStringLiteral("Women"))) == 59);
    CHECK(sumOf(valuesOf(persons, QStringLiteral("Children"))) == 41);
    CHECK(sumOf(valuesOf(persons, QStringLiteral("Unknown"))) == 1);
    // Three ISO weeks, 2026-W46 to 2026-W48; the landings of 21 and 22 November fall in W47, those of 23
    // November in W48.
    CHECK(categoriesOf(persons) ==
          QStringList{QStringLiteral("2026-W46"), QStringLiteral("2026-W47"), QStringLiteral("2026-W48")});
    CHECK(sumOf(valuesOf(view.chart(View::DeadMissingChart), QStringLiteral("Dead"))) == 3);
    CHECK(sumOf(valuesOf(view.chart(View::DeadMissingChart), QStringLiteral("Missing"))) == 6);
    CHECK(sumOf(valuesOf(view.chart(View::MedicalChart), QStringLiteral("Medical cases"))) == 10);
    CHECK(sumOf(valuesOf(view.chart(View::MedicalChart), QStringLiteral("Evacuated to hospital"))) == 6);
    CHECK(sumOf(valuesOf(view.chart(View::BoatsChart), QStringLiteral("Boats"))) == 4);

    QChart &places = view.chart(View::PlacesChart);
    const QStringList points = categoriesOf(places);
    const QList<qreal> byPoint = valuesOf(places, QStringLiteral("Persons"));
    REQUIRE(points.size() == 5);
    REQUIRE(byPoint.size() == 5);
    const std::map<QString, int> expected{{QStringLiteral("Tripoli"), 80},
                                          {QStringLiteral("Az Zawiya"), 95},
                                          {QStringLiteral("Zuwara"), 38},
                                          {QStringLiteral("Al Khums"), 120},
                                          {QStringLiteral("Misrata"), 106}};
    for (int i = 0; i < 5; ++i) {
        INFO(points[i].toStdString());
        REQUIRE(expected.count(points[i]) == 1);
        CHECK(static_cast<int>(byPoint[i]) == expected.at(points[i]));
    }

    // The IOM table: the whole range's total last, in bold.
    models::StatisticsTableModel &table = view.table();
    const int last = table.rowCount() - 1;
    REQUIRE(last > 0);
    using Model = models::StatisticsTableModel;
    CHECK(table.data(table.index(last, Model::ReturnedColumn)).toInt() == 439);
    CHECK(table.data(table.index(last, Model::MenColumn)).toInt() == 338);
    CHECK(table.data(table.index(last, Model::ChildrenColumn)).toInt() == 41);
    CHECK(table.data(table.index(last, Model::DeadColumn)).toInt() == 3);
    CHECK(table.data(table.index(last, Model::MissingColumn)).toInt() == 6);
    CHECK(table.data(table.index(last, Model::BoatsColumn)).toInt() == 4);
    CHECK(table.data(table.index(last, Model::MedicalColumn)).toInt() == 10);
    CHECK(table.data(table.index(last, 0), Model::IsTotalRole).toBool());
    CHECK(view.summaryText().contains(QStringLiteral("439 persons disembarked")));

    // By month: all in November.
    view.setRequest({kDemoWeeks.from, kDemoWeeks.to, core::StatisticsPeriod::Month, false});
    CHECK(categoriesOf(view.chart(View::PersonsChart)) == QStringList{QStringLiteral("2026-11")});
    CHECK(valuesOf(view.chart(View::PersonsChart), QStringLiteral("Men")) == QList<qreal>{338});
    saveShot(view, QStringLiteral("statistics-day.png"));

    // A first day after the last is said and changes nothing.
    view.setRequest({QDate(2026, 11, 30), QDate(2026, 11, 1), core::StatisticsPeriod::Week, false});
    CHECK(view.findChild<QLabel *>(QStringLiteral("statisticsSummary"))
              ->text()
              .contains(QStringLiteral("after")));
    CHECK(view.statistics().total.persons.total() == 439);
}

TEST_CASE("Export CSV writes the statistics in the layout of IOM's weekly update") {
    test::Console console;
    app::StatisticsView &view = openStatistics(console);
    const QString path = console.folder.filePath(QStringLiteral("iom.csv"));
    REQUIRE(view.exportCsv(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    CHECK(csv == core::iomWeeklyCsv(view.statistics()).toUtf8());
    CHECK(csv.startsWith("period,from,to,disembarkation_point,intercepted_returned,men,women,children,"));
    CHECK(csv.contains("All points"));
    CHECK_FALSE(view.exportCsv(console.folder.filePath(QStringLiteral("no/such/folder/iom.csv"))));
}

TEST_CASE("The statistics charts are dark at night and light again by day") {
    test::Console console;
    app::StatisticsView &view = openStatistics(console);
    QChart &persons = view.chart(app::StatisticsView::PersonsChart);
    CHECK(persons.theme() == QChart::ChartThemeLight);
    const QColor dayMen = barsOf(persons).barSets().front()->color();

    console.window->setPaletteMode(chart::PaletteMode::Night);
    QCoreApplication::processEvents();
    for (int i = 0; i < app::StatisticsView::ChartCount; ++i) {
        QChart &each = view.chart(static_cast<app::StatisticsView::Chart>(i));
        INFO(i);
        CHECK(each.theme() == QChart::ChartThemeDark);
        CHECK(each.backgroundBrush().color().lightness() < 40);
        CHECK(each.titleBrush().color() == view.palette().color(QPalette::Text));
    }
    const QColor nightMen = barsOf(persons).barSets().front()->color();
    CHECK(nightMen.lightness() < dayMen.lightness());
    CHECK(nightMen ==
          chart::ChartPalette::forMode(chart::PaletteMode::Night).colour(chart::ColourToken::UINFB));
    // The whole view, grabbed: no bright area anywhere at night (UI.md).
    const QImage night = view.grab().toImage();
    int brightest = 0;
    for (int y = 0; y < night.height(); y += 7) {
        for (int x = 0; x < night.width(); x += 7) {
            brightest = std::max(brightest, night.pixelColor(x, y).lightness());
        }
    }
    CHECK(brightest < 140);
    saveShot(view, QStringLiteral("statistics-night.png"));

    console.window->setPaletteMode(chart::PaletteMode::Day);
    QCoreApplication::processEvents();
    CHECK(persons.theme() == QChart::ChartThemeLight);
    CHECK(persons.backgroundBrush().color().lightness() > 200);
    CHECK(barsOf(persons).barSets().front()->color() == dayMen);
}

TEST_CASE("Right to left, the statistics charts run from the right") {
    test::Console console;
    app::StatisticsView &view = openStatistics(console);
    view.setLayoutDirection(Qt::RightToLeft);
    QCoreApplication::processEvents();
    QChart &persons = view.chart(app::StatisticsView::PersonsChart);
    CHECK(categoriesOf(persons) ==
          QStringList{QStringLiteral("2026-W48"), QStringLiteral("2026-W47"), QStringLiteral("2026-W46")});
    CHECK(sumOf(valuesOf(persons, QStringLiteral("Men"))) == 338);
    for (QAbstractAxis *axis : persons.axes()) {
        if (qobject_cast<QValueAxis *>(axis) != nullptr) {
            CHECK(axis->alignment() == Qt::AlignRight);
        }
    }
    saveShot(view, QStringLiteral("statistics-rtl.png"));
}
