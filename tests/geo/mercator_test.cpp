#include "geo/mercator.h"

#include "catch_qt.h"

#include <GeographicLib/Geodesic.hpp>
#include <ogr_spatialref.h>

#include <cmath>
#include <memory>
#include <numbers>
#include <string_view>

using namespace marsa::geo;

namespace {

// EPSG:4326 -> EPSG:3395 (WGS 84 / World Mercator) through GDAL/PROJ, x/y order on both sides.
class ProjWorldMercator {
public:
    ProjWorldMercator() {
        m_wgs84.importFromEPSG(4326);
        m_wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        m_mercator.importFromEPSG(3395);
        m_mercator.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        m_transform.reset(OGRCreateCoordinateTransformation(&m_wgs84, &m_mercator));
    }
    bool isValid() const { return m_transform != nullptr; }
    MercatorPoint project(const LatLon &position) const {
        double x = position.longitude;
        double y = position.latitude;
        if (!m_transform->Transform(1, &x, &y)) {
            return {std::nan(""), std::nan("")};
        }
        return {x, y};
    }

private:
    OGRSpatialReference m_wgs84;
    OGRSpatialReference m_mercator;
    std::unique_ptr<OGRCoordinateTransformation> m_transform;
};

} // namespace

TEST_CASE("Projecting to Mercator and back returns the position") {
    for (double latitude = -80.0; latitude <= 80.0; latitude += 0.73) {
        for (double longitude : {-179.5, -60.25, 0.0, 13.1833, 25.0, 179.9}) {
            const LatLon back = mercator::unproject(mercator::project({latitude, longitude}));
            CHECK(back.latitude == Approx(latitude).margin(1e-9));
            CHECK(back.longitude == Approx(longitude).margin(1e-9));
        }
    }
}

TEST_CASE("Mercator projection agrees with PROJ's EPSG:3395 within a millimetre") {
    const ProjWorldMercator proj;
    REQUIRE(proj.isValid());
    const LatLon points[] = {
        {32.9, 13.1833},  // Tripoli port, WPI 45330 (DOMAIN-FACTS §2.2)
        {35.494, 12.601}, // Lampedusa, WPI 40350
        {34.3333, 23.5833}, {0.0, 0.0}, {-45.5, -70.25}, {60.0, 5.0}, {80.0, 179.0}, {-80.0, -179.0},
    };
    for (const LatLon &p : points) {
        INFO(p.latitude << ", " << p.longitude);
        const MercatorPoint ours = mercator::project(p);
        const MercatorPoint reference = proj.project(p);
        CHECK(ours.x == Approx(reference.x).margin(1e-3));
        CHECK(ours.y == Approx(reference.y).margin(1e-3));
    }
}

TEST_CASE("The chart's projection code is World Mercator") {
    CHECK(std::string_view(mercator::kEpsgCode) == "EPSG:3395");
}

TEST_CASE("Mercator clamps latitudes beyond 85 degrees") {
    CHECK(mercator::project({89.0, 10.0}) == mercator::project({85.0, 10.0}));
    CHECK(mercator::project({-90.0, 10.0}) == mercator::project({-85.0, 10.0}));
    CHECK(mercator::project({85.0, 0.0}).y > mercator::project({84.9, 0.0}).y);
}

TEST_CASE("The Mercator scale factor is one at the equator and about two at 60 degrees") {
    CHECK(mercator::scaleFactor(0.0) == Approx(1.0).margin(1e-15));
    // Snyder, Map Projections: A Working Manual, eq. 7-8, with WGS84's a and f (NIMA TR8350.2).
    const double f = 1.0 / 298.257223563;
    const double e2 = f * (2.0 - f);
    const double phi = 60.0 * std::numbers::pi / 180.0;
    const double expected = std::sqrt(1.0 - e2 * std::sin(phi) * std::sin(phi)) / std::cos(phi);
    CHECK(expected == Approx(1.99497).margin(1e-5)); // the sphere's 1/cos 60° = 2, less e²-terms
    CHECK(mercator::scaleFactor(60.0) == Approx(expected).epsilon(1e-12));
    CHECK(mercator::scaleFactor(-60.0) == Approx(expected).epsilon(1e-12));
}

TEST_CASE("The Mercator scale factor matches PROJ's northing over GeographicLib's meridian arc") {
    // k = dy / dm: projected metres per metre along the meridian, measured independently.
    const ProjWorldMercator proj;
    REQUIRE(proj.isValid());
    const double h = 0.001; // degrees
    for (double latitude : {0.0, 32.9, 45.0, 60.0, 75.0}) {
        const double dy = proj.project({latitude + h, 0.0}).y - proj.project({latitude - h, 0.0}).y;
        double arc = 0.0;
        GeographicLib::Geodesic::WGS84().Inverse(latitude - h, 0.0, latitude + h, 0.0, arc);
        INFO("latitude " << latitude);
        CHECK(mercator::scaleFactor(latitude) == Approx(dy / arc).epsilon(1e-6));
    }
}
