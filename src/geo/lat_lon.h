#pragma once

#include <vector>

namespace marsa::geo {

/// A WGS84 position in degrees, latitude first (ISO 6709), as in every Marsa API. GDAL and GeoJSON
/// are x/y (longitude first); the conversion happens in vector_source.cpp and nowhere else.
struct LatLon {
    double latitude = 0.0;
    double longitude = 0.0;
    friend bool operator==(const LatLon &, const LatLon &) = default;
};

/// A ring or a line of positions.
using LatLonPath = std::vector<LatLon>;

} // namespace marsa::geo
