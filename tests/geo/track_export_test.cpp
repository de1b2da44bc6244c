// Tracks written through geo::writeTrack, read back with GDAL's own API.

#include "geo/feature_writer.h"

#include "gdal_fixtures.h"

#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <ogrsf_frmts.h>

#include <limits>
#include <memory>
#include <vector>

using namespace marsa;

namespace {

constexpr std::int64_t kT0 = 1'795'000'000'000; // 2026-11-18T11:06:40.000Z

// A patrol boat leaving Tripoli: three reports, the last without speed, course or heading.
std::vector<core::VesselPosition> samplePositions() {
    std::vector<core::VesselPosition> positions(3);
    const double lats[] = {32.9, 32.95, 33.0};
    const double lons[] = {13.2, 13.25, 13.31};
    for (std::size_t i = 0; i < positions.size(); ++i) {
        positions[i].mmsi = 642000101;
        positions[i].timeMs = kT0 + static_cast<std::int64_t>(i) * 60'500;
        positions[i].lat = lats[i];
        positions[i].lon = lons[i];
        positions[i].sog = 18.5F;
        positions[i].cog = 35.0F;
        positions[i].heading = 36;
        positions[i].navStatus = 0;
        positions[i].messageType = 1;
    }
    positions[2].sog = std::numeric_limits<float>::quiet_NaN();
    positions[2].cog = std::numeric_limits<float>::quiet_NaN();
    positions[2].heading = -1;
    return positions;
}

struct Closer {
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using Dataset = std::unique_ptr<GDALDataset, Closer>;

Dataset openVector(const QString &path) {
    fixtures::registerGdal();
    return Dataset(static_cast<GDALDataset *>(
        GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr)));
}

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList entries(const QTemporaryDir &dir) {
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("A track written as GPX reads back as one named track of timed points") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ubari.gpx"));
    const auto positions = samplePositions();
    auto written = geo::writeTrack(path, geo::TrackFormat::Gpx, QStringLiteral("UBARI"), positions);
    INFO((written ? QString() : written.errorMessage()).toStdString());
    REQUIRE(written);
    CHECK(entries(dir) == QStringList{QStringLiteral("ubari.gpx")});

    Dataset dataset = openVector(path);
    REQUIRE(dataset);
    OGRLayer *tracks = dataset->GetLayerByName("tracks");
    REQUIRE(tracks != nullptr);
    REQUIRE(tracks->GetFeatureCount() == 1);
    std::unique_ptr<OGRFeature> track(tracks->GetNextFeature());
    CHECK(QString::fromUtf8(track->GetFieldAsString("name")) == QStringLiteral("UBARI"));

    OGRLayer *points = dataset->GetLayerByName("track_points");
    REQUIRE(points != nullptr);
    REQUIRE(points->GetFeatureCount() == 3);
    const char *times[] = {"2026/11/18 11:06:40+00", "2026/11/18 11:07:40.500+00", "2026/11/18 11:08:41+00"};
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<OGRFeature> point(points->GetNextFeature());
        REQUIRE(point);
        const auto *geometry = point->GetGeometryRef()->toPoint();
        CHECK(geometry->getY() == Approx(positions[static_cast<std::size_t>(i)].lat).margin(1e-9));
        CHECK(geometry->getX() == Approx(positions[static_cast<std::size_t>(i)].lon).margin(1e-9));
        CHECK(QString::fromUtf8(point->GetFieldAsString("time")) == QString::fromLatin1(times[i]));
        CHECK(point->GetFieldAsInteger("track_seg_point_id") == i);
    }
}

