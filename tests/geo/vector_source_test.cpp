#include "geo/vector_source.h"

#include "gdal_fixtures.h"

#include "catch_qt.h"

#include <QTemporaryDir>

#include <ogrsf_frmts.h>

using namespace marsa::geo;

namespace {

// A square off Tripoli, 13.0E..13.5E, 33.0N..33.5N, with attributes.
const QByteArray kGeoJson = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"box","depth":12.5,"count":3},
  "geometry":{"type":"Polygon","coordinates":[[[13.0,33.0],[13.5,33.0],[13.5,33.5],[13.0,33.5],[13.0,33.0]]]}},
 {"type":"Feature","properties":{"name":"route"},
  "geometry":{"type":"LineString","coordinates":[[13.1833,32.9],[12.601,35.494]]}},
 {"type":"Feature","properties":{"name":"buoy"},"geometry":{"type":"Point","coordinates":[13.25,33.25]}},
 {"type":"Feature","properties":{"name":"empty"},"geometry":null}
]})";

void checkRejected(const QString &path) {
    INFO(path.toStdString());
    auto source = VectorSource::open(path);
    REQUIRE_FALSE(source.isOk());
    CHECK_FALSE(source.errorMessage().trimmed().isEmpty());
}

} // namespace

TEST_CASE("A vector file that does not exist is refused with a message") {
    checkRejected(QStringLiteral("/nonexistent/chart.geojson"));
}

TEST_CASE("A text file that is not a chart is refused as vector data") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString garbage = dir.filePath(QStringLiteral("garbage.geojson"));
    REQUIRE(fixtures::writeFile(garbage, "not a chart"));
    checkRejected(garbage);
    const QString empty = dir.filePath(QStringLiteral("empty.gpkg"));
    REQUIRE(fixtures::writeFile(empty, QByteArray()));
    checkRejected(empty);
}

TEST_CASE("A GeoJSON file is read latitude first with its attributes") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("box.geojson"));
    REQUIRE(fixtures::writeFile(path, kGeoJson));
    auto source = VectorSource::open(path);
    REQUIRE(source.isOk());
    CHECK(source->driverName() == QStringLiteral("GeoJSON"));
    CHECK(source->path() == path);
    CHECK(source->layerNames().size() == 1);

    auto features = source->read();
    REQUIRE(features.isOk());
    REQUIRE(features->size() == 3); // the feature without a geometry is skipped
    const VectorFeature &box = features->at(0);
    CHECK(box.kind == GeometryKind::Polygon);
    REQUIRE(box.parts.size() == 1);
    REQUIRE(box.parts[0].size() == 5);
    CHECK(box.parts[0][1] == LatLon{33.0, 13.5});
    CHECK(box.parts[0][2] == LatLon{33.5, 13.5});
    CHECK(box.attributes.value(QStringLiteral("name")).toString() == QStringLiteral("box"));
    CHECK(box.attributes.value(QStringLiteral("depth")).toDouble() == 12.5);
    CHECK(box.attributes.value(QStringLiteral("count")).toInt() == 3);

    CHECK(features->at(1).kind == GeometryKind::Line);
    CHECK(features->at(1).parts[0].back() == LatLon{35.494, 12.601});
    CHECK(features->at(2).kind == GeometryKind::Point);
    CHECK(features->at(2).parts[0][0] == LatLon{33.25, 13.25});
}

TEST_CASE("Reading vector data can skip attributes and other layers") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("box.geojson"));
    REQUIRE(fixtures::writeFile(path, kGeoJson));
    auto source = VectorSource::open(path);
    REQUIRE(source.isOk());
    VectorReadOptions options;
    options.withAttributes = false;
    auto bare = source->read(options);
    REQUIRE(bare.isOk());
    REQUIRE(bare->size() == 3);
    CHECK(bare->front().attributes.isEmpty());
    options.layers = QStringList{QStringLiteral("no such layer")};
    auto none = source->read(options);
    REQUIRE(none.isOk());
    CHECK(none->empty());
}

