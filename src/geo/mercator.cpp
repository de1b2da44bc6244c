#include "geo/mercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace marsa::geo::mercator {
namespace {

// WGS84 (NIMA TR8350.2): semi-major axis and flattening.
constexpr double kA = 6378137.0;
constexpr double kF = 1.0 / 298.257223563;
const double kE = std::sqrt(kF * (2.0 - kF)); // first eccentricity
constexpr double kDegree = std::numbers::pi / 180.0;

} // namespace

MercatorPoint project(const LatLon &position) {
    const double phi = std::clamp(position.latitude, -kMaxLatitude, kMaxLatitude) * kDegree;
    const double esin = kE * std::sin(phi);
    // Snyder, Map Projections: A Working Manual (USGS PP 1395), eq. 7-7.
    const double y = kA * std::log(std::tan(std::numbers::pi / 4.0 + phi / 2.0) *
                                   std::pow((1.0 - esin) / (1.0 + esin), kE / 2.0));
    return {kA * position.longitude * kDegree, y};
}

LatLon unproject(const MercatorPoint &point) {
    // Snyder eq. 7-9 and 3-5, iterated to a fixed point; converges in a handful of steps.
    const double t = std::exp(-point.y / kA);
    double phi = std::numbers::pi / 2.0 - 2.0 * std::atan(t);
    for (int i = 0; i < 15; ++i) {
        const double esin = kE * std::sin(phi);
        const double next =
            std::numbers::pi / 2.0 - 2.0 * std::atan(t * std::pow((1.0 - esin) / (1.0 + esin), kE / 2.0));
        const bool converged = std::abs(next - phi) < 1e-13;
        phi = next;
        if (converged) {
            break;
        }
    }
    return {phi / kDegree, point.x / kA / kDegree};
}

double scaleFactor(double latitude) {
    const double phi = std::clamp(latitude, -kMaxLatitude, kMaxLatitude) * kDegree;
    const double esin = kE * std::sin(phi);
    // Snyder eq. 7-8: k = sqrt(1 - e² sin²φ) / cos φ.
    return std::sqrt(1.0 - esin * esin) / std::cos(phi);
}

} // namespace marsa::geo::mercator
