#include "geo/feature_writer.h"

#include "geo/gdal_support.h"
#include "geo/track_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <filesystem>
#include <functional>
#include <system_error>

namespace marsa::geo {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::geo::FeatureWriter)
};

using detail::DatasetPtr;

const char *driverName(FeatureFormat format) {
    return format == FeatureFormat::Csv ? "CSV" : "GeoJSON";
}

OGRFieldType ogrType(FieldType type) {
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return OFTInteger;
    case FieldType::Real:
        return OFTReal;
    case FieldType::String:
        return OFTString;
    }
    return OFTString;
}

void setValue(OGRFeature &feature, int index, FieldType type, const QVariant &value) {
    if (value.isNull()) {
        feature.SetFieldNull(index);
        return;
    }
    switch (type) {
    case FieldType::Integer:
        feature.SetField(index, value.toInt());
        break;
    case FieldType::Boolean:
        feature.SetField(index, value.toBool() ? 1 : 0);
        break;
    case FieldType::Real:
        feature.SetField(index, value.toDouble());
        break;
    case FieldType::String:
        feature.SetField(index, value.toString().toUtf8().constData());
        break;
    }
}

/// Writes the layer to a new file GDAL can name. Everything GDAL reports as a failure, up to and
/// including the close that flushes the file, is an Error.
core::Result<void> writeDataset(const QByteArray &name, FeatureFormat format, const PointLayer &layer) {
    detail::GdalErrorCapture errors;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName(format));
    if (driver == nullptr) {
        return core::Error{
            Text::tr("This GDAL has no %1 driver.").arg(QString::fromLatin1(driverName(format)))};
    }
    DatasetPtr dataset(driver->Create(name.constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) {
        return core::Error{errors.lastError()};
    }
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    // x = longitude, y = latitude, as GeoJSON and CSV readers expect.
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    CPLStringList layerOptions;
    if (format == FeatureFormat::Csv) {
        layerOptions.SetNameValue("GEOMETRY", "AS_XY");
        // Quote only what must be (separators, quotes, line breaks): GDAL before 3.8 also quotes
        // integers under its default, IF_AMBIGUOUS, and spreadsheets then read counts as text.
        layerOptions.SetNameValue("STRING_QUOTING", "IF_NEEDED");
    } else {
        layerOptions.SetNameValue("RFC7946", "YES");
    }
    OGRLayer *ogrLayer =
        dataset->CreateLayer(layer.name.toUtf8().constData(), &wgs84, wkbPoint, layerOptions.List());
    if (ogrLayer == nullptr) {
        return core::Error{errors.lastError()};
    }
    for (const FieldDefinition &field : layer.fields) {
        OGRFieldDefn definition(field.name.toUtf8().constData(), ogrType(field.type));
        if (field.type == FieldType::Boolean) {
            definition.SetSubType(OFSTBoolean);
        }
        if (ogrLayer->CreateField(&definition, FALSE) != OGRERR_NONE) {
            return core::Error{errors.lastError()};
        }
    }
    for (const PointFeature &point : layer.features) {
        Q_ASSERT(point.values.size() == static_cast<qsizetype>(layer.fields.size()));
        OGRFeature feature(ogrLayer->GetLayerDefn());
        for (std::size_t i = 0; i < layer.fields.size(); ++i) {
            const auto at = static_cast<qsizetype>(i);
            setValue(feature, static_cast<int>(i), layer.fields[i].type,
                     at < point.values.size() ? point.values.at(at) : QVariant());
        }
        OGRPoint geometry(point.position.longitude, point.position.latitude);
        feature.SetGeometry(&geometry);
        if (ogrLayer->CreateFeature(&feature) != OGRERR_NONE) {
            return core::Error{errors.lastError()};
        }
    }
    CPLErrorReset();
    dataset.reset(); // closing flushes the file: a full disk shows here
    if (CPLGetLastErrorType() >= CE_Failure) {
        return core::Error{errors.lastError()};
    }
    return {};
}

/// A name for the file being written, beside the target so that the rename stays on one file
/// system. It keeps the format's extension: GDAL's CSV driver makes a folder of any other name.
QString temporaryPath(const QFileInfo &target, const QString &extension) {
    static std::atomic<int> counter{0};
    QString candidate;
    do {
        candidate = target.absoluteDir().filePath(QStringLiteral(".%1.%2-%3.part.%4")
                                                      .arg(target.fileName())
                                                      .arg(QCoreApplication::applicationPid())
                                                      .arg(++counter)
                                                      .arg(extension));
    } while (QFileInfo::exists(candidate));
    return candidate;
}

/// Moves the finished file into place. Without overwrite the rename itself refuses an existing
/// target (QFile::rename never replaces), so a file that appeared meanwhile is kept too.
bool moveIntoPlace(const QString &from, const QString &to, bool overwrite) {
    if (!overwrite) {
        return QFile::rename(from, to);
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(),
                            error);
    return !error;
}

/// Checks the target, writes through write(temporary name) beside it and renames the result into
/// place: the one way every writer here puts a file on disk.
core::Result<void> writeInPlace(const QString &path, const QString &extension,
                                const FeatureWriteOptions &options,
                                const std::function<core::Result<void>(const QByteArray &)> &write) {
    detail::ensureGdalRegistered();
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        return core::Error{Text::tr("Cannot write %1: the folder %2 does not exist.")
                               .arg(path, QDir::toNativeSeparators(target.absolutePath()))};
    }
    if (target.isDir()) {
        return core::Error{Text::tr("Cannot write %1: it is a folder.").arg(path)};
    }
    if (target.exists() && !options.overwrite) {
        return core::Error{Text::tr("%1 already exists and was left as it is.").arg(path)};
    }
    const QString partial = temporaryPath(target, extension);
    if (auto written = write(QFile::encodeName(partial)); !written) {
        QFile::remove(partial);
        return core::Error{Text::tr("Cannot write %1: %2").arg(path, written.errorMessage())};
    }
    if (!moveIntoPlace(partial, target.absoluteFilePath(), options.overwrite)) {
        QFile::remove(partial);
        return core::Error{
            Text::tr("Cannot write %1: it could not be moved into place (does it exist already?).")
                .arg(path)};
    }
    return {};
}

} // namespace

core::Result<void> writePointFeatures(const QString &path, FeatureFormat format, const PointLayer &layer,
                                      const FeatureWriteOptions &options) {
    const QString extension =
        format == FeatureFormat::Csv ? QStringLiteral("csv") : QStringLiteral("geojson");
    return writeInPlace(path, extension, options,
                        [&](const QByteArray &name) { return writeDataset(name, format, layer); });
}

std::optional<TrackFormat> trackFormatFor(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gpx")) {
        return TrackFormat::Gpx;
    }
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json")) {
        return TrackFormat::GeoJson;
    }
    return std::nullopt;
}

core::Result<void> writeTrack(const QString &path, TrackFormat format, const QString &name,
                              std::span<const core::VesselPosition> positions,
                              const FeatureWriteOptions &options) {
    if (positions.empty()) {
        return core::Error{Text::tr("Cannot write %1: the track has no positions.").arg(path)};
    }
    const QString extension = format == TrackFormat::Gpx ? QStringLiteral("gpx") : QStringLiteral("geojson");
    return writeInPlace(path, extension, options, [&](const QByteArray &file) {
        return format == TrackFormat::Gpx ? detail::writeGpxTrack(file, name, positions)
                                          : detail::writeGeoJsonTrack(file, name, positions);
    });
}

} // namespace marsa::geo
