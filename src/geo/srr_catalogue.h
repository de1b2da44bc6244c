#pragma once

#include "core/result.h"
#include "geo/lat_lon.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace marsa::geo {

/// A search and rescue region as declared to IMO (GISIS), or only an approximate limit where no
/// declaration was found (Greece, Egypt: a boundary line, not an area).
struct SrrZone {
    QString id;    ///< "LBY", "MLT", "TUN", "ITA", "GRC", "EGY"
    QString label; ///< "Libya SRR"
    QString labelArabic;
    QString source; ///< where the geometry comes from
    bool approximate = false;
    bool isArea = true;               ///< false: only a boundary line is known
    std::vector<LatLonPath> boundary; ///< rings of an area, or the line of a limit
    LatLon labelAnchor;               ///< where the chart writes the zone's name
};

/// The SRRs Marsa knows and which of them a position lies in. Where declared SRRs overlap
/// (Malta and Italy around Lampedusa, Libya and Tunisia off Ras Ajdir) a position is in several.
class SrrCatalogue {
public:
    /// Reads the SRR features of a reference file (kind "srr" and "srr_boundary_approx").
    static core::Result<SrrCatalogue> load(const QString &path);

    SrrCatalogue(SrrCatalogue &&) noexcept;
    SrrCatalogue &operator=(SrrCatalogue &&) noexcept;
    ~SrrCatalogue();

    const std::vector<SrrZone> &zones() const;
    /// Areas where two declared SRRs overlap (derived from the polygons), one ring each.
    const std::vector<LatLonPath> &overlaps() const;
    const SrrZone *zone(const QString &id) const;

    /// Ids of every declared SRR that contains the position (its boundary included), in the
    /// catalogue's order. Empty outside every declared SRR.
    QStringList zonesAt(const LatLon &position) const;

private:
    struct Impl;
    explicit SrrCatalogue(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace marsa::geo
