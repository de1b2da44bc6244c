#include "feeds/serial_source.h"

#include "feeds/feed_config.h"

#include "feed_fixtures.h"

#include "catch_qt.h"

using namespace marsa;
using feeds::FeedState;
using test::waitUntil;

namespace {

feeds::FeedConfig serial(const QString &device) {
    feeds::FeedConfig config;
    config.id = 2;
    config.kind = feeds::FeedKind::SerialPort;
    config.name = QStringLiteral("Bridge AIS");
    config.serialDevice = device;
    config.baudRate = 38400;
    return config;
}

} // namespace

TEST_CASE("A serial port that does not exist is an error that says so, and is tried again") {
    feeds::SerialSource source(serial(QStringLiteral("/dev/ttyMARSA-absent")));
    source.setBackoff(feeds::Backoff(40, 40));
    QList<FeedState> states;
    QObject::connect(&source, &feeds::FeedSource::stateChanged,
                     [&](FeedState state, const QString &) { states << state; });
    source.start();
    CHECK(source.state() == FeedState::Error);
    const QString device = QChar(0x2066) + QStringLiteral("/dev/ttyMARSA-absent") + QChar(0x2069);
    CHECK(source.message() ==
          QStringLiteral("The serial port %1 does not exist: plug in the adapter or choose "
                         "another port. Trying again in 1 s.")
              .arg(device));
    // The adapter may be plugged in later: the source keeps trying.
    REQUIRE(waitUntil([&] { return states.count(FeedState::Connecting) >= 3; }));
    CHECK(states.mid(0, 4) ==
          QList<FeedState>{FeedState::Connecting, FeedState::Error, FeedState::Connecting, FeedState::Error});
    source.stop();
    CHECK(source.state() == FeedState::Stopped);
    CHECK(source.lines() == 0);
}

TEST_CASE("A serial feed's configuration is checked before it runs") {
    feeds::FeedConfig config = serial(QStringLiteral("/dev/ttyUSB0"));
    CHECK(feeds::validate(config).isEmpty());
    config.baudRate = 4801;
    REQUIRE(feeds::validate(config).size() == 1);
    CHECK(feeds::validate(config)[0].startsWith(QStringLiteral("4801 Bd is not a standard rate")));
    config = serial(QString());
    CHECK(feeds::validate(config) ==
          QStringList{QStringLiteral("Choose the serial device (e.g. /dev/ttyUSB0 or COM3).")});
}
