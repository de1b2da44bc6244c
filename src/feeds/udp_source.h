#pragma once

#include "feeds/feed_source.h"

#include <QHostAddress>

class QUdpSocket;

namespace marsa::feeds {

/// Listens for NMEA datagrams (AIS receivers and forwarders broadcast them, often on port 10110).
/// A datagram may hold several lines; its last line ends with it even without a line end.
class UdpSource final : public FeedSource {
    Q_OBJECT
public:
    explicit UdpSource(const FeedConfig &config, QObject *parent = nullptr);
    ~UdpSource() override;

    void start() override;
    void stop() override;

    /// The port actually bound (the configured one, or the system's choice for port 0).
    quint16 localPort() const;

private:
    void readDatagrams();

    QHostAddress m_address;
    quint16 m_port;
    QUdpSocket *m_socket = nullptr;
};

} // namespace marsa::feeds
