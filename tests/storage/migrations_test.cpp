#include "storage/migrations.h"

#include "catch_qt.h"

using namespace marsa::storage;

TEST_CASE("Schema migrations are numbered from 1 without gaps") {
    const auto all = migrations();
    REQUIRE_FALSE(all.empty());
    int expected = 1;
    for (const Migration &migration : all) {
        CHECK(migration.version == expected++);
        CHECK_FALSE(migration.summary.empty());
        CHECK_FALSE(migration.sql.empty());
    }
    CHECK(latestSchemaVersion() == static_cast<int>(all.size()));
    CHECK(latestSchemaVersion() == all.back().version);
}

TEST_CASE("Schema migrations stay portable SQL") {
    // migrations.h: no AUTOINCREMENT (SQLite only); statements end with ';' at the end of a line.
    for (const Migration &migration : migrations()) {
        INFO("migration " << migration.version);
        CHECK(migration.sql.find("AUTOINCREMENT") == std::string_view::npos);
        CHECK(migration.sql.find(";\n") != std::string_view::npos);
    }
}
