#pragma once

#include "geo/lat_lon.h"

namespace marsa::geo {

inline constexpr double kMetresPerNauticalMile = 1852.0;

/// Distance and bearings between two positions on the WGS84 ellipsoid (geodesic, GeographicLib).
struct RangeBearing {
    double distanceNm = 0.0;
    double initialBearingDeg = 0.0; ///< true bearing at the start, [0, 360)
    double finalBearingDeg = 0.0;   ///< true bearing of travel on arrival, [0, 360)
};

/// Positions latitude first (ISO 6709).
RangeBearing rangeBearing(const LatLon &from, const LatLon &to);

/// The position reached from `from` along a geodesic of the given true bearing and length.
LatLon destination(const LatLon &from, double bearingDeg, double distanceNm);

/// Degrees normalised to [0, 360).
double normaliseBearing(double degrees);

} // namespace marsa::geo
