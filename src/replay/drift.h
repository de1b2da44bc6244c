#pragma once

#include "replay/scenario.h"

#include <QStringList>

#include <vector>

namespace marsa::replay {

/// Mean leeway coefficients of one object class (OpenDrift OBJECTPROP.DAT, from the USCG SAROPS
/// list): slopes in % of the 10 m wind, offsets in cm/s; CW+ for the branch right of downwind,
/// CW- for the branch left of it.
struct LeewayClass {
    const char *key;
    const char *description;
    double downwindSlope;
    double downwindOffset;
    double rightSlope;
    double rightOffset;
    double leftSlope;
    double leftOffset;
};

/// The class of this key ("LIFE-RAFT-NB-1"), or nullptr.
const LeewayClass *findLeewayClass(const QString &key);
QStringList leewayClassKeys();
/// The proxy class for a migrant craft when a scenario names none: an overloaded rubber boat
/// drifts like a raft without ballast, a wooden boat like a fishing vessel, a fibreglass boat
/// like a skiff. Empty for CraftType::Other.
QString defaultLeewayClass(core::CraftType craft);

/// The leeway (mean, no random part) of an object in a wind, as a velocity.
Current leewayVelocity(const LeewayClass &object, const Wind &wind, bool rightOfDownwind);

/// A case's boat positions from its alert until `until`: the given positions, or the drift
/// computed every `stepMinutes` from the weather's wind plus the current.
std::vector<TimedPosition> driftTrack(const Scenario &scenario, const ScenarioCase &boat, Offset until);

/// The position at `at` on a track (linear between points; the first or last outside it).
geo::LatLon positionOnTrack(const std::vector<TimedPosition> &track, Offset at);

/// The track of an AIS vessel: its waypoints with the times it passes them.
std::vector<TimedPosition> vesselTrack(const TrafficVessel &vessel);

} // namespace marsa::replay
