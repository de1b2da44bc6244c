#include "geo/geodesy.h"

#include <GeographicLib/Geodesic.hpp>

#include <cmath>

namespace marsa::geo {

double normaliseBearing(double degrees) {
    double value = std::fmod(degrees, 360.0);
    if (value < 0.0) {
        value += 360.0;
    }
    return value >= 360.0 ? 0.0 : value;
}

RangeBearing rangeBearing(const LatLon &from, const LatLon &to) {
    double metres = 0.0;
    double azimuth1 = 0.0;
    double azimuth2 = 0.0;
    GeographicLib::Geodesic::WGS84().Inverse(from.latitude, from.longitude, to.latitude, to.longitude, metres,
                                             azimuth1, azimuth2);
    return {metres / kMetresPerNauticalMile, normaliseBearing(azimuth1), normaliseBearing(azimuth2)};
}

LatLon destination(const LatLon &from, double bearingDeg, double distanceNm) {
    LatLon to;
    GeographicLib::Geodesic::WGS84().Direct(from.latitude, from.longitude, bearingDeg,
                                            distanceNm * kMetresPerNauticalMile, to.latitude, to.longitude);
    return to;
}

} // namespace marsa::geo
