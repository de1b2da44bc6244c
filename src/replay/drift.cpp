#include "replay/drift.h"

#include "geo/geodesy.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numbers>

namespace marsa::replay {
namespace {

constexpr double kMetresPerSecondPerKnot = 1852.0 / 3600.0;

// DOMAIN-FACTS §3.2 (copied from OBJECTPROP.DAT); the proxies for migrant craft are in §3.4.
constexpr LeewayClass kClasses[] = {
    {"PIW-1", "Person in water, unknown state (mean)", 0.96, 0.00, 0.54, 0.00, -0.54, 0.00},
    {"LIFE-RAFT-NB-1", "Life raft, no ballast, general (mean)", 3.70, 0.00, 1.98, 0.00, -1.98, 0.00},
    {"LIFE-RAFT-NB-2", "Life raft, no ballast, no canopy, no drogue", 5.34, 9.91, 2.26, 1.04, -2.26, -1.04},
    {"LIFE-RAFT-DB-22", "Life raft, deep ballast, swamped", 0.99, 0.00, 0.14, 0.00, -0.14, 0.00},
    {"SKIFF-1", "Skiff, modified-V, runabout outboard", 3.15, 0.00, 1.29, 0.00, -1.29, 0.00},
    {"SKIFF-2", "Skiff, V-hull", 2.87, 3.98, 0.32, -2.93, -0.62, 1.03},
    {"SKIFF-3", "Skiffs, swamped and capsized", 1.65, 0.00, 0.39, 0.00, -0.39, 0.00},
    {"FISHING-VESSEL-1", "Fishing vessel, general (mean)", 2.47, 0.00, 2.76, 0.00, -2.76, 0.00},
    {"REFUGEE-RAFT-1", "Immigration vessel, refugee raft, no sail", 1.56, 8.30, 0.078, 2.70, -0.078, -2.70},
};

struct Vector {
    double east = 0.0;
    double north = 0.0;
};

Vector toVector(const Current &c) {
    const double rad = c.towardDeg * std::numbers::pi / 180.0;
    return {c.knots * std::sin(rad), c.knots * std::cos(rad)};
}

Current fromVector(const Vector &v) {
    const double knots = std::hypot(v.east, v.north);
    const double deg = knots > 0.0 ? std::atan2(v.east, v.north) * 180.0 / std::numbers::pi : 0.0;
    return {geo::normaliseBearing(deg), knots};
}

} // namespace

const LeewayClass *findLeewayClass(const QString &key) {
    for (const LeewayClass &c : kClasses) {
        if (key == QLatin1String(c.key)) {
            return &c;
        }
    }
    return nullptr;
}

QStringList leewayClassKeys() {
    QStringList keys;
    for (const LeewayClass &c : kClasses) {
        keys << QString::fromLatin1(c.key);
    }
    return keys;
}

QString defaultLeewayClass(core::CraftType craft) {
    switch (craft) {
    case core::CraftType::RubberBoat:
        return QStringLiteral("LIFE-RAFT-NB-1");
    case core::CraftType::WoodenBoat:
        return QStringLiteral("FISHING-VESSEL-1");
    case core::CraftType::FibreglassBoat:
        return QStringLiteral("SKIFF-1");
    case core::CraftType::Other:
        break;
    }
    return {};
}

Current leewayVelocity(const LeewayClass &object, const Wind &wind, bool rightOfDownwind) {
    const double u10 = wind.knots * kMetresPerSecondPerKnot;
    const double downwind = 0.01 * (object.downwindSlope * u10 + object.downwindOffset);
    const double crosswind = rightOfDownwind ? 0.01 * (object.rightSlope * u10 + object.rightOffset)
                                             : 0.01 * (object.leftSlope * u10 + object.leftOffset);
    // Downwind is where the wind blows to; a positive crosswind turns the drift clockwise (right).
    const double downwindDeg = wind.fromDeg + 180.0;
    const double divergenceDeg = std::atan2(crosswind, downwind) * 180.0 / std::numbers::pi;
    return {geo::normaliseBearing(downwindDeg + divergenceDeg),
            std::hypot(downwind, crosswind) / kMetresPerSecondPerKnot};
}

std::vector<TimedPosition> driftTrack(const Scenario &scenario, const ScenarioCase &boat, Offset until) {
    const Drift &drift = boat.drift;
    if (drift.kind == Drift::Kind::Positions) {
        return drift.positions;
    }
    std::vector<TimedPosition> track{{boat.alertAt, boat.position}};
    const LeewayClass *object = findLeewayClass(drift.leewayClass);
    if (object == nullptr || scenario.weather.empty()) {
        return track;
    }
    const std::int64_t step = std::max(1, drift.stepMinutes) * 60;
    const Vector current = toVector(drift.current);
    for (Offset t = boat.alertAt; t < until;) {
        const std::int64_t dt = std::min(step, until.seconds - t.seconds);
        const Vector leeway =
            toVector(leewayVelocity(*object, scenario.weatherAt(t).wind, drift.rightOfDownwind));
        const Current total = fromVector({leeway.east + current.east, leeway.north + current.north});
        const geo::LatLon next =
            geo::destination(track.back().position, total.towardDeg, total.knots * double(dt) / 3600.0);
        t.seconds += dt;
        track.push_back({t, next});
    }
    return track;
}

geo::LatLon positionOnTrack(const std::vector<TimedPosition> &track, Offset at) {
    if (track.empty()) {
        return {};
    }
    const auto after = std::upper_bound(track.begin(), track.end(), at,
                                        [](Offset t, const TimedPosition &p) { return t < p.at; });
    if (after == track.begin()) {
        return track.front().position;
    }
    if (after == track.end()) {
        return track.back().position;
    }
    const TimedPosition &a = *std::prev(after);
    const TimedPosition &b = *after;
    const double f = double(at.seconds - a.at.seconds) / double(b.at.seconds - a.at.seconds);
    const geo::RangeBearing leg = geo::rangeBearing(a.position, b.position);
    return geo::destination(a.position, leg.initialBearingDeg, leg.distanceNm * f);
}

std::vector<TimedPosition> vesselTrack(const TrafficVessel &vessel) {
    std::vector<TimedPosition> track;
    Offset t = vessel.appears;
    double knots = vessel.knots;
    for (const Waypoint &w : vessel.waypoints) {
        if (!track.empty()) {
            const double nm = geo::rangeBearing(track.back().position, w.position).distanceNm;
            t.seconds += knots > 0.0 ? std::llround(nm / knots * 3600.0) : 0;
        }
        track.push_back({t, w.position});
        knots = w.knots.value_or(vessel.knots);
    }
    return track;
}

} // namespace marsa::replay
