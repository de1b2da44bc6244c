#pragma once

#include <span>
#include <string_view>

namespace marsa::storage {

/// One forward step of the schema. Statements are separated by ';' at the end of a line.
/// Keep the SQL portable (SQLite now, PostgreSQL later): TEXT, INTEGER, REAL, no AUTOINCREMENT.
struct Migration {
    int version;
    std::string_view summary;
    std::string_view sql;
};

/// Every schema revision, oldest first, versions 1, 2, 3, ... without gaps.
std::span<const Migration> migrations();

/// The newest schema version this program knows.
int latestSchemaVersion();

} // namespace marsa::storage
