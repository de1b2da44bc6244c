#pragma once

#include "core/clock.h"
#include "core/incident.h"
#include "core/permissions.h"
#include "core/result.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace marsa::storage {

class Database;

/// One entry of an incident's timeline: who (user and agency), when, what, and remarks.
struct IncidentEvent {
    QDateTime timeUtc;
    QString userName;
    QString agency; ///< agency key
    QString kind;   ///< "created", "phase", "status", "log", "outcome", "reopened"
    QString summary;
    QString remarks;
};

/// What an officer enters when an alert comes in.
struct NewIncident {
    QDateTime firstAlertUtc;
    core::AlertSource alertSource = core::AlertSource::Other;
    double latitude = 0.0;
    double longitude = 0.0;
    double positionUncertaintyNm = 0.0;
    QStringList srrs; ///< the SRRs the position lies in (geo::SrrCatalogue::zonesAt)
    core::CraftType craft = core::CraftType::Other;
    QString craftCondition;
    core::PersonsOnBoard personsOnBoard;
    QString weather;
    core::EmergencyPhase phase = core::EmergencyPhase::Uncertainty;
    bool isExercise = false;
};

/// The coordination service: every action is checked by core's permission matrix and state
/// machine, then written with its timeline event and its audit row in one transaction. A
/// refusal or a failure changes nothing.
class IncidentService {
public:
    IncidentService(Database &database, const core::Clock &clock);

    core::Result<core::Incident> create(const core::User &user, const NewIncident &incident,
                                        const QString &remarks);
    core::Result<core::Incident> changePhase(const core::User &user, core::IncidentId id,
                                             core::EmergencyPhase phase, const QString &reason);
    core::Result<core::Incident> changeStatus(const core::User &user, core::IncidentId id,
                                              core::IncidentStatus status, const QString &remarks);
    core::Result<core::Incident> recordOutcome(const core::User &user, core::IncidentId id,
                                               const core::Outcome &outcome, const QString &remarks);
    core::Result<core::Incident> reopen(const core::User &user, core::IncidentId id, const QString &reason);
    core::Result<void> addLogEntry(const core::User &user, core::IncidentId id, const QString &text);

    core::Result<core::Incident> find(core::IncidentId id) const;
    core::Result<std::vector<core::Incident>> all() const;
    core::Result<std::vector<IncidentEvent>> timeline(core::IncidentId id) const;

private:
    Database &m_database;
    const core::Clock &m_clock;
};

} // namespace marsa::storage
