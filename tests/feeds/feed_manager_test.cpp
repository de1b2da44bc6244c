#include "feeds/feed_manager.h"

#include "feed_fixtures.h"

#include "catch_qt.h"

#include <QDateTime>
#include <QHash>
#include <QSignalSpy>
#include <QUdpSocket>

using namespace marsa;
using feeds::FeedState;
using test::waitUntil;

namespace {

// A port nobody uses now: bound and released (the system does not hand it out again at once).
quint16 freePort() {
    QUdpSocket probe;
    REQUIRE(probe.bind(QHostAddress::LocalHost, 0));
    return probe.localPort();
}

feeds::FeedConfig udp(quint16 id, quint16 port) {
    feeds::FeedConfig config;
    config.id = id;
    config.name = QStringLiteral("Receiver %1").arg(id);
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    return config;
}

const feeds::FeedStatus *statusOf(const feeds::FeedManager &manager, quint16 id) {
    for (const feeds::FeedStatus &status : manager.status()) {
        if (status.id == id) {
            return &status;
        }
    }
    return nullptr;
}

bool isListening(const feeds::FeedManager &manager, quint16 id) {
    const feeds::FeedStatus *status = statusOf(manager, id);
    return status != nullptr && status->state == FeedState::Listening;
}

void send(const QByteArray &datagram, quint16 port) {
    QUdpSocket sender;
    REQUIRE(sender.writeDatagram(datagram, QHostAddress::LocalHost, port) == datagram.size());
}

/// A sink that decodes as a decoder would count: a message for each line, and one rejection of
/// each kind per line starting with "!BAD"; it notes the feeds it is told to forget.
class CountingSink final : public feeds::LineSink {
public:
    void acceptLines(std::span<const feeds::ReceivedLine> lines) override {
        QMutexLocker lock(&m_mutex);
        for (const feeds::ReceivedLine &line : lines) {
            feeds::DecodeStats &stats = m_stats[line.sourceId];
            ++stats.lines;
            if (line.line.startsWith("!BAD")) {
                stats.reject(feeds::RejectReason::Malformed);
            } else {
                ++stats.messagesByType[1];
                ++stats.messageLines;
            }
        }
    }
    std::optional<feeds::DecodeStats> decodeStats(quint16 feedId) const override {
        QMutexLocker lock(&m_mutex);
        m_threads << QThread::currentThread();
        return m_stats.value(feedId);
    }
    void forgetFeed(quint16 feedId) override {
        QMutexLocker lock(&m_mutex);
        m_stats.remove(feedId);
        m_forgotten << feedId;
    }
    QList<quint16> forgotten() const {
        QMutexLocker lock(&m_mutex);
        return m_forgotten;
    }
    QList<QThread *> threads() const {
        QMutexLocker lock(&m_mutex);
        return m_threads;
    }

private:
    mutable QMutex m_mutex;
    QHash<quint16, feeds::DecodeStats> m_stats;
    QList<quint16> m_forgotten;
    mutable QList<QThread *> m_threads;
};

} // namespace

TEST_CASE(
    "Lines from a UDP feed reach the sink on the worker thread, GPS goes to own ship, damage is counted") {
    test::RecordingSink sink;
    feeds::FeedManager manager;
    manager.setLineSink(&sink);
    QSignalSpy positions(&manager, &feeds::FeedManager::ownShipPositionUpdated);
    const quint16 port = freePort();
    manager.setFeeds({udp(1, port)});
    REQUIRE(waitUntil([&] { return isListening(manager, 1); }));

    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QByteArray rmc =
        test::sentence('$', "GPRMC,101500.00,A,3254.000,N,01311.000,E,5.5,045.0,231126,,,A");
    const QByteArray gsv = test::sentence('$', "GPGSV,1,1,01,03,03,111,00");
    send(test::kType1 + "\r\n" + rmc + "\r\n" + "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*00\r\n" + gsv +
             "\r\n" + test::kType18,
         port);
    REQUIRE(waitUntil([&] { return sink.size() == 3; }));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const auto lines = sink.lines();
    CHECK(lines[0].line == test::kType1);
    CHECK(lines[1].line == gsv); // other NMEA sentences go to the decoder as they are
    CHECK(lines[2].line == test::kType18);
    for (const feeds::ReceivedLine &line : lines) {
        CHECK(line.sourceId == 1);
        CHECK(line.receivedMs >= before);
        CHECK(line.receivedMs <= after);
    }
    // Never on the GUI thread: on the manager's worker thread.
    for (QThread *thread : sink.threads()) {
        CHECK(thread != QThread::currentThread());
        CHECK(thread == manager.workerThread());
    }
    CHECK(sink.batches() == 1); // one datagram, one batch

    REQUIRE(positions.wait(2000));
    CHECK(positions[0][0].value<QGeoPositionInfo>().coordinate().latitude() == Approx(32.9));
    REQUIRE(waitUntil([&] {
        const feeds::FeedStatus *status = statusOf(manager, 1);
        return status != nullptr && status->lines == 5;
    }));
    const feeds::FeedStatus &status = *statusOf(manager, 1);
    CHECK(status.damaged == 1);
    CHECK(status.gpsLines == 1);
    CHECK(status.duplicates == 0);
    CHECK(status.name == QStringLiteral("Receiver 1"));
    CHECK(status.bytes > 0);
}

