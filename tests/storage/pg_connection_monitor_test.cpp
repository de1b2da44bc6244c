#include "pg_fixture.h"
#include "storage/change_feed.h"
#include "storage/connection_monitor.h"
#include "storage/database.h"

#include "catch_qt.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>

#include <functional>

using namespace marsa::storage;

namespace {

/// Spins the event loop until done() or ms have passed; done()'s last answer.
bool waitUntil(const std::function<bool()> &done, int ms) {
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return done();
}

/// Drops every server session on the scratch database, as a restarted or unreachable server
/// would, from an administrator's connection to the cluster's own database.
void terminateSessions(const test::ScratchPgDatabase &scratch) {
    const QString name = QStringLiteral("monitor-admin-") + scratch.name();
    {
        QSqlDatabase admin = test::openPgConnection(name, QUrl(test::pgBaseUrl()));
        QSqlQuery query(admin);
        query.prepare(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                     "WHERE datname = ? AND pid <> pg_backend_pid()"));
        query.addBindValue(scratch.name());
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec());
        REQUIRE(query.next());
        REQUIRE(query.value(0).toInt() >= 1);
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// A Marsa connection to a scratch database, its change listener and its monitor, with what the
/// monitor reported.
struct Console {
    Console()
        : database(open(scratch.url()))
        , listener(database)
        , monitor(database) {
        REQUIRE(listener.isListening());
        QObject::connect(&monitor, &ConnectionMonitor::restored, &listener, &ChangeListener::resubscribe);
        QObject::connect(&monitor, &ConnectionMonitor::lost, &monitor,
                         [this](const QString &message) { lostMessages << message; });
        QObject::connect(&monitor, &ConnectionMonitor::restored, &monitor, [this] { ++restoredCount; });
        QObject::connect(&listener, &ChangeListener::changed, &listener,
                         [this](const QString &kind, qint64 id) { changes << kind + QString::number(id); });
    }
    static Database open(const QString &url) {
        auto opened = Database::open(url);
        INFO((opened ? QString() : opened.errorMessage()).toStdString());
        REQUIRE(opened);
        return std::move(opened.value());
    }
    bool selectOne() {
        QSqlQuery query(database.connection());
        return query.exec(QStringLiteral("SELECT 1")) && query.next();
    }

    test::ScratchPgDatabase scratch;
    Database database;
    ChangeListener listener;
    ConnectionMonitor monitor;
    QStringList lostMessages;
    int restoredCount = 0;
    QStringList changes;
};

} // namespace

TEST_CASE("A dropped PostgreSQL connection is reported at once and comes back by itself") {
    Console console;
    console.monitor.setCheckInterval(200);
    console.monitor.setFirstRetryDelay(100);

    // A healthy connection reports nothing.
    CHECK_FALSE(waitUntil([&] { return !console.lostMessages.isEmpty(); }, 600));
    CHECK(console.monitor.isConnected());

    terminateSessions(console.scratch);
    REQUIRE(waitUntil([&] { return !console.lostMessages.isEmpty(); }, 3000));
    CHECK(console.lostMessages.front().contains(QStringLiteral("unreachable")));

    REQUIRE(waitUntil([&] { return console.restoredCount == 1; }, 10000));
    CHECK(console.monitor.isConnected());
    CHECK(console.lostMessages.size() == 1);
    CHECK(console.selectOne());
    // The session is set up again as Database::open does.
    QSqlQuery query(console.database.connection());
    REQUIRE(query.exec(QStringLiteral("SHOW TIME ZONE")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("UTC"));
    query.finish();

    // The listener hears the other consoles again.
    const QString writerName = QStringLiteral("monitor-writer-") + console.scratch.name();
    {
        QSqlDatabase writer = console.scratch.openRaw(writerName);
        REQUIRE(announceChange(writer, Change{QStringLiteral("incident"), 5, 2}));
        CHECK(waitUntil([&] { return console.changes.contains(QStringLiteral("incident5")); }, 2000));
        writer.close();
    }
    QSqlDatabase::removeDatabase(writerName);
}

TEST_CASE("While the connection is lost queries fail and nothing is queued") {
    Console console;
    console.monitor.setCheckInterval(200);
    console.monitor.setFirstRetryDelay(60000); // no retry of its own during this test

    terminateSessions(console.scratch);
    REQUIRE(waitUntil([&] { return !console.lostMessages.isEmpty(); }, 3000));
    CHECK_FALSE(console.monitor.isConnected());
    QSqlQuery write(console.database.connection());
    CHECK_FALSE(write.exec(QStringLiteral("CREATE TABLE queued_while_lost (x integer)")));
    CHECK(console.restoredCount == 0);

    console.monitor.check(); // the retry, now
    CHECK(console.restoredCount == 1);
    CHECK(console.monitor.isConnected());
    QSqlQuery read(console.database.connection());
    REQUIRE(read.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                     "WHERE table_name = 'queued_while_lost'")));
    REQUIRE(read.next());
    CHECK(read.value(0).toInt() == 0);
}

TEST_CASE("An SQLite database is never reported lost") {
    QTemporaryDir folder;
    Database database = Console::open(folder.filePath(QStringLiteral("m.sqlite")));
    ConnectionMonitor monitor(database);
    int lost = 0;
    QObject::connect(&monitor, &ConnectionMonitor::lost, &monitor, [&] { ++lost; });
    monitor.setCheckInterval(50);
    monitor.check();
    CHECK_FALSE(waitUntil([&] { return lost > 0; }, 300));
    CHECK(monitor.isConnected());
}
