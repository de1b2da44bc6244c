#include "geo/vector_source.h"

#include "geo/gdal_support.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace marsa::geo {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::geo::VectorSource)
};

using detail::DatasetPtr;
using TransformPtr =
    std::unique_ptr<OGRCoordinateTransformation, decltype(&OGRCoordinateTransformation::DestroyCT)>;

LatLonPath pathOf(const OGRSimpleCurve &curve) {
    LatLonPath path;
    path.reserve(static_cast<std::size_t>(curve.getNumPoints()));
    for (int i = 0; i < curve.getNumPoints(); ++i) {
        path.push_back({curve.getY(i), curve.getX(i)}); // OGR is x/y: longitude first
    }
    return path;
}

void collect(const OGRGeometry &geometry, VectorFeature &feature) {
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint: {
        const auto &point = *geometry.toPoint();
        feature.kind = GeometryKind::Point;
        feature.parts.push_back({{point.getY(), point.getX()}});
        break;
    }
    case wkbLineString:
    case wkbLinearRing:
        feature.kind = GeometryKind::Line;
        feature.parts.push_back(pathOf(*geometry.toLineString()));
        break;
    case wkbPolygon:
        feature.kind = GeometryKind::Polygon;
        for (const OGRLinearRing *ring : *geometry.toPolygon()) {
            feature.parts.push_back(pathOf(*ring));
        }
        break;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *member : *geometry.toGeometryCollection()) {
            collect(*member, feature);
        }
        break;
    default: {
        // Curves (arcs in GML or GPKG) are linearised rather than dropped.
        std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
        if (linear && wkbFlatten(linear->getGeometryType()) != wkbFlatten(geometry.getGeometryType())) {
            collect(*linear, feature);
        }
        break;
    }
    }
}

} // namespace

struct VectorSource::Impl {
    QString path;
    detail::GdalPath gdalPath;
    DatasetPtr dataset;
};

VectorSource::VectorSource(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
VectorSource::VectorSource(VectorSource &&) noexcept = default;
VectorSource &VectorSource::operator=(VectorSource &&) noexcept = default;
VectorSource::~VectorSource() = default;

core::Result<VectorSource> VectorSource::open(const QString &path) {
    const QString shown = QFileInfo(path).fileName();
    auto gdalPath = detail::GdalPath::make(path);
    if (!gdalPath) {
        return gdalPath.error();
    }
    detail::GdalErrorCapture errors;
    DatasetPtr dataset(GDALDataset::Open(gdalPath->name().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset) {
        return core::Error{
            Text::tr("GDAL cannot read %1 as a vector chart: %2").arg(shown, errors.lastError())};
    }
    if (dataset->GetLayerCount() == 0) {
        return core::Error{Text::tr("%1 holds no vector layers.").arg(shown)};
    }
    auto impl = std::make_unique<Impl>(Impl{path, std::move(gdalPath.value()), std::move(dataset)});
    return VectorSource(std::move(impl));
}

core::Result<std::vector<VectorFeature>> VectorSource::readFile(const QString &path,
                                                                const VectorReadOptions &options) {
    auto source = open(path);
    if (!source) {
        return source.error();
    }
    return source->read(options);
}

QString VectorSource::path() const {
    return m_impl->path;
}

QString VectorSource::driverName() const {
    return QString::fromUtf8(m_impl->dataset->GetDriver()->GetDescription());
}

QStringList VectorSource::layerNames() const {
    QStringList names;
    for (OGRLayer *layer : m_impl->dataset->GetLayers()) {
        names << QString::fromUtf8(layer->GetName());
    }
    return names;
}

core::Result<std::vector<VectorFeature>> VectorSource::read(const VectorReadOptions &options) const {
    detail::GdalErrorCapture errors;
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    std::vector<VectorFeature> features;
    for (OGRLayer *layer : m_impl->dataset->GetLayers()) {
        const QString layerName = QString::fromUtf8(layer->GetName());
        if (!options.layers.isEmpty() && !options.layers.contains(layerName)) {
            continue;
        }
        if (layer->GetGeomType() == wkbNone) {
            continue; // a table without geometry (e.g. S-57's DSID)
        }
        TransformPtr transform(nullptr, &OGRCoordinateTransformation::DestroyCT);
        if (const OGRSpatialReference *source = layer->GetSpatialRef(); source && !source->IsSame(&wgs84)) {
            OGRSpatialReference sourceCopy(*source);
            sourceCopy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            transform.reset(OGRCreateCoordinateTransformation(&sourceCopy, &wgs84));
            if (!transform) {
                return core::Error{
                    Text::tr("Cannot reproject layer %1 to WGS84: %2").arg(layerName, errors.lastError())};
            }
        }
        layer->ResetReading();
        for (auto &ogrFeature : *layer) {
            const OGRGeometry *geometry = ogrFeature->GetGeometryRef();
            if (geometry == nullptr || geometry->IsEmpty()) {
                continue;
            }
            std::unique_ptr<OGRGeometry> owned(geometry->clone());
            if (transform && owned->transform(transform.get()) != OGRERR_NONE) {
                return core::Error{Text::tr("Cannot reproject a feature of layer %1: %2")
                                       .arg(layerName, errors.lastError())};
            }
            if (options.simplifyToleranceDeg > 0.0 && owned->getDimension() > 0) {
                if (std::unique_ptr<OGRGeometry> simple(
                        owned->SimplifyPreserveTopology(options.simplifyToleranceDeg));
                    simple && !simple->IsEmpty()) {
                    owned = std::move(simple);
                }
            }
            VectorFeature feature;
            feature.layer = layerName;
            collect(*owned, feature);
            if (feature.parts.empty()) {
                continue;
            }
            if (options.withAttributes) {
                for (int i = 0; i < ogrFeature->GetFieldCount(); ++i) {
                    if (!ogrFeature->IsFieldSetAndNotNull(i)) {
                        continue;
                    }
                    const OGRFieldDefn *definition = ogrFeature->GetFieldDefnRef(i);
                    const QString name = QString::fromUtf8(definition->GetNameRef());
                    switch (definition->GetType()) {
                    case OFTInteger:
                        feature.attributes.insert(name, ogrFeature->GetFieldAsInteger(i));
                        break;
                    case OFTInteger64:
                        feature.attributes.insert(name,
                                                  static_cast<qlonglong>(ogrFeature->GetFieldAsInteger64(i)));
                        break;
                    case OFTReal:
                        feature.attributes.insert(name, ogrFeature->GetFieldAsDouble(i));
                        break;
                    default:
                        feature.attributes.insert(name, QString::fromUtf8(ogrFeature->GetFieldAsString(i)));
                        break;
                    }
                }
            }
            features.push_back(std::move(feature));
        }
    }
    return features;
}

} // namespace marsa::geo
