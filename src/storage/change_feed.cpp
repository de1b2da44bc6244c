#include "storage/change_feed.h"

#include "storage/database.h"
#include "storage/incident_rows.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>

#include <set>

namespace marsa::storage {

using core::Result;

namespace {

/// The small tables without a version whose changes SQLite consoles find by comparing rows: the
/// kind of change, the table, and its key (the first column).
struct WatchedTable {
    const char *kind;
    const char *table;
};
constexpr WatchedTable kWatchedTables[] = {
    {"user", "users"}, {"asset", "assets"}, {"facility", "handover_facilities"}};

} // namespace

QString Change::payload() const {
    return QStringLiteral("%1:%2:%3").arg(kind).arg(id).arg(version);
}

Change Change::fromPayload(const QString &payload) {
    const QStringList parts = payload.split(QLatin1Char(':'));
    bool idOk = false;
    bool versionOk = false;
    Change change;
    if (parts.size() == 3 && !parts[0].isEmpty()) {
        change.id = parts[1].toLongLong(&idOk);
        change.version = parts[2].toInt(&versionOk);
    }
    if (idOk && versionOk) {
        change.kind = parts[0];
    } else {
        change = {};
    }
    return change;
}

QString changeChannel() {
    return QStringLiteral("marsa_changes");
}

Result<void> announceChange(QSqlDatabase db, const Change &change) {
    if (!SqlDialect::of(db).isPostgreSql()) {
        return {};
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(changeChannel());
    query.addBindValue(change.payload());
    if (!query.exec()) {
        return rows::databaseError(query);
    }
    return {};
}

Result<void> announceIncidentChange(QSqlDatabase db, std::int64_t incidentId) {
    if (!SqlDialect::of(db).isPostgreSql()) {
        return {};
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_notify(?, 'incident:' || incident_id || ':' || version) "
                                 "FROM incidents WHERE incident_id = ?"));
    query.addBindValue(changeChannel());
    query.addBindValue(static_cast<qlonglong>(incidentId));
    if (!query.exec()) {
        return rows::databaseError(query);
    }
    return {};
}

ChangeListener::ChangeListener(const Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database.connection())
    , m_postgreSql(database.dialect().isPostgreSql()) {
    if (m_postgreSql) {
        QSqlDriver *driver = m_db.driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    onNotification(name, static_cast<int>(source), payload);
                });
        m_listening = driver->subscribeToNotification(changeChannel());
        return;
    }
    m_listening = readSqliteState(false);
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ChangeListener::poll);
    m_timer->start();
}

ChangeListener::~ChangeListener() {
    if (m_postgreSql && m_listening && m_db.isOpen()) {
        m_db.driver()->unsubscribeFromNotification(changeChannel());
    }
}

void ChangeListener::setPollInterval(int ms) {
    if (m_timer) {
        m_timer->setInterval(ms);
    }
}

void ChangeListener::resubscribe() {
    if (!m_postgreSql || !m_db.isOpen()) {
        return;
    }
    QSqlDriver *driver = m_db.driver();
    if (driver->subscribedToNotifications().contains(changeChannel())) {
        driver->unsubscribeFromNotification(changeChannel());
    }
    m_listening = driver->subscribeToNotification(changeChannel());
}

void ChangeListener::poll() {
    if (!m_postgreSql && m_db.isOpen()) {
        readSqliteState(true);
    }
}

void ChangeListener::onNotification(const QString &name, int source, const QVariant &payload) {
    // Our own commits are shown by whoever made them, as on SQLite (data_version ignores them).
    if (name != changeChannel() || source == QSqlDriver::SelfSource) {
        return;
    }
    const Change change = Change::fromPayload(payload.toString());
    if (!change.kind.isEmpty()) {
        Q_EMIT changed(change.kind, change.id);
    }
}

// Reads what moved since the last look. Outside any transaction of the caller's, each
// statement sees the latest commit.
bool ChangeListener::readSqliteState(bool announce) {
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return false;
    }
    const qint64 dataVersion = query.value(0).toLongLong();
    query.finish();
    if (dataVersion == m_dataVersion) {
        return true;
    }
    m_dataVersion = dataVersion;

    std::set<qint64> incidents;
    query.prepare(QStringLiteral("SELECT event_id, incident_id FROM incident_events WHERE event_id > ? "
                                 "ORDER BY event_id"));
    query.addBindValue(m_lastEventId);
    if (!query.exec()) {
        return false;
    }
    while (query.next()) {
        m_lastEventId = query.value(0).toLongLong();
        incidents.insert(query.value(1).toLongLong());
    }
    query.finish();

    std::set<qint64> disembarkations;
    if (!query.exec(QStringLiteral("SELECT disembarkation_id, version FROM disembarkations"))) {
        return false;
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const int version = query.value(1).toInt();
        auto [known, added] = m_disembarkationVersions.try_emplace(id, version);
        if (added || known->second != version) {
            known->second = version;
            disembarkations.insert(id);
        }
    }
    query.finish();

    std::vector<std::pair<QString, std::set<qint64>>> others;
    for (const WatchedTable &watched : kWatchedTables) {
        const QString kind = QString::fromLatin1(watched.kind);
        auto rows = changedRows(QString::fromLatin1(watched.table), m_rowHashes[kind]);
        if (!rows) {
            return false;
        }
        others.emplace_back(kind, std::move(*rows));
    }

    if (announce) {
        for (qint64 id : incidents) {
            Q_EMIT changed(QStringLiteral("incident"), id);
        }
        for (qint64 id : disembarkations) {
            Q_EMIT changed(QStringLiteral("disembarkation"), id);
        }
        for (const auto &[kind, ids] : others) {
            for (qint64 id : ids) {
                Q_EMIT changed(kind, id);
            }
        }
    }
    return true;
}

std::optional<std::set<qint64>> ChangeListener::changedRows(const QString &table,
                                                            std::map<qint64, std::size_t> &hashes) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table)) {
        return std::nullopt;
    }
    std::set<qint64> changedIds;
    std::map<qint64, std::size_t> now;
    const int columns = query.record().count();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        std::size_t hash = 0;
        for (int column = 1; column < columns; ++column) {
            hash = qHashMulti(hash, query.value(column).toString());
        }
        const auto known = hashes.find(id);
        if (known == hashes.end() || known->second != hash) {
            changedIds.insert(id);
        }
        now.emplace(id, hash);
    }
    for (const auto &[id, hash] : hashes) {
        if (!now.contains(id)) {
            changedIds.insert(id);
        }
    }
    hashes = std::move(now);
    return changedIds;
}

} // namespace marsa::storage
