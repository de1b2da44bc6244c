#pragma once

#include "storage/sql_dialect.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;
class QTimer;

namespace marsa::storage {

class Database;

/// Watches a Database's connection and brings it back by itself. On PostgreSQL it asks the
/// server "SELECT 1" every checkInterval (2 s unless changed); when that fails, or a service's
/// statement fails on the lost connection (storage/connection_errors.h), it emits lost() at once.
/// Then, with a growing pause (0.5 s doubling up to 10 s), it probes the server from a worker
/// thread with a connection of its own, so a server that does not answer never blocks the thread
/// the Database lives on; only once the probe got in does it close and open the Database's own
/// connection again (quick, the server answers), set the session up as Database::open does and
/// emit restored(). Connect restored() to ChangeListener::resubscribe(): a closed PostgreSQL
/// connection forgets its LISTENs. Nothing is queued: while lost, the services' statements fail
/// with core::ErrorKind::Unreachable. An SQLite file does not drop, and the monitor never reports
/// it lost. The Database must outlive the monitor; the monitor lives on the Database's thread.
class ConnectionMonitor : public QObject {
    Q_OBJECT
public:
    explicit ConnectionMonitor(const Database &database, QObject *parent = nullptr);
    ~ConnectionMonitor() override;

    bool isConnected() const { return m_connected; }
    /// PostgreSQL: how often the connection is checked while connected.
    void setCheckInterval(int ms);
    /// The first pause before a reconnection attempt; it doubles up to 10 s.
    void setFirstRetryDelay(int ms) { m_firstRetryMs = ms; }
    /// True while a worker thread is trying to reach the server.
    bool isProbing() const { return m_probe != nullptr; }

public Q_SLOTS:
    /// Checks the connection now (the timer calls this): while connected, asks the server; while
    /// lost, starts a reconnection attempt unless one is under way. It never waits for an answer
    /// that may not come: the attempt runs on a worker thread and restored() follows its success.
    void checkNow();

Q_SIGNALS:
    void lost(const QString &message);
    void restored();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Probe;
    void markLost(const QString &message);
    void startProbe();
    void probeFinished();
    bool reopen();
    void scheduleRetry();

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    bool m_connected = true;
    int m_checkMs = 2000;
    int m_firstRetryMs = 500;
    int m_retryMs = 500;
    QTimer *m_timer = nullptr;
    QThread *m_probe = nullptr;
    std::shared_ptr<Probe> m_probeResult;
};

} // namespace marsa::storage
