#include "geo/track_file.h"

#include "geo/gdal_support.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace marsa::geo::detail {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::geo::FeatureWriter)
};

QByteArray isoTime(std::int64_t timeMs) {
    return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}

OGRSpatialReference wgs84() {
    OGRSpatialReference reference;
    reference.SetWellKnownGeogCS("WGS84");
    reference.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER); // x = longitude, y = latitude
    return reference;
}

/// Creates a dataset with the driver, or says why not.
core::Result<DatasetPtr> create(const char *driverName, const QByteArray &name, const CPLStringList &options,
                                const GdalErrorCapture &errors) {
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (driver == nullptr) {
        return core::Error{Text::tr("This GDAL has no %1 driver.").arg(QString::fromLatin1(driverName))};
    }
    DatasetPtr dataset(driver->Create(name.constData(), 0, 0, 0, GDT_Unknown, options.List()));
    if (!dataset) {
        return core::Error{errors.lastError()};
    }
    return dataset;
}

bool addField(OGRLayer &layer, const char *name, OGRFieldType type) {
    OGRFieldDefn definition(name, type);
    return layer.CreateField(&definition, FALSE) == OGRERR_NONE;
}

/// A float as the decimal it was meant to be (10.3F, not 10.300000190734863).
double asDecimal(float value) {
    return std::round(static_cast<double>(value) * 1000.0) / 1000.0;
}

/// Speed, course and heading of a position, or null where not available.
void setMotion(OGRFeature &feature, const core::VesselPosition &position, const char *sog, const char *cog,
               const char *heading) {
    position.hasSog() ? feature.SetField(sog, asDecimal(position.sog))
                      : feature.SetFieldNull(feature.GetFieldIndex(sog));
    position.hasCog() ? feature.SetField(cog, asDecimal(position.cog))
                      : feature.SetFieldNull(feature.GetFieldIndex(cog));
    position.hasHeading() ? feature.SetField(heading, position.heading)
                          : feature.SetFieldNull(feature.GetFieldIndex(heading));
}

/// Closes the dataset, which flushes it: a full disk shows here.
core::Result<void> close(DatasetPtr &dataset, const GdalErrorCapture &errors) {
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() >= CE_Failure) {
        return core::Error{errors.lastError()};
    }
    return {};
}

} // namespace

core::Result<void> writeGpxTrack(const QByteArray &name, const QString &trackName,
                                 std::span<const core::VesselPosition> positions) {
    GdalErrorCapture errors;
    CPLStringList options;
    options.SetNameValue("GPX_USE_EXTENSIONS", "YES"); // speed, course, heading
    auto dataset = create("GPX", name, options, errors);
    if (!dataset) {
        return dataset.error();
    }
    OGRSpatialReference reference = wgs84();
    // GDAL's GPX driver writes track points given in this layer as <trk>/<trkseg>/<trkpt>,
    // grouped by track_fid and track_seg_id, the track named by track_name.
    OGRLayer *layer = dataset.value()->CreateLayer("track_points", &reference, wkbPoint, nullptr);
    if (layer == nullptr || !addField(*layer, "sog_kn", OFTReal) || !addField(*layer, "cog_deg", OFTReal) ||
        !addField(*layer, "heading_deg", OFTInteger)) {
        return core::Error{errors.lastError()};
    }
    const QByteArray trackNameUtf8 = trackName.toUtf8();
    for (const core::VesselPosition &position : positions) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("track_fid", 0);
        feature.SetField("track_seg_id", 0);
        feature.SetField("track_name", trackNameUtf8.constData());
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(position.timeMs, Qt::UTC);
        feature.SetField(feature.GetFieldIndex("time"), time.date().year(), time.date().month(),
                         time.date().day(), time.time().hour(), time.time().minute(),
                         static_cast<float>(time.time().second() + time.time().msec() / 1000.0), 100);
        setMotion(feature, position, "sog_kn", "cog_deg", "heading_deg");
        OGRPoint point(position.lon, position.lat);
        feature.SetGeometry(&point);
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            return core::Error{errors.lastError()};
        }
    }
    return close(dataset.value(), errors);
}

core::Result<void> writeGeoJsonTrack(const QByteArray &name, const QString &trackName,
                                     std::span<const core::VesselPosition> positions) {
    GdalErrorCapture errors;
    auto dataset = create("GeoJSON", name, {}, errors);
    if (!dataset) {
        return dataset.error();
    }
    OGRSpatialReference reference = wgs84();
    CPLStringList layerOptions;
    layerOptions.SetNameValue("RFC7946", "YES");
    OGRLayer *layer = dataset.value()->CreateLayer("track", &reference, wkbUnknown, layerOptions.List());
    const bool fields =
        layer != nullptr && addField(*layer, "kind", OFTString) && addField(*layer, "mmsi", OFTInteger64) &&
        addField(*layer, "name", OFTString) && addField(*layer, "start_utc", OFTString) &&
        addField(*layer, "end_utc", OFTString) && addField(*layer, "positions", OFTInteger) &&
        addField(*layer, "time_utc", OFTString) && addField(*layer, "sog_kn", OFTReal) &&
        addField(*layer, "cog_deg", OFTReal) && addField(*layer, "heading_deg", OFTInteger) &&
        addField(*layer, "nav_status", OFTInteger) && addField(*layer, "message_type", OFTInteger);
    if (!fields) {
        return core::Error{errors.lastError()};
    }
    const auto mmsi = static_cast<GIntBig>(positions.front().mmsi);
    {
        OGRFeature line(layer->GetLayerDefn());
        line.SetField("kind", "track");
        line.SetField("mmsi", mmsi);
        line.SetField("name", trackName.toUtf8().constData());
        line.SetField("start_utc", isoTime(positions.front().timeMs).constData());
        line.SetField("end_utc", isoTime(positions.back().timeMs).constData());
        line.SetField("positions", static_cast<int>(positions.size()));
        OGRLineString geometry;
        for (const core::VesselPosition &position : positions) {
            geometry.addPoint(position.lon, position.lat);
        }
        line.SetGeometry(&geometry);
        if (layer->CreateFeature(&line) != OGRERR_NONE) {
            return core::Error{errors.lastError()};
        }
    }
    for (const core::VesselPosition &position : positions) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("kind", "position");
        feature.SetField("mmsi", mmsi);
        feature.SetField("time_utc", isoTime(position.timeMs).constData());
        setMotion(feature, position, "sog_kn", "cog_deg", "heading_deg");
        feature.SetField("nav_status", position.navStatus);
        feature.SetField("message_type", position.messageType);
        OGRPoint point(position.lon, position.lat);
        feature.SetGeometry(&point);
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            return core::Error{errors.lastError()};
        }
    }
    return close(dataset.value(), errors);
}

} // namespace marsa::geo::detail
