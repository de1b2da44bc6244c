#include "app_fixture.h"

#include "app/chart_canvas.h"
#include "chart/range_bearing.h"
#include "geo/coordinate_format.h"
#include "geo/geodesy.h"
#include "storage/connection_monitor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace marsa;

namespace {

QString labelText(app::MainWindow &window, const char *name) {
    auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label != nullptr);
    return label->text();
}

QPoint screenPoint(app::ChartCanvas &canvas, double latitude, double longitude) {
    return canvas.viewport().toScreen(geo::LatLon{latitude, longitude}).toPoint();
}

void wheel(QWidget *widget, QPointF at, int delta) {
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

TEST_CASE("The console opens on the Libyan SRR with every panel, the scale and the UTC clock", "[engines]") {
    test::Console console;
    app::MainWindow &window = *console.window;
    for (const char *dock :
         {"incidentsDock", "vesselsDock", "disembarkationsDock", "eventLogDock", "layersDock"}) {
        auto *widget = window.findChild<QDockWidget *>(QString::fromLatin1(dock));
        REQUIRE(widget != nullptr);
        CHECK(widget->isVisible());
    }
    app::ChartCanvas &canvas = window.canvas();
    // The whole Libyan SRR is in view: its NW corner and its coast at the Egyptian border.
    const QRect area = canvas.rect();
    CHECK(area.contains(screenPoint(canvas, 34.3333, 11.5)));
    CHECK(area.contains(screenPoint(canvas, 31.6667, 25.1667)));
    CHECK(labelText(window, "clockLabel").contains(QStringLiteral("2026-11-23 10:00:00")));
    CHECK(labelText(window, "clockLabel").endsWith(QStringLiteral("UTC")));
    CHECK(labelText(window, "scaleLabel").contains(QStringLiteral("1:")));
    // The event log panel shows what the application logged.
    CHECK(console.log.rowCount() >= 0);
}

TEST_CASE("The status bar reads the cursor position in degrees and minutes, and every SRR it is in") {
    test::Console console;
    app::MainWindow &window = *console.window;
    app::ChartCanvas &canvas = window.canvas();

    const QPoint offTripoli = screenPoint(canvas, 33.5, 14.0);
    QTest::mouseMove(&canvas, offTripoli);
    const geo::LatLon under = canvas.viewport().toLatLon(offTripoli);
    CHECK(labelText(window, "positionLabel").contains(geo::formatPosition(under)));
    CHECK(labelText(window, "srrLabel") == QStringLiteral("SRR: Libya SRR"));

    // Lampedusa lies where the declared Malta and Italy SRRs overlap (DOMAIN-FACTS 1.3).
    QTest::mouseMove(&canvas, screenPoint(canvas, 35.494, 12.601));
    const QString overlap = labelText(window, "srrLabel");
    CHECK(overlap.contains(QStringLiteral("Malta SRR")));
    CHECK(overlap.contains(QStringLiteral("Italy SRR")));
    CHECK(overlap.contains(QStringLiteral("overlap")));

    window.showCursorPosition(geo::LatLon{33.09, 13.17});
    CHECK(labelText(window, "positionLabel").contains(QStringLiteral("33°05.400'N 013°10.200'E")));
}

TEST_CASE("The wheel zooms about the cursor, within what the data can show") {
    test::Console console;
    app::ChartCanvas &canvas = console.window->canvas();
    const QPointF cursor(canvas.width() * 0.3, canvas.height() * 0.6);
    const geo::LatLon before = canvas.viewport().toLatLon(cursor);
    const double resolution = canvas.viewport().metresPerPixel();
    wheel(&canvas, cursor, 120);
    CHECK(canvas.viewport().metresPerPixel() == Approx(resolution / 1.25));
    const geo::LatLon after = canvas.viewport().toLatLon(cursor);
    CHECK(after.latitude == Approx(before.latitude).margin(1e-9));
    CHECK(after.longitude == Approx(before.longitude).margin(1e-9));

    for (int i = 0; i < 60; ++i) {
        wheel(&canvas, cursor, 120);
    }
    CHECK(canvas.viewport().metresPerPixel() == Approx(canvas.zoomLimits().finest));
    for (int i = 0; i < 60; ++i) {
        wheel(&canvas, cursor, -120);
    }
    CHECK(canvas.viewport().metresPerPixel() == Approx(canvas.zoomLimits().coarsest));
}

TEST_CASE("Arrow keys, +/- and dragging move the chart") {
    test::Console console;
    app::MainWindow &window = *console.window;
    app::ChartCanvas &canvas = window.canvas();
    const geo::MercatorPoint start = canvas.viewport().centre();
    QTest::keyClick(&canvas, Qt::Key_Right);
    CHECK(canvas.viewport().centre().x > start.x); // shows what lies to the east
    QTest::keyClick(&canvas, Qt::Key_Up);
    CHECK(canvas.viewport().centre().y > start.y);

    const double resolution = canvas.viewport().metresPerPixel();
    QTest::keyClick(&canvas, Qt::Key_Plus);
    CHECK(canvas.viewport().metresPerPixel() < resolution);
    QTest::keyClick(&canvas, Qt::Key_Minus);
    CHECK(canvas.viewport().metresPerPixel() == Approx(resolution));

    const geo::MercatorPoint beforeDrag = canvas.viewport().centre();
    const QPoint from(400, 300);
    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(&canvas, from + QPoint(100, 0));
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, from + QPoint(100, 0));
    // Dragging the chart to the right brings the west into view.
    CHECK(canvas.viewport().centre().x == Approx(beforeDrag.x - 100 * canvas.viewport().metresPerPixel()));

    window.findChild<QAction *>(QStringLiteral("zoomSrrAction"))->trigger();
    CHECK(canvas.rect().contains(screenPoint(canvas, 34.3333, 11.5)));
}

