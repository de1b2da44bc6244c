#pragma once

#include "core/result.h"
#include "geo/lat_lon.h"

#include <QString>

#include <memory>

namespace marsa::geo {

/// Whether a position is on land, by the chart's land basemap. A case reported on land is most
/// likely a typing mistake (a swapped sign, minutes read as decimals): the console asks first.
class LandMask {
public:
    /// Reads every polygon of a vector file (the basemap: geo::basemapPath()).
    static core::Result<LandMask> load(const QString &path);

    LandMask(LandMask &&) noexcept;
    LandMask &operator=(LandMask &&) noexcept;
    ~LandMask();

    bool isLand(const LatLon &position) const;

private:
    struct Impl;
    explicit LandMask(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace marsa::geo
