#include "chart/user_chart_layers.h"

#include "chart_fixtures.h"

#include "catch_qt.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace marsa::chart;

namespace {

// A small land area off Zuwara in the S-57 sense would be a layer LNDARE; this is a plain polygon.
const QByteArray kGeoJson = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"anchorage"},
  "geometry":{"type":"Polygon","coordinates":[[[12.0,33.0],[12.2,33.0],[12.2,33.2],[12.0,33.2],[12.0,33.0]]]}},
 {"type":"Feature","properties":{"name":"wreck"},"geometry":{"type":"Point","coordinates":[12.1,33.1]}}
]})";

} // namespace

TEST_CASE("A file that is not a chart is refused and nothing is added") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    REQUIRE(fixtures::writeFile(path, "not a chart"));
    auto chart = loadUserChart(path);
    REQUIRE_FALSE(chart.isOk());
    CHECK(chart.errorMessage().contains(QStringLiteral("notes.txt")));

    const auto stack = fixtures::defaultStack();
    const int before = stack->count();
    const quint64 generation = stack->generation();
    const QStringList failures = addUserCharts(*stack, {path});
    REQUIRE(failures.size() == 1);
    CHECK_FALSE(failures.front().isEmpty());
    CHECK(stack->count() == before);
    CHECK(stack->generation() == generation);
}

TEST_CASE("A missing chart file is refused with a message") {
    auto chart = loadUserChart(QStringLiteral("/nonexistent/chart.gpkg"));
    REQUIRE_FALSE(chart.isOk());
    CHECK_FALSE(chart.errorMessage().isEmpty());
}

TEST_CASE("A GeoJSON chart is loaded as a user vector chart") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("anchorage.geojson"));
    REQUIRE(fixtures::writeFile(path, kGeoJson));
    auto chart = loadUserChart(path);
    REQUIRE(chart.isOk());
    const ChartLayer &layer = *chart.value();
    CHECK(layer.kind() == ChartLayer::Kind::UserVector);
    CHECK(layer.isUserChart());
    CHECK(layer.id() == QFileInfo(path).absoluteFilePath());
    CHECK(layer.title() == QStringLiteral("anchorage.geojson"));
    REQUIRE(layer.extent().has_value());
    const MercatorRect expected = MercatorRect::fromLatLon({33.0, 12.0}, {33.2, 12.2});
    CHECK(layer.extent()->minX == Approx(expected.minX).margin(1.0));
    CHECK(layer.extent()->maxY == Approx(expected.maxY).margin(1.0));
    CHECK(dynamic_cast<const VectorChartLayer &>(layer).featureCount() == 2);
}

TEST_CASE("User charts go above the basemap and failures are reported") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("first.geojson"));
    const QString second = dir.filePath(QStringLiteral("second.geojson"));
    const QString bad = dir.filePath(QStringLiteral("bad.gpkg"));
    REQUIRE(fixtures::writeFile(first, kGeoJson));
    REQUIRE(fixtures::writeFile(second, kGeoJson));
    REQUIRE(fixtures::writeFile(bad, "garbage"));

    const auto stack = fixtures::defaultStack();
    const int before = stack->count();
    const QStringList failures =
        addUserCharts(*stack, {first, bad, QStringLiteral("/nonexistent/x.tif"), second});
    CHECK(failures.size() == 2);
    REQUIRE(stack->count() == before + 2);
    CHECK(stack->at(0)->kind() == ChartLayer::Kind::Basemap);
    CHECK(stack->at(1)->id() == QFileInfo(first).absoluteFilePath());
    CHECK(stack->at(2)->id() == QFileInfo(second).absoluteFilePath());
    CHECK(stack->at(3)->id() == QStringLiteral("srr"));
}

TEST_CASE("The finest zoom is the basemap's unless a user vector chart is shown") {
    const auto stack = fixtures::defaultStack();
    const ZoomLimits defaults = zoomLimits(*stack, QSize(800, 500));
    CHECK(defaults.finest == 200.0); // LandLayer: Natural Earth, not finer than ~200 m a pixel
    CHECK(defaults.coarsest > defaults.finest);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("anchorage.geojson"));
    REQUIRE(fixtures::writeFile(path, kGeoJson));
    REQUIRE(addUserCharts(*stack, {path}).isEmpty());
    const ZoomLimits withChart = zoomLimits(*stack, QSize(800, 500));
    CHECK(withChart.finest < defaults.finest);
    CHECK(withChart.finest == 1.0);

    stack->setVisible(stack->indexOf(QFileInfo(path).absoluteFilePath()), false);
    CHECK(zoomLimits(*stack, QSize(800, 500)).finest == 200.0);
}

TEST_CASE("The Libyan SRR view holds the whole Libyan SRR") {
    const MercatorRect view = libyanSrrView(fixtures::catalogue());
    // DOMAIN-FACTS §1.1: 30.2667N..34.3333N, 11.5E..25.1667E.
    CHECK(view.contains(MercatorRect::fromLatLon({30.2667, 11.5}, {34.3333, 25.1667})));
    CHECK_FALSE(view.contains(MercatorRect::fromLatLon({29.0, 11.5}, {34.3333, 25.1667})));
}
