#include "storage/connection_monitor.h"

#include "storage/connection_errors.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <utility>

namespace marsa::storage {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::ConnectionMonitor)
};

constexpr int maxRetryMs = 10000;

/// Where and how the Database's connection connects, copied for a worker thread's connection
/// (a QSqlDatabase belongs to the thread that made it).
struct ConnectionSettings {
    QString driverName;
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    QString options;
};

ConnectionSettings settingsOf(const QSqlDatabase &db) {
    return {db.driverName(), db.hostName(),     db.port(),          db.userName(),
            db.password(),   db.databaseName(), db.connectOptions()};
}

/// Opens a throw-away connection with these settings and asks "SELECT 1". Runs on a worker
/// thread; true when the server answered.
bool serverAnswers(const ConnectionSettings &settings) {
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("marsa-probe-%1").arg(++counter);
    bool answered = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(settings.driverName, name);
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        db.setDatabaseName(settings.databaseName);
        db.setConnectOptions(settings.options);
        if (db.open()) {
            QSqlQuery query(db);
            answered = query.exec(QStringLiteral("SELECT 1")) && query.next();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answered;
}

} // namespace

/// A reconnection attempt's outcome, written by its worker thread before it finishes.
struct ConnectionMonitor::Probe {
    std::atomic<bool> answered{false};
};

ConnectionMonitor::ConnectionMonitor(const Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database.connection())
    , m_dialect(database.dialect()) {
    if (!m_dialect.isPostgreSql()) {
        return; // an SQLite file does not drop
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionMonitor::checkNow);
    m_timer->start(m_checkMs);
    // A service's statement that failed on the lost connection says so through the driver.
    if (m_db.driver() != nullptr) {
        m_db.driver()->installEventFilter(this);
    }
}

ConnectionMonitor::~ConnectionMonitor() {
    if (m_probe != nullptr) {
        // At most the connection's connect_timeout: the probe's connection is gone with its thread.
        m_probe->wait();
        delete m_probe;
    }
}

void ConnectionMonitor::setCheckInterval(int ms) {
    m_checkMs = ms;
    if (m_timer && m_connected) {
        m_timer->start(m_checkMs);
    }
}

bool ConnectionMonitor::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == connectionLostEvent() && watched == m_db.driver()) {
        if (m_connected) {
            checkNow();
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void ConnectionMonitor::checkNow() {
    if (!m_dialect.isPostgreSql()) {
        return;
    }
    if (!m_connected) {
        startProbe();
        return;
    }
    // Quick either way: the server answers, or libpq already knows the socket is closed.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT 1")) || !query.next()) {
        markLost(query.lastError().text());
        return;
    }
    m_timer->start(m_checkMs);
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

void ConnectionMonitor::startProbe() {
    if (m_probe != nullptr) {
        return; // one attempt at a time; its end schedules the next
    }
    m_timer->stop();
    auto result = std::make_shared<Probe>();
    m_probeResult = result;
    m_probe = QThread::create(
        [settings = settingsOf(m_db), result] { result->answered = serverAnswers(settings); });
    m_probe->setObjectName(QStringLiteral("connectionProbe"));
    connect(m_probe, &QThread::finished, this, &ConnectionMonitor::probeFinished);
    m_probe->start();
}

void ConnectionMonitor::probeFinished() {
    QThread *finished = std::exchange(m_probe, nullptr);
    finished->wait();
    delete finished;
    const bool answered = std::exchange(m_probeResult, nullptr)->answered;
    if (!answered || !reopen()) {
        scheduleRetry();
        return;
    }
    m_connected = true;
    m_retryMs = m_firstRetryMs;
    spdlog::info("Database connection restored");
    m_timer->start(m_checkMs);
    Q_EMIT restored();
}

bool ConnectionMonitor::reopen() {
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
