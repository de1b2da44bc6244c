#include "geo/raster_source.h"

#include "gdal_fixtures.h"

#include "catch_qt.h"

#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <vector>

using namespace marsa::geo;

namespace {

constexpr int kSize = 64;

struct GeoTiffOptions {
    bool georeferenced = true;
    bool paletted = false;
};

// A 64×64 GeoTIFF in EPSG:4326 over 13E..14E, 32N..33N: RGB (200, 100, 50), or one paletted band
// whose every pixel is index 1 = (10, 200, 30).
bool writeGeoTiff(const QString &path, GeoTiffOptions options) {
    fixtures::registerGdal();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (driver == nullptr) {
        return false;
    }
    const int bands = options.paletted ? 1 : 3;
    GDALDataset *dataset = driver->Create(path.toUtf8().constData(), kSize, kSize, bands, GDT_Byte, nullptr);
    if (dataset == nullptr) {
        return false;
    }
    if (options.georeferenced) {
        double transform[6] = {13.0, 1.0 / kSize, 0.0, 33.0, 0.0, -1.0 / kSize};
        dataset->SetGeoTransform(transform);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        dataset->SetSpatialRef(&wgs84);
    }
    std::vector<GByte> plane(kSize * kSize);
    bool ok = true;
    if (options.paletted) {
        GDALColorTable table;
        const GDALColorEntry black{0, 0, 0, 255};
        const GDALColorEntry green{10, 200, 30, 255};
        table.SetColorEntry(0, &black);
        table.SetColorEntry(1, &green);
        dataset->GetRasterBand(1)->SetColorTable(&table);
        dataset->GetRasterBand(1)->SetColorInterpretation(GCI_PaletteIndex);
        std::fill(plane.begin(), plane.end(), GByte{1});
        ok = dataset->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, kSize, kSize, plane.data(), kSize, kSize,
                                                 GDT_Byte, 0, 0, nullptr) == CE_None;
    } else {
        const GByte values[] = {200, 100, 50};
        for (int band = 1; band <= 3; ++band) {
            std::fill(plane.begin(), plane.end(), values[band - 1]);
            ok = ok &&
                 dataset->GetRasterBand(band)->RasterIO(GF_Write, 0, 0, kSize, kSize, plane.data(), kSize,
                                                        kSize, GDT_Byte, 0, 0, nullptr) == CE_None;
        }
    }
    GDALClose(dataset);
    return ok;
}

std::uint32_t pixel(const MercatorRaster &raster, int x, int y) {
    return raster.argb[static_cast<std::size_t>(y) * static_cast<std::size_t>(raster.width) +
                       static_cast<std::size_t>(x)];
}

void checkRejected(const QString &path) {
    INFO(path.toStdString());
    auto source = RasterSource::open(path);
    REQUIRE_FALSE(source.isOk());
    CHECK_FALSE(source.errorMessage().trimmed().isEmpty());
}

} // namespace

TEST_CASE("A raster file that does not exist is refused with a message") {
    checkRejected(QStringLiteral("/nonexistent/chart.tif"));
}

TEST_CASE("A text file or an empty file is refused as a raster chart") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString garbage = dir.filePath(QStringLiteral("garbage.tif"));
    REQUIRE(fixtures::writeFile(garbage, "not a chart"));
    checkRejected(garbage);
    const QString empty = dir.filePath(QStringLiteral("empty.kap"));
    REQUIRE(fixtures::writeFile(empty, QByteArray()));
    checkRejected(empty);
}

TEST_CASE("A GeoTIFF without a georeference is refused") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plain.tif"));
    REQUIRE(writeGeoTiff(path, {false, false}));
    auto source = RasterSource::open(path);
    REQUIRE_FALSE(source.isOk());
    CHECK(source.errorMessage().contains(QStringLiteral("georeference")));
}

