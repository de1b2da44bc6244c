#include "storage/incident_service.h"

#include "core/incident_rules.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::IncidentService)
};

using core::Error;
using core::Incident;
using core::Result;

const QString kIncidentColumns = QStringLiteral("incident_id, case_year, case_sequence, first_alert_utc, "
                                                "alert_source, latitude, longitude, uncertainty_nm, "
                                                "craft, craft_condition, pob_total, pob_men, pob_women, "
                                                "pob_children, weather, phase, status, rescued, dead, "
                                                "missing, is_exercise, version, srrs");

// Qt binds a null QString as SQL NULL; the text columns hold "" for "nothing said".
QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant optionalInt(const std::optional<int> &value) {
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> intOrNothing(const QVariant &value) {
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

Result<Incident> incidentFrom(const QSqlQuery &q) {
    Incident incident;
    incident.id = {q.value(0).toLongLong()};
    incident.caseNumber = {q.value(1).toInt(), q.value(2).toInt()};
    incident.firstAlertUtc = QDateTime::fromString(q.value(3).toString(), Qt::ISODate).toUTC();
    const auto source = core::alertSourceFromKey(q.value(4).toString());
    incident.latitude = q.value(5).toDouble();
    incident.longitude = q.value(6).toDouble();
    incident.positionUncertaintyNm = q.value(7).toDouble();
    const auto craft = core::craftFromKey(q.value(8).toString());
    incident.craftCondition = q.value(9).toString();
    incident.personsOnBoard = {q.value(10).toInt(), intOrNothing(q.value(11)), intOrNothing(q.value(12)),
                               intOrNothing(q.value(13))};
    incident.weather = q.value(14).toString();
    const auto phase = core::phaseFromKey(q.value(15).toString());
    const auto status = core::statusFromKey(q.value(16).toString());
    if (!source || !craft || !phase || !status) {
        return Error{Text::tr("Case %1 is damaged in the database.").arg(incident.caseNumber.text())};
    }
    incident.alertSource = *source;
    incident.craft = *craft;
    incident.phase = *phase;
    incident.status = *status;
    if (!q.value(17).isNull()) {
        incident.outcome = core::Outcome{q.value(17).toInt(), q.value(18).toInt(), q.value(19).toInt()};
    }
    incident.isExercise = q.value(20).toInt() == 1;
    incident.version = q.value(21).toInt();
    incident.srrs = q.value(22).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return incident;
}

Error databaseError(const QSqlQuery &query) {
    return Error{Text::tr("The database refused the change: %1").arg(query.lastError().text())};
}

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
                         .arg(incident.caseNumber.text())};
    }
    ++incident.version;
    return {};
}

