#pragma once

#include "geo/lat_lon.h"

namespace marsa::geo {

/// A point in World Mercator (EPSG:3395, on the WGS84 ellipsoid), metres: x east, y north.
struct MercatorPoint {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const MercatorPoint &, const MercatorPoint &) = default;
};

/// The chart's projection: ellipsoidal Mercator, as paper nautical charts and ECDIS use, so that
/// a rhumb line is straight and angles are true. Latitudes are clamped to ±kMaxLatitude.
namespace mercator {

inline constexpr double kMaxLatitude = 85.0;
inline constexpr const char *kEpsgCode = "EPSG:3395";

MercatorPoint project(const LatLon &position);
LatLon unproject(const MercatorPoint &point);

/// The Mercator scale factor at a latitude: projected metres per metre on the ground.
double scaleFactor(double latitude);

} // namespace mercator
} // namespace marsa::geo
