#pragma once

#include "feeds/feed_source.h"

#include <QAbstractSocket>
#include <QElapsedTimer>

class QTcpSocket;
class QTimer;

namespace marsa::feeds {

/// Connects to an NMEA server (an AIS receiver's TCP port, a shore network, gpsd's NMEA output)
/// and reads lines. When the connection fails or drops it tries again by itself, after 1 s, then
/// 2, 4... up to 30 s between attempts, and after 1 s again once a connection succeeds. A link
/// that stays silent for a minute (a cut cable, a stalled server: AIS traffic never pauses that
/// long on a working link) is dropped and made again.
class TcpClientSource final : public FeedSource {
    Q_OBJECT
public:
    explicit TcpClientSource(const FeedConfig &config, QObject *parent = nullptr);
    ~TcpClientSource() override;

    void start() override;
    void stop() override;

    /// Tests shorten the delays; the defaults are 1 s and 30 s.
    void setBackoff(Backoff backoff) { m_backoff = backoff; }
    /// Tests shorten the silence after which the link is made again; 0 never drops it.
    void setSilenceTimeout(int milliseconds) { m_silenceMs = milliseconds; }
    /// How many times it connected since start().
    int connections() const { return m_connections; }

private:
    void connectToServer();
    void onConnected();
    void onLost(const QString &why);
    void onError(QAbstractSocket::SocketError error);
    void scheduleRetry(FeedState state, const QString &why);
    void checkSilence();

    QString m_host;
    quint16 m_port;
    Backoff m_backoff;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_silenceTimer = nullptr; // checks now and then how long ago data came
    QElapsedTimer m_sinceData;
    int m_silenceMs = 60'000;
    bool m_running = false;
    int m_connections = 0;
};

} // namespace marsa::feeds
