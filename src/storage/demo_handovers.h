#pragma once

// The handovers of the demonstration data set (demo_data.cpp): the administrator's lists and one
// disembarkation at each of Tripoli, Az Zawiya, Zuwara, Al Khums and Misrata, each at another step.
// Not part of the storage layer's interface.

#include "core/clock.h"
#include "core/disembarkation.h"
#include "core/permissions.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <map>

namespace marsa::storage {

class Database;

namespace demo {

/// The demonstration accounts that sign the handovers.
struct HandoverSigners {
    core::User coastGuard;
    core::User coastGuardSupervisor;
    core::User dcim;
    core::User dcimSupervisor;
    core::User redCrescent;
    core::User administrator;
};

enum class HandoverAction { Declare, Acknowledge, Medical, Approve, Return };

/// Writes the detention centres and hospitals through the administrator's account.
core::Result<void> writeHandoverLists(Database &database, const core::Clock &clock,
                                      const core::User &administrator);

/// The demonstration handovers as they are signed, step by step, by the case scripts.
class HandoverScript {
public:
    HandoverScript(Database &database, const core::Clock &clock, HandoverSigners signers);

    /// One step of the handover of `landing` ("tripoli", "az-zawiya", ...) of `incident`, signed at the
    /// clock's time by the agency whose step it is; a declaration puts its persons ashore 5 minutes before.
    core::Result<void> run(core::IncidentId incident, const char *landing, HandoverAction action);

private:
    Database &m_database;
    const core::Clock &m_clock;
    HandoverSigners m_signers;
    std::map<QString, core::DisembarkationId> m_landings;
    std::map<QString, std::int64_t> m_facilities;
};

} // namespace demo
} // namespace marsa::storage
