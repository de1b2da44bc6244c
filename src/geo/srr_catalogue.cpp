#include "geo/srr_catalogue.h"

#include "geo/vector_source.h"

#include <QCoreApplication>

#include <ogr_api.h>
#include <ogr_geometry.h>

namespace marsa::geo {
namespace {

struct PreparedDeleter {
    void operator()(OGRPreparedGeometryH geometry) const { OGRDestroyPreparedGeometry(geometry); }
};
using PreparedPtr = std::unique_ptr<std::remove_pointer_t<OGRPreparedGeometryH>, PreparedDeleter>;

} // namespace

struct SrrCatalogue::Impl {
    std::vector<SrrZone> zones;
    std::vector<LatLonPath> overlaps;
    // For each area zone (same index as in zones, null for lines): the polygon and its prepared
    // form, which answers point queries without re-indexing the polygon each time (GEOS).
    std::vector<std::unique_ptr<OGRPolygon>> polygons;
    std::vector<PreparedPtr> prepared;
};

SrrCatalogue::SrrCatalogue(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
SrrCatalogue::SrrCatalogue(SrrCatalogue &&) noexcept = default;
SrrCatalogue &SrrCatalogue::operator=(SrrCatalogue &&) noexcept = default;
SrrCatalogue::~SrrCatalogue() = default;

core::Result<SrrCatalogue> SrrCatalogue::load(const QString &path) {
    auto features = VectorSource::readFile(path);
    if (!features) {
        return features.error();
    }
    auto impl = std::make_unique<Impl>();
    for (VectorFeature &feature : features.value()) {
        const QString kind = feature.attributes.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("srr_overlap_derived") && feature.kind == GeometryKind::Polygon) {
            impl->overlaps.push_back(feature.parts.front());
            continue;
        }
        const bool area = kind == QLatin1String("srr") && feature.kind == GeometryKind::Polygon;
        const bool limit = kind == QLatin1String("srr_boundary_approx") && feature.kind == GeometryKind::Line;
        if (!area && !limit) {
            continue;
        }
        SrrZone zone;
        zone.id = feature.attributes.value(QStringLiteral("id")).toString();
        zone.label = feature.attributes.value(QStringLiteral("label"), zone.id).toString();
        zone.labelArabic = feature.attributes.value(QStringLiteral("label_ar"), zone.label).toString();
        zone.source = feature.attributes.value(QStringLiteral("status")).toString();
        zone.approximate = limit || zone.source.startsWith(QLatin1String("APPROX"));
        zone.isArea = area;
        zone.boundary = std::move(feature.parts);
        zone.labelAnchor = {feature.attributes.value(QStringLiteral("label_lat")).toDouble(),
                            feature.attributes.value(QStringLiteral("label_lon")).toDouble()};

        std::unique_ptr<OGRPolygon> polygon;
        PreparedPtr prepared;
        if (area) {
            polygon = std::make_unique<OGRPolygon>();
            for (const LatLonPath &ring : zone.boundary) {
                auto linearRing = std::make_unique<OGRLinearRing>();
                for (const LatLon &p : ring) {
                    linearRing->addPoint(p.longitude, p.latitude);
                }
                linearRing->closeRings();
                polygon->addRingDirectly(linearRing.release());
            }
            prepared.reset(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(polygon.get())));
        }
        impl->zones.push_back(std::move(zone));
        impl->polygons.push_back(std::move(polygon));
        impl->prepared.push_back(std::move(prepared));
    }
    if (impl->zones.empty()) {
        return core::Error{
            QCoreApplication::translate("marsa::geo", "%1 holds no search and rescue regions.").arg(path)};
    }
    return SrrCatalogue(std::move(impl));
}

const std::vector<SrrZone> &SrrCatalogue::zones() const {
    return m_impl->zones;
}

const std::vector<LatLonPath> &SrrCatalogue::overlaps() const {
    return m_impl->overlaps;
}

const SrrZone *SrrCatalogue::zone(const QString &id) const {
    for (const SrrZone &zone : m_impl->zones) {
        if (zone.id == id) {
            return &zone;
        }
    }
    return nullptr;
}

QStringList SrrCatalogue::zonesAt(const LatLon &position) const {
    QStringList ids;
    const OGRPoint point(position.longitude, position.latitude);
    for (std::size_t i = 0; i < m_impl->zones.size(); ++i) {
        if (!m_impl->polygons[i]) {
            continue;
        }
        const bool inside =
            m_impl->prepared[i]
                ? OGRPreparedGeometryIntersects(m_impl->prepared[i].get(),
                                                OGRGeometry::ToHandle(const_cast<OGRPoint *>(&point)))
                : m_impl->polygons[i]->Intersects(&point);
        if (inside) {
            ids << m_impl->zones[i].id;
        }
    }
    return ids;
}

} // namespace marsa::geo
