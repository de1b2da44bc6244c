#include "geo/geodesy.h"

#include "catch_qt.h"

#include <GeographicLib/Geodesic.hpp>

using namespace marsa::geo;

namespace {

// Tripoli port (WPI 45330) and Lampedusa (WPI 40350), DOMAIN-FACTS §2.2 and §2.3.
constexpr LatLon kTripoli{32.9000, 13.1833};
constexpr LatLon kLampedusa{35.494, 12.601};

struct Reference {
    double metres;
    double azimuth1;
    double azimuth2;
};

Reference inverse(const LatLon &a, const LatLon &b) {
    Reference r{};
    GeographicLib::Geodesic::WGS84().Inverse(a.latitude, a.longitude, b.latitude, b.longitude, r.metres,
                                             r.azimuth1, r.azimuth2);
    return r;
}

double positive(double azimuth) {
    return azimuth < 0.0 ? azimuth + 360.0 : azimuth;
}

} // namespace

TEST_CASE("Range and bearing from Tripoli to Lampedusa match GeographicLib") {
    const RangeBearing measure = rangeBearing(kTripoli, kLampedusa);
    const Reference expected = inverse(kTripoli, kLampedusa);
    CHECK(measure.distanceNm == Approx(expected.metres / 1852.0).epsilon(1e-12));
    CHECK(measure.initialBearingDeg == Approx(positive(expected.azimuth1)).margin(1e-9));
    CHECK(measure.finalBearingDeg == Approx(positive(expected.azimuth2)).margin(1e-9));
    // Sanity: about 157 NM, a little west of north.
    CHECK(measure.distanceNm == Approx(157.0).margin(2.0));
    CHECK(measure.initialBearingDeg > 340.0);
    CHECK(measure.initialBearingDeg < 360.0);
}

TEST_CASE("One minute of latitude at the equator is 1842.9 metres") {
    // The meridian arc a(1-e²)·(π/10800) at the equator (WGS84), cross-checked by GeographicLib.
    const RangeBearing measure = rangeBearing({0.0, 0.0}, {1.0 / 60.0, 0.0});
    CHECK(measure.distanceNm * kMetresPerNauticalMile == Approx(1842.9).margin(0.1));
    CHECK(measure.distanceNm == Approx(0.99509).margin(1e-4));
    CHECK(measure.initialBearingDeg == Approx(0.0).margin(1e-9));
    const Reference expected = inverse({0.0, 0.0}, {1.0 / 60.0, 0.0});
    CHECK(measure.distanceNm * kMetresPerNauticalMile == Approx(expected.metres).margin(1e-6));
}

TEST_CASE("Bearings are given in the range 0 to 360 degrees") {
    // Due west: GeographicLib answers a negative azimuth (about -90).
    const RangeBearing west = rangeBearing({33.0, 13.0}, {33.0, 12.0});
    CHECK(west.initialBearingDeg ==
          Approx(positive(inverse({33.0, 13.0}, {33.0, 12.0}).azimuth1)).margin(1e-9));
    CHECK(west.initialBearingDeg > 269.0);
    CHECK(west.initialBearingDeg < 271.0);
    const RangeBearing south = rangeBearing({33.0, 13.0}, {32.0, 13.0});
    CHECK(south.initialBearingDeg == Approx(180.0).margin(1e-9));
    for (double bearing : {0.0, 45.0, 135.0, 225.0, 315.0, 359.9}) {
        const RangeBearing m = rangeBearing(kTripoli, destination(kTripoli, bearing, 50.0));
        CHECK(m.initialBearingDeg >= 0.0);
        CHECK(m.initialBearingDeg < 360.0);
        CHECK(m.finalBearingDeg >= 0.0);
        CHECK(m.finalBearingDeg < 360.0);
    }
}

TEST_CASE("The destination along a range and bearing is the far end") {
    const RangeBearing measure = rangeBearing(kTripoli, kLampedusa);
    const LatLon reached = destination(kTripoli, measure.initialBearingDeg, measure.distanceNm);
    CHECK(reached.latitude == Approx(kLampedusa.latitude).margin(1e-9));
    CHECK(reached.longitude == Approx(kLampedusa.longitude).margin(1e-9));

    const LatLon there = destination(kTripoli, 123.0, 45.0);
    double lat = 0.0;
    double lon = 0.0;
    GeographicLib::Geodesic::WGS84().Direct(kTripoli.latitude, kTripoli.longitude, 123.0, 45.0 * 1852.0, lat,
                                            lon);
    CHECK(there.latitude == Approx(lat).margin(1e-12));
    CHECK(there.longitude == Approx(lon).margin(1e-12));
    const RangeBearing back = rangeBearing(kTripoli, there);
    CHECK(back.distanceNm == Approx(45.0).margin(1e-9));
    CHECK(back.initialBearingDeg == Approx(123.0).margin(1e-9));
}

TEST_CASE("A zero distance leads back to the start") {
    const LatLon same = destination(kTripoli, 77.0, 0.0);
    CHECK(same.latitude == Approx(kTripoli.latitude).margin(1e-12));
    CHECK(same.longitude == Approx(kTripoli.longitude).margin(1e-12));
    CHECK(rangeBearing(kTripoli, kTripoli).distanceNm == Approx(0.0).margin(1e-12));
}

TEST_CASE("Bearings are normalised to the range 0 to 360 degrees") {
    CHECK(normaliseBearing(-10.0) == 350.0);
    CHECK(normaliseBearing(720.0) == 0.0);
    CHECK(normaliseBearing(360.0) == 0.0);
    CHECK(normaliseBearing(0.0) == 0.0);
    CHECK(normaliseBearing(359.5) == 359.5);
    CHECK(normaliseBearing(-370.0) == Approx(350.0).margin(1e-12));
    CHECK(normaliseBearing(725.5) == Approx(5.5).margin(1e-12));
    const double tiny = normaliseBearing(-1e-15); // -1e-15 + 360 rounds to 360: must wrap to 0
    CHECK(tiny >= 0.0);
    CHECK(tiny < 360.0);
}
