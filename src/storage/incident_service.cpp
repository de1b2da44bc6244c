#include "storage/incident_service.h"

#include "core/incident_rules.h"
#include "storage/asset_repository.h"
#include "storage/audit_log.h"
#include "storage/connection_errors.h"
#include "storage/database.h"
#include "storage/incident_rows.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::IncidentService)
};

using core::Error;
using core::Incident;
using core::Result;
using rows::databaseError;
using rows::notNull;
using rows::optionalInt;
using rows::queryTaskings;

// Writes the mutable part of an incident, only over the version it was read at.
Result<void> saveChanges(QSqlDatabase db, Incident &incident) {
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE incidents SET phase = ?, status = ?, rescued = ?, dead = ?, missing = ?, "
                       "version = version + 1 WHERE incident_id = ? AND version = ?"));
    query.addBindValue(core::phaseKey(incident.phase));
    query.addBindValue(core::statusKey(incident.status));
    query.addBindValue(incident.outcome ? QVariant(incident.outcome->rescued)
                                        : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(incident.outcome ? QVariant(incident.outcome->dead)
                                        : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(incident.outcome ? QVariant(incident.outcome->missing)
                                        : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(static_cast<qlonglong>(incident.id.value));
    query.addBindValue(incident.version);
    if (!query.exec()) {
        return databaseError(query);
    }
    if (query.numRowsAffected() != 1) {
        return Error{Text::tr("Case %1 was changed by someone else in the meantime: reload it and try again.")
                         .arg(incident.caseNumber.text()),
                     core::ErrorKind::Conflict};
    }
    ++incident.version;
    return {};
}

// A change made on the version the officer saw: refused, with nothing written, when the case has
// moved on since (issue 6: the officer then sees both versions and decides).
Result<void> checkVersion(const Incident &incident, std::optional<int> expectedVersion) {
    if (!expectedVersion || *expectedVersion == incident.version) {
        return {};
    }
    return Error{Text::tr("Case %1 was changed by someone else since you read it (you saw version %2, it is "
                          "now at version %3): nothing was saved.")
                     .arg(incident.caseNumber.text())
                     .arg(*expectedVersion)
                     .arg(incident.version),
                 core::ErrorKind::Conflict};
}

Result<void> addEvent(QSqlDatabase db, const Incident &incident, const core::User &user,
                      const QDateTime &time, const QString &kind, const QString &summary,
                      const QString &remarks) {
    if (auto event = rows::insertEvent(db, incident.id, user, time, kind, summary, remarks); !event) {
        return event;
    }
    AuditLog audit(db);
    const QJsonObject details{{QStringLiteral("summary"), notNull(summary)},
                              {QStringLiteral("remarks"), notNull(remarks)}};
    auto row = audit.append(user, QStringLiteral("incident.") + kind, incident.caseNumber.text(),
                            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), time);
    if (!row) {
        return row.error();
    }
    return {};
}

// The end of every change: the incident over its version, its timeline event and audit row, committed.
Result<void> finishChange(QSqlDatabase db, Transaction &transaction, Incident &incident,
                          const core::User &user, const QDateTime &time, const QString &kind,
                          const QString &summary, const QString &remarks) {
    if (auto saved = saveChanges(db, incident); !saved) {
        return saved;
    }
    if (auto event = addEvent(db, incident, user, time, kind, summary, remarks); !event) {
        return event;
    }
    if (!transaction.commit()) {
        return connectionFailure(db,
                                 Text::tr("The database refused the change: %1").arg(db.lastError().text()));
    }
    return {};
}

} // namespace

