#include "core/cpa.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

using namespace marsa::core;

// Hand-worked cases on the tangent plane (a nautical mile is a minute of latitude to 0.07% on a
// sphere of the mean Earth radius, hence the 0.3% tolerance): relative position r, relative
// velocity v, TCPA = -(r·v)/|v|², CPA = |r + v·TCPA|.

namespace {

constexpr double kLat = 33.0; // off Misrata
constexpr double kLon = 15.0;

// A position `northNm` and `eastNm` from the reference point.
Motion at(double northNm, double eastNm, double sogKn = 0, double cogDeg = 0) {
    const double lat = kLat + northNm / 60.0;
    const double lon = kLon + eastNm / 60.0 / std::cos((kLat + lat) / 2.0 * std::numbers::pi / 180.0);
    return {lat, lon, sogKn, cogDeg};
}

const Motion kFixedReference{kLat, kLon, 0, 0};

} // namespace

TEST_CASE("Two ships head-on meet at CPA zero after the time to close the range") {
    // 10 NM apart, closing at 10 + 10 kn: they meet in 30 minutes.
    const Approach a = closestApproach(at(10, 0, 10, 180), Motion{kLat, kLon, 10, 0});
    CHECK(a.rangeNm == Approx(10.0).epsilon(0.003));
    CHECK(a.cpaNm == Approx(0.0).margin(1e-6));
    CHECK(a.tcpaMin == Approx(30.0).epsilon(0.003));
}

TEST_CASE("Crossing at a right angle: the CPA is the range times sin 45 degrees") {
    // Target 10 NM west steering 090, reference steering 000, both 10 kn: r = (-10, 0),
    // v = (10, -10), TCPA = 100/200 h = 30 min, closest at (-5, -5): 7.07 NM.
    const Approach a = closestApproach(at(0, -10, 10, 90), Motion{kLat, kLon, 10, 0});
    CHECK(a.cpaNm == Approx(5.0 * std::sqrt(2.0)).epsilon(0.003));
    CHECK(a.tcpaMin == Approx(30.0).epsilon(0.003));
}

TEST_CASE("Parallel courses at the same speed keep the range: CPA now, TCPA zero") {
    const Approach a = closestApproach(at(2, 0, 10, 90), Motion{kLat, kLon, 10, 90});
    CHECK(a.cpaNm == Approx(2.0).epsilon(0.003));
    CHECK(a.tcpaMin == 0.0);
}

TEST_CASE("An opening target has a negative TCPA") {
    // 5 NM north going north at 10 kn from a fixed point: it passed over it 30 minutes ago.
    const Approach a = closestApproach(at(5, 0, 10, 0), kFixedReference);
    CHECK(a.tcpaMin == Approx(-30.0).epsilon(0.003));
    CHECK(a.cpaNm == Approx(0.0).margin(1e-3));
    // Abeam and opening on a slant: 3 NM east, steering 045 at 12 kn.
    const Approach b = closestApproach(at(0, 3, 12, 45), kFixedReference);
    CHECK(b.tcpaMin < 0.0);
    CHECK(b.cpaNm == Approx(3.0 * std::sin(std::numbers::pi / 4)).epsilon(0.003));
}

TEST_CASE("A stationary target and a drifting incident position") {
    // The incident drifts east at 6 kn towards a stopped boat 3 NM east: 30 minutes, CPA 0.
    const Approach a = closestApproach(at(0, 3), Motion{kLat, kLon, 6, 90});
    CHECK(a.tcpaMin == Approx(30.0).epsilon(0.003));
    CHECK(a.cpaNm == Approx(0.0).margin(1e-3));
    // Both stopped: no relative motion.
    const Approach b = closestApproach(at(4, 3), kFixedReference);
    CHECK(b.cpaNm == Approx(5.0).epsilon(0.003));
    CHECK(b.tcpaMin == 0.0);
}

TEST_CASE("Courses either side of north give the same CPA across the 0/360 boundary") {
    // 10 NM south steering 359 or 001 at 12 kn: CPA = 10 sin 1° = 0.1745 NM abeam, TCPA =
    // 10 cos 1° / 12 h = 49.99 min.
    for (double course : {359.0, 1.0, -1.0, 361.0}) {
        const Approach a = closestApproach(at(-10, 0, 12, course), kFixedReference);
        CHECK(a.cpaNm == Approx(10.0 * std::sin(std::numbers::pi / 180)).epsilon(0.005));
        CHECK(a.tcpaMin == Approx(10.0 * std::cos(std::numbers::pi / 180) / 12.0 * 60.0).epsilon(0.003));
    }
}

TEST_CASE("Positions either side of the antimeridian are near each other") {
    const Approach a = closestApproach(Motion{0.0, 179.9, 0, 0}, Motion{0.0, -179.9, 0, 0});
    CHECK(a.rangeNm == Approx(12.0).epsilon(0.003)); // 0.2° of the equator
}

TEST_CASE("ETA is range over speed, and none for a unit stopped or drifting") {
    REQUIRE(etaMinutes(12.0, 24.0).has_value());
    CHECK(*etaMinutes(12.0, 24.0) == Approx(30.0));
    CHECK(*etaMinutes(0.0, 10.0) == 0.0);
    CHECK(etaMinutes(12.0, 0.4).has_value() == false);
    CHECK(etaMinutes(12.0, 0.5).has_value());
    CHECK_FALSE(etaMinutes(12.0, std::nan("")).has_value());
}

TEST_CASE("Dead reckoning carries a report forward at its course and speed") {
    // 10 kn for 6 minutes is 1 NM: one minute of arc northwards on the sphere of the mean radius
    // (1 NM = 1852 m against 6,371,008.8 m x pi / 10,800 = 1853.25 m a minute of arc).
    const double arcMinuteNm = 6'371'008.8 * std::numbers::pi / 10'800.0 / 1852.0;
    const Motion north = reckoned({33.0, 13.0, 10.0, 0.0}, 6.0);
    CHECK(north.lat == Approx(33.0 + 1.0 / 60.0 / arcMinuteNm).epsilon(1e-9));
    CHECK(north.lon == Approx(13.0).margin(1e-12));
    CHECK(north.sogKn == 10.0);
    CHECK(north.cogDeg == 0.0);

    // Due east at 60°N a nautical mile is two minutes of longitude.
    const Motion east = reckoned({60.0, 13.0, 10.0, 90.0}, 6.0);
    CHECK(east.lat == Approx(60.0).margin(1e-9));
    CHECK(east.lon == Approx(13.0 + 2.0 / 60.0 / arcMinuteNm).epsilon(1e-9));

    // The range from the old position is the distance run, whatever the course.
    const Motion start{33.0, 13.0, 18.0, 225.0};
    const Approach run = closestApproach(reckoned(start, 2.0), {33.0, 13.0, 0.0, 0.0});
    CHECK(run.rangeNm == Approx(0.6).epsilon(1e-4));

    // A report from a clock ahead of ours, no time at all, or a stopped target: where it was.
    CHECK(reckoned(start, -1.0).lat == 33.0);
    CHECK(reckoned(start, 0.0).lon == 13.0);
    CHECK(reckoned(start, std::nan("")).lat == 33.0);
    CHECK(reckoned({33.0, 13.0, 0.0, 90.0}, 30.0).lon == 13.0);
    // Across the antimeridian eastwards the longitude comes round to -180.
    // (60 NM on the equator is 60 minutes of arc over the radius's arc minute.)
    CHECK(reckoned({0.0, 179.99, 60.0, 90.0}, 60.0).lon ==
          Approx(179.99 + 1.0 / arcMinuteNm - 360.0).epsilon(1e-9));
}
