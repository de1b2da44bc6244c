#include "feeds/udp_source.h"

#include "feeds/feed_config.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace marsa::feeds {

UdpSource::UdpSource(const FeedConfig &config, QObject *parent)
    : FeedSource(config.id, parent)
    , m_address(config.host.trimmed().isEmpty() ? QHostAddress(QHostAddress::Any)
                                                : QHostAddress(config.host.trimmed()))
    , m_port(static_cast<quint16>(config.port)) {}

UdpSource::~UdpSource() = default;

void UdpSource::start() {
    stop();
    m_socket = new QUdpSocket(this);
    // Several programs on one console may listen to the same broadcast (another chart plotter).
    if (!m_socket->bind(m_address, m_port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        const QString why = m_socket->errorString();
        delete m_socket;
        m_socket = nullptr;
        setState(FeedState::Error,
                 tr("Cannot listen on UDP port %1: %2. Another program may be using it; choose another "
                    "port or close that program.")
                     .arg(m_port)
                     .arg(why));
        return;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &UdpSource::readDatagrams);
    setState(FeedState::Listening);
}

void UdpSource::stop() {
    if (m_socket != nullptr) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(FeedState::Stopped);
}

quint16 UdpSource::localPort() const {
    return m_socket != nullptr ? m_socket->localPort() : 0;
}

void UdpSource::readDatagrams() {
    while (m_socket != nullptr && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram();
        if (datagram.isValid()) {
            receiveDatagram(datagram.data());
        }
    }
}

} // namespace marsa::feeds
