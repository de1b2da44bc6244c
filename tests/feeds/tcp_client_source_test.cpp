#include "feeds/tcp_client_source.h"

#include "feeds/feed_config.h"

#include "feed_fixtures.h"

#include "catch_qt.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace marsa;
using feeds::FeedState;
using test::waitUntil;

namespace {

feeds::FeedConfig client(quint16 port) {
    feeds::FeedConfig config;
    config.id = 9;
    config.kind = feeds::FeedKind::TcpClient;
    config.name = QStringLiteral("Shore network");
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    return config;
}

/// A TCP client on a test server, with the states it went through.
struct Link {
    QTcpServer server;
    std::unique_ptr<feeds::TcpClientSource> source;
    test::Collector collector;
    QList<FeedState> states;
    QList<QTcpSocket *> accepted;

    Link() {
        REQUIRE(server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                accepted << socket;
            }
        });
        source = std::make_unique<feeds::TcpClientSource>(client(server.serverPort()));
        source->setBackoff(feeds::Backoff(50, 200)); // the product waits 1 s, then up to 30 s
        collector.attach(*source);
        QObject::connect(source.get(), &feeds::FeedSource::stateChanged,
                         [this](FeedState state, const QString &) { states << state; });
    }
    QTcpSocket &peer() { return *accepted.back(); }
    void send(const QByteArray &bytes) {
        peer().write(bytes);
        REQUIRE(peer().waitForBytesWritten(1000));
    }
};

} // namespace

TEST_CASE("The TCP client connects and joins lines the server sent across several packets") {
    Link link;
    link.source->start();
    CHECK(link.source->state() == FeedState::Connecting);
    REQUIRE(
        waitUntil([&] { return link.source->state() == FeedState::Connected && !link.accepted.isEmpty(); }));
    link.send("!AIVDM,1,1,,A,15RTgt0PAso;9");
    QTest::qWait(30);
    link.send("0TKcjM8h6g208CQ,0*4A\r");
    QTest::qWait(30);
    link.send("\n" + test::kType18 + "\r\n" + test::kType5Part1.left(20));
    QTest::qWait(30);
    link.send(test::kType5Part1.mid(20) + "\r\n");
    REQUIRE(waitUntil([&] { return link.collector.lines.size() == 3; }));
    CHECK(link.collector.lines == QList<QByteArray>{test::kType1, test::kType18, test::kType5Part1});
    CHECK(link.source->damagedLines() == 0);
    CHECK(link.states == QList<FeedState>{FeedState::Connecting, FeedState::Connected});
}

TEST_CASE("When the server closes, the TCP client reconnects by itself and reads on") {
    Link link;
    link.source->start();
    REQUIRE(
        waitUntil([&] { return link.source->state() == FeedState::Connected && link.accepted.size() == 1; }));
    link.send(test::kType1 + "\r\n$GPGGA,cut in the midd");
    REQUIRE(waitUntil([&] { return link.collector.lines.size() == 1; }));
    link.peer().disconnectFromHost();
    REQUIRE(waitUntil([&] { return link.source->state() == FeedState::Disconnected; }));
    CHECK(link.source->message().startsWith(QStringLiteral("The server at ")));
    CHECK(link.source->message().contains(QStringLiteral("closed the connection.")));
    CHECK(link.source->damagedLines() == 1); // the line the close cut off
    REQUIRE(
        waitUntil([&] { return link.accepted.size() == 2 && link.source->state() == FeedState::Connected; }));
    CHECK(link.source->connections() == 2);
    link.send(test::kType18 + "\r\n");
    REQUIRE(waitUntil([&] { return link.collector.lines.size() == 2; }));
    CHECK(link.collector.lines == QList<QByteArray>{test::kType1, test::kType18});
    CHECK(link.states == QList<FeedState>{FeedState::Connecting, FeedState::Connected,
                                          FeedState::Disconnected, FeedState::Connecting,
                                          FeedState::Connected});
}

TEST_CASE("A refused TCP connection is retried until the server comes up") {
    Link link;
    const quint16 port = link.server.serverPort();
    link.server.close(); // nobody listens: connections are refused
    link.source->start();
    REQUIRE(waitUntil([&] { return link.states.count(FeedState::Disconnected) >= 3; }));
    CHECK(link.source->message().contains(QStringLiteral("refused the connection")));
    CHECK(link.source->connections() == 0);
    REQUIRE(link.server.listen(QHostAddress::LocalHost, port));
    REQUIRE(waitUntil([&] { return link.source->state() == FeedState::Connected; }));
    CHECK(link.source->connections() == 1);
    link.source->stop();
    CHECK(link.source->state() == FeedState::Stopped);
    const qsizetype accepted = link.accepted.size();
    QTest::qWait(300); // stopped: no more attempts
    CHECK(link.accepted.size() == accepted);
}

TEST_CASE("Reconnection waits 1 s, then twice as long each time up to 30 s, and 1 s again after a success") {
    feeds::Backoff backoff;
    QList<int> delays;
    for (int i = 0; i < 8; ++i) {
        delays << backoff.next();
    }
    CHECK(delays == QList<int>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000});
    backoff.reset();
    CHECK(backoff.next() == 1000);
}

TEST_CASE("A TCP link that stays silent is dropped and made again, and one that talks is kept") {
    Link link;
    link.source->setSilenceTimeout(400);
    link.source->start();
    REQUIRE(
        waitUntil([&] { return link.source->state() == FeedState::Connected && link.accepted.size() == 1; }));
    // Talking every 100 ms for a second keeps the link.
    for (int i = 0; i < 10; ++i) {
        link.send(test::kType1 + "\r\n");
        QTest::qWait(100);
    }
    CHECK(link.accepted.size() == 1);
    CHECK(link.source->connections() == 1);
    // Then silence: the client drops the link, says why, and connects again by itself.
    REQUIRE(waitUntil([&] { return link.states.contains(FeedState::Disconnected); }));
    CHECK(link.source->message().startsWith(QStringLiteral("No data from ")));
    REQUIRE(
        waitUntil([&] { return link.accepted.size() == 2 && link.source->state() == FeedState::Connected; }));
    CHECK(link.source->connections() == 2);
    link.send(test::kType18 + "\r\n");
    REQUIRE(waitUntil([&] { return link.collector.lines.size() == 11; }));
}
