#pragma once

#include "core/result.h"
#include "core/vessel.h"
#include "geo/lat_lon.h"

#include <QString>
#include <QVariantList>

#include <optional>
#include <span>
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

/// The formats of a vessel track file.
enum class TrackFormat {
    Gpx,     ///< GPX 1.1: one <trk> with the vessel's name, one <trkseg>, a <trkpt> with <time> per
             ///< position; speed, course and heading in <extensions> (GPX has no element for them)
    GeoJson, ///< RFC 7946: a LineString feature for the whole track, then a Point feature per position
};

/// The track format a file name asks for: .gpx, or .geojson / .json; none for anything else.
std::optional<TrackFormat> trackFormatFor(const QString &path);

/// Writes one vessel's positions (oldest first) as a track through GDAL, in EPSG:4326, with the
/// same guarantees as writePointFeatures: nothing is left behind on failure, and an existing file
/// is kept unless options.overwrite. Times are ISO 8601 UTC with milliseconds. GeoJSON fields of
/// the positions: mmsi, time_utc, sog_kn, cog_deg, heading_deg (null when not available),
/// nav_status, message_type; of the line: mmsi, name, start_utc, end_utc, positions. A track
/// needs at least one position.
core::Result<void> writeTrack(const QString &path, TrackFormat format, const QString &name,
                              std::span<const core::VesselPosition> positions,
                              const FeatureWriteOptions &options = {});

} // namespace marsa::geo
