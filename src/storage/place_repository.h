#pragma once

#include "core/place.h"
#include "core/result.h"

#include <QSqlDatabase>

#include <vector>

namespace marsa::storage {

/// The ports and places of disembarkation kept in the database.
class PlaceRepository {
public:
    explicit PlaceRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    core::Result<std::vector<core::Place>> all() const;
    /// Inserts or replaces by key; the caller owns the transaction.
    core::Result<void> save(const core::Place &place);

private:
    QSqlDatabase m_database;
};

} // namespace marsa::storage
