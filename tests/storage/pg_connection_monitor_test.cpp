#include "pg_fixture.h"
#include "storage/change_feed.h"
#include "storage/connection_errors.h"
#include "storage/connection_monitor.h"
#include "storage/database.h"
#include "storage/user_repository.h"

#include "catch_qt.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
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

/// The longest pause between the ticks of a 50 ms timer while it lives: how long the thread's
/// event loop was kept from running.
class LatencyProbe {
public:
    LatencyProbe() {
        m_sinceTick.start();
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longestMs = std::max(m_longestMs, m_sinceTick.restart());
            ++m_ticks;
        });
        m_timer.start(50);
    }
    qint64 longestMs() const { return std::max(m_longestMs, m_sinceTick.elapsed()); }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestMs = 0;
    int m_ticks = 0;
};

/// A port of 127.0.0.1 that accepts connections (the kernel's backlog) and never answers: a
/// server hung or behind a dead link, which makes libpq wait its connect_timeout.
class SilentPort {
public:
    SilentPort() {
        m_socket = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(m_socket >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
        REQUIRE(::listen(m_socket, 16) == 0);
        socklen_t length = sizeof address;
        REQUIRE(::getsockname(m_socket, reinterpret_cast<sockaddr *>(&address), &length) == 0);
        m_port = ntohs(address.sin_port);
    }
    ~SilentPort() { ::close(m_socket); }
    SilentPort(const SilentPort &) = delete;
    SilentPort &operator=(const SilentPort &) = delete;
    int port() const { return m_port; }

private:
    int m_socket = -1;
    int m_port = 0;
};

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

    /// Another console announces a change of case `id`: does this one hear it within 5 s?
    bool hearsAnotherConsole(qint64 id) {
        const QString writerName = QStringLiteral("monitor-writer-") + scratch.name();
        bool heard = false;
        {
            QSqlDatabase writer = scratch.openRaw(writerName);
            REQUIRE(announceChange(writer, Change{QStringLiteral("incident"), id, 2}));
            const QString expected = QStringLiteral("incident") + QString::number(id);
            heard = waitUntil([&] { return changes.contains(expected); }, 5000);
            writer.close();
        }
        QSqlDatabase::removeDatabase(writerName);
        return heard;
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
    CHECK(console.hearsAnotherConsole(5));
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

    console.monitor.checkNow(); // the retry, now, on a worker thread
    REQUIRE(waitUntil([&] { return console.restoredCount == 1; }, 10000));
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
    monitor.checkNow();
    CHECK_FALSE(waitUntil([&] { return lost > 0; }, 300));
    CHECK(monitor.isConnected());
}

TEST_CASE("A statement failing on the lost connection reports it at once, as unreachable") {
    Console console;
    console.monitor.setCheckInterval(60000); // no check of its own during this test
    console.monitor.setFirstRetryDelay(60000);

    terminateSessions(console.scratch);
    const auto users = UserRepository(console.database.connection()).all();
    REQUIRE_FALSE(users);
    CHECK(users.error().kind == marsa::core::ErrorKind::Unreachable);
    CHECK(users.errorMessage().startsWith(QStringLiteral("Database unreachable — ")));
    // Reported as soon as the event loop runs, not at the next check a minute later.
    REQUIRE(waitUntil([&] { return !console.lostMessages.isEmpty(); }, 1000));
    CHECK_FALSE(console.monitor.isConnected());

    console.monitor.checkNow();
    REQUIRE(waitUntil([&] { return console.restoredCount == 1; }, 10000));
    // A statement the server refuses is not a lost connection.
    QSqlQuery bad(console.database.connection());
    CHECK_FALSE(bad.exec(QStringLiteral("SELECT * FROM no_such_table")));
    CHECK_FALSE(marsa::storage::isConnectionLost(bad.lastError(), bad.driver()));
    CHECK(UserRepository(console.database.connection()).all());
    CHECK(console.lostMessages.size() == 1);
}

TEST_CASE("Reconnection attempts to a server that does not answer never block the event loop") {
    Console console;
    console.monitor.setCheckInterval(200);
    console.monitor.setFirstRetryDelay(50);
    const int serverPort = console.database.connection().port();
    SilentPort silent;

    // The next connection goes to a port that accepts and never answers: libpq waits there for
    // its connect_timeout (5 s), on the monitor's worker thread.
    QSqlDatabase connection = console.database.connection();
    connection.setPort(silent.port());
    terminateSessions(console.scratch);
    REQUIRE(waitUntil([&] { return !console.lostMessages.isEmpty(); }, 10000));
    {
        LatencyProbe latency;
        REQUIRE(waitUntil([&] { return console.monitor.isProbing(); }, 5000));
        CHECK_FALSE(waitUntil([&] { return console.restoredCount > 0; }, 3000));
        CHECK(console.monitor.isProbing()); // still waiting for the silent port
        INFO("longest pause of the event loop: " << latency.longestMs() << " ms");
        CHECK(latency.longestMs() < 1000);
        CHECK(latency.ticks() >= 20);
    }

    connection.setPort(serverPort); // the server is back where it was
    REQUIRE(waitUntil([&] { return console.restoredCount == 1; }, 20000));
    CHECK(console.selectOne());
}

TEST_CASE("The server stopped under a connected console is reported and recovered from", "[pg-restart]") {
    Console console;             // the monitor's own intervals: SELECT 1 every 2 s
    test::PgServerSwitch server; // started again, if need be, before the scratch database goes
    LatencyProbe latency;

    QElapsedTimer clock;
    server.halt();
    clock.start();
    REQUIRE(waitUntil([&] { return !console.lostMessages.isEmpty(); }, 10000));
    WARN("lost reported " << clock.elapsed() << " ms after pg_ctl stop"); // about 2 s: the next check
    CHECK_FALSE(console.monitor.isConnected());

    // While down: statements fail as unreachable, nothing is queued, the event loop runs on.
    const auto users = UserRepository(console.database.connection()).all();
    REQUIRE_FALSE(users);
    CHECK(users.error().kind == marsa::core::ErrorKind::Unreachable);
    QSqlQuery write(console.database.connection());
    CHECK_FALSE(write.exec(QStringLiteral("CREATE TABLE queued_while_down (x integer)")));
    CHECK_FALSE(waitUntil([&] { return console.restoredCount > 0; }, 2000));

    server.resume();
    clock.restart();
    REQUIRE(waitUntil([&] { return console.restoredCount == 1; }, 15000));
    WARN("restored " << clock.elapsed() << " ms after pg_ctl start");
    INFO("longest pause of the event loop: " << latency.longestMs() << " ms");
    CHECK(latency.longestMs() < 1000);
    CHECK(console.monitor.isConnected());
    CHECK(console.selectOne());
    QSqlQuery read(console.database.connection());
    REQUIRE(read.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                     "WHERE table_name = 'queued_while_down'")));
    REQUIRE(read.next());
    CHECK(read.value(0).toInt() == 0);
    read.finish();

    // The listener hears the other consoles again.
    CHECK(console.hearsAnotherConsole(7));
}
