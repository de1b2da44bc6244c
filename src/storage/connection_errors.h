#pragma once

#include "core/result.h"

#include <QEvent>
#include <QString>

class QSqlDatabase;
class QSqlDriver;
class QSqlError;
class QSqlQuery;

namespace marsa::storage {

/// True when a statement failed because the connection to the server is gone, not because the
/// statement was refused: the driver is closed, says so (QSqlError::ConnectionError), or, on
/// PostgreSQL, libpq reports the connection bad. An SQLite file never drops.
bool isConnectionLost(const QSqlError &error, const QSqlDriver *driver);

/// What a failed statement tells the user: `refused` (already translated, with the driver's
/// text in it), or, when the connection is gone, "Database unreachable — …" with
/// core::ErrorKind::Unreachable. A lost connection is also announced to its ConnectionMonitor
/// (connectionLostEvent()), which reports it at once instead of at its next check. Nothing is
/// queued: the change is not written.
core::Error queryFailure(const QSqlQuery &query, const QString &refused);
/// The same for a failure of the connection itself (a transaction that does not commit).
core::Error connectionFailure(const QSqlDatabase &db, const QString &refused);

/// The event a statement failed on a lost connection posts to the connection's driver (a
/// QObject, one per connection); ConnectionMonitor filters its driver's events for it.
QEvent::Type connectionLostEvent();

} // namespace marsa::storage
