#include "core/track_thinning.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace marsa::core {
namespace {

constexpr double kEarthRadiusM = 6'371'008.8; // IUGG mean radius R1
constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;

/// Metres east and north of an origin, in the equirectangular projection at the origin's latitude.
struct Offset {
    double east = 0;
    double north = 0;
};

Offset offsetFrom(const VesselPosition &origin, const VesselPosition &point) {
    double deltaLon = point.lon - origin.lon;
    if (deltaLon > 180.0) {
        deltaLon -= 360.0; // across the antimeridian the short way
    } else if (deltaLon < -180.0) {
        deltaLon += 360.0;
    }
    return {deltaLon * kRadiansPerDegree * kEarthRadiusM * std::cos(origin.lat * kRadiansPerDegree),
            (point.lat - origin.lat) * kRadiansPerDegree * kEarthRadiusM};
}

/// Distance in metres from point to the segment start-end.
double distanceToSegment(const VesselPosition &start, const VesselPosition &end,
                         const VesselPosition &point) {
    const Offset b = offsetFrom(start, end);
    const Offset p = offsetFrom(start, point);
    const double lengthSquared = b.east * b.east + b.north * b.north;
    double t = 0;
    if (lengthSquared > 0) {
        t = std::clamp((p.east * b.east + p.north * b.north) / lengthSquared, 0.0, 1.0);
    }
    return std::hypot(p.east - t * b.east, p.north - t * b.north);
}

double angleBetween(double aDeg, double bDeg) {
    const double difference = std::fmod(std::abs(aDeg - bDeg), 360.0);
    return difference > 180.0 ? 360.0 - difference : difference;
}

/// Both reports around a sharp change of course or speed, and both ends of a silence.
bool isSharpChange(const VesselPosition &before, const VesselPosition &after,
                   const ThinningOptions &options) {
    if (after.timeMs - before.timeMs > options.maxGapMs) {
        return true;
    }
    if (before.hasSog() && after.hasSog() && std::abs(after.sog - before.sog) > options.speedChangeKn) {
        return true;
    }
    const bool underWay = before.hasSog() && after.hasSog() && before.sog >= options.minSpeedForCourseKn &&
                          after.sog >= options.minSpeedForCourseKn;
    return underWay && before.hasCog() && after.hasCog() &&
           angleBetween(before.cog, after.cog) > options.courseChangeDeg;
}

/// Douglas-Peucker between two kept points, with an explicit stack: a track can hold a million
/// points, deeper than a recursion should go.
void simplify(std::span<const VesselPosition> track, std::size_t first, std::size_t last, double tolerance,
              std::vector<bool> &keep) {
    std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
    while (!stack.empty()) {
        const auto [start, end] = stack.back();
        stack.pop_back();
        double farthest = -1;
        std::size_t farthestIndex = start;
        for (std::size_t i = start + 1; i < end; ++i) {
            const double distance = distanceToSegment(track[start], track[end], track[i]);
            if (distance > farthest) {
                farthest = distance;
                farthestIndex = i;
            }
        }
        if (farthest > tolerance) {
            keep[farthestIndex] = true;
            stack.emplace_back(start, farthestIndex);
            stack.emplace_back(farthestIndex, end);
        }
    }
}

} // namespace

std::vector<std::size_t> thinnedIndexes(std::span<const VesselPosition> track,
                                        const ThinningOptions &options) {
    const std::size_t count = track.size();
    if (count <= 2) {
        std::vector<std::size_t> all(count);
        for (std::size_t i = 0; i < count; ++i) {
            all[i] = i;
        }
        return all;
    }
    std::vector<bool> keep(count, false);
    keep.front() = true;
    keep.back() = true;
    for (std::size_t i = 1; i < count; ++i) {
        if (isSharpChange(track[i - 1], track[i], options)) {
            keep[i - 1] = true;
            keep[i] = true;
        }
    }
    // Simplify between consecutive anchors.
    std::size_t anchor = 0;
    for (std::size_t i = 1; i < count; ++i) {
        if (keep[i]) {
            if (i - anchor > 1) {
                simplify(track, anchor, i, options.toleranceMetres, keep);
            }
            anchor = i;
        }
    }
    // At least one point every maxGapMs where the track has one: from each kept point, the last
    // point still within maxGapMs of it is kept when the next kept point is further away.
    std::vector<std::size_t> kept;
    std::size_t previous = 0;
    kept.push_back(0);
    for (std::size_t i = 1; i < count; ++i) {
        if (!keep[i]) {
            continue;
        }
        while (track[i].timeMs - track[previous].timeMs > options.maxGapMs) {
            std::size_t within = previous;
            while (within + 1 < i && track[within + 1].timeMs - track[previous].timeMs <= options.maxGapMs) {
                ++within;
            }
            if (within == previous) {
                break; // a silence: both its ends are kept already
            }
            kept.push_back(within);
            previous = within;
        }
        kept.push_back(i);
        previous = i;
    }
    return kept;
}

std::vector<VesselPosition> thinnedTrack(std::span<const VesselPosition> track,
                                         const ThinningOptions &options) {
    std::vector<VesselPosition> points;
    for (const std::size_t index : thinnedIndexes(track, options)) {
        points.push_back(track[index]);
    }
    return points;
}

} // namespace marsa::core
