#include "feeds/ais_message.h"

#include <cstdlib>

namespace marsa::feeds::ais {

std::optional<std::pair<double, double>> latLonDegrees(std::int32_t lat, std::int32_t lon,
                                                       double unitsPerDegree) {
    // Compared in the transmitted units, so that exactly 90 and 180 are accepted and 91 / 181
    // (not available) never are.
    const double latLimit = 90 * unitsPerDegree;
    const double lonLimit = 180 * unitsPerDegree;
    if (std::abs(static_cast<double>(lat)) > latLimit || std::abs(static_cast<double>(lon)) > lonLimit) {
        return std::nullopt;
    }
    return std::pair{lat / unitsPerDegree, lon / unitsPerDegree};
}

} // namespace marsa::feeds::ais
