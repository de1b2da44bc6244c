#pragma once

#include "storage/sql_dialect.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QTimer;

namespace marsa::storage {

class Database;

/// Watches a Database's connection and brings it back by itself. On PostgreSQL it asks the
/// server "SELECT 1" every checkInterval (2 s unless changed); when that fails it emits lost() at
/// once, then closes and opens the same connection again with a growing pause (0.5 s doubling up
/// to 10 s), sets the session up as Database::open does and emits restored(). Connect restored()
/// to ChangeListener::resubscribe(): a closed PostgreSQL connection forgets its LISTENs. Nothing
/// is queued: while lost, the services' queries fail with their normal error. An SQLite file does
/// not drop, and the monitor never reports it lost. The Database must outlive the monitor.
class ConnectionMonitor : public QObject {
    Q_OBJECT
public:
    explicit ConnectionMonitor(const Database &database, QObject *parent = nullptr);

    bool isConnected() const { return m_connected; }
    /// PostgreSQL: how often the connection is checked while connected.
    void setCheckInterval(int ms);
    /// The first pause before a reconnection attempt; it doubles up to 10 s.
    void setFirstRetryDelay(int ms) { m_firstRetryMs = ms; }
    /// Checks the connection now (the timer calls this); while lost, tries to reconnect.
    void check();

Q_SIGNALS:
    void lost(const QString &message);
    void restored();

private:
    void markLost(const QString &message);
    bool reconnect();
    void scheduleRetry();

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    bool m_connected = true;
    int m_checkMs = 2000;
    int m_firstRetryMs = 500;
    int m_retryMs = 500;
    QTimer *m_timer = nullptr;
};

} // namespace marsa::storage
