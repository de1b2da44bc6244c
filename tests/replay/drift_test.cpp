#include "geo/geodesy.h"
#include "replay/drift.h"

#include "catch_qt.h"

#include <cmath>

using namespace marsa::replay;
using Catch::Detail::Approx;

TEST_CASE("Leeway matches the derived values at a 10 m/s wind") {
    // DOMAIN-FACTS §3.3: LIFE-RAFT-NB-1 at U10 = 10 m/s drifts 0.82 kn, 28 degrees off downwind.
    const Wind wind{0.0, 10.0 / (1852.0 / 3600.0)}; // from the north, 10 m/s
    const LeewayClass *raft = findLeewayClass(QStringLiteral("LIFE-RAFT-NB-1"));
    REQUIRE(raft != nullptr);
    const Current right = leewayVelocity(*raft, wind, true);
    CHECK(right.knots == Approx(0.817).margin(0.005));
    CHECK(right.towardDeg == Approx(180.0 + 28.2).margin(0.3)); // right of downwind (south)
    const Current left = leewayVelocity(*raft, wind, false);
    CHECK(left.towardDeg == Approx(180.0 - 28.2).margin(0.3));

    // FISHING-VESSEL-1: 0.72 kn, 48 degrees off downwind.
    const Current fishing = leewayVelocity(*findLeewayClass(QStringLiteral("FISHING-VESSEL-1")), wind, true);
    CHECK(fishing.knots == Approx(0.72).margin(0.01));
    CHECK(fishing.towardDeg == Approx(180.0 + 48.2).margin(0.3));
    CHECK(findLeewayClass(QStringLiteral("NO-SUCH-CLASS")) == nullptr);
    CHECK(defaultLeewayClass(marsa::core::CraftType::WoodenBoat) == QStringLiteral("FISHING-VESSEL-1"));
}

TEST_CASE("A computed drift follows the wind of each weather period and the current") {
    Scenario s;
    s.weather = {{Offset{0}, Wind{0.0, 0.0}, 0, 10, {}}, {Offset{3600}, Wind{270.0, 20.0}, 4, 10, {}}};
    ScenarioCase boat;
    boat.alertAt = Offset{0};
    boat.position = {33.2, 12.1};
    boat.drift.kind = Drift::Kind::Leeway;
    boat.drift.leewayClass = QStringLiteral("LIFE-RAFT-NB-1");
    boat.drift.current = {90.0, 0.5};
    boat.drift.stepMinutes = 10;
    const auto track = driftTrack(s, boat, Offset{7200});
    REQUIRE(track.size() == 13);
    CHECK(track.back().at.seconds == 7200);
    // First hour: no wind, only the current, 0.5 NM due east.
    const auto first = marsa::geo::rangeBearing(track[0].position, track[6].position);
    CHECK(first.distanceNm == Approx(0.5).margin(0.01));
    CHECK(first.initialBearingDeg == Approx(90.0).margin(0.5));
    // Second hour: a westerly adds leeway eastwards, turned right of downwind (south of east).
    const auto second = marsa::geo::rangeBearing(track[6].position, track[12].position);
    CHECK(second.distanceNm > 1.2);
    CHECK(second.initialBearingDeg > 95.0);
    CHECK(positionOnTrack(track, Offset{-5}).latitude == track.front().position.latitude);
    CHECK(positionOnTrack(track, Offset{99999}).longitude == track.back().position.longitude);
}

TEST_CASE("An AIS vessel passes its waypoints at the times its speeds give") {
    TrafficVessel vessel;
    vessel.appears = Offset{600};
    vessel.knots = 10.0;
    const marsa::geo::LatLon a{33.0, 12.0};
    const marsa::geo::LatLon b = marsa::geo::destination(a, 90.0, 10.0);
    const marsa::geo::LatLon c = marsa::geo::destination(b, 0.0, 5.0);
    vessel.waypoints = {{a, std::nullopt}, {b, 5.0}, {c, std::nullopt}};
    const auto track = vesselTrack(vessel);
    REQUIRE(track.size() == 3);
    CHECK(track[0].at.seconds == 600);
    CHECK(track[1].at.seconds == 600 + 3600);        // 10 NM at 10 kn
    CHECK(track[2].at.seconds == 600 + 3600 + 3600); // 5 NM at 5 kn
    const auto halfway = positionOnTrack(track, Offset{600 + 1800});
    CHECK(marsa::geo::rangeBearing(a, halfway).distanceNm == Approx(5.0).margin(0.01));
}
