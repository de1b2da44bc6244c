#pragma once

#include "core/result.h"
#include "geo/mercator.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace marsa::geo {

/// A raster chart reprojected to the chart's Mercator, as premultiplied-free ARGB32 pixels
/// (0xAARRGGBB, row by row, north up) covering [minimum, maximum] in Mercator metres.
struct MercatorRaster {
    int width = 0;
    int height = 0;
    std::vector<std::uint32_t> argb;
    MercatorPoint minimum; ///< south-west corner
    MercatorPoint maximum; ///< north-east corner
};

/// A georeferenced raster GDAL can read: GeoTIFF, BSB/KAP nautical charts, and the rest of
/// GDAL's raster drivers. Palette charts (BSB) are expanded to colour; areas outside the chart
/// are transparent. GDAL stays behind the private implementation.
class RasterSource {
public:
    /// A file GDAL cannot read, or one without a georeference, is an Error that says so.
    static core::Result<RasterSource> open(const QString &path);

    RasterSource(RasterSource &&) noexcept;
    RasterSource &operator=(RasterSource &&) noexcept;
    ~RasterSource();

    QString path() const;
    QString driverName() const;
    /// Mercator metres per pixel at the chart's full resolution.
    double nativeMetresPerPixel() const;

    /// Warps the chart to Mercator, at most maxDimension pixels on its longer side.
    core::Result<MercatorRaster> readMercator(int maxDimension = 4096) const;

private:
    struct Impl;
    explicit RasterSource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace marsa::geo
