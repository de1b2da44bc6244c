#pragma once

// Internal to marsa_geo: the GDAL side of geo::writeTrack (feature_writer.h), which checks the
// target and moves the finished file into place.

#include "core/result.h"
#include "core/vessel.h"

#include <QByteArray>
#include <QString>

#include <span>

namespace marsa::geo::detail {

/// A GPX 1.1 file at name: one track, one segment, a point with its time per position.
core::Result<void> writeGpxTrack(const QByteArray &name, const QString &trackName,
                                 std::span<const core::VesselPosition> positions);
/// A GeoJSON file at name: the track as a LineString, then each position as a Point.
core::Result<void> writeGeoJsonTrack(const QByteArray &name, const QString &trackName,
                                     std::span<const core::VesselPosition> positions);

} // namespace marsa::geo::detail