TEST_CASE("A GeoPackage in Web Mercator is reprojected to WGS84") {
    fixtures::registerGdal();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("web-mercator.gpkg"));
    const LatLon corners[] = {{32.9, 13.1833}, {32.9, 14.0}, {33.6, 14.0}, {33.6, 13.1833}, {32.9, 13.1833}};
    {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        REQUIRE(driver != nullptr);
        std::unique_ptr<GDALDataset> dataset(
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(dataset != nullptr);
        OGRSpatialReference webMercator;
        REQUIRE(webMercator.importFromEPSG(3857) == OGRERR_NONE);
        OGRLayer *layer = dataset->CreateLayer("areas", &webMercator, wkbPolygon, nullptr);
        REQUIRE(layer != nullptr);
        OGRFieldDefn name("name", OFTString);
        REQUIRE(layer->CreateField(&name) == OGRERR_NONE);
        OGRLinearRing ring;
        for (const LatLon &c : corners) {
            double x = 0.0;
            double y = 0.0;
            fixtures::toWebMercator(c.latitude, c.longitude, x, y);
            ring.addPoint(x, y);
        }
        OGRPolygon polygon;
        polygon.addRing(&ring);
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("name", "off Tripoli");
        feature.SetGeometry(&polygon);
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    auto source = VectorSource::open(path);
    REQUIRE(source.isOk());
    CHECK(source->driverName() == QStringLiteral("GPKG"));
    CHECK(source->layerNames() == QStringList{QStringLiteral("areas")});
    auto features = source->read();
    REQUIRE(features.isOk());
    REQUIRE(features->size() == 1);
    const VectorFeature &area = features->front();
    CHECK(area.kind == GeometryKind::Polygon);
    CHECK(area.layer == QStringLiteral("areas"));
    CHECK(area.attributes.value(QStringLiteral("name")).toString() == QStringLiteral("off Tripoli"));
    REQUIRE(area.parts.size() == 1);
    REQUIRE(area.parts[0].size() == std::size(corners));
    for (std::size_t i = 0; i < std::size(corners); ++i) {
        CHECK(area.parts[0][i].latitude == Approx(corners[i].latitude).margin(1e-6));
        CHECK(area.parts[0][i].longitude == Approx(corners[i].longitude).margin(1e-6));
    }
}

TEST_CASE("Simplifying vector data drops vertices within the tolerance") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("wiggle.geojson"));
    // A line along 33N with 0.0001° wiggles: a 0.01° tolerance leaves its two ends.
    QByteArray coordinates;
    for (int i = 0; i <= 100; ++i) {
        coordinates += (i ? "," : "") + QByteArray("[") + QByteArray::number(13.0 + i * 0.01) + "," +
                       QByteArray::number(33.0 + (i % 2) * 0.0001) + "]";
    }
    REQUIRE(fixtures::writeFile(
        path, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
              R"("geometry":{"type":"LineString","coordinates":[)" +
                  coordinates + "]}}]}"));
    auto source = VectorSource::open(path);
    REQUIRE(source.isOk());
    auto full = source->read();
    REQUIRE(full.isOk());
    CHECK(full->front().parts[0].size() == 101);
    VectorReadOptions options;
    options.simplifyToleranceDeg = 0.01;
    auto simple = source->read(options);
    REQUIRE(simple.isOk());
    CHECK(simple->front().parts[0].size() == 2);
}

TEST_CASE("A missing built-in resource is refused with a message") {
    auto source = VectorSource::open(QStringLiteral(":/marsa/no-such-file.geojson"));
    REQUIRE_FALSE(source.isOk());
    CHECK(source.errorMessage().contains(QStringLiteral("no-such-file")));
}

TEST_CASE("A Shapefile in UTM with its .prj beside it is reprojected to WGS84") {
    fixtures::registerGdal();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("utm.shp"));
    const LatLon tripoli{32.9, 13.1833};
    {
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference utm;
        REQUIRE(utm.importFromEPSG(32633) == OGRERR_NONE); // WGS 84 / UTM zone 33N
        utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        std::unique_ptr<OGRCoordinateTransformation> toUtm(OGRCreateCoordinateTransformation(&wgs84, &utm));
        REQUIRE(toUtm != nullptr);
        double x = tripoli.longitude;
        double y = tripoli.latitude;
        REQUIRE(toUtm->Transform(1, &x, &y));
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        REQUIRE(driver != nullptr);
        std::unique_ptr<GDALDataset> dataset(
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(dataset != nullptr);
        OGRLayer *layer = dataset->CreateLayer("utm", &utm, wkbPoint, nullptr);
        REQUIRE(layer != nullptr);
        OGRPoint point(x, y);
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetGeometry(&point);
        REQUIRE(layer->CreateFeature(&feature) == OGRERR_NONE);
    }
    REQUIRE(QFile::exists(dir.filePath(QStringLiteral("utm.prj"))));
    auto source = VectorSource::open(path);
    REQUIRE(source.isOk());
    auto features = source->read();
    REQUIRE(features.isOk());
    REQUIRE(features->size() == 1);
    CHECK(features->front().parts[0][0].latitude == Approx(tripoli.latitude).margin(1e-6));
    CHECK(features->front().parts[0][0].longitude == Approx(tripoli.longitude).margin(1e-6));
}
