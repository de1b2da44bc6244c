#include "storage/migrations.h"

#include <array>

namespace marsa::storage {
namespace {

constexpr std::array kMigrations{
    Migration{1, "meta data and the ports and places of disembarkation", R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE places (
    place_key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    label_ar TEXT NOT NULL,
    description TEXT NOT NULL,
    country TEXT NOT NULL,
    role TEXT NOT NULL,
    quality TEXT NOT NULL,
    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180)
);
)sql"},
};

} // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

int latestSchemaVersion() {
    return kMigrations.back().version;
}

} // namespace marsa::storage
