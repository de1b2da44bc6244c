#pragma once

#include "core/result.h"
#include "geo/lat_lon.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <vector>

namespace marsa::geo {

enum class GeometryKind { Point, Line, Polygon };

/// One feature of a vector file, reprojected to WGS84. Multi-geometries are flattened: a
/// polygon's parts are all its rings, outer and inner, to be filled by the even-odd rule.
struct VectorFeature {
    GeometryKind kind = GeometryKind::Point;
    std::vector<LatLonPath> parts;
    QString layer;
    QVariantMap attributes;
};

struct VectorReadOptions {
    /// Douglas-Peucker tolerance in degrees, topology preserved (GEOS through OGR); 0 keeps all.
    double simplifyToleranceDeg = 0.0;
    /// Read only these layers; empty reads every layer.
    QStringList layers;
    /// Skip attributes when only the geometry is needed.
    bool withAttributes = true;
};

/// A vector data set GDAL/OGR can read: GeoPackage, GeoJSON, Shapefile, KML, GPX, S-57 ENC cells
/// and the rest of GDAL's vector drivers. GDAL stays behind the private implementation.
class VectorSource {
public:
    /// Opens a file (or a ":/" resource). A file GDAL cannot read, or one without any vector layer,
    /// is an Error that says so.
    static core::Result<VectorSource> open(const QString &path);

    VectorSource(VectorSource &&) noexcept;
    VectorSource &operator=(VectorSource &&) noexcept;
    ~VectorSource();

    QString path() const;
    QString driverName() const;
    QStringList layerNames() const;

    /// Every feature with a geometry, reprojected to WGS84 (positions latitude first).
    core::Result<std::vector<VectorFeature>> read(const VectorReadOptions &options = {}) const;

    /// Opens a file and reads it whole: open() then read().
    static core::Result<std::vector<VectorFeature>> readFile(const QString &path,
                                                             const VectorReadOptions &options = {});

private:
    struct Impl;
    explicit VectorSource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace marsa::geo
