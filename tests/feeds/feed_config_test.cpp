#include "feeds/feed_config.h"

#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace marsa;
using feeds::FeedConfig;
using feeds::FeedKind;

namespace {

FeedConfig named(FeedKind kind) {
    FeedConfig config;
    config.id = 1;
    config.name = QStringLiteral("Tripoli AIS");
    config.kind = kind;
    return config;
}

const QString kPortMessage = QStringLiteral("The port must be a number from 1 to 65535.");

} // namespace

TEST_CASE("A UDP listener needs a port from 1 to 65535 and, if any, an IP address to listen on") {
    FeedConfig config = named(FeedKind::UdpListener);
    CHECK(feeds::validate(config).isEmpty()); // every interface, port 10110
    config.host = QStringLiteral("127.0.0.1");
    CHECK(feeds::validate(config).isEmpty());
    config.host = QStringLiteral("::1");
    CHECK(feeds::validate(config).isEmpty());
    for (int port : {0, -1, 65536, 70000}) {
        config.port = port;
        CHECK(feeds::validate(config) == QStringList{kPortMessage});
    }
    config.port = 65535;
    config.host = QStringLiteral("receiver.local");
    CHECK(feeds::validate(config) ==
          QStringList{
              QStringLiteral("The listening address must be an IP address of this computer, or empty to "
                             "listen on every interface.")});
}

TEST_CASE("A TCP client needs a server and a port, a nameless feed is refused whatever its kind") {
    FeedConfig config = named(FeedKind::TcpClient);
    CHECK(feeds::validate(config) ==
          QStringList{QStringLiteral("Enter the name or address of the server to connect to.")});
    config.host = QStringLiteral("ais.example.org");
    CHECK(feeds::validate(config).isEmpty());
    config.port = 0;
    config.name = QStringLiteral("  ");
    CHECK(feeds::validate(config) == QStringList{QStringLiteral("Give the feed a name."), kPortMessage});
}

TEST_CASE("A serial feed needs a device and a standard baud rate") {
    FeedConfig config = named(FeedKind::SerialPort);
    config.baudRate = 12345;
    CHECK(feeds::validate(config) ==
          QStringList{QStringLiteral("Choose the serial device (e.g. /dev/ttyUSB0 or COM3)."),
                      QStringLiteral("12345 Bd is not a standard rate: use one of 4800, 9600, 19200, 38400, "
                                     "57600, 115200.")});
    config.serialDevice = QStringLiteral("/dev/ttyUSB0");
    for (int rate : {4800, 38400, 115200}) {
        config.baudRate = rate;
        CHECK(feeds::validate(config).isEmpty());
    }
    CHECK(feeds::standardBaudRates().contains(4800));  // NMEA 0183
    CHECK(feeds::standardBaudRates().contains(38400)); // IEC 61162-2, AIS
}

