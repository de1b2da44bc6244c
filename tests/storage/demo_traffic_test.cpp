#include "storage/demo_traffic.h"

#include "core/incident.h"
#include "geo/geodesy.h"
#include "geo/land_mask.h"
#include "geo/reference_data.h"

#include "catch_qt.h"

#include <map>

using namespace marsa;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

std::map<std::uint32_t, std::vector<core::VesselPosition>> byShip(const storage::DemoTraffic &traffic) {
    std::map<std::uint32_t, std::vector<core::VesselPosition>> tracks;
    for (const core::VesselPosition &position : traffic.positions) {
        tracks[position.mmsi].push_back(position);
    }
    return tracks;
}

} // namespace

TEST_CASE("Every demo ship has static data and a three-hour track that ends now") {
    const storage::DemoTraffic traffic = storage::demoTraffic(kNow);
    const auto tracks = byShip(traffic);
    REQUIRE(traffic.statics.size() == tracks.size());
    CHECK(traffic.statics.size() >= 15);
    for (const core::VesselStatic &info : traffic.statics) {
        INFO(info.name.toStdString());
        CHECK(core::stationKindOf(info.mmsi) == core::StationKind::Vessel);
        CHECK_FALSE(info.name.isEmpty());
        const auto &track = tracks.at(info.mmsi);
        REQUIRE(track.size() >= 60);
        CHECK(track.front().timeMs >= kNow.addSecs(-3 * 3600 - 60).toMSecsSinceEpoch());
        CHECK(track.back().timeMs <= kNow.toMSecsSinceEpoch());
        CHECK(track.back().timeMs >= kNow.addSecs(-4 * 60).toMSecsSinceEpoch());
    }
}

TEST_CASE("No demo ship is ever on land or outside the chart") {
    const auto land = geo::LandMask::load(geo::basemapPath());
    REQUIRE(land.isOk());
    const storage::DemoTraffic traffic = storage::demoTraffic(kNow);
    int checked = 0;
    for (const core::VesselPosition &position : traffic.positions) {
        // Ships moored in a harbour sit on the basemap's coastline at 1:10m; check those at sea.
        if (position.sog > 0.0F) {
            INFO(position.mmsi << " at " << position.lat << ", " << position.lon);
            REQUIRE_FALSE(land->isLand({position.lat, position.lon}));
            ++checked;
        }
        REQUIRE(core::kChartArea.contains(position.lat, position.lon));
    }
    CHECK(checked > 1000);
}

TEST_CASE("The demo patrol boats sail to the cases they are tasked to") {
    const auto tracks = byShip(storage::demoTraffic(kNow));
    // Fezzan: tasked 45 minutes ago to the rubber boat west of Bouri field, on scene 5 minutes ago.
    const core::VesselPosition fezzan = tracks.at(642'000'102).back();
    CHECK(geo::rangeBearing({fezzan.lat, fezzan.lon}, {33.9, 12.62}).distanceNm < 0.5);
    CHECK(fezzan.sog == 0.0F);
    // Tobruk 1: tasked from Tobruk to the wooden boat, still under way at about 20 knots.
    const core::VesselPosition tobruk = tracks.at(642'000'106).back();
    CHECK(tobruk.sog == Approx(20).margin(0.5));
    const double left = geo::rangeBearing({tobruk.lat, tobruk.lon}, {33.35, 23.6}).distanceNm;
    CHECK(left > 1.0);
    CHECK(left < 10.0);
    // Ubari is moored at Tripoli and reports every three minutes.
    const auto &ubari = tracks.at(642'000'101);
    CHECK(ubari.back().navStatus == 5);
    CHECK(ubari.size() == 61);
}