TEST_CASE("The range and bearing tool measures the geodesic between two points of a drag") {
    test::Console console;
    app::MainWindow &window = *console.window;
    app::ChartCanvas &canvas = window.canvas();
    window.findChild<QAction *>(QStringLiteral("measureAction"))->setChecked(true);
    const QPoint tripoli = screenPoint(canvas, 32.9, 13.1833);
    const QPoint lampedusa = screenPoint(canvas, 35.494, 12.601);
    QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, tripoli);
    QTest::mouseMove(&canvas, lampedusa);
    QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, lampedusa);
    const auto measure = canvas.measurement();
    REQUIRE(measure.has_value());
    const geo::RangeBearing expected =
        geo::rangeBearing(canvas.viewport().toLatLon(tripoli), canvas.viewport().toLatLon(lampedusa));
    CHECK(measure->distanceNm == Approx(expected.distanceNm));
    CHECK(measure->initialBearingDeg == Approx(expected.initialBearingDeg));
    CHECK(measure->distanceNm == Approx(157.0).margin(3.0)); // Tripoli to Lampedusa, about 157 NM
    CHECK(window.statusBar()->currentMessage().contains(chart::rangeBearingText(*measure)));
    // Measuring does not pan.
    CHECK(canvas.rect().contains(screenPoint(canvas, 34.3333, 11.5)));
}

TEST_CASE("The night palette darkens the chart and the whole console together") {
    test::Console console;
    app::MainWindow &window = *console.window;
    window.findChild<QAction *>(QStringLiteral("palette-night"))->trigger();
    QCoreApplication::processEvents(); // palette changes reach the widgets as events
    CHECK(window.paletteMode() == chart::PaletteMode::Night);
    CHECK(QApplication::palette().color(QPalette::Base) == QColor(0, 0, 0));
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 16);
    const QImage image = window.grab().toImage();
    int brightest = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            const QColor c = image.pixelColor(x, y);
            brightest = std::max({brightest, c.red(), c.green(), c.blue()});
        }
    }
    // S-101 night: the brightest token is about 5 cd/m², sRGB channels under 0x8C.
    if (brightest > 0x8C) {
        image.save(QDir::temp().filePath(QStringLiteral("marsa-night-failure.png"))); // to look at
    }
    CHECK(brightest <= 0x8C);
    window.findChild<QAction *>(QStringLiteral("palette-day"))->trigger();
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 200);
}

