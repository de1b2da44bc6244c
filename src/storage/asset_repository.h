#pragma once

#include "core/asset.h"
#include "core/clock.h"
#include "core/result.h"

#include <QSqlDatabase>

#include <vector>

namespace marsa::storage {

/// The Coast Guard's patrol boats and aircraft that can be tasked to a case.
class AssetRepository {
public:
    AssetRepository(QSqlDatabase database, const core::Clock &clock)
        : m_database(std::move(database))
        , m_clock(clock) {}

    /// Adds an asset (ManageAssets), with its audit row, in one transaction.
    core::Result<core::Asset> create(const core::User &user, const core::Asset &asset);
    core::Result<std::vector<core::Asset>> all() const;
    core::Result<core::Asset> find(core::AssetId id) const;

private:
    QSqlDatabase m_database;
    const core::Clock &m_clock;
};

} // namespace marsa::storage
