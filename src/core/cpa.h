#pragma once

#include <optional>

namespace marsa::core {

/// A position and its motion over the ground, latitude before longitude (ISO 6709).
struct Motion {
    double lat = 0;    ///< degrees north
    double lon = 0;    ///< degrees east
    double sogKn = 0;  ///< speed over ground, knots (0 for a fixed point)
    double cogDeg = 0; ///< course over ground, degrees true
};

/// The closest point of approach of two moving points, if both keep course and speed.
struct Approach {
    double rangeNm = 0; ///< the distance now
    double cpaNm = 0;   ///< the least distance
    /// Minutes from now to the closest point; negative when it is already past (the two are
    /// opening). 0 when they do not move relative to each other: the CPA is then the range now.
    double tcpaMin = 0;
};

/// CPA and TCPA of `target` relative to `reference` (an incident position, fixed or drifting, or
/// an asset). Worked in a local tangent plane around the two positions on a sphere of the mean
/// Earth radius (flat earth): within about 0.5% of the ellipsoidal answer up to 100 NM apart, which
/// is as far as a CPA means anything; for longer ranges use geo's geodesics.
Approach closestApproach(const Motion &target, const Motion &reference);

/// The motion carried forward `minutes` at its course and speed (dead reckoning), for ranges and
/// CPAs "now" rather than at the time of a report a few minutes old: at 20 kn a two-minute-old
/// report is 0.67 NM behind. Worked on the same sphere as closestApproach; meant for minutes, not
/// hours (a rhumb line from the report, exact enough within 10 NM). Negative or non-finite
/// minutes (a clock ahead of ours) leave it where it was.
Motion reckoned(const Motion &motion, double minutes);

/// Below this speed a unit is stopped or drifting: it has no ETA.
inline constexpr double kMinimumEtaSpeedKn = 0.5;

/// Minutes to cover `rangeNm` at `sogKn`; none below kMinimumEtaSpeedKn or for a non-finite speed.
std::optional<double> etaMinutes(double rangeNm, double sogKn);

} // namespace marsa::core