TEST_CASE("A chart file GDAL cannot read is refused with a message and changes nothing") {
    test::Console console;
    app::MainWindow &window = *console.window;
    const QString garbage = console.folder.filePath(QStringLiteral("broken.kap"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a chart\n\x01\x02\x03");
    file.close();
    const int layers = console.layers.count();
    const auto added = window.addChartFile(garbage);
    REQUIRE_FALSE(added);
    CHECK(added.errorMessage().contains(QStringLiteral("broken.kap")));
    CHECK(console.layers.count() == layers);
    CHECK(console.settings->value(QStringLiteral("charts/files")).toStringList().isEmpty());
}

TEST_CASE("A user chart is added above the land, listed, and remembered across restarts") {
    test::Console console;
    const QString path = console.folder.filePath(QStringLiteral("harbour.geojson"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":
        {"type":"Polygon","coordinates":[[[13.15,32.88],[13.22,32.88],[13.22,32.92],[13.15,32.92],[13.15,32.88]]]}}]})");
    file.close();
    const int layers = console.layers.count();
    REQUIRE(console.window->addChartFile(path));
    CHECK(console.layers.count() == layers + 1);
    CHECK(console.layers.at(1)->isUserChart());
    auto *list = console.window->findChild<QListView *>(QStringLiteral("layerList"));
    REQUIRE(list != nullptr);
    CHECK(list->model()->rowCount() == layers + 1);
    // A detailed chart lets the officer zoom further than the basemap alone.
    CHECK(console.window->canvas().zoomLimits().finest < 200.0);

    // Hide a panel and a layer, close, start again: all as it was left.
    console.window->findChild<QDockWidget *>(QStringLiteral("vesselsDock"))->hide();
    console.layers.setVisible(console.layers.indexOf(QStringLiteral("graticule")), false);
    console.window->close();
    console.open();
    CHECK(console.layers.indexOf(QFileInfo(path).absoluteFilePath()) == 1);
    CHECK_FALSE(console.layers.at(console.layers.indexOf(QStringLiteral("graticule")))->isVisible());
    CHECK_FALSE(console.window->findChild<QDockWidget *>(QStringLiteral("vesselsDock"))->isVisible());
    CHECK(console.window->findChild<QDockWidget *>(QStringLiteral("incidentsDock"))->isVisible());
}

TEST_CASE("In a right-to-left layout the panels mirror but the chart keeps north up and east right") {
    QApplication::setLayoutDirection(Qt::RightToLeft);
    test::Console console;
    app::ChartCanvas &canvas = console.window->canvas();
    CHECK(console.window->layoutDirection() == Qt::RightToLeft);
    CHECK(canvas.layoutDirection() == Qt::LeftToRight);
    CHECK(screenPoint(canvas, 33.0, 14.0).x() > screenPoint(canvas, 33.0, 13.0).x());
    CHECK(screenPoint(canvas, 34.0, 13.0).y() < screenPoint(canvas, 33.0, 13.0).y());
    // The incidents panel sits on the right of the chart in Arabic.
    auto *incidents = console.window->findChild<QDockWidget *>(QStringLiteral("incidentsDock"));
    CHECK(incidents->mapTo(console.window.get(), QPoint(0, 0)).x() >
          canvas.mapTo(console.window.get(), QPoint(0, 0)).x());
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("The same chart file added twice is refused the second time") {
    test::Console console;
    const QString path = console.folder.filePath(QStringLiteral("zone.geojson"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":
        {"type":"Point","coordinates":[13.2,32.9]}}]})");
    file.close();
    REQUIRE(console.window->addChartFile(path));
    const int layers = console.layers.count();
    const auto again = console.window->addChartFile(path);
    REQUIRE_FALSE(again);
    CHECK(again.errorMessage().contains(QStringLiteral("already on the chart")));
    CHECK(console.layers.count() == layers);
}