TEST_CASE("Two receivers hearing the same transmission give the sink one line, and the copy is counted") {
    test::RecordingSink sink;
    feeds::FeedManager manager;
    manager.setLineSink(&sink);
    const quint16 tripoli = freePort();
    quint16 misrata = freePort();
    while (misrata == tripoli) {
        misrata = freePort();
    }
    manager.setFeeds({udp(1, tripoli), udp(2, misrata)});
    REQUIRE(waitUntil([&] { return isListening(manager, 1) && isListening(manager, 2); }));
    send(test::kType1 + "\r\n" + test::kType5Part1 + "\r\n" + test::kType5Part2 + "\r\n", tripoli);
    send(test::tagged("s:misrata", test::kType1) + "\r\n" + test::kType5Part1 + "\r\n" + test::kType5Part2 +
             "\r\n" + test::kType18 + "\r\n",
         misrata);
    REQUIRE(waitUntil([&] {
        const auto *a = statusOf(manager, 1);
        const auto *b = statusOf(manager, 2);
        return a != nullptr && b != nullptr && a->lines + b->lines == 7;
    }));
    manager.requestStatus(); // the lines may have come after the last status
    REQUIRE(
        waitUntil([&] { return statusOf(manager, 1)->duplicates + statusOf(manager, 2)->duplicates == 3; }));
    CHECK(sink.size() == 4); // type 1, type 5 in two sentences, type 18
}

TEST_CASE("Feeds are reconfigured while running: unchanged ones keep going, disabled and removed ones stop") {
    test::RecordingSink sink;
    feeds::FeedManager manager;
    manager.setLineSink(&sink);
    const quint16 port = freePort();
    QSignalSpy statusSpy(&manager, &feeds::FeedManager::statusChanged);
    manager.setFeeds({udp(1, port)});
    REQUIRE(waitUntil([&] { return isListening(manager, 1); }));
    send(test::kType1 + "\r\n", port);
    REQUIRE(waitUntil([&] { return sink.size() == 1; }));

    manager.setFeeds({udp(1, port)}); // the same: keeps its socket and its counts
    manager.requestStatus();
    REQUIRE(waitUntil([&] { return statusOf(manager, 1)->lines == 1; }));

    feeds::FeedConfig disabled = udp(1, port);
    disabled.enabled = false;
    manager.setFeeds({disabled});
    REQUIRE(waitUntil([&] { return !statusOf(manager, 1)->enabled; }));
    CHECK(statusOf(manager, 1)->state == FeedState::Stopped);
    send(test::kType18 + "\r\n", port);
    QTest::qWait(200);
    CHECK(sink.size() == 1);

    manager.setFeeds({});
    REQUIRE(waitUntil([&] { return manager.status().isEmpty(); }));
    CHECK(statusSpy.size() >= 3);
}

TEST_CASE("The status comes about twice a second with a rate in lines per second") {
    feeds::FeedManager manager; // no sink: lines are dropped after counting
    const quint16 port = freePort();
    QSignalSpy statusSpy(&manager, &feeds::FeedManager::statusChanged);
    manager.setFeeds({udp(1, port)});
    REQUIRE(waitUntil([&] { return isListening(manager, 1); }));
    QByteArray burst;
    for (int i = 0; i < 50; ++i) {
        burst +=
            test::sentence('!', "AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D" + QByteArray::number(i) + ",0") +
            "\r\n";
    }
    send(burst, port);
    statusSpy.clear();
    QTest::qWait(1600);
    CHECK(statusSpy.size() >= 2);
    CHECK(statusSpy.size() <= 6);
    const feeds::FeedStatus *status = statusOf(manager, 1);
    REQUIRE(status != nullptr);
    CHECK(status->lines == 50);
    // 50 lines over the time since the feed started, at most about 5 s: between 5 and 50 a second.
    CHECK(status->linesPerSecond > 5.0);
    CHECK(status->linesPerSecond <= 50.0 * 1000 / 400);
    CHECK(feeds::totalLinesPerSecond(manager.status()) == status->linesPerSecond);
}

TEST_CASE("A feed's status carries what the sink decoded of its lines, and its counts restart with it") {
    CountingSink sink;
    feeds::FeedManager manager;
    manager.setLineSink(&sink);
    const quint16 port = freePort();
    manager.setFeeds({udp(1, port)});
    REQUIRE(waitUntil([&] { return isListening(manager, 1); }));
    // Two reports and three lines the decoder refuses (the checksums are right: the feed itself
    // finds nothing damaged).
    QByteArray datagram = test::kType1 + "\r\n" + test::kType18 + "\r\n";
    for (const char *body : {"BADVDM,1", "BADVDM,2", "BADVDM,3"}) {
        datagram += test::sentence('!', body) + "\r\n";
    }
    send(datagram, port);
    REQUIRE(waitUntil([&] {
        const feeds::FeedStatus *status = statusOf(manager, 1);
        return status != nullptr && status->lines == 5 && status->rejectedLines() == 3;
    }));
    const feeds::FeedStatus &status = *statusOf(manager, 1);
    CHECK(status.messages == 2);
    CHECK(status.rejected[static_cast<std::size_t>(feeds::RejectReason::Malformed)] == 3);
    CHECK(status.damaged == 0);
    // Read on the worker thread, where the sink decodes: no lock between decoder and status.
    for (QThread *thread : sink.threads()) {
        CHECK(thread == manager.workerThread());
    }

    // The feed changes (another port): the sink forgets it and its figures start again.
    const quint16 other = freePort();
    manager.setFeeds({udp(1, other)});
    REQUIRE(waitUntil([&] { return sink.forgotten().contains(1); }));
    REQUIRE(waitUntil([&] {
        const feeds::FeedStatus *restarted = statusOf(manager, 1);
        return restarted != nullptr && restarted->state == FeedState::Listening && restarted->messages == 0 &&
               restarted->rejectedLines() == 0;
    }));
}
