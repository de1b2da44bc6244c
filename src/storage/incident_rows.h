#pragma once

// How IncidentService reads and writes rows: shared by its write side (incident_service.cpp) and
// its read side (incident_queries.cpp). Not part of the storage layer's interface.

#include "core/asset.h"
#include "core/incident.h"
#include "core/permissions.h"
#include "core/result.h"
#include "storage/incident_service.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <vector>

namespace marsa::storage::rows {

/// The columns incidentFrom() reads, in its order.
extern const QString kIncidentColumns;
/// The columns eventFrom() reads, from incident_events e joined with incidents i.
extern const QString kEventColumns;

/// Qt binds a null QString as SQL NULL; the text columns hold "" for "nothing said".
QString notNull(const QString &text);
QVariant optionalInt(const std::optional<int> &value);
core::Result<core::Incident> incidentFrom(const QSqlQuery &query);
IncidentEvent eventFrom(const QSqlQuery &query);
/// A failed statement: "The database refused the change: …", or core::ErrorKind::Unreachable when
/// the connection is gone (storage/connection_errors.h).
core::Error databaseError(const QSqlQuery &query);
/// Appends an event to a case's timeline; the caller writes its audit row in the same transaction.
core::Result<void> insertEvent(QSqlDatabase db, core::IncidentId incident, const core::User &user,
                               const QDateTime &time, const QString &kind, const QString &summary,
                               const QString &remarks);
/// Journals the case's state now (storage/journal.h), as of `time`: after each change of the case.
core::Result<void> journalCaseState(QSqlDatabase db, core::IncidentId incident, const QDateTime &time);
/// Taskings WHERE `condition` (one bound integer `key`), oldest first.
core::Result<std::vector<core::Tasking>> queryTaskings(QSqlDatabase db, const QString &condition,
                                                       std::int64_t key);

} // namespace marsa::storage::rows
