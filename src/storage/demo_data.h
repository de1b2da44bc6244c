#pragma once

#include "core/result.h"

namespace marsa::storage {

class Database;

/// The demonstration data set a new database starts with: the real ports and places of
/// disembarkation of the reference data. Later capabilities add their own realistic records.
/// All or nothing: one transaction.
core::Result<void> writeDemoData(Database &database);

/// True once the demonstration data set has been written into this database.
bool hasDemoData(const Database &database);

} // namespace marsa::storage