TEST_CASE("A track written as GeoJSON reads back as a line and its positions, nulls where not available") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ubari.geojson"));
    const auto positions = samplePositions();
    REQUIRE(geo::writeTrack(path, geo::TrackFormat::GeoJson, QStringLiteral("UBARI"), positions));

    Dataset dataset = openVector(path);
    REQUIRE(dataset);
    OGRLayer *layer = dataset->GetLayer(0);
    REQUIRE(layer->GetFeatureCount() == 4);
    std::unique_ptr<OGRFeature> line(layer->GetNextFeature());
    CHECK(QString::fromUtf8(line->GetFieldAsString("kind")) == QStringLiteral("track"));
    CHECK(QString::fromUtf8(line->GetFieldAsString("name")) == QStringLiteral("UBARI"));
    CHECK(line->GetFieldAsInteger64("mmsi") == 642000101);
    // GDAL reads ISO 8601 strings as date-times; the file itself holds them as written.
    CHECK(QString::fromUtf8(line->GetFieldAsString("start_utc")) == QStringLiteral("2026/11/18 11:06:40+00"));
    const QJsonObject file = QJsonDocument::fromJson(contents(path)).object();
    const QJsonArray features = file.value(QStringLiteral("features")).toArray();
    REQUIRE(features.size() == 4);
    const auto properties = [&](int i) {
        return features.at(i).toObject().value(QStringLiteral("properties")).toObject();
    };
    CHECK(properties(0).value(QStringLiteral("start_utc")).toString() ==
          QStringLiteral("2026-11-18T11:06:40.000Z"));
    CHECK(properties(0).value(QStringLiteral("end_utc")).toString() ==
          QStringLiteral("2026-11-18T11:08:41.000Z"));
    CHECK(properties(2).value(QStringLiteral("time_utc")).toString() ==
          QStringLiteral("2026-11-18T11:07:40.500Z"));
    CHECK(properties(3).value(QStringLiteral("heading_deg")).isNull());
    const auto *lineString = line->GetGeometryRef()->toLineString();
    REQUIRE(lineString->getNumPoints() == 3);
    CHECK(lineString->getX(2) == Approx(13.31)); // x is longitude in GeoJSON
    CHECK(lineString->getY(2) == Approx(33.0));
    for (std::size_t i = 0; i < 3; ++i) {
        std::unique_ptr<OGRFeature> point(layer->GetNextFeature());
        REQUIRE(point);
        CHECK(QString::fromUtf8(point->GetFieldAsString("kind")) == QStringLiteral("position"));
        const auto *geometry = point->GetGeometryRef()->toPoint();
        CHECK(geometry->getY() == Approx(positions[i].lat));
        CHECK(geometry->getX() == Approx(positions[i].lon));
        if (i < 2) {
            CHECK(point->GetFieldAsDouble("sog_kn") == 18.5);
            CHECK(point->GetFieldAsInteger("heading_deg") == 36);
        } else {
            CHECK(point->IsFieldNull(point->GetFieldIndex("sog_kn")));
            CHECK(point->IsFieldNull(point->GetFieldIndex("cog_deg")));
            CHECK(point->IsFieldNull(point->GetFieldIndex("heading_deg")));
        }
    }
}

TEST_CASE("A track file is not written over an existing file, nor written empty") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ubari.gpx"));
    {
        QFile existing(path);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
    }
    const auto positions = samplePositions();
    auto refused = geo::writeTrack(path, geo::TrackFormat::Gpx, QStringLiteral("UBARI"), positions);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("already exists")));
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("keep me"));
    kept.close();
    geo::FeatureWriteOptions overwrite;
    overwrite.overwrite = true;
    REQUIRE(geo::writeTrack(path, geo::TrackFormat::Gpx, QStringLiteral("UBARI"), positions, overwrite));
    CHECK(QFileInfo(path).size() > 100);

    const QString empty = dir.filePath(QStringLiteral("empty.geojson"));
    CHECK_FALSE(geo::writeTrack(empty, geo::TrackFormat::GeoJson, QStringLiteral("NONE"), {}));
    CHECK_FALSE(QFile::exists(empty));
    CHECK(entries(dir) == QStringList{QStringLiteral("ubari.gpx")});
}

TEST_CASE("The track format follows the file name") {
    CHECK(geo::trackFormatFor(QStringLiteral("a/b.gpx")) == geo::TrackFormat::Gpx);
    CHECK(geo::trackFormatFor(QStringLiteral("B.GeoJSON")) == geo::TrackFormat::GeoJson);
    CHECK(geo::trackFormatFor(QStringLiteral("b.json")) == geo::TrackFormat::GeoJson);
    CHECK_FALSE(geo::trackFormatFor(QStringLiteral("b.kml")).has_value());
    CHECK_FALSE(geo::trackFormatFor(QStringLiteral("gpx")).has_value());
}
