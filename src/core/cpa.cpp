#include "core/cpa.h"

#include <cmath>
#include <numbers>

namespace marsa::core {
namespace {

// IUGG mean Earth radius, 6,371,008.8 m, in nautical miles of 1,852 m.
constexpr double kEarthRadiusNm = 6'371'008.8 / 1852.0;
constexpr double kRadian = std::numbers::pi / 180.0;

struct Vector {
    double x = 0; // east
    double y = 0; // north
};

Vector velocity(const Motion &motion) {
    return {motion.sogKn * std::sin(motion.cogDeg * kRadian),
            motion.sogKn * std::cos(motion.cogDeg * kRadian)};
}

} // namespace

Approach closestApproach(const Motion &target, const Motion &reference) {
    // East and north offsets in NM on the tangent plane at the mean latitude; longitudes across
    // the antimeridian are taken the short way.
    double dLon = target.lon - reference.lon;
    dLon = std::remainder(dLon, 360.0);
    const double meanLat = (target.lat + reference.lat) / 2.0 * kRadian;
    const Vector r{dLon * kRadian * std::cos(meanLat) * kEarthRadiusNm,
                   (target.lat - reference.lat) * kRadian * kEarthRadiusNm};
    const Vector vt = velocity(target);
    const Vector vr = velocity(reference);
    const Vector v{vt.x - vr.x, vt.y - vr.y}; // NM per hour

    Approach approach;
    approach.rangeNm = std::hypot(r.x, r.y);
    const double speedSquared = v.x * v.x + v.y * v.y;
    // Below a thousandth of a knot of relative speed the closest point is undefined: say "now".
    if (speedSquared < 1e-6) {
        approach.cpaNm = approach.rangeNm;
        approach.tcpaMin = 0.0;
        return approach;
    }
    // Distance |r + v t| is least where its derivative vanishes: t = -(r·v) / |v|².
    const double hours = -(r.x * v.x + r.y * v.y) / speedSquared;
    approach.cpaNm = std::hypot(r.x + v.x * hours, r.y + v.y * hours);
    approach.tcpaMin = hours * 60.0;
    return approach;
}

Motion reckoned(const Motion &motion, double minutes) {
    if (!std::isfinite(minutes) || minutes <= 0.0 || !std::isfinite(motion.sogKn) || motion.sogKn <= 0.0) {
        return motion;
    }
    const Vector v = velocity(motion);
    const double hours = minutes / 60.0;
    Motion moved = motion;
    moved.lat = motion.lat + v.y * hours / kEarthRadiusNm / kRadian;
    // East over the cosine of the mean latitude of the run: a rhumb line over a few miles.
    const double meanLat = (motion.lat + moved.lat) / 2.0 * kRadian;
    moved.lon =
        std::remainder(motion.lon + v.x * hours / (kEarthRadiusNm * std::cos(meanLat)) / kRadian, 360.0);
    return moved;
}

std::optional<double> etaMinutes(double rangeNm, double sogKn) {
    if (!std::isfinite(sogKn) || !std::isfinite(rangeNm) || sogKn < kMinimumEtaSpeedKn) {
        return std::nullopt;
    }
    return rangeNm / sogKn * 60.0;
}

} // namespace marsa::core