Result<void> addEvent(QSqlDatabase db, const Incident &incident, const core::User &user,
                      const QDateTime &time, const QString &kind, const QString &summary,
                      const QString &remarks) {
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO incident_events (incident_id, time_utc, user_name, agency, kind, "
                       "summary, remarks) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(static_cast<qlonglong>(incident.id.value));
    query.addBindValue(time.toString(Qt::ISODateWithMs));
    query.addBindValue(user.userName);
    query.addBindValue(core::agencyKey(user.agency));
    query.addBindValue(kind);
    query.addBindValue(notNull(summary));
    query.addBindValue(notNull(remarks));
    if (!query.exec()) {
        return databaseError(query);
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

} // namespace

IncidentService::IncidentService(Database &database, const core::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Incident> IncidentService::create(const core::User &user, const NewIncident &fresh,
                                         const QString &remarks) {
    if (const core::Decision allowed = core::authorize(user, core::Action::CreateIncident); !allowed) {
        return Error{allowed.reason};
    }
    if (user.role == core::Role::Trainer && !fresh.isExercise) {
        return Error{Text::tr("Trainers create exercise cases only.")};
    }
    if (std::abs(fresh.latitude) > 90.0 || std::abs(fresh.longitude) > 180.0 ||
        fresh.positionUncertaintyNm < 0.0) {
        return Error{Text::tr("The reported position is not a position.")};
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
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    // Case numbers run per year of first alert; inside the transaction no other writer interleaves.
    query.prepare(
        QStringLiteral("SELECT COALESCE(MAX(case_sequence), 0) + 1 FROM incidents WHERE case_year = ?"));
    query.addBindValue(alert.date().year());
    if (!query.exec() || !query.next()) {
        return databaseError(query);
    }
    Incident incident;
    incident.caseNumber = {alert.date().year(), query.value(0).toInt()};
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
    incident.isExercise = fresh.isExercise;
    query.prepare(
        QStringLiteral("INSERT INTO incidents (case_year, case_sequence, first_alert_utc, alert_source, "
                       "latitude, longitude, uncertainty_nm, srrs, craft, craft_condition, pob_total, "
                       "pob_men, pob_women, pob_children, weather, phase, status, is_exercise) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(incident.caseNumber.year), QVariant(incident.caseNumber.sequence),
          QVariant(alert.toString(Qt::ISODate)), QVariant(core::alertSourceKey(incident.alertSource)),
          QVariant(incident.latitude), QVariant(incident.longitude), QVariant(incident.positionUncertaintyNm),
          QVariant(fresh.srrs.join(QLatin1Char(' '))), QVariant(core::craftKey(incident.craft)),
          QVariant(notNull(incident.craftCondition)), QVariant(pob.total), optionalInt(pob.men),
          optionalInt(pob.women), optionalInt(pob.children), QVariant(notNull(incident.weather)),
          QVariant(core::phaseKey(incident.phase)), QVariant(core::statusKey(incident.status)),
          QVariant(incident.isExercise ? 1 : 0)}) {
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
        return Error{Text::tr("The database refused the change: %1").arg(db.lastError().text())};
    }
    return incident;
}

namespace {

// The shape of every change: permission, rule, then change + timeline + audit in one transaction.
template <typename Check, typename Change>
Result<Incident> applyChange(Database &database, const core::Clock &clock, IncidentService &service,
                             const core::User &user, core::IncidentId id, core::Action action, Check check,
                             Change change, const QString &kind, const QString &remarks) {
    auto found = service.find(id);
    if (!found) {
        return found.error();
    }
    Incident incident = found.value();
    if (const core::Decision allowed = core::authorize(user, action, &incident); !allowed) {
        return Error{allowed.reason};
    }
    if (const core::Decision rule = check(incident); !rule) {
        return Error{rule.reason};
    }
    const QString summary = change(incident);
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (auto saved = saveChanges(db, incident); !saved) {
        return saved.error();
    }
    if (auto event = addEvent(db, incident, user, clock.nowUtc(), kind, summary, remarks); !event) {
        return event.error();
    }
    if (!transaction.commit()) {
        return Error{Text::tr("The database refused the change: %1").arg(db.lastError().text())};
    }
    return incident;
}

} // namespace

Result<Incident> IncidentService::changePhase(const core::User &user, core::IncidentId id,
                                              core::EmergencyPhase phase, const QString &reason) {
    return applyChange(
        m_database, m_clock, *this, user, id, core::Action::ChangePhase,
        [&](const Incident &incident) { return core::IncidentRules::changePhase(incident, phase, reason); },
        [&](Incident &incident) {
            const QString summary =
                Text::tr("Phase %1 → %2").arg(core::phaseCode(incident.phase), core::phaseCode(phase));
            incident.phase = phase;
            return summary;
        },
        QStringLiteral("phase"), reason);
}

Result<Incident> IncidentService::changeStatus(const core::User &user, core::IncidentId id,
                                               core::IncidentStatus status, const QString &remarks) {
    return applyChange(
        m_database, m_clock, *this, user, id, core::Action::ChangeStatus,
        [&](const Incident &incident) { return core::IncidentRules::changeStatus(incident, status); },
        [&](Incident &incident) {
            const QString summary =
                Text::tr("Status %1 → %2").arg(core::statusName(incident.status), core::statusName(status));
            incident.status = status;
            return summary;
        },
        QStringLiteral("status"), remarks);
}

Result<Incident> IncidentService::recordOutcome(const core::User &user, core::IncidentId id,
                                                const core::Outcome &outcome, const QString &remarks) {
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
        QStringLiteral("outcome"), remarks);
}

Result<Incident> IncidentService::reopen(const core::User &user, core::IncidentId id, const QString &reason) {
    return applyChange(
        m_database, m_clock, *this, user, id, core::Action::EditClosedCase,
        [&](const Incident &incident) { return core::IncidentRules::reopen(incident, reason); },
        [&](Incident &incident) {
            const QString summary = Text::tr("Reopened from %1").arg(core::statusName(incident.status));
            incident.status = core::IncidentStatus::Assessing;
            return summary;
        },
        QStringLiteral("reopened"), reason);
}

Result<void> IncidentService::addLogEntry(const core::User &user, core::IncidentId id, const QString &text) {
    if (text.trimmed().isEmpty()) {
        return Error{Text::tr("A log entry needs some text.")};
    }
    auto changed = applyChange(
        m_database, m_clock, *this, user, id, core::Action::AddLogEntry,
        [](const Incident &) { return core::Decision::allow(); }, [](Incident &) { return QString(); },
        QStringLiteral("log"), text.trimmed());
    if (!changed) {
        return changed.error();
    }
    return {};
}

Result<Incident> IncidentService::find(core::IncidentId id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kIncidentColumns +
                  QStringLiteral(" FROM incidents WHERE incident_id = ?"));
    query.addBindValue(static_cast<qlonglong>(id.value));
    if (!query.exec()) {
        return databaseError(query);
    }
    if (!query.next()) {
        return Error{Text::tr("No such case.")};
    }
    return incidentFrom(query);
}

Result<std::vector<Incident>> IncidentService::all() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kIncidentColumns +
                    QStringLiteral(" FROM incidents ORDER BY case_year, case_sequence"))) {
        return databaseError(query);
    }
    std::vector<Incident> incidents;
    while (query.next()) {
        auto incident = incidentFrom(query);
        if (!incident) {
            return incident.error();
        }
        incidents.push_back(std::move(incident.value()));
    }
    return incidents;
}

Result<std::vector<IncidentEvent>> IncidentService::timeline(core::IncidentId id) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT time_utc, user_name, agency, kind, summary, remarks FROM incident_events "
                       "WHERE incident_id = ? ORDER BY time_utc, event_id"));
    query.addBindValue(static_cast<qlonglong>(id.value));
    if (!query.exec()) {
        return databaseError(query);
    }
    std::vector<IncidentEvent> events;
    while (query.next()) {
        events.push_back({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs).toUTC(),
                          query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toString()});
    }
    return events;
}

} // namespace marsa::storage