IncidentService::IncidentService(Database &database, const core::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Incident> IncidentService::create(const core::User &user, const NewIncident &fresh,
                                         const QString &remarks) {
    if (const core::Decision allowed = core::authorize(user, core::Action::CreateIncident); !allowed) {
        return Error{allowed.reason};
    }
    // In an exercise database every case is an exercise's, whatever the caller says.
    const bool exercise = fresh.isExercise || m_database.isExercise();
    if (user.role == core::Role::Trainer && !exercise) {
        return Error{Text::tr("Trainers create exercise cases only.")};
    }
    if (std::abs(fresh.latitude) > 90.0 || std::abs(fresh.longitude) > 180.0 ||
        !std::isfinite(fresh.positionUncertaintyNm) || fresh.positionUncertaintyNm < 0.0) {
        return Error{Text::tr("The reported position is not a position.")};
    }
    if (!core::kChartArea.contains(fresh.latitude, fresh.longitude)) {
        return Error{
            Text::tr("The reported position is outside the chart's area (%1°N to %2°N, %3°E to %4°E).")
                .arg(core::kChartArea.south)
                .arg(core::kChartArea.north)
                .arg(core::kChartArea.west)
                .arg(core::kChartArea.east)};
    }
    const core::PersonsOnBoard &pob = fresh.personsOnBoard;
    const int split = pob.men.value_or(0) + pob.women.value_or(0) + pob.children.value_or(0);
    if (pob.total < 0 || pob.men.value_or(0) < 0 || pob.women.value_or(0) < 0 ||
        pob.children.value_or(0) < 0) {
        return Error{Text::tr("Counts cannot be negative.")};
    }
    if (split > pob.total) {
        return Error{Text::tr("Men, women and children add up to %1, more than the %2 reported on board.")
                         .arg(split)
                         .arg(pob.total)};
    }
    const QDateTime now = m_clock.nowUtc();
    const QDateTime alert = fresh.firstAlertUtc.isValid() ? fresh.firstAlertUtc.toUTC() : now;
    if (alert > now) {
        return Error{Text::tr("The first alert at %1 UTC is in the future.")
                         .arg(alert.toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    }
    if (fresh.caseNumber && fresh.caseNumber->year != alert.date().year()) {
        return Error{Text::tr("Case %1 is numbered for %2, but its first alert is in %3.")
                         .arg(fresh.caseNumber->text())
                         .arg(fresh.caseNumber->year)
                         .arg(alert.date().year())};
    }
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    Incident incident;
    if (fresh.caseNumber) {
        query.prepare(
            QStringLiteral("SELECT COUNT(*) FROM incidents WHERE case_year = ? AND case_sequence = ?"));
        query.addBindValue(fresh.caseNumber->year);
        query.addBindValue(fresh.caseNumber->sequence);
        if (!query.exec() || !query.next()) {
            return databaseError(query);
        }
        if (query.value(0).toInt() > 0) {
            return Error{Text::tr("Case %1 already exists.").arg(fresh.caseNumber->text())};
        }
        incident.caseNumber = *fresh.caseNumber;
    } else {
        // Case numbers run per year of first alert; inside the transaction no other writer interleaves.
        query.prepare(
            QStringLiteral("SELECT COALESCE(MAX(case_sequence), 0) + 1 FROM incidents WHERE case_year = ?"));
        query.addBindValue(alert.date().year());
        if (!query.exec() || !query.next()) {
            return databaseError(query);
        }
        incident.caseNumber = {alert.date().year(), query.value(0).toInt()};
    }
    query.finish();
    incident.firstAlertUtc = alert;
    incident.alertSource = fresh.alertSource;
    incident.latitude = fresh.latitude;
    incident.longitude = fresh.longitude;
    incident.positionUncertaintyNm = fresh.positionUncertaintyNm;
    incident.srrs = fresh.srrs;
    incident.craft = fresh.craft;
    incident.craftCondition = fresh.craftCondition;
    incident.personsOnBoard = pob;
    incident.weather = fresh.weather;
    incident.phase = fresh.phase;
    incident.status = core::IncidentStatus::Reported;
    incident.isExercise = exercise;
    query.prepare(
        QStringLiteral("INSERT INTO incidents (case_year, case_sequence, first_alert_utc, alert_source, "
                       "latitude, longitude, uncertainty_nm, srrs, craft, craft_condition, pob_total, "
                       "pob_men, pob_women, pob_children, weather, phase, status, is_exercise, case_number) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(incident.caseNumber.year), QVariant(incident.caseNumber.sequence),
          QVariant(alert.toString(Qt::ISODate)), QVariant(core::alertSourceKey(incident.alertSource)),
          QVariant(incident.latitude), QVariant(incident.longitude), QVariant(incident.positionUncertaintyNm),
          QVariant(fresh.srrs.join(QLatin1Char(' '))), QVariant(core::craftKey(incident.craft)),
          QVariant(notNull(incident.craftCondition)), QVariant(pob.total), optionalInt(pob.men),
          optionalInt(pob.women), optionalInt(pob.children), QVariant(notNull(incident.weather)),
          QVariant(core::phaseKey(incident.phase)), QVariant(core::statusKey(incident.status)),
          QVariant(incident.isExercise ? 1 : 0), QVariant(incident.caseNumber.text())}) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return databaseError(query);
    }
    incident.id = {query.lastInsertId().toLongLong()};
    const QString summary =
        Text::tr("Case opened: %1, %2 on board").arg(core::phaseCode(incident.phase)).arg(pob.total);
    if (auto event = addEvent(db, incident, user, now, QStringLiteral("created"), summary, remarks); !event) {
        return event.error();
    }
    if (!transaction.commit()) {
        return connectionFailure(db,
                                 Text::tr("The database refused the change: %1").arg(db.lastError().text()));
    }
    return incident;
}

namespace {

// The shape of every change: permission, rule, then change + timeline + audit in one transaction.
template <typename Check, typename Change>
Result<Incident> applyChange(Database &database, const core::Clock &clock, IncidentService &service,
                             const core::User &user, core::IncidentId id, core::Action action, Check check,
                             Change change, const QString &kind, const QString &remarks,
                             std::optional<int> expectedVersion) {
    auto found = service.find(id);
    if (!found) {
        return found.error();
    }
    Incident incident = found.value();
    if (auto current = checkVersion(incident, expectedVersion); !current) {
        return current.error();
    }
    if (const core::Decision allowed = core::authorize(user, action, &incident); !allowed) {
        return Error{allowed.reason};
    }
    if (const core::Decision rule = check(incident); !rule) {
        return Error{rule.reason};
    }
    const QString summary = change(incident);
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (auto done = finishChange(db, transaction, incident, user, clock.nowUtc(), kind, summary, remarks);
        !done) {
        return done.error();
    }
    return incident;
}

} // namespace

Result<Incident> IncidentService::changePhase(const core::User &user, core::IncidentId id,
                                              core::EmergencyPhase phase, const QString &reason,
                                              std::optional<int> expectedVersion) {
    return applyChange(
        m_database, m_clock, *this, user, id, core::Action::ChangePhase,
        [&](const Incident &incident) { return core::IncidentRules::changePhase(incident, phase, reason); },
        [&](Incident &incident) {
            const QString summary =
                Text::tr("Phase %1 → %2").arg(core::phaseCode(incident.phase), core::phaseCode(phase));
            incident.phase = phase;
            return summary;
        },
        QStringLiteral("phase"), reason, expectedVersion);
}

Result<Incident> IncidentService::changeStatus(const core::User &user, core::IncidentId id,
                                               core::IncidentStatus status, const QString &remarks,
                                               std::optional<int> expectedVersion) {
    return applyChange(
        m_database, m_clock, *this, user, id, core::Action::ChangeStatus,
        [&](const Incident &incident) { return core::IncidentRules::changeStatus(incident, status); },
        [&](Incident &incident) {
            const QString summary =
                Text::tr("Status %1 → %2").arg(core::statusName(incident.status), core::statusName(status));
            incident.status = status;
            return summary;
        },
        QStringLiteral("status"), remarks, expectedVersion);
}

Result<Incident> IncidentService::recordOutcome(const core::User &user, core::IncidentId id,
                                                const core::Outcome &outcome, const QString &remarks,
                                                std::optional<int> expectedVersion) {
    return applyChange(
        m_database, m_clock, *this, user, id, core::Action::RecordOutcome,
        [&](const Incident &incident) {
            return core::IncidentRules::recordOutcome(incident, outcome, remarks);
        },
        [&](Incident &incident) {
            incident.outcome = outcome;
            return Text::tr("Outcome: %1 rescued, %2 dead, %3 missing")
                .arg(outcome.rescued)
                .arg(outcome.dead)
                .arg(outcome.missing);
        },
        QStringLiteral("outcome"), remarks, expectedVersion);
}

Result<Incident> IncidentService::reopen(const core::User &user, core::IncidentId id, const QString &reason,
                                         std::optional<int> expectedVersion) {
    return applyChange(
        m_database, m_clock, *this, user, id, core::Action::EditClosedCase,
        [&](const Incident &incident) { return core::IncidentRules::reopen(incident, reason); },
        [&](Incident &incident) {
            const QString summary = Text::tr("Reopened from %1").arg(core::statusName(incident.status));
            incident.status = core::IncidentStatus::Assessing;
            return summary;
        },
        QStringLiteral("reopened"), reason, expectedVersion);
}

Result<void> IncidentService::addLogEntry(const core::User &user, core::IncidentId id, const QString &text) {
    if (text.trimmed().isEmpty()) {
        return Error{Text::tr("A log entry needs some text.")};
    }
    auto found = find(id);
    if (!found) {
        return found.error();
    }
    const Incident &incident = found.value();
    if (const core::Decision allowed = core::authorize(user, core::Action::AddLogEntry, &incident);
        !allowed) {
        return Error{allowed.reason};
    }
    // An append: it never conflicts and rewrites none of the case's fields, but it moves the version,
    // so that a change made before it is no longer undone as if nothing had happened since.
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE incidents SET version = version + 1 WHERE incident_id = ?"));
    query.addBindValue(static_cast<qlonglong>(id.value));
    if (!query.exec()) {
        return databaseError(query);
    }
    if (auto event =
            addEvent(db, incident, user, m_clock.nowUtc(), QStringLiteral("log"), QString(), text.trimmed());
        !event) {
        return event;
    }
    if (!transaction.commit()) {
        return Error{Text::tr("The database refused the change: %1").arg(db.lastError().text())};
    }
    return {};
}

Result<Incident> IncidentService::undoChange(const core::User &user, core::Action action,
                                             const Incident &before, int versionAfter, const QString &what,
                                             std::optional<std::int64_t> taskingId) {
    auto found = find(before.id);
    if (!found) {
        return found.error();
    }
    Incident incident = found.value();
    if (incident.version != versionAfter) {
        return Error{Text::tr("Case %1 has changed since: \"%2\" can no longer be undone.")
                         .arg(incident.caseNumber.text(), what),
                     core::ErrorKind::Conflict};
    }
    // The state the case returns to is the one checked: an officer may undo closing a case.
    if (const core::Decision allowed = core::authorize(user, action, &before); !allowed) {
        return Error{allowed.reason};
    }
    QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.nowUtc();
    Transaction transaction(db);
    if (taskingId) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE taskings SET released_utc = ? WHERE tasking_id = ? AND "
                                     "incident_id = ? AND released_utc IS NULL"));
        query.addBindValue(now.toString(Qt::ISODateWithMs));
        query.addBindValue(static_cast<qlonglong>(*taskingId));
        query.addBindValue(static_cast<qlonglong>(incident.id.value));
        if (!query.exec()) {
            return databaseError(query);
        }
    }
    incident.phase = before.phase;
    incident.status = before.status;
    incident.outcome = before.outcome;
    const QString summary = Text::tr("Undone: %1").arg(what);
    if (auto done = finishChange(db, transaction, incident, user, now, QStringLiteral("undone"), summary, {});
        !done) {
        return done.error();
    }
    return incident;
}

