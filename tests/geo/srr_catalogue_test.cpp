#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"

#include "catch_qt.h"

#include <QFile>
#include <QTemporaryDir>

using namespace marsa::geo;

// Expected answers come from the GISIS polygons and the derived overlaps in DOMAIN-FACTS §1.1-1.3
// (resources/reference/sar-reference.geojson holds the same vertices).

namespace {

const SrrCatalogue &catalogue() {
    static const SrrCatalogue loaded = [] {
        auto result = SrrCatalogue::load(sarReferencePath());
        if (!result) {
            FAIL("cannot load the SRR catalogue: " << result.errorMessage().toStdString());
        }
        return std::move(result).value();
    }();
    return loaded;
}

QStringList ids(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *id : list) {
        out << QString::fromLatin1(id);
    }
    return out;
}

} // namespace

TEST_CASE("The SRR catalogue holds the declared areas and the approximate limits") {
    const SrrCatalogue &srrs = catalogue();
    for (const char *id : {"LBY", "MLT", "TUN", "ITA"}) {
        const SrrZone *zone = srrs.zone(QString::fromLatin1(id));
        INFO(id);
        REQUIRE(zone != nullptr);
        CHECK(zone->isArea);
        CHECK_FALSE(zone->approximate);
        CHECK_FALSE(zone->boundary.empty());
        CHECK_FALSE(zone->label.isEmpty());
    }
    for (const char *id : {"GRC", "EGY"}) {
        const SrrZone *zone = srrs.zone(QString::fromLatin1(id));
        INFO(id);
        REQUIRE(zone != nullptr);
        CHECK_FALSE(zone->isArea);
        CHECK(zone->approximate);
        REQUIRE(zone->boundary.size() == 1);
        CHECK(zone->boundary.front().size() >= 2);
    }
    CHECK(srrs.zones().size() == 6);
    CHECK(srrs.zone(QStringLiteral("XXX")) == nullptr);
}

TEST_CASE("The Libya SRR has the vertices of its GISIS declaration") {
    const SrrZone *libya = catalogue().zone(QStringLiteral("LBY"));
    REQUIRE(libya != nullptr);
    REQUIRE(libya->boundary.size() == 1);
    const LatLonPath &ring = libya->boundary.front();
    // DOMAIN-FACTS §1.1: 6 vertices, closed ring.
    REQUIRE(ring.size() == 7);
    CHECK(ring.front() == ring.back());
    CHECK(ring[1] == LatLon{34.3333, 11.5});
    CHECK(ring[2] == LatLon{34.3333, 23.5833});
    CHECK(libya->label == QStringLiteral("Libya SRR"));
}

TEST_CASE("A position off Tripoli lies in the Libya SRR only") {
    CHECK(catalogue().zonesAt({33.5, 14.0}) == ids({"LBY"}));
    CHECK(catalogue().zonesAt({33.0, 20.0}) == ids({"LBY"})); // off Benghazi
}

TEST_CASE("Lampedusa lies in both the Malta and the Italy SRR") {
    // DOMAIN-FACTS §1.3: the Lampedusa wedge of Malta ∩ Italy.
    CHECK(catalogue().zonesAt({35.494, 12.601}) == ids({"MLT", "ITA"}));
}

TEST_CASE("A position in the wedge off Ras Ajdir lies in the Libya and the Tunisia SRR") {
    CHECK(catalogue().zonesAt({33.6, 11.6}) == ids({"LBY", "TUN"}));
}

TEST_CASE("A position west of Lampedusa lies in the Malta and the Tunisia SRR") {
    CHECK(catalogue().zonesAt({34.5, 11.7}) == ids({"MLT", "TUN"}));
}

TEST_CASE("A position in the Ionian strip lies in the Malta and the Italy SRR") {
    CHECK(catalogue().zonesAt({36.2, 17.0}) == ids({"MLT", "ITA"}));
}

TEST_CASE("Valletta lies in the Malta SRR only") {
    // Italy's limit runs 36.5N 14.1333E - 36.0N 16.0E, north of Valletta (35.9N 14.5167E).
    CHECK(catalogue().zonesAt({35.9, 14.5167}) == ids({"MLT"}));
}

TEST_CASE("The Ionian Sea north of the Malta SRR lies in the Italy SRR only") {
    // North of Malta's 36°30'N and west of Italy's 19°E limit.
    CHECK(catalogue().zonesAt({37.5, 17.5}) == ids({"ITA"}));
}

TEST_CASE("Positions outside every declared SRR lie in none") {
    // East of Italy's 19°E limit and north of Malta's diagonal: Greece has only a line here.
    CHECK(catalogue().zonesAt({38.5, 20.5}).isEmpty());
    // The Sahara, south of the Libya polygon's closure over land.
    CHECK(catalogue().zonesAt({28.0, 15.0}).isEmpty());
    // Off Crete, beyond Libya's 34°20'N.
    CHECK(catalogue().zonesAt({35.0, 25.0}).isEmpty());
}

TEST_CASE("A position on the boundary between two SRRs lies in both") {
    // 34°20'N is Libya's northern and Malta's southern limit (DOMAIN-FACTS §1.2).
    CHECK(catalogue().zonesAt({34.3333, 15.0}) == ids({"LBY", "MLT"}));
}

TEST_CASE("The catalogue holds the four derived overlaps") {
    const auto &overlaps = catalogue().overlaps();
    REQUIRE(overlaps.size() == 4);
    for (const LatLonPath &ring : overlaps) {
        CHECK(ring.size() >= 4);
        CHECK(ring.front() == ring.back());
    }
    // The middle of each overlap (mean of its vertices; the rings are convex) lies in two SRRs.
    for (const LatLonPath &ring : overlaps) {
        LatLon mean;
        for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
            mean.latitude += ring[i].latitude / static_cast<double>(ring.size() - 1);
            mean.longitude += ring[i].longitude / static_cast<double>(ring.size() - 1);
        }
        INFO(mean.latitude << ", " << mean.longitude);
        CHECK(catalogue().zonesAt(mean).size() == 2);
    }
}

TEST_CASE("Loading SRRs from a missing or unsuitable file fails with a message") {
    auto missing = SrrCatalogue::load(QStringLiteral("/nonexistent/srr.geojson"));
    REQUIRE_FALSE(missing.isOk());
    CHECK_FALSE(missing.errorMessage().isEmpty());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("points.geojson"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"place"},)"
               R"("geometry":{"type":"Point","coordinates":[13.0,32.0]}}]})");
    file.close();
    auto empty = SrrCatalogue::load(path);
    REQUIRE_FALSE(empty.isOk());
    CHECK(empty.errorMessage().contains(QStringLiteral("no search and rescue regions")));
}
