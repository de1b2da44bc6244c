#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QString>

#include <functional>
#include <vector>

namespace marsa::storage {

class Database;
struct DemoTraffic;
struct JournalEntry;

/// Turns the demonstration's ships into the lines a receiver would have heard of them (the journal
/// entries of replay::demoTrafficLines; storage knows no AIS encoding).
using DemoLineEncoder = std::function<std::vector<JournalEntry>(const DemoTraffic &)>;

/// The password of every demonstration account (README). Demonstration databases only.
inline QString demoPassword() {
    return QStringLiteral("marsa-demo-2026");
}

/// The demonstration data set a new database starts with: the real ports and places of the
/// reference data; an account for each agency and role (user names in the README, password
/// demoPassword()); eight cases of the last two days, typical of the Libyan SRR, at every stage
/// from first alert to closure, each with its timeline and audit rows; the administrator's lists of
/// detention centres and hospitals, and disembarkations at Tripoli (approved), Az Zawiya (returned to
/// DCIM), Zuwara (declared), Al Khums (acknowledged) and Misrata (waiting for review with an
/// unexplained discrepancy) (demo_handovers.cpp); the ships around them with three hours of tracks
/// (demoTraffic). All or nothing: one transaction. Times are relative to the clock, so the cases
/// look current.
/// With an encoder, the ships' received lines are journalled too (in the same transaction), so that
/// a replay of the last hours shows them.
core::Result<void> writeDemoData(Database &database, const core::Clock &clock,
                                 const DemoLineEncoder &encodeLines = {});

/// True once the demonstration data set has been written into this database.
bool hasDemoData(const Database &database);

} // namespace marsa::storage
