#include "geo/feature_writer.h"

#include "geo/vector_source.h"

#include "gdal_fixtures.h"

#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <ogrsf_frmts.h>

using namespace marsa::geo;

namespace {

// Three points: off Zuwara, off Misrata, north of Tobruk. The second has unknown counts and no
// outcome; the third a name with a comma and Arabic letters, which CSV must quote and keep.
PointLayer sampleLayer() {
    PointLayer layer;
    layer.name = QStringLiteral("incidents");
    layer.fields = {{QStringLiteral("case_number"), FieldType::String},
                    {QStringLiteral("pob_total"), FieldType::Integer},
                    {QStringLiteral("pob_children"), FieldType::Integer},
                    {QStringLiteral("uncertainty_nm"), FieldType::Real},
                    {QStringLiteral("is_exercise"), FieldType::Boolean}};
    layer.features = {
        {{33.27, 12.08}, {QStringLiteral("LY-2026-0001"), 85, 10, 3.5, false}},
        {{32.6, 15.5}, {QStringLiteral("LY-2026-0002"), 0, QVariant(), 8.0, true}},
        {{33.35, 23.6}, {QStringLiteral("Tobruk, طبرق"), 320, 30, 5.0, false}},
    };
    return layer;
}

QStringList entries(const QTemporaryDir &dir) {
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("Point features written as GeoJSON read back latitude first, with their values and nulls") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cases.geojson"));
    auto written = writePointFeatures(path, FeatureFormat::GeoJson, sampleLayer());
    INFO((written ? QString() : written.errorMessage()).toStdString());
    REQUIRE(written);
    CHECK(entries(dir) == QStringList{QStringLiteral("cases.geojson")}); // no temporary file left

    auto features = VectorSource::readFile(path);
    REQUIRE(features);
    REQUIRE(features->size() == 3);
    const VectorFeature &first = features->at(0);
    CHECK(first.kind == GeometryKind::Point);
    CHECK(first.parts[0][0] == LatLon{33.27, 12.08});
    CHECK(first.attributes.value(QStringLiteral("case_number")).toString() == QStringLiteral("LY-2026-0001"));
    CHECK(first.attributes.value(QStringLiteral("pob_total")).toInt() == 85);
    CHECK(first.attributes.value(QStringLiteral("uncertainty_nm")).toDouble() == 3.5);
    CHECK_FALSE(features->at(1).attributes.contains(QStringLiteral("pob_children"))); // null
    CHECK(features->at(2).parts[0][0] == LatLon{33.35, 23.6});
    CHECK(features->at(2).attributes.value(QStringLiteral("case_number")).toString() ==
          QStringLiteral("Tobruk, طبرق"));

    // The file itself, as any GeoJSON reader sees it: RFC 7946 longitude, latitude.
    const QJsonDocument document = QJsonDocument::fromJson(contents(path));
    const QJsonArray items = document.object().value(QStringLiteral("features")).toArray();
    REQUIRE(items.size() == 3);
    const QJsonObject second = items.at(1).toObject();
    const QJsonArray coordinates =
        second.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray();
    REQUIRE(coordinates.size() == 2);
    CHECK(coordinates.at(0).toDouble() == 15.5);
    CHECK(coordinates.at(1).toDouble() == 32.6);
    const QJsonObject properties = second.value(QStringLiteral("properties")).toObject();
    CHECK(properties.value(QStringLiteral("pob_children")).isNull());
    CHECK(properties.value(QStringLiteral("pob_total")).toInt(-1) == 0);
    CHECK(properties.value(QStringLiteral("is_exercise")) == QJsonValue(true));
    CHECK(items.at(0)
              .toObject()
              .value(QStringLiteral("properties"))
              .toObject()
              .value(QStringLiteral("is_exercise")) == QJsonValue(false));
}

TEST_CASE("Point features written as CSV put longitude in X and latitude in Y, nulls as empty cells") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cases.csv"));
    auto written = writePointFeatures(path, FeatureFormat::Csv, sampleLayer());
    INFO((written ? QString() : written.errorMessage()).toStdString());
    REQUIRE(written);
    CHECK(entries(dir) == QStringList{QStringLiteral("cases.csv")});

    const QList<QByteArray> lines = contents(path).trimmed().split('\n');
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).trimmed() == "X,Y,case_number,pob_total,pob_children,uncertainty_nm,is_exercise");
    CHECK(lines.at(1).trimmed() == "12.08,33.27,LY-2026-0001,85,10,3.5,0");
    CHECK(lines.at(2).trimmed() == "15.5,32.6,LY-2026-0002,0,,8,1");

    // Read back through OGR, told which columns hold the coordinates.
    fixtures::registerGdal();
    const char *openOptions[] = {"X_POSSIBLE_NAMES=X", "Y_POSSIBLE_NAMES=Y", "AUTODETECT_TYPE=YES", nullptr};
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, openOptions));
    REQUIRE(dataset != nullptr);
    OGRLayer *layer = dataset->GetLayer(0);
    REQUIRE(layer->GetFeatureCount() == 3);
    layer->SetNextByIndex(2);
    std::unique_ptr<OGRFeature> third(layer->GetNextFeature());
    REQUIRE(third != nullptr);
    CHECK(QString::fromUtf8(third->GetFieldAsString("case_number")) == QStringLiteral("Tobruk, طبرق"));
    CHECK(third->GetFieldAsInteger("pob_total") == 320);
    const OGRPoint *point = third->GetGeometryRef()->toPoint();
    CHECK(point->getX() == Approx(23.6));
    CHECK(point->getY() == Approx(33.35));
}

TEST_CASE("Writing into a folder that does not exist fails with a message and leaves nothing") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/cases.geojson"));
    for (const FeatureFormat format : {FeatureFormat::GeoJson, FeatureFormat::Csv}) {
        auto written = writePointFeatures(path, format, sampleLayer());
        REQUIRE_FALSE(written);
        CHECK(written.errorMessage().contains(QStringLiteral("does not exist")));
        CHECK(entries(dir).isEmpty());
    }
}

TEST_CASE("A write that GDAL refuses half way leaves neither the file nor its temporary") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cases.csv"));
    PointLayer layer = sampleLayer();
    layer.fields.push_back(layer.fields.front()); // a second "case_number": CSV refuses it
    for (PointFeature &feature : layer.features) {
        feature.values.append(QStringLiteral("again"));
    }
    auto written = writePointFeatures(path, FeatureFormat::Csv, layer);
    REQUIRE_FALSE(written);
    CHECK(written.errorMessage().contains(QStringLiteral("cases.csv")));
    CHECK(entries(dir).isEmpty());
}

TEST_CASE("An existing file is kept as it is unless replacing it is asked for") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cases.geojson"));
    REQUIRE(fixtures::writeFile(path, "keep me"));
    auto refused = writePointFeatures(path, FeatureFormat::GeoJson, sampleLayer());
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("already exists")));
    CHECK(contents(path) == "keep me");
    CHECK(entries(dir) == QStringList{QStringLiteral("cases.geojson")});

    FeatureWriteOptions options;
    options.overwrite = true;
    auto replaced = writePointFeatures(path, FeatureFormat::GeoJson, sampleLayer(), options);
    REQUIRE(replaced);
    CHECK(
        QJsonDocument::fromJson(contents(path)).object().value(QStringLiteral("features")).toArray().size() ==
        3);
    CHECK(entries(dir) == QStringList{QStringLiteral("cases.geojson")});
}
