#include "feeds/udp_source.h"

#include "feeds/feed_config.h"

#include "feed_fixtures.h"

#include "catch_qt.h"

#include <QSignalSpy>
#include <QUdpSocket>

using namespace marsa;
using test::waitUntil;

namespace {

feeds::FeedConfig loopback(const QString &host = QStringLiteral("127.0.0.1")) {
    feeds::FeedConfig config;
    config.id = 3;
    config.name = QStringLiteral("UDP");
    config.host = host;
    config.port = 0; // the system picks a free port
    return config;
}

} // namespace

TEST_CASE("The UDP listener binds, and splits datagrams of several lines, the last one without a line end") {
    feeds::UdpSource source(loopback());
    test::Collector collector;
    collector.attach(source);
    QSignalSpy states(&source, &feeds::FeedSource::stateChanged);
    source.start();
    REQUIRE(source.state() == feeds::FeedState::Listening);
    REQUIRE(states.size() == 1);
    CHECK(states[0][0].value<feeds::FeedState>() == feeds::FeedState::Listening);
    const quint16 port = source.localPort();
    REQUIRE(port != 0);

    QUdpSocket sender;
    const QByteArray first = test::kType1 + "\r\n" + test::kType18 + "\n" + test::kType5Part1 + "\r\n" +
                             test::kType5Part2; // no line end: the datagram ends it
    REQUIRE(sender.writeDatagram(first, QHostAddress::LocalHost, port) == first.size());
    REQUIRE(waitUntil([&] { return collector.lines.size() == 4; }));
    CHECK(collector.lines ==
          QList<QByteArray>{test::kType1, test::kType18, test::kType5Part1, test::kType5Part2});
    // A line is never carried from one datagram into the next.
    REQUIRE(sender.writeDatagram("!AIVDM,1,1,,A,15RTgt0P", QHostAddress::LocalHost, port) > 0);
    REQUIRE(sender.writeDatagram("$GPGGA,2\r\n", QHostAddress::LocalHost, port) > 0);
    REQUIRE(waitUntil([&] { return collector.lines.size() == 6; }));
    CHECK(collector.lines[4] == "!AIVDM,1,1,,A,15RTgt0P");
    CHECK(collector.lines[5] == "$GPGGA,2");
    CHECK(source.lines() == 6);
    CHECK(source.bytes() == static_cast<quint64>(first.size() + 22 + 10));
    CHECK(source.damagedLines() == 0);
}

TEST_CASE("The UDP listener drops and counts malformed lines and keeps the good ones around them") {
    feeds::UdpSource source(loopback());
    test::Collector collector;
    collector.attach(source);
    source.start();
    QUdpSocket sender;
    QByteArray datagram = test::kType1 + "\r\n";
    datagram += QByteArray("$GP\0GGA\r\n", 9);  // a NUL inside
    datagram += QByteArray(3000, 'x') + "\r\n"; // overlong
    datagram += "\xff\xfe\xfd\r\n";             // 8-bit garbage
    datagram += test::kType18 + "\r\n";
    REQUIRE(sender.writeDatagram(datagram, QHostAddress::LocalHost, source.localPort()) == datagram.size());
    REQUIRE(waitUntil([&] { return collector.lines.size() == 2; }));
    CHECK(collector.lines == QList<QByteArray>{test::kType1, test::kType18});
    CHECK(source.damagedLines() == 3);
}

TEST_CASE("A UDP listener that cannot bind says so and why") {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this computer.
    feeds::UdpSource source(loopback(QStringLiteral("192.0.2.1")));
    source.start();
    CHECK(source.state() == feeds::FeedState::Error);
    CHECK(source.message().startsWith(QStringLiteral("Cannot listen on UDP port 0: ")));
    source.stop();
    CHECK(source.state() == feeds::FeedState::Stopped);
    CHECK(source.message().isEmpty());
}
