#include "storage/demo_traffic.h"

#include "geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace marsa::storage {
namespace {

struct Waypoint {
    double lat;
    double lon;
};

// One demonstration ship. Invented names and numbers with real MIDs (642 Libya, 215/248 Malta,
// 257 Norway, 636 Liberia, 538 Marshall Islands, 672 Tunisia, 247 Italy, 211 Germany).
struct DemoShip {
    const char *name;
    std::uint32_t mmsi;
    const char *callSign;
    std::uint32_t imo;
    int shipType;
    int length;
    int beam;
    float draught;
    const char *destination;
    double speedKn;      ///< 0: at anchor or moored at the first waypoint
    int departedMinutes; ///< minutes before now it left the first waypoint
    std::uint8_t navStatus;
    bool classB;
    std::vector<Waypoint> route;
};

std::vector<DemoShip> demoShips() {
    // clang-format off
    return {
        // Coast Guard patrol boats: the demo assets' MMSIs (demo_data.cpp).
        {"UBARI", 642'000'101, "5ACG1", 0, 55, 42, 7, 2.1F, "TRIPOLI", 0, 0, 5, false, {{32.905, 13.186}}},
        // Tasked 45 min ago to the sinking rubber boat west of Bouri field, on scene 5 min ago.
        {"FEZZAN", 642'000'102, "5ACG2", 0, 55, 42, 7, 2.1F, "SAR", 28, 45, 0, false,
         {{33.65, 12.85}, {33.895, 12.625}}},
        {"SABRATHA", 642'000'103, "5ACG3", 0, 55, 30, 6, 1.8F, "ZUWARA", 0, 0, 5, false, {{32.935, 12.085}}},
        {"ZAWIA", 642'000'104, "5ACG4", 0, 55, 30, 6, 1.8F, "PATROL", 14, 200, 0, false,
         {{32.83, 12.72}, {33.05, 12.55}, {33.10, 12.15}, {33.08, 11.95}, {33.15, 12.60}}},
        {"RAS JADIR", 642'000'105, "5ACG5", 0, 55, 42, 7, 2.1F, "PATROL", 12, 150, 0, false,
         {{32.40, 15.22}, {32.90, 15.40}, {32.60, 15.75}, {32.95, 15.10}}},
        // Tasked 3 h 45 min ago from Tobruk to the wooden boat to the north, ETA 4 h.
        {"TOBRUK 1", 642'000'106, "5ACG6", 0, 55, 42, 7, 2.1F, "SAR", 20, 225, 0, false,
         {{32.09, 23.99}, {33.34, 23.61}}},
        // Merchant ships on the routes through the SRR.
        {"MEDITERRANEAN STAR", 215'123'456, "9HA4321", 9'412'345, 70, 148, 23, 8.4F, "MISURATA", 14, 250, 0, false,
         {{35.85, 14.58}, {34.50, 14.90}, {32.42, 15.24}}},
        {"NORDIC CARRIER", 257'111'222, "LAZX7", 9'501'234, 70, 190, 32, 11.2F, "PORT SAID", 13, 1200, 0, false,
         {{37.25, 11.30}, {34.10, 20.00}, {32.00, 31.10}}},
        {"CAPE BON TRADER", 538'001'122, "V7AB3", 9'623'456, 71, 260, 40, 12.8F, "ALGECIRAS", 17, 900, 0, false,
         {{33.40, 25.10}, {36.20, 14.80}, {37.30, 11.20}}},
        // Stood by for the wooden boat north of Tobruk at MRCC Rome's request.
        {"SILVER LINING", 248'555'666, "9HB2210", 9'345'678, 70, 180, 30, 10.1F, "IZMIR", 0.5, 240, 0, false,
         {{33.42, 23.69}, {33.40, 23.66}}},
        {"LIBYAN STAR", 642'100'001, "5AXS", 9'187'654, 60, 120, 20, 5.2F, "VALLETTA", 18, 120, 0, false,
         {{32.92, 13.22}, {33.40, 13.60}, {35.85, 14.55}}},
        {"AURORA BAY", 636'012'345, "A8QZ5", 9'298'765, 80, 244, 42, 14.6F, "MELLITAH", 0, 0, 1, false,
         {{32.96, 12.31}}},
        {"AL BURAQ", 642'200'002, "5AQB", 9'276'543, 80, 183, 32, 11.0F, "AZ ZAWIYA", 0, 0, 5, false,
         {{32.805, 12.705}}},
        // Fishing boats and a rescue NGO's ship.
        {"AL HOUT 1", 642'300'011, "5AFH1", 0, 30, 24, 6, 2.5F, "", 4, 160, 7, true,
         {{33.00, 12.05}, {33.10, 11.95}, {33.05, 12.20}, {33.15, 12.10}}},
        {"SFAX 23", 672'100'023, "TSF23", 0, 30, 22, 6, 2.4F, "", 3, 170, 7, true,
         {{33.70, 11.50}, {33.80, 11.70}, {33.65, 11.80}}},
        {"MARIA GRAZIA", 247'100'200, "IFMG2", 0, 30, 28, 7, 3.0F, "MAZARA DEL VALLO", 5, 140, 7, false,
         {{34.80, 12.50}, {34.95, 12.20}, {34.70, 12.10}}},
        {"SEA GUARDIAN", 211'234'567, "DJSG4", 9'112'233, 51, 58, 12, 3.6F, "SAR ZONE", 8, 175, 0, false,
         {{34.25, 12.85}, {34.10, 13.60}, {34.30, 13.90}}},
    };
    // clang-format on
}

// A small deterministic wobble so that speeds and courses look measured, not drawn.
double wobble(std::uint32_t mmsi, std::int64_t minute, double amplitude) {
    const std::uint64_t h = (static_cast<std::uint64_t>(mmsi) * 0x9E3779B97F4A7C15ULL) ^
                            (static_cast<std::uint64_t>(minute) * 0xC2B2AE3D27D4EB4FULL);
    return amplitude * (static_cast<double>((h >> 11) % 2001) / 1000.0 - 1.0);
}

struct Placed {
    geo::LatLon position;
    double course = 0;
    bool moving = false;
};

// The position `distanceNm` along the route, and the course of the leg it is on.
Placed along(const std::vector<Waypoint> &route, double distanceNm) {
    geo::LatLon here{route.front().lat, route.front().lon};
    for (std::size_t leg = 1; leg < route.size(); ++leg) {
        const geo::LatLon next{route[leg].lat, route[leg].lon};
        const geo::RangeBearing rb = geo::rangeBearing(here, next);
        if (distanceNm <= rb.distanceNm) {
            return {geo::destination(here, rb.initialBearingDeg, distanceNm), rb.initialBearingDeg, true};
        }
        distanceNm -= rb.distanceNm;
        here = next;
    }
    return {here, 0, false}; // arrived: stopped at the last waypoint
}

} // namespace

