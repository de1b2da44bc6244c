#pragma once

#include <span>
#include <string_view>

namespace marsa::storage {

/// One forward step of the schema. Statements are separated by ';' at the end of a line.
/// Keep the SQL portable: TEXT, INTEGER, REAL, no AUTOINCREMENT; storage/sql_dialect.h turns it
/// into PostgreSQL's.
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
