#pragma once

#include "core/asset.h"
#include "core/clock.h"
#include "core/incident.h"
#include "core/permissions.h"
#include "core/result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace marsa::storage {

class Database;

/// One entry of an incident's timeline: who (user and agency), when, what, and remarks.
struct IncidentEvent {
    QDateTime timeUtc;
    QString userName;
    QString agency; ///< agency key
    QString kind;   ///< "created", "phase", "status", "log", "outcome", "reopened", "tasked", "on_scene",
                    ///< "released"
    QString summary;
    QString remarks;
    std::int64_t eventId = 0;
    core::IncidentId incidentId;
    QString caseNumber; ///< "LY-2026-0153"
};

/// What the Incidents panel asks for: every condition set narrows the list.
struct IncidentFilter {
    bool openOnly = false; ///< only cases whose status is not final
    std::optional<core::IncidentStatus> status;
    std::optional<core::EmergencyPhase> phase;
    QString srr;       ///< an SRR id ("LBY"); empty for any
    QDateTime fromUtc; ///< first alert at or after; invalid for no bound
    QDateTime toUtc;   ///< first alert before; invalid for no bound
    QString text;      ///< part of a case number, or of any remark in the timeline
    int limit = 1000;  ///< newest first; `more` says whether others matched too
    /// Only this case, if it matches the rest: a change notice re-reads the one row it names.
    std::optional<core::IncidentId> only;
};

/// A row of the Incidents panel: the case and the assets tasked to it now.
struct IncidentRow {
    core::Incident incident;
    QStringList assets;
};

struct IncidentPage {
    std::vector<IncidentRow> rows; ///< newest first alert first
    bool more = false;             ///< more cases match than `limit`: the filter should narrow
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
    /// A number given elsewhere (a case entered after the fact); none: the next of its year.
    std::optional<core::CaseNumber> caseNumber;
};

/// The coordination service: every action is checked by core's permission matrix and state
/// machine, then written with its timeline event and its audit row in one transaction. A
/// refusal or a failure changes nothing.
class IncidentService {
public:
    IncidentService(Database &database, const core::Clock &clock);
    /// The database it writes to (an exercise's stamps every record: storage/exercise.h).
    const Database &database() const { return m_database; }

    core::Result<core::Incident> create(const core::User &user, const NewIncident &incident,
                                        const QString &remarks);
    // Each change below takes the version of the case the officer saw (`expectedVersion`; none: the
    // stored one). When the case has moved on since, the change is refused with an Error of kind
    // Conflict and nothing is written, so that the officer can compare both versions and decide.
    // A change that loses a race with another connection's is refused the same way.

    core::Result<core::Incident> changePhase(const core::User &user, core::IncidentId id,
                                             core::EmergencyPhase phase, const QString &reason,
                                             std::optional<int> expectedVersion = {});
    core::Result<core::Incident> changeStatus(const core::User &user, core::IncidentId id,
                                              core::IncidentStatus status, const QString &remarks,
                                              std::optional<int> expectedVersion = {});
    core::Result<core::Incident> recordOutcome(const core::User &user, core::IncidentId id,
                                               const core::Outcome &outcome, const QString &remarks,
                                               std::optional<int> expectedVersion = {});
    core::Result<core::Incident> reopen(const core::User &user, core::IncidentId id, const QString &reason,
                                        std::optional<int> expectedVersion = {});
    /// An append to the timeline: it never conflicts (it moves the version all the same).
    core::Result<void> addLogEntry(const core::User &user, core::IncidentId id, const QString &text);

    /// Undoes a change nobody has superseded: if the case is still at `versionAfter`, its phase,
    /// status and outcome return to `before`'s, and a tasking it made is released. The timeline
    /// keeps both, the change and "Undone: …"; `action` is the undone change's, checked again. A case
    /// changed since is refused as a Conflict.
    core::Result<core::Incident> undoChange(const core::User &user, core::Action action,
                                            const core::Incident &before, int versionAfter,
                                            const QString &what, std::optional<std::int64_t> taskingId = {});

    /// Sends an asset to a case; a case still reported or assessing becomes "asset tasked".
    core::Result<core::Tasking> taskAsset(const core::User &user, core::IncidentId id, core::AssetId asset,
                                          const QString &remarks, std::optional<int> expectedVersion = {});
    /// The asset reached the scene; a case with an asset tasked becomes "on scene".
    core::Result<core::Tasking> assetOnScene(const core::User &user, std::int64_t taskingId,
                                             const QString &remarks, std::optional<int> expectedVersion = {});
    core::Result<core::Tasking> releaseAsset(const core::User &user, std::int64_t taskingId,
                                             const QString &remarks, std::optional<int> expectedVersion = {});

    core::Result<core::Incident> find(core::IncidentId id) const;
    /// The case with this number; an error says when there is none.
    core::Result<core::Incident> find(const core::CaseNumber &number) const;
    core::Result<std::vector<core::Incident>> all() const;
    core::Result<std::vector<IncidentEvent>> timeline(core::IncidentId id) const;
    core::Result<std::vector<core::Tasking>> taskings(core::IncidentId id) const;
    core::Result<core::Tasking> tasking(std::int64_t taskingId) const;

    /// The cases the filter selects, newest first, at most `filter.limit` of them.
    core::Result<IncidentPage> search(const IncidentFilter &filter) const;
    /// Events of every case written after `eventId`, oldest first (the Event log's feed).
    core::Result<std::vector<IncidentEvent>> eventsAfter(std::int64_t eventId, int limit) const;
    /// The newest event's id, 0 when there is none: a cheap "has anything changed?".
    core::Result<std::int64_t> lastEventId() const;

private:
    core::Result<core::Tasking> changeTasking(const core::User &user, std::int64_t taskingId,
                                              const QString &remarks, bool onScene,
                                              std::optional<int> expectedVersion);

    Database &m_database;
    const core::Clock &m_clock;
};

} // namespace marsa::storage
