#pragma once

#include "core/vessel.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace marsa::core {

/// How much of a track thinning may drop. The defaults keep a track that looks the same on the
/// chart at any scale an officer uses to read an old case (a 25 m wobble is under a pixel at
/// 1:50,000) and still shows when the vessel stopped reporting.
struct ThinningOptions {
    /// A point whose distance from the simplified line is more than this is kept (metres).
    double toleranceMetres = 25.0;
    /// Kept points are never further apart in time than this where the track had points between
    /// them; a longer silence in the reports keeps both of its ends, so the gap stays visible.
    std::int64_t maxGapMs = 10 * 60 * 1000;
    /// A change of course over ground between two consecutive reports larger than this keeps
    /// both reports (degrees) ...
    double courseChangeDeg = 45.0;
    /// ... but only while the vessel makes way: the COG of a drifting or moored vessel is noise.
    double minSpeedForCourseKn = 2.0;
    /// A change of speed over ground between two consecutive reports larger than this keeps both
    /// (knots): a boat stopping or starting is what a search planner looks for.
    double speedChangeKn = 5.0;
};

/// The indexes (ascending) of the points of a track to keep. The track is one station's
/// positions in time order (latitude before longitude, as everywhere in Marsa). The first and
/// last points are always kept; then the points around sharp course or speed changes and around
/// gaps longer than maxGapMs; between those anchors a Douglas-Peucker simplification keeps every
/// point further than the tolerance from the line through the kept ones; finally a point is
/// added wherever two kept points are more than maxGapMs apart. Distances are measured in a local
/// equirectangular projection (spherical Earth, mean radius) around each segment's start, under
/// 0.5 % off at segment lengths a track has (tens of kilometres), and to the segment, not the
/// infinite line, so a vessel that turns back along its own path keeps the turning point.
std::vector<std::size_t> thinnedIndexes(std::span<const VesselPosition> track,
                                        const ThinningOptions &options = {});

/// The kept points themselves.
std::vector<VesselPosition> thinnedTrack(std::span<const VesselPosition> track,
                                         const ThinningOptions &options = {});

} // namespace marsa::core
