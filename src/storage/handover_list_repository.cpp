#include "storage/handover_list_repository.h"

#include "storage/audit_log.h"
#include "storage/change_feed.h"
#include "storage/connection_errors.h"
#include "storage/incident_rows.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::HandoverListRepository)
};

using core::Error;
using core::Facility;
using core::Result;
using rows::databaseError;

const QString kColumns = QStringLiteral("facility_id, kind, name, name_ar, city, is_active, version");

Facility facilityFrom(const QSqlQuery &query) {
    Facility facility;
    facility.id = query.value(0).toLongLong();
    facility.kind =
        core::facilityKindFromKey(query.value(1).toString()).value_or(core::FacilityKind::DetentionCentre);
    facility.name = query.value(2).toString();
    facility.nameArabic = query.value(3).toString();
    facility.city = query.value(4).toString();
    facility.isActive = query.value(5).toInt() == 1;
    facility.version = query.value(6).toInt();
    return facility;
}

// The change's audit row, and its notice to the other consoles (their handover lists).
Result<void> auditAndAnnounce(QSqlDatabase db, const core::User &user, const QString &action,
                              const Facility &facility, const QDateTime &time) {
    const QJsonObject details{{QStringLiteral("id"), static_cast<qint64>(facility.id)},
                              {QStringLiteral("kind"), core::facilityKindKey(facility.kind)},
                              {QStringLiteral("city"), facility.city},
                              {QStringLiteral("active"), facility.isActive}};
    auto row =
        AuditLog(db).append(user, action, facility.name,
                            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), time);
    if (!row) {
        return row.error();
    }
    return announceChange(db, {QStringLiteral("facility"), facility.id, 0});
}

} // namespace

Result<Facility> HandoverListRepository::add(const core::User &user, const Facility &facility) {
    if (const core::Decision allowed = core::authorize(user, core::Action::ManageHandoverLists); !allowed) {
        return Error{allowed.reason};
    }
    Facility fresh = facility;
    fresh.name = facility.name.trimmed();
    fresh.nameArabic = facility.nameArabic.trimmed();
    fresh.city = facility.city.trimmed();
    if (fresh.name.isEmpty()) {
        return Error{Text::tr("A detention centre or hospital needs a name.")};
    }
    Transaction transaction(m_database);
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM handover_facilities WHERE kind = ? AND name = ?"));
    query.addBindValue(core::facilityKindKey(fresh.kind));
    query.addBindValue(fresh.name);
    if (!query.exec() || !query.next()) {
        return databaseError(query);
    }
    if (query.value(0).toInt() > 0) {
        return Error{Text::tr("%1 is already in the list.").arg(fresh.name)};
    }
    query.finish();
    query.prepare(
        QStringLiteral("INSERT INTO handover_facilities (kind, name, name_ar, city, is_active) VALUES "
                       "(?, ?, ?, ?, ?)"));
    query.addBindValue(core::facilityKindKey(fresh.kind));
    query.addBindValue(fresh.name);
    query.addBindValue(rows::notNull(fresh.nameArabic));
    query.addBindValue(rows::notNull(fresh.city));
    query.addBindValue(fresh.isActive ? 1 : 0);
    if (!query.exec()) {
        return databaseError(query);
    }
    fresh.id = query.lastInsertId().toLongLong();
    if (auto row =
            auditAndAnnounce(m_database, user, QStringLiteral("handover_list.add"), fresh, m_clock.nowUtc());
        !row) {
        return row.error();
    }
    if (!transaction.commit()) {
        return connectionFailure(
            m_database, Text::tr("The database refused the change: %1").arg(m_database.lastError().text()));
    }
    return fresh;
}

Result<Facility> HandoverListRepository::setActive(const core::User &user, std::int64_t id, bool active,
                                                   std::optional<int> expectedVersion) {
    if (const core::Decision allowed = core::authorize(user, core::Action::ManageHandoverLists); !allowed) {
        return Error{allowed.reason};
    }
    auto found = find(id);
    if (!found) {
        return found;
    }
    Facility facility = found.value();
    const auto conflict = [&facility] {
        return Error{Text::tr("%1 was changed by someone else in the meantime: read the list again.")
                         .arg(facility.name),
                     core::ErrorKind::Conflict};
    };
    if (expectedVersion && *expectedVersion != facility.version) {
        return conflict();
    }
    if (facility.isActive == active) {
        return facility;
    }
    facility.isActive = active;
    Transaction transaction(m_database);
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE handover_facilities SET is_active = ?, version = version + 1 "
                                 "WHERE facility_id = ? AND version = ?"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(static_cast<qlonglong>(id));
    query.addBindValue(facility.version);
    if (!query.exec()) {
        return databaseError(query);
    }
    if (query.numRowsAffected() != 1) {
        return conflict(); // another console's change came between the read and this write
    }
    ++facility.version;
    const QString action =
        active ? QStringLiteral("handover_list.activate") : QStringLiteral("handover_list.deactivate");
    if (auto row = auditAndAnnounce(m_database, user, action, facility, m_clock.nowUtc()); !row) {
        return row.error();
    }
    if (!transaction.commit()) {
        return connectionFailure(
            m_database, Text::tr("The database refused the change: %1").arg(m_database.lastError().text()));
    }
    return facility;
}

Result<std::vector<Facility>> HandoverListRepository::all(std::optional<core::FacilityKind> kind) const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM handover_facilities") +
                  (kind ? QStringLiteral(" WHERE kind = ?") : QString()) +
                  QStringLiteral(" ORDER BY kind, name"));
    if (kind) {
        query.addBindValue(core::facilityKindKey(*kind));
    }
    if (!query.exec()) {
        return databaseError(query);
    }
    std::vector<Facility> facilities;
    while (query.next()) {
        facilities.push_back(facilityFrom(query));
    }
    return facilities;
}

Result<Facility> HandoverListRepository::find(std::int64_t id) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM handover_facilities WHERE facility_id = ?"));
    query.addBindValue(static_cast<qlonglong>(id));
    if (!query.exec()) {
        return databaseError(query);
    }
    if (!query.next()) {
        return Error{Text::tr("No such detention centre or hospital.")};
    }
    return facilityFrom(query);
}

} // namespace marsa::storage