TEST_CASE("With the Arabic translation the console and its messages speak Arabic") {
    QTranslator arabic;
    REQUIRE(arabic.load(QStringLiteral(":/i18n/marsa_ar.qm")));
    QCoreApplication::installTranslator(&arabic);
    CHECK(QGuiApplication::tr("QT_LAYOUT_DIRECTION") == QStringLiteral("RTL"));
    {
        test::Console console;
        CHECK(console.window->windowTitle().startsWith(QStringLiteral("مرسى")));
        auto *incidents = console.window->findChild<QDockWidget *>(QStringLiteral("incidentsDock"));
        CHECK(incidents->windowTitle() == QStringLiteral("الحوادث"));
        // Errors from the layers below the console are translated too.
        const auto refused = geo::parsePosition(QStringLiteral("33 61N 13 10E"));
        REQUIRE_FALSE(refused);
        CHECK(refused.errorMessage() == QStringLiteral("يجب أن تكون الدقائق والثواني بين 0 و60."));
    }
    QCoreApplication::removeTranslator(&arabic);
    CHECK(geo::parsePosition(QStringLiteral("33 61N 13 10E")).errorMessage() ==
          QStringLiteral("Minutes and seconds must be between 0 and 60."));
}

TEST_CASE("The Incidents panel lists the demonstration cases, newest first, with their phases", "[engines]") {
    test::Console console;
    auto *view = console.window->findChild<QTableView *>(QStringLiteral("incidentsView"));
    REQUIRE(view != nullptr);
    const QAbstractItemModel *model = view->model();
    // Open cases by default: the closed case and the false alarm are not listed.
    CHECK(model->rowCount() == 6);
    auto *status = console.window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    REQUIRE(status != nullptr);
    status->setCurrentIndex(1); // all cases
    REQUIRE(model->rowCount() == 8);
    const int year = console.clock.now.addSecs(-30 * 3600).date().year();
    CHECK(model->index(0, 0).data().toString() ==
          QStringLiteral("LY-%1-0008").arg(console.clock.now.addSecs(-36 * 3600).date().year()));
    CHECK(model->index(7, 0).data().toString() == QStringLiteral("LY-%1-0001").arg(year));
    QStringList phases;
    for (int row = 0; row < model->rowCount(); ++row) {
        phases << model->index(row, 1).data().toString();
    }
    CHECK(phases.contains(QStringLiteral("DETRESFA")));
    CHECK(phases.contains(QStringLiteral("INCERFA")));
    // Sorting by persons on board puts the wooden boat with 320 on top.
    view->sortByColumn(3, Qt::DescendingOrder);
    CHECK(model->index(0, 3).data().toInt() == 320);
}

TEST_CASE("A lost database connection is shown at once and greys the write actions until restored") {
    test::Console console;
    app::MainWindow &window = *console.window;
    window.show();
    auto *monitor = window.findChild<storage::ConnectionMonitor *>(QStringLiteral("connectionMonitor"));
    REQUIRE(monitor != nullptr);
    auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    REQUIRE(label != nullptr);
    auto *newCase = window.findChild<QAction *>(QStringLiteral("newIncidentAction"));
    REQUIRE(newCase != nullptr);
    CHECK(label->isHidden());
    REQUIRE(newCase->isEnabled());

    Q_EMIT monitor->lost(QStringLiteral("The database is unreachable: server closed the connection"));
    CHECK(label->isVisible());
    CHECK(label->text() == QStringLiteral("Database unreachable — showing the last known state, read-only"));
    CHECK(label->toolTip().contains(QStringLiteral("server closed the connection")));
    CHECK(label->palette().color(QPalette::WindowText) != window.palette().color(QPalette::WindowText));
    CHECK_FALSE(newCase->isEnabled());
    auto *newDisembarkation = window.findChild<QAction *>(QStringLiteral("newDisembarkationAction"));
    REQUIRE(newDisembarkation != nullptr);
    CHECK_FALSE(newDisembarkation->isEnabled());

    Q_EMIT monitor->restored();
    CHECK(label->isHidden());
    CHECK(newCase->isEnabled());
}
