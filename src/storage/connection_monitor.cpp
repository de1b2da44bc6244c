#include "storage/connection_monitor.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace marsa::storage {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::ConnectionMonitor)
};

constexpr int maxRetryMs = 10000;

} // namespace

ConnectionMonitor::ConnectionMonitor(const Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database.connection())
    , m_dialect(database.dialect()) {
    if (!m_dialect.isPostgreSql()) {
        return; // an SQLite file does not drop
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionMonitor::check);
    m_timer->start(m_checkMs);
}

void ConnectionMonitor::setCheckInterval(int ms) {
    m_checkMs = ms;
    if (m_timer && m_connected) {
        m_timer->start(m_checkMs);
    }
}

void ConnectionMonitor::check() {
    if (!m_dialect.isPostgreSql()) {
        return;
    }
    if (m_connected) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT 1")) || !query.next()) {
            markLost(query.lastError().text());
            return;
        }
        m_timer->start(m_checkMs);
        return;
    }
    if (!reconnect()) {
        scheduleRetry();
        return;
    }
    m_connected = true;
    m_retryMs = m_firstRetryMs;
    spdlog::info("Database connection restored");
    m_timer->start(m_checkMs);
    Q_EMIT restored();
}

void ConnectionMonitor::markLost(const QString &message) {
    m_connected = false;
    m_retryMs = m_firstRetryMs;
    const QString shown =
        message.trimmed().isEmpty() ? Text::tr("no answer from the server") : message.trimmed();
    spdlog::warn("Database connection lost: {}", shown.toStdString());
    Q_EMIT lost(Text::tr("The database is unreachable: %1").arg(shown));
    scheduleRetry();
}

bool ConnectionMonitor::reconnect() {
    m_db.close();
    if (!m_db.open()) {
        return false;
    }
    QSqlQuery setup(m_db);
    for (const QString &statement : m_dialect.sessionSetup()) {
        if (!setup.exec(statement)) {
            m_db.close();
            return false;
        }
        setup.finish();
    }
    return true;
}

void ConnectionMonitor::scheduleRetry() {
    m_timer->start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, maxRetryMs);
}

} // namespace marsa::storage