Result<core::Tasking> IncidentService::taskAsset(const core::User &user, core::IncidentId id,
                                                 core::AssetId assetId, const QString &remarks,
                                                 std::optional<int> expectedVersion) {
    auto found = find(id);
    if (!found) {
        return found.error();
    }
    Incident incident = found.value();
    if (auto current = checkVersion(incident, expectedVersion); !current) {
        return current.error();
    }
    if (const core::Decision allowed = core::authorize(user, core::Action::TaskAsset, &incident); !allowed) {
        return Error{allowed.reason};
    }
    QSqlDatabase db = m_database.connection();
    auto asset = AssetRepository(db, m_clock).find(assetId);
    if (!asset) {
        return asset.error();
    }
    auto busy = queryTaskings(db, QStringLiteral("asset_id = ? AND released_utc IS NULL"), assetId.value);
    if (!busy) {
        return busy.error();
    }
    std::optional<core::Tasking> busyWith;
    std::optional<core::CaseNumber> busyCase;
    if (!busy->empty()) {
        busyWith = busy->front();
        if (auto other = find(busyWith->incident)) {
            busyCase = other->caseNumber;
        }
    }
    if (const core::Decision rule = core::TaskingRules::task(incident, asset.value(), busyWith, busyCase);
        !rule) {
        return Error{rule.reason};
    }
    const QDateTime now = m_clock.nowUtc();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO taskings (incident_id, asset_id, tasked_utc) VALUES (?, ?, ?)"));
    query.addBindValue(static_cast<qlonglong>(incident.id.value));
    query.addBindValue(static_cast<qlonglong>(assetId.value));
    query.addBindValue(now.toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return databaseError(query);
    }
    core::Tasking tasking{query.lastInsertId().toLongLong(), incident.id, assetId, now, {}, {}};
    QString summary = Text::tr("%1 tasked").arg(asset->name);
    if (const auto next = core::TaskingRules::statusWhenTasked(incident.status)) {
        summary = Text::tr("%1 tasked; status %2 → %3")
                      .arg(asset->name, core::statusName(incident.status), core::statusName(*next));
        incident.status = *next;
    }
    if (auto done =
            finishChange(db, transaction, incident, user, now, QStringLiteral("tasked"), summary, remarks);
        !done) {
        return done.error();
    }
    return tasking;
}

