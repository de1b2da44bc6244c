#include "geo/land_mask.h"

#include "geo/gdal_support.h"

#include <QCoreApplication>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_geometry.h>

#include <vector>

namespace marsa::geo {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::geo::LandMask)
};

struct PreparedDeleter {
    void operator()(OGRPreparedGeometryH geometry) const { OGRDestroyPreparedGeometry(geometry); }
};
using PreparedPtr = std::unique_ptr<std::remove_pointer_t<OGRPreparedGeometryH>, PreparedDeleter>;

} // namespace

struct LandMask::Impl {
    // Each land polygon with its envelope (a cheap first test) and its prepared form (GEOS).
    std::vector<std::unique_ptr<OGRGeometry>> geometries;
    std::vector<OGREnvelope> envelopes;
    std::vector<PreparedPtr> prepared;
};

LandMask::LandMask(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
LandMask::LandMask(LandMask &&) noexcept = default;
LandMask &LandMask::operator=(LandMask &&) noexcept = default;
LandMask::~LandMask() = default;

core::Result<LandMask> LandMask::load(const QString &path) {
    auto gdalPath = detail::GdalPath::make(path);
    if (!gdalPath) {
        return gdalPath.error();
    }
    GDALDatasetH dataset = GDALOpenEx(gdalPath->name().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                      nullptr, nullptr, nullptr);
    if (dataset == nullptr) {
        return core::Error{Text::tr("%1 is not a vector file GDAL can read.").arg(path)};
    }
    auto impl = std::make_unique<Impl>();
    for (int l = 0; l < GDALDatasetGetLayerCount(dataset); ++l) {
        OGRLayerH layer = GDALDatasetGetLayer(dataset, l);
        OGR_L_ResetReading(layer);
        while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
            if (OGRGeometryH geometry = OGR_F_GetGeometryRef(feature)) {
                const auto type = wkbFlatten(OGR_G_GetGeometryType(geometry));
                if (type == wkbPolygon || type == wkbMultiPolygon) {
                    std::unique_ptr<OGRGeometry> copy(OGRGeometry::FromHandle(OGR_G_Clone(geometry)));
                    OGREnvelope envelope;
                    copy->getEnvelope(&envelope);
                    impl->prepared.emplace_back(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(copy.get())));
                    impl->envelopes.push_back(envelope);
                    impl->geometries.push_back(std::move(copy));
                }
            }
            OGR_F_Destroy(feature);
        }
    }
    GDALClose(dataset);
    if (impl->geometries.empty()) {
        return core::Error{Text::tr("%1 holds no land polygons.").arg(path)};
    }
    return LandMask(std::move(impl));
}

bool LandMask::isLand(const LatLon &position) const {
    OGRPoint point(position.longitude, position.latitude);
    for (std::size_t i = 0; i < m_impl->geometries.size(); ++i) {
        const OGREnvelope &e = m_impl->envelopes[i];
        if (position.longitude < e.MinX || position.longitude > e.MaxX || position.latitude < e.MinY ||
            position.latitude > e.MaxY) {
            continue;
        }
        const bool inside = m_impl->prepared[i] ? OGRPreparedGeometryContains(m_impl->prepared[i].get(),
                                                                              OGRGeometry::ToHandle(&point))
                                                : m_impl->geometries[i]->Contains(&point);
        if (inside) {
            return true;
        }
    }
    return false;
}

} // namespace marsa::geo
