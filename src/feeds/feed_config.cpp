#include "feeds/feed_config.h"

#include "core/bidi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>

#include <algorithm>
#include <optional>

namespace marsa::feeds {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::feeds::FeedConfig)
};

using core::isolated;

QString kindKey(FeedKind kind) {
    switch (kind) {
    case FeedKind::UdpListener:
        return QStringLiteral("udp");
    case FeedKind::TcpClient:
        return QStringLiteral("tcp");
    case FeedKind::SerialPort:
        return QStringLiteral("serial");
    case FeedKind::LogFile:
        return QStringLiteral("file");
    }
    return {};
}

std::optional<FeedKind> kindFromKey(const QString &key) {
    for (FeedKind kind :
         {FeedKind::UdpListener, FeedKind::TcpClient, FeedKind::SerialPort, FeedKind::LogFile}) {
        if (kindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

void validatePort(const FeedConfig &config, QStringList &problems) {
    if (config.port < 1 || config.port > 65535) {
        problems << Text::tr("The port must be a number from 1 to 65535.");
    }
}

void validateFile(const FeedConfig &config, QStringList &problems) {
    if (config.filePath.trimmed().isEmpty()) {
        problems << Text::tr("Choose the NMEA log file to play.");
        return;
    }
    const QFileInfo file(config.filePath);
    const QString shown = isolated(QDir::toNativeSeparators(config.filePath));
    if (!file.exists()) {
        problems << Text::tr("The file %1 does not exist.").arg(shown);
    } else if (file.isDir()) {
        problems << Text::tr("%1 is a folder; choose a file.").arg(shown);
    } else if (!file.isReadable()) {
        problems << Text::tr("The file %1 cannot be read: check its permissions.").arg(shown);
    } else if (file.suffix().compare(QLatin1String("gz"), Qt::CaseInsensitive) == 0) {
        problems << Text::tr("Compressed logs cannot be played: decompress %1 first.").arg(shown);
    }
    if (config.playback == Playback::RecordedSpeed &&
        (config.speed < kMinimumSpeed || config.speed > kMaximumSpeed)) {
        problems << Text::tr("The playback speed must be from 0.1 to 1000 times the recorded speed.");
    }
}

} // namespace

QList<int> standardBaudRates() {
    return {4800, 9600, 19200, 38400, 57600, 115200};
}

QStringList validate(const FeedConfig &config) {
    QStringList problems;
    if (config.name.trimmed().isEmpty()) {
        problems << Text::tr("Give the feed a name.");
    }
    switch (config.kind) {
    case FeedKind::UdpListener:
        if (!config.host.trimmed().isEmpty() && QHostAddress(config.host.trimmed()).isNull()) {
            problems << Text::tr("The listening address must be an IP address of this computer, or empty "
                                 "to listen on every interface.");
        }
        validatePort(config, problems);
        break;
    case FeedKind::TcpClient:
        if (config.host.trimmed().isEmpty()) {
            problems << Text::tr("Enter the name or address of the server to connect to.");
        }
        validatePort(config, problems);
        break;
    case FeedKind::SerialPort:
        if (config.serialDevice.trimmed().isEmpty()) {
            problems << Text::tr("Choose the serial device (e.g. /dev/ttyUSB0 or COM3).");
        }
        if (!standardBaudRates().contains(config.baudRate)) {
            QStringList rates;
            for (int rate : standardBaudRates()) {
                rates << QString::number(rate);
            }
            problems << Text::tr("%1 Bd is not a standard rate: use one of %2.")
                            .arg(config.baudRate)
                            .arg(rates.join(QStringLiteral(", ")));
        }
        break;
    case FeedKind::LogFile:
        validateFile(config, problems);
        break;
    }
    return problems;
}

QString kindName(FeedKind kind) {
    switch (kind) {
    case FeedKind::UdpListener:
        return Text::tr("UDP listener");
    case FeedKind::TcpClient:
        return Text::tr("TCP client");
    case FeedKind::SerialPort:
        return Text::tr("Serial port");
    case FeedKind::LogFile:
        return Text::tr("NMEA log file");
    }
    return {};
}

QString addressText(const FeedConfig &config) {
    switch (config.kind) {
    case FeedKind::UdpListener: {
        const QString host =
            config.host.trimmed().isEmpty() ? QStringLiteral("0.0.0.0") : config.host.trimmed();
        return isolated(host + QLatin1Char(':') + QString::number(config.port));
    }
    case FeedKind::TcpClient:
        return isolated(config.host.trimmed() + QLatin1Char(':') + QString::number(config.port));
    case FeedKind::SerialPort:
        return Text::tr("%1 at %2 Bd").arg(isolated(config.serialDevice)).arg(config.baudRate);
    case FeedKind::LogFile:
        return isolated(QFileInfo(config.filePath).fileName());
    }
    return {};
}

QList<FeedConfig> loadFeedConfigs(QSettings &settings) {
    QList<FeedConfig> configs;
    const int count = settings.beginReadArray(QStringLiteral("feeds"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const auto kind = kindFromKey(settings.value(QStringLiteral("kind")).toString());
        if (!kind) {
            continue;
        }
        FeedConfig config;
        config.kind = *kind;
        config.id = static_cast<quint16>(settings.value(QStringLiteral("id")).toUInt());
        config.name = settings.value(QStringLiteral("name")).toString();
        config.host = settings.value(QStringLiteral("host")).toString();
        config.port = settings.value(QStringLiteral("port"), config.port).toInt();
        config.serialDevice = settings.value(QStringLiteral("serialDevice")).toString();
        config.baudRate = settings.value(QStringLiteral("baudRate"), config.baudRate).toInt();
        config.filePath = settings.value(QStringLiteral("filePath")).toString();
        config.playback = settings.value(QStringLiteral("asFastAsPossible"), false).toBool()
                              ? Playback::AsFastAsPossible
                              : Playback::RecordedSpeed;
        config.speed = settings.value(QStringLiteral("speed"), 1.0).toDouble();
        config.loop = settings.value(QStringLiteral("loop"), false).toBool();
        config.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
        config.ownShipGps = settings.value(QStringLiteral("ownShipGps"), true).toBool();
        configs << config;
    }
    settings.endArray();
    return configs;
}

void saveFeedConfigs(QSettings &settings, const QList<FeedConfig> &configs) {
    settings.remove(QStringLiteral("feeds")); // a shorter list must not keep old entries
    settings.beginWriteArray(QStringLiteral("feeds"), static_cast<int>(configs.size()));
    for (int i = 0; i < configs.size(); ++i) {
        const FeedConfig &config = configs[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), config.id);
        settings.setValue(QStringLiteral("kind"), kindKey(config.kind));
        settings.setValue(QStringLiteral("name"), config.name);
        settings.setValue(QStringLiteral("host"), config.host);
        settings.setValue(QStringLiteral("port"), config.port);
        settings.setValue(QStringLiteral("serialDevice"), config.serialDevice);
        settings.setValue(QStringLiteral("baudRate"), config.baudRate);
        settings.setValue(QStringLiteral("filePath"), config.filePath);
        settings.setValue(QStringLiteral("asFastAsPossible"), config.playback == Playback::AsFastAsPossible);
        settings.setValue(QStringLiteral("speed"), config.speed);
        settings.setValue(QStringLiteral("loop"), config.loop);
        settings.setValue(QStringLiteral("enabled"), config.enabled);
        settings.setValue(QStringLiteral("ownShipGps"), config.ownShipGps);
    }
    settings.endArray();
}

quint16 nextFeedId(const QList<FeedConfig> &configs) {
    quint16 largest = 0;
    for (const FeedConfig &config : configs) {
        largest = std::max(largest, config.id);
    }
    if (largest < 65535) {
        return static_cast<quint16>(largest + 1);
    }
    for (quint16 id = 1;; ++id) { // 65,535 feeds were never configured: a gap exists
        if (std::none_of(configs.begin(), configs.end(), [id](const FeedConfig &c) { return c.id == id; })) {
            return id;
        }
    }
}

} // namespace marsa::feeds