Result<core::Tasking> IncidentService::assetOnScene(const core::User &user, std::int64_t taskingId,
                                                    const QString &remarks,
                                                    std::optional<int> expectedVersion) {
    return changeTasking(user, taskingId, remarks, true, expectedVersion);
}

Result<core::Tasking> IncidentService::releaseAsset(const core::User &user, std::int64_t taskingId,
                                                    const QString &remarks,
                                                    std::optional<int> expectedVersion) {
    return changeTasking(user, taskingId, remarks, false, expectedVersion);
}

Result<core::Tasking> IncidentService::changeTasking(const core::User &user, std::int64_t taskingId,
                                                     const QString &remarks, bool onScene,
                                                     std::optional<int> expectedVersion) {
    auto tasking = this->tasking(taskingId);
    if (!tasking) {
        return tasking.error();
    }
    auto found = find(tasking->incident);
    if (!found) {
        return found.error();
    }
    Incident incident = found.value();
    if (auto current = checkVersion(incident, expectedVersion); !current) {
        return current.error();
    }
    if (const core::Decision allowed = core::authorize(user, core::Action::TaskAsset, &incident); !allowed) {
        return Error{allowed.reason};
    }
    QSqlDatabase db = m_database.connection();
    auto asset = AssetRepository(db, m_clock).find(tasking->asset);
    if (!asset) {
        return asset.error();
    }
    const QDateTime now = m_clock.nowUtc();
    const core::Decision rule = onScene ? core::TaskingRules::onScene(tasking.value(), now)
                                        : core::TaskingRules::release(tasking.value(), now);
    if (!rule) {
        return Error{rule.reason};
    }
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(onScene ? QStringLiteral("UPDATE taskings SET on_scene_utc = ? WHERE tasking_id = ? AND "
                                           "on_scene_utc IS NULL AND released_utc IS NULL")
                          : QStringLiteral("UPDATE taskings SET released_utc = ? WHERE tasking_id = ? AND "
                                           "released_utc IS NULL"));
    query.addBindValue(now.toString(Qt::ISODateWithMs));
    query.addBindValue(static_cast<qlonglong>(taskingId));
    if (!query.exec()) {
        return databaseError(query);
    }
    if (query.numRowsAffected() != 1) {
        return Error{Text::tr("The tasking was changed by someone else in the meantime: reload it."),
                     core::ErrorKind::Conflict};
    }
    (onScene ? tasking->onSceneUtc : tasking->releasedUtc) = now;
    QString summary =
        onScene ? Text::tr("%1 on scene").arg(asset->name) : Text::tr("%1 released").arg(asset->name);
    if (const auto next = onScene ? core::TaskingRules::statusWhenOnScene(incident.status) : std::nullopt) {
        summary = Text::tr("%1 on scene; status %2 → %3")
                      .arg(asset->name, core::statusName(incident.status), core::statusName(*next));
        incident.status = *next;
    }
    const QString kind = onScene ? QStringLiteral("on_scene") : QStringLiteral("released");
    if (auto done = finishChange(db, transaction, incident, user, now, kind, summary, remarks); !done) {
        return done.error();
    }
    return tasking;
}

} // namespace marsa::storage
