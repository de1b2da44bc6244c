#pragma once

#include "storage/demo_traffic.h"
#include "storage/journal.h"

#include <vector>

namespace marsa::replay {

/// The feed id the demonstration's received lines carry in the journal.
inline constexpr std::int64_t kDemoFeedId = 1;

/// The demonstration's ships as a receiver would have heard them (storage::writeDemoData's line
/// encoder): each stored position as a type 1 !AIVDM report at its time, and each ship's type 5
/// static data at its first report and every six minutes after, as journal entries of received
/// lines. A replay of the demonstration's last hours then shows the ships the track store holds.
std::vector<storage::JournalEntry> demoTrafficLines(const storage::DemoTraffic &traffic);

} // namespace marsa::replay
