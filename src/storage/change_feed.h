#pragma once

#include "core/result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <set>

class QTimer;

namespace marsa::storage {

class Database;

/// What one committed change touched: "incident:42:7" is incident 42, now at version 7.
struct Change {
    /// "incident", "disembarkation", "user", "asset" or "facility" (a detention centre or hospital of
    /// the handover lists); version 0 for records without one.
    QString kind;
    std::int64_t id = 0;
    int version = 0;

    QString payload() const;
    /// The change a payload names; kind empty when the payload is not one.
    static Change fromPayload(const QString &payload);
};

/// The PostgreSQL channel every change is announced on.
QString changeChannel();

/// Announces a change inside the caller's open transaction. On PostgreSQL a NOTIFY on
/// changeChannel(), which the server delivers only when the transaction commits, and not at all
/// when it rolls back. On SQLite nothing: there is no notification between processes, and
/// ChangeListener reads what changed from the tables themselves (incident_events, the
/// disembarkations' versions). The services call this at the one place each kind of record is
/// written (docs/architecture.md, "Live sharing").
core::Result<void> announceChange(QSqlDatabase db, const Change &change);
/// announceChange() for an incident at the version the transaction has written. Called where
/// every timeline event is inserted: each change of a case adds one.
core::Result<void> announceIncidentChange(QSqlDatabase db, std::int64_t incidentId);

/// Signals the changes other connections commit to the database, within a second. On PostgreSQL
/// it listens to changeChannel() on the Database's connection; on SQLite it polls PRAGMA
/// data_version (which only other connections' commits move) every pollMs and then reads the
/// timeline events after the last one seen, the disembarkations whose version moved, and the
/// accounts, assets and facilities whose row differs from the last look (small tables, without a
/// version: each row's values are compared by a hash).
/// The Database must outlive the listener.
class ChangeListener : public QObject {
    Q_OBJECT
public:
    explicit ChangeListener(const Database &database, QObject *parent = nullptr);
    ~ChangeListener() override;

    /// False when the connection could not subscribe (PostgreSQL) or read (SQLite).
    bool isListening() const { return m_listening; }
    /// SQLite: how often the file is looked at; 250 ms unless changed.
    void setPollInterval(int ms);
    /// SQLite: looks at once (the timer calls this).
    void poll();
    /// PostgreSQL: listens again on a connection that was closed and opened again (a new server
    /// session forgets its LISTENs; ConnectionMonitor::restored()). Nothing on SQLite.
    void resubscribe();

Q_SIGNALS:
    void changed(const QString &kind, qint64 id);

private:
    void onNotification(const QString &name, int source, const QVariant &payload);
    bool readSqliteState(bool announce);
    /// The rows of a watched table whose values changed, appeared or went since the last look.
    std::optional<std::set<qint64>> changedRows(const QString &table, std::map<qint64, std::size_t> &hashes);

    QSqlDatabase m_db;
    bool m_postgreSql = false;
    bool m_listening = false;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_lastEventId = 0;
    std::map<qint64, int> m_disembarkationVersions;
    std::map<QString, std::map<qint64, std::size_t>> m_rowHashes; ///< by kind, then id
};

} // namespace marsa::storage
