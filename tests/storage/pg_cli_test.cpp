#include "old_schema.h"
#include "pg_fixture.h"
#include "storage/audit_log.h"
#include "storage/database.h"

#include "catch_qt.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

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

TEST_CASE("marsa-cli db copy reports rows per table and refuses what it must") {
    QTemporaryDir dir;
    test::ScratchPgDatabase scratch;
    const QString station = dir.filePath(QStringLiteral("station.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), station}).exitCode == 0);
    const Run copy = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), station,
                          QStringLiteral("--to"), scratch.url()});
    INFO(copy.err.toStdString() << copy.out.toStdString());
    CHECK(copy.exitCode == 0);
    CHECK(copy.out.contains(QStringLiteral("audit log intact on the target")));
    CHECK(copy.out.contains(QRegularExpression(QStringLiteral("handover_steps +(\\d+) +\\1\\n"))));

    const Run again = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), station,
                           QStringLiteral("--to"), scratch.url()});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds Marsa records")));

    QString withPassword = scratch.url();
    withPassword.replace(QStringLiteral("marsa_test@"), QStringLiteral("marsa_test:Pw0rdInUrl@"));
    const QString laptop = dir.filePath(QStringLiteral("laptop.sqlite"));
    for (const QStringList &ends : {QStringList{withPassword, laptop}, QStringList{station, withPassword}}) {
        const Run refused = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                                 ends[0], QStringLiteral("--to"), ends[1]});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("PGPASSFILE")));
        CHECK_FALSE(QString(refused.err + refused.out).contains(QStringLiteral("Pw0rdInUrl")));
    }
    CHECK_FALSE(QFileInfo::exists(laptop));
    // A source that does not exist is a mistake, not a new database; so is a copy onto itself.
    const Run missing = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                             dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--to"), laptop});
    CHECK(missing.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    const Run itself = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), station,
                            QStringLiteral("--to"), station});
    CHECK(itself.exitCode == 2);

    test::ScratchPgDatabase another;
    const Run across = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                            scratch.url(), QStringLiteral("--to"), another.url()});
    INFO(across.err.toStdString());
    CHECK(across.exitCode == 0);
    const Run back = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                          scratch.url(), QStringLiteral("--to"), laptop});
    INFO(back.err.toStdString());
    CHECK(back.exitCode == 0);
    const Run verify =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), laptop});
    CHECK(verify.exitCode == 0);
}

TEST_CASE("marsa-cli db copy into a new SQLite file that fails leaves no file") {
    QTemporaryDir dir;
    test::ScratchPgDatabase scratch;
    {
        auto shared = marsa::storage::Database::open(scratch.url());
        REQUIRE(shared);
        // A table no Marsa knows: the copy refuses it before it writes anything.
        QSqlQuery query(shared->connection());
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE stray (x BIGINT)")));
    }
    const QString laptop = dir.filePath(QStringLiteral("laptop.sqlite"));
    const Run copy = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"),
                          scratch.url(), QStringLiteral("--to"), laptop});
    CHECK(copy.exitCode == 1);
    CHECK(copy.err.contains(QStringLiteral("stray")));
    CHECK_FALSE(QFileInfo::exists(laptop));
    CHECK_FALSE(QFileInfo::exists(laptop + QStringLiteral("-wal")));
}

TEST_CASE("marsa-cli db copy says when it brought an older source to the newest schema") {
    QTemporaryDir dir;
    test::ScratchPgDatabase scratch;
    const QString station = dir.filePath(QStringLiteral("v5.sqlite"));
    test::loadOldSchema(station, 5);
    const Run copy = cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), station,
                          QStringLiteral("--to"), scratch.url()});
    INFO(copy.err.toStdString());
    CHECK(copy.exitCode == 0);
    CHECK(copy.out.contains(
        QStringLiteral("the source was at schema version 5 and has been brought to version")));
    CHECK(copy.out.contains(QStringLiteral("audit log intact on the target")));
}
