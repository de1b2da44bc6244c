#pragma once

#include "core/vessel.h"

#include <QDateTime>

#include <vector>

namespace marsa::storage {

/// The ships of the demonstration data set: the Coast Guard's patrol boats (the demo assets'
/// MMSIs), merchant ships on the routes through the Libyan SRR, tankers at the oil terminals,
/// fishing boats and a rescue NGO's ship, each with invented names and numbers. Their tracks
/// cover the `hours` before `now`, one report a minute, moving as the demo cases need (the
/// patrol boats sail to the cases they are tasked to).
struct DemoTraffic {
    std::vector<core::VesselStatic> statics;
    std::vector<core::VesselPosition> positions; ///< minute by minute, oldest first
};

DemoTraffic demoTraffic(const QDateTime &now, int hours = 3);

} // namespace marsa::storage
