#pragma once

#include "core/result.h"
#include "geo/lat_lon.h"

#include <QString>
#include <QVariantList>

#include <vector>

namespace marsa::geo {

/// The type of an attribute column; GDAL keeps it where the format can (GeoJSON numbers and
/// booleans, CSV text).
enum class FieldType { Integer, Real, String, Boolean };

struct FieldDefinition {
    QString name;
    FieldType type = FieldType::String;
};

/// One point and its attribute values, in the order of the layer's fields. A null QVariant
/// writes a null (GeoJSON `null`, an empty CSV cell). The position is latitude first, as in
/// every Marsa API; the writer turns it into GDAL's x/y (longitude, latitude).
struct PointFeature {
    LatLon position;
    QVariantList values;
};

/// A layer of WGS84 points with named, typed attributes.
struct PointLayer {
    QString name;
    std::vector<FieldDefinition> fields;
    std::vector<PointFeature> features;
};

enum class FeatureFormat {
    GeoJson, ///< RFC 7946: coordinates longitude, latitude
    Csv,     ///< columns X (longitude) and Y (latitude) first, then the fields
};

struct FeatureWriteOptions {
    /// Replace a file that already exists; otherwise an existing file is refused and kept as it is.
    bool overwrite = false;
};

/// Writes a point layer through GDAL (driver GeoJSON or CSV) in EPSG:4326. The file is written
/// next to the target under a temporary name and renamed into place only when complete, so a
/// failure leaves neither a partial file nor a changed old one.
core::Result<void> writePointFeatures(const QString &path, FeatureFormat format, const PointLayer &layer,
                                      const FeatureWriteOptions &options = {});

} // namespace marsa::geo
