#include "feeds/tcp_client_source.h"

#include "core/bidi.h"
#include "feeds/feed_config.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace marsa::feeds {
namespace {

// "host:port" isolated left to right, to read well inside Arabic text (UI.md).
QString endpoint(const QString &host, quint16 port) {
    return core::isolated(host + QLatin1Char(':') + QString::number(port));
}

} // namespace

TcpClientSource::TcpClientSource(const FeedConfig &config, QObject *parent)
    : FeedSource(config.id, parent)
    , m_host(config.host.trimmed())
    , m_port(static_cast<quint16>(config.port)) {
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &TcpClientSource::connectToServer);
    m_silenceTimer = new QTimer(this);
    connect(m_silenceTimer, &QTimer::timeout, this, &TcpClientSource::checkSilence);
}

TcpClientSource::~TcpClientSource() {
    m_running = false;
    if (m_socket != nullptr) {
        m_socket->disconnect(this); // no state changes from a half-destroyed source
    }
}

void TcpClientSource::start() {
    stop();
    m_running = true;
    m_connections = 0;
    m_backoff.reset();
    connectToServer();
}

void TcpClientSource::stop() {
    m_running = false;
    m_retryTimer->stop();
    m_silenceTimer->stop();
    if (m_socket != nullptr) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    dropPartialLine();
    setState(FeedState::Stopped);
}

void TcpClientSource::connectToServer() {
    if (!m_running) {
        return;
    }
    if (m_socket != nullptr) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &TcpClientSource::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_socket != nullptr) {
            m_sinceData.restart();
            receive(m_socket->readAll());
        }
    });
    connect(m_socket, &QTcpSocket::disconnected, this,
            [this] { onLost(tr("The server at %1 closed the connection.").arg(endpoint(m_host, m_port))); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpClientSource::onError);
    setState(FeedState::Connecting);
    m_socket->connectToHost(m_host, m_port);
}

void TcpClientSource::onConnected() {
    ++m_connections;
    m_backoff.reset();
    // A half-open link (a cut cable, a router restarting) is found by the keep-alive probes.
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    setState(FeedState::Connected);
    m_sinceData.start();
    if (m_silenceMs > 0) {
        m_silenceTimer->start(std::clamp(m_silenceMs / 4, 10, 5'000));
    }
}

void TcpClientSource::checkSilence() {
    if (m_socket == nullptr || m_socket->state() != QAbstractSocket::ConnectedState || m_silenceMs <= 0) {
        return;
    }
    if (m_sinceData.elapsed() >= m_silenceMs) {
        onLost(tr("No data from %1 for %2 s: the link is made again.")
                   .arg(endpoint(m_host, m_port))
                   .arg((m_silenceMs + 999) / 1000));
    }
}

void TcpClientSource::onError(QAbstractSocket::SocketError error) {
    if (m_socket == nullptr) {
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        return; // disconnected() follows and says it
    }
    const QString why = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        scheduleRetry(FeedState::Error,
                      tr("The server name %1 is not known: check its spelling and the network.")
                          .arg(endpoint(m_host, m_port)));
        break;
    case QAbstractSocket::ConnectionRefusedError:
        scheduleRetry(FeedState::Disconnected,
                      tr("%1 refused the connection: is the server running on that port?")
                          .arg(endpoint(m_host, m_port)));
        break;
    default:
        onLost(tr("The connection to %1 failed: %2.").arg(endpoint(m_host, m_port), why));
        break;
    }
}

void TcpClientSource::onLost(const QString &why) {
    dropPartialLine();
    scheduleRetry(FeedState::Disconnected, why);
}

void TcpClientSource::scheduleRetry(FeedState state, const QString &why) {
    if (!m_running || m_retryTimer->isActive()) {
        return; // one retry at a time: an error and a disconnection often come together
    }
    m_silenceTimer->stop();
    if (m_socket != nullptr) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const int delay = m_backoff.next();
    setState(state, why + QLatin1Char(' ') + tr("Trying again in %1 s.").arg((delay + 999) / 1000));
    m_retryTimer->start(delay);
}

} // namespace marsa::feeds
