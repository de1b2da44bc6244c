#pragma once

#include "core/clock.h"
#include "core/disembarkation.h"
#include "core/result.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace marsa::storage {

/// The lists the administrator keeps for the handover: detention centres (where DCIM sends persons)
/// and hospitals (where the Red Crescent evacuates them and takes bodies). Entries are deactivated,
/// never deleted: old handovers keep naming them. Every change writes its audit row in the same
/// transaction.
class HandoverListRepository {
public:
    HandoverListRepository(QSqlDatabase database, const core::Clock &clock)
        : m_database(std::move(database))
        , m_clock(clock) {}

    /// Adds a facility (Action::ManageHandoverLists); names are unique within a list.
    core::Result<core::Facility> add(const core::User &user, const core::Facility &facility);
    /// Takes a facility out of use, or back into it, and moves its version on. `expectedVersion`: the
    /// version the administrator saw; another stored version is refused as an ErrorKind::Conflict and
    /// nothing is written (none: no such check).
    core::Result<core::Facility> setActive(const core::User &user, std::int64_t id, bool active,
                                           std::optional<int> expectedVersion = std::nullopt);

    /// Both lists (or one), by kind and name, inactive entries too.
    core::Result<std::vector<core::Facility>>
    all(std::optional<core::FacilityKind> kind = std::nullopt) const;
    core::Result<core::Facility> find(std::int64_t id) const;

private:
    QSqlDatabase m_database;
    const core::Clock &m_clock;
};

} // namespace marsa::storage
