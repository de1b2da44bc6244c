#pragma once

// The storage layer's direct use of SQLite's C API, for its few hot paths (the track store's
// appends, the journal's scans). Not part of the storage layer's interface.

#include <QSqlDatabase>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace marsa::storage::native {

struct StatementDeleter {
    void operator()(sqlite3_stmt *statement) const;
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

/// The connection's sqlite3 handle when the driver is Qt's QSQLITE, else nullptr. Qt's driver on
/// Debian links the system libsqlite3, the library the storage layer links: one SQLite in the process.
sqlite3 *sqliteHandleOf(const QSqlDatabase &db);

} // namespace marsa::storage::native