DemoTraffic demoTraffic(const QDateTime &now, int hours) {
    DemoTraffic traffic;
    const std::int64_t nowMs = now.toMSecsSinceEpoch();
    const std::int64_t startMinute = -static_cast<std::int64_t>(hours) * 60;
    for (const DemoShip &ship : demoShips()) {
        core::VesselStatic info;
        info.mmsi = ship.mmsi;
        info.name = QString::fromLatin1(ship.name);
        info.callSign = QString::fromLatin1(ship.callSign);
        info.imo = ship.imo;
        info.shipType = ship.shipType;
        info.toBow = ship.length * 2 / 3;
        info.toStern = ship.length - info.toBow;
        info.toPort = ship.beam / 2;
        info.toStarboard = ship.beam - info.toPort;
        info.draught = ship.draught;
        info.destination = QString::fromLatin1(ship.destination);
        info.confirmedMs = nowMs - 6 * 60'000;
        traffic.statics.push_back(info);
    }
    const std::vector<DemoShip> ships = demoShips();
    for (std::int64_t minute = startMinute; minute <= 0; ++minute) {
        for (const DemoShip &ship : ships) {
            const double underWayMinutes = static_cast<double>(minute + ship.departedMinutes);
            const Placed placed = ship.speedKn > 0 && underWayMinutes > 0
                                      ? along(ship.route, ship.speedKn * underWayMinutes / 60.0)
                                      : Placed{{ship.route.front().lat, ship.route.front().lon}, 0, false};
            // Class A ships at anchor or moored report every 3 minutes (ITU-R M.1371 table 1).
            if (!placed.moving && minute % 3 != 0) {
                continue;
            }
            core::VesselPosition position;
            position.mmsi = ship.mmsi;
            position.timeMs = nowMs + minute * 60'000 - static_cast<std::int64_t>(ship.mmsi % 50) * 1000;
            position.lat = placed.position.latitude;
            position.lon = placed.position.longitude;
            if (placed.moving) {
                position.sog = static_cast<float>(ship.speedKn + wobble(ship.mmsi, minute, 0.3));
                position.cog =
                    static_cast<float>(geo::normaliseBearing(placed.course + wobble(ship.mmsi, minute, 2)));
                position.heading = static_cast<std::int16_t>(std::lround(placed.course) % 360);
                position.navStatus = ship.navStatus == 5 || ship.navStatus == 1 ? 0 : ship.navStatus;
            } else {
                position.sog = 0;
                position.cog = static_cast<float>(geo::normaliseBearing(wobble(ship.mmsi, 0, 180) + 180));
                position.heading = static_cast<std::int16_t>(std::lround(position.cog) % 360);
                position.navStatus = ship.speedKn > 0 ? 0 : ship.navStatus;
            }
            if (ship.classB) {
                position.navStatus = core::kNavStatusNotDefined;
                position.heading = -1;
            }
            position.messageType = ship.classB ? 18 : 1;
            traffic.positions.push_back(position);
        }
    }
    return traffic;
}

} // namespace marsa::storage
