#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace marsa::feeds {

enum class FeedKind { UdpListener, TcpClient, SerialPort, LogFile };

/// How a log file is played.
enum class Playback {
    RecordedSpeed, ///< paced by the tag blocks' "c:" times, scaled by FeedConfig::speed
    AsFastAsPossible,
};

/// One configured NMEA feed, as the Feeds dialog edits it and the settings keep it.
struct FeedConfig {
    quint16 id = 0; ///< unique and stable: lines carry it as their sourceId
    FeedKind kind = FeedKind::UdpListener;
    QString name;
    QString host;         ///< TCP: server name or address; UDP: address to bind, empty for every interface
    int port = 10110;     ///< NMEA over IP: IEC 61162-450 and gpsd use 10110
    QString serialDevice; ///< "/dev/ttyUSB0", "COM3"
    int baudRate = 38400; ///< AIS receivers talk at 38400 (IEC 61162-2), GPS at 4800
    QString filePath;
    Playback playback = Playback::RecordedSpeed;
    double speed = 1.0; ///< recorded-speed playback: 1 = as recorded, 10 = ten times faster
    bool loop = false;  ///< start the file again at its end
    bool enabled = true;
    bool ownShipGps = true; ///< its GPS sentences (GGA, RMC, VTG, GLL, HDT) give own ship's position

    bool operator==(const FeedConfig &) const = default;
};

/// The baud rates a serial feed may use: NMEA 0183 (4800), IEC 61162-2 "high speed" (38400), and
/// the usual rates of USB adapters and multiplexers.
QList<int> standardBaudRates();

inline constexpr double kMinimumSpeed = 0.1;
inline constexpr double kMaximumSpeed = 1000.0;

/// What is wrong with a configuration, one translated sentence each; empty when it can run.
QStringList validate(const FeedConfig &config);

/// "UDP listener", "TCP client", "Serial port", "NMEA log file" (translated).
QString kindName(FeedKind kind);
/// Where the feed reads from, for a table: "0.0.0.0:10110", "ais.example.org:5631",
/// "/dev/ttyUSB0 at 38400 Bd", the file name.
QString addressText(const FeedConfig &config);

/// The feeds kept in the settings (group "feeds", an array); entries with an unknown kind are
/// skipped, ids kept.
QList<FeedConfig> loadFeedConfigs(QSettings &settings);
void saveFeedConfigs(QSettings &settings, const QList<FeedConfig> &configs);

/// An id not used by any of the feeds (the next after the largest).
quint16 nextFeedId(const QList<FeedConfig> &configs);

} // namespace marsa::feeds
