#include "app_pg_database.h"

#include "pg_fixture.h"

namespace marsa::test {

struct ScratchPgDatabase::Scratch {
    ::test::ScratchPgDatabase database;
};

bool testsOnPostgreSql() {
    return ::test::testsOnPostgreSql();
}

ScratchPgDatabase::ScratchPgDatabase()
    : m_scratch(std::make_unique<Scratch>()) {}

ScratchPgDatabase::~ScratchPgDatabase() = default;

QString ScratchPgDatabase::url() const {
    return m_scratch->database.url();
}

} // namespace marsa::test
