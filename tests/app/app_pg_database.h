#pragma once

// The PostgreSQL run of the console tests tagged [engines]: a scratch database on the test cluster
// (tests/storage/pg_fixture.h, compiled in app_pg_database.cpp only, so that its namespace `test`
// does not meet marsa::test here).

#include <QString>

#include <memory>

namespace marsa::test {

/// True in the PostgreSQL run (MARSA_TEST_ENGINE=postgresql, the " [PostgreSQL]" CTest entries).
bool testsOnPostgreSql();

/// A new, empty database on the test cluster, dropped with this object; fails the test when the
/// cluster is not running.
class ScratchPgDatabase {
public:
    ScratchPgDatabase();
    ~ScratchPgDatabase();
    ScratchPgDatabase(const ScratchPgDatabase &) = delete;
    ScratchPgDatabase &operator=(const ScratchPgDatabase &) = delete;

    /// postgresql://marsa_test@127.0.0.1:PORT/marsa_tPID_N
    QString url() const;

private:
    struct Scratch;
    std::unique_ptr<Scratch> m_scratch;
};

} // namespace marsa::test
