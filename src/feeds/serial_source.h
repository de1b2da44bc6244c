#pragma once

#include "feeds/feed_source.h"

#include <QSerialPort>
#include <QStringList>

class QTimer;

namespace marsa::feeds {

/// Reads NMEA from a serial port (an AIS receiver or GPS on RS-422 through a USB adapter), 8N1.
/// A missing or unplugged device is an error that says so; the source keeps trying to open it
/// (1 s, doubling to 30 s), so plugging the adapter back in resumes the feed.
class SerialSource final : public FeedSource {
    Q_OBJECT
public:
    explicit SerialSource(const FeedConfig &config, QObject *parent = nullptr);
    ~SerialSource() override;

    void start() override;
    void stop() override;

    void setBackoff(Backoff backoff) { m_backoff = backoff; }

private:
    void open();
    void onError(QSerialPort::SerialPortError error);
    QString describe(QSerialPort::SerialPortError error) const;

    QString m_device;
    int m_baudRate;
    Backoff m_backoff;
    QSerialPort *m_port = nullptr;
    QTimer *m_retryTimer = nullptr;
    bool m_running = false;
};

/// The serial ports this computer has now, by system name ("/dev/ttyUSB0", "COM3").
QStringList availableSerialPorts();

} // namespace marsa::feeds