TEST_CASE("An RGB GeoTIFF is warped to Mercator over its own extent") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rgb.tif"));
    REQUIRE(writeGeoTiff(path, {}));
    auto source = RasterSource::open(path);
    REQUIRE(source.isOk());
    CHECK(source->driverName() == QStringLiteral("GTiff"));
    CHECK(source->path() == path);

    auto raster = source->readMercator();
    REQUIRE(raster.isOk());
    REQUIRE(raster->width > 0);
    REQUIRE(raster->height > 0);
    REQUIRE(raster->argb.size() ==
            static_cast<std::size_t>(raster->width) * static_cast<std::size_t>(raster->height));

    const MercatorPoint southWest = mercator::project({32.0, 13.0});
    const MercatorPoint northEast = mercator::project({33.0, 14.0});
    const double pixelX = (raster->maximum.x - raster->minimum.x) / raster->width;
    const double pixelY = (raster->maximum.y - raster->minimum.y) / raster->height;
    CHECK(raster->minimum.x == Approx(southWest.x).margin(pixelX));
    CHECK(raster->minimum.y == Approx(southWest.y).margin(pixelY));
    CHECK(raster->maximum.x == Approx(northEast.x).margin(pixelX));
    CHECK(raster->maximum.y == Approx(northEast.y).margin(pixelY));
    // About the source's resolution: 1/64 degree of longitude is 1739 Mercator metres.
    CHECK(source->nativeMetresPerPixel() == Approx(mercator::project({0.0, 1.0 / kSize}).x).epsilon(0.2));

    // Inside the chart: opaque and in the file's colour.
    for (int y = raster->height / 8; y < raster->height * 7 / 8; y += 5) {
        for (int x = raster->width / 8; x < raster->width * 7 / 8; x += 5) {
            INFO(x << ", " << y);
            CHECK(pixel(*raster, x, y) == 0xFFC86432u);
        }
    }
}

TEST_CASE("A raster is read at most maxDimension pixels on its longer side") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rgb.tif"));
    REQUIRE(writeGeoTiff(path, {}));
    auto source = RasterSource::open(path);
    REQUIRE(source.isOk());
    auto small = source->readMercator(16);
    REQUIRE(small.isOk());
    CHECK(std::max(small->width, small->height) == 16);
    CHECK((small->argb[small->argb.size() / 2] >> 24) == 0xFFu);
}

TEST_CASE("A paletted GeoTIFF is expanded to the palette's colours") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("palette.tif"));
    REQUIRE(writeGeoTiff(path, {true, true}));
    auto source = RasterSource::open(path);
    REQUIRE(source.isOk());
    auto raster = source->readMercator();
    REQUIRE(raster.isOk());
    for (int y = raster->height / 8; y < raster->height * 7 / 8; y += 5) {
        for (int x = raster->width / 8; x < raster->width * 7 / 8; x += 5) {
            INFO(x << ", " << y);
            CHECK(pixel(*raster, x, y) == 0xFF0AC81Eu);
        }
    }
}

// A plain TIFF placed by a world file (.tfw) with its CRS in .aux.xml, as GIS tools export scans.
// GDAL finds both beside the image only when it may list the folder.
TEST_CASE("A TIFF georeferenced by a world file beside it is opened") {
    fixtures::registerGdal();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("scan.tif"));
    {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GTiff");
        REQUIRE(driver != nullptr);
        const char *options[] = {"PROFILE=BASELINE", "TFW=YES", nullptr};
        GDALDataset *dataset = driver->Create(path.toUtf8().constData(), kSize, kSize, 3, GDT_Byte,
                                              const_cast<char **>(options));
        REQUIRE(dataset != nullptr);
        double transform[6] = {13.0, 1.0 / kSize, 0.0, 33.0, 0.0, -1.0 / kSize};
        dataset->SetGeoTransform(transform);
        OGRSpatialReference wgs84;
        wgs84.importFromEPSG(4326);
        // x is longitude, as in every world file GIS tools write.
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        dataset->SetSpatialRef(&wgs84);
        GDALClose(dataset);
    }
    REQUIRE(QFile::exists(dir.filePath(QStringLiteral("scan.tfw"))));
    auto source = RasterSource::open(path);
    if (!source) {
        FAIL("refused: " << source.errorMessage().toStdString());
    }
    auto raster = source->readMercator();
    REQUIRE(raster.isOk());
    CHECK(raster->minimum.x == Approx(mercator::project({32.0, 13.0}).x).margin(2000.0));
}