TEST_CASE("A log file must exist, be a readable file and not compressed, the speed stays in range") {
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("day.nmea"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    FeedConfig config = named(FeedKind::LogFile);
    CHECK(feeds::validate(config) == QStringList{QStringLiteral("Choose the NMEA log file to play.")});
    config.filePath = path;
    CHECK(feeds::validate(config).isEmpty());
    config.filePath = folder.filePath(QStringLiteral("missing.nmea"));
    const QString isolatedMissing = QChar(0x2066) + QDir::toNativeSeparators(config.filePath) + QChar(0x2069);
    CHECK(feeds::validate(config) ==
          QStringList{QStringLiteral("The file %1 does not exist.").arg(isolatedMissing)});
    config.filePath = folder.path();
    CHECK(feeds::validate(config).value(0).endsWith(QStringLiteral(" is a folder; choose a file.")));
    const QString gz = folder.filePath(QStringLiteral("day.nmea.gz"));
    QFile gzFile(gz);
    REQUIRE(gzFile.open(QIODevice::WriteOnly));
    gzFile.close();
    config.filePath = gz;
    CHECK(feeds::validate(config).value(0).startsWith(QStringLiteral("Compressed logs cannot be played")));
    config.filePath = path;
    config.speed = 0.05;
    CHECK(
        feeds::validate(config) ==
        QStringList{QStringLiteral("The playback speed must be from 0.1 to 1000 times the recorded speed.")});
    config.playback = feeds::Playback::AsFastAsPossible; // the speed is not used then
    CHECK(feeds::validate(config).isEmpty());
}

TEST_CASE("Feeds are saved in the settings as a list and read back the same") {
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QSettings settings(folder.filePath(QStringLiteral("marsa.ini")), QSettings::IniFormat);
    FeedConfig udp = named(FeedKind::UdpListener);
    udp.host = QStringLiteral("0.0.0.0");
    udp.port = 10110;
    FeedConfig tcp = named(FeedKind::TcpClient);
    tcp.id = 7;
    tcp.name = QStringLiteral("مصراتة");
    tcp.host = QStringLiteral("10.0.0.5");
    tcp.port = 5631;
    tcp.enabled = false;
    FeedConfig serial = named(FeedKind::SerialPort);
    serial.id = 3;
    serial.serialDevice = QStringLiteral("/dev/ttyUSB0");
    serial.baudRate = 4800;
    serial.ownShipGps = false;
    FeedConfig file = named(FeedKind::LogFile);
    file.id = 4;
    file.filePath = QStringLiteral("/data/day.nmea");
    file.playback = feeds::Playback::AsFastAsPossible;
    file.speed = 25.5;
    file.loop = true;
    const QList<FeedConfig> all{udp, tcp, serial, file};
    feeds::saveFeedConfigs(settings, all);
    settings.sync();
    QSettings reread(folder.filePath(QStringLiteral("marsa.ini")), QSettings::IniFormat);
    CHECK(feeds::loadFeedConfigs(reread) == all);

    // A shorter list leaves nothing of the longer one behind.
    feeds::saveFeedConfigs(settings, {tcp});
    CHECK(feeds::loadFeedConfigs(settings) == QList<FeedConfig>{tcp});
    feeds::saveFeedConfigs(settings, {});
    CHECK(feeds::loadFeedConfigs(settings).isEmpty());
}

TEST_CASE("A saved feed of an unknown kind is skipped, not guessed") {
    QTemporaryDir folder;
    QSettings settings(folder.filePath(QStringLiteral("marsa.ini")), QSettings::IniFormat);
    feeds::saveFeedConfigs(settings, {named(FeedKind::TcpClient), named(FeedKind::UdpListener)});
    settings.setValue(QStringLiteral("feeds/1/kind"), QStringLiteral("carrier-pigeon"));
    const QList<FeedConfig> read = feeds::loadFeedConfigs(settings);
    REQUIRE(read.size() == 1);
    CHECK(read[0].kind == FeedKind::UdpListener);
}

TEST_CASE("A new feed gets the id after the largest, or a free one when 65535 is taken") {
    CHECK(feeds::nextFeedId({}) == 1);
    FeedConfig a = named(FeedKind::UdpListener);
    a.id = 4;
    FeedConfig b = a;
    b.id = 2;
    CHECK(feeds::nextFeedId({a, b}) == 5);
    a.id = 65535;
    b.id = 1;
    CHECK(feeds::nextFeedId({a, b}) == 2);
}

TEST_CASE("Each kind says where it reads from, isolated left to right for Arabic text") {
    const QChar lri(0x2066);
    const QChar pdi(0x2069);
    FeedConfig config = named(FeedKind::UdpListener);
    CHECK(feeds::addressText(config) == lri + QStringLiteral("0.0.0.0:10110") + pdi);
    config.kind = FeedKind::TcpClient;
    config.host = QStringLiteral("ais.example.org");
    config.port = 5631;
    CHECK(feeds::addressText(config) == lri + QStringLiteral("ais.example.org:5631") + pdi);
    config.kind = FeedKind::SerialPort;
    config.serialDevice = QStringLiteral("/dev/ttyUSB0");
    CHECK(feeds::addressText(config) ==
          lri + QStringLiteral("/dev/ttyUSB0") + pdi + QStringLiteral(" at 38400 Bd"));
    config.kind = FeedKind::LogFile;
    config.filePath = QStringLiteral("/data/logs/day.nmea");
    CHECK(feeds::addressText(config) == lri + QStringLiteral("day.nmea") + pdi);
    CHECK(feeds::kindName(FeedKind::TcpClient) == QStringLiteral("TCP client"));
}
