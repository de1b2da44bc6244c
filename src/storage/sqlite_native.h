#pragma once

// The storage layer's direct use of SQLite's C API, for its few hot paths (the track store's
// appends, the journal's scans). Not part of the storage layer's interface.

#include <QSqlDatabase>

#include <sqlite3.h>

#include <memory>

namespace marsa::storage::native {

struct StatementDeleter {
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

/// The connection's sqlite3 handle when the driver is Qt's QSQLITE, else nullptr. Qt's driver on
/// Debian links the system libsqlite3, the library the storage layer links: one SQLite in the process.
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);

} // namespace marsa::storage::native
