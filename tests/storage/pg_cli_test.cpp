#include "pg_fixture.h"
#include "storage/audit_log.h"
#include "storage/database.h"

#include "catch_qt.h"

#include <QProcess>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(MARSA_CLI_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("marsa-cli reads a PostgreSQL database named by its URL, the password from PGPASSFILE") {
    test::ScratchPgDatabase scratch;
    {
        auto database = marsa::storage::Database::open(scratch.url());
        REQUIRE(database);
    }
    const Run verify =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), scratch.url()});
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 0);
    const Run list =
        cli({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--db"), scratch.url()});
    INFO(list.err.toStdString());
    CHECK(list.exitCode == 0);
    const Run handovers = cli(
        {QStringLiteral("disembarkation"), QStringLiteral("list"), QStringLiteral("--db"), scratch.url()});
    INFO(handovers.err.toStdString());
    CHECK(handovers.exitCode == 0);
}

TEST_CASE("marsa-cli refuses a database URL with a password and does not print it") {
    QString url = test::pgBaseUrl();
    url.replace(QStringLiteral("marsa_test@"), QStringLiteral("marsa_test:Pw0rdInUrl@"));
    const Run list = cli({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--db"), url});
    CHECK(list.exitCode == 1);
    CHECK(list.err.contains(QStringLiteral("PGPASSFILE")));
    CHECK_FALSE(list.err.contains(QStringLiteral("Pw0rdInUrl")));
    CHECK_FALSE(list.out.contains(QStringLiteral("Pw0rdInUrl")));
}
