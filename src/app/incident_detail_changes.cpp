// The case panel's changes: each is made on the version of the case the officer saw. When another
// console has changed the case since, the officer sees both versions and decides (issue 6): apply
// the change over the new version, or keep the saved one and the change as a log entry.

#include "app/incident_detail.h"

#include "app/conflict_dialog.h"
#include "app/incident_commands.h"
#include "app/incident_conflict.h"
#include "core/clock.h"
#include "core/incident_rules.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/incident_service.h"

#include <QUndoStack>

#include <algorithm>

namespace marsa::app {
namespace {

const core::Tasking *findTasking(const CaseState &state, std::int64_t taskingId) {
    const auto found = std::find_if(state.taskings.begin(), state.taskings.end(),
                                    [taskingId](const core::Tasking &t) { return t.id == taskingId; });
    return found != state.taskings.end() ? &*found : nullptr;
}

// Wraps a service call that answers the case into an edit.
template <typename Call>
std::function<core::Result<EditResult>(std::optional<int>)> incidentEdit(Call call) {
    return [call](std::optional<int> version) -> core::Result<EditResult> {
        auto after = call(version);
        if (!after) {
            return after.error();
        }
        return EditResult{after.value(), std::nullopt};
    };
}

} // namespace

std::optional<CaseState> IncidentDetail::shownState() const {
    if (!m_incident) {
        return std::nullopt;
    }
    return CaseState{*m_incident, m_taskings, m_lastEventId};
}

core::Result<void> IncidentDetail::apply(const CaseChange &change, std::optional<CaseState> seen) {
    if (!seen) {
        seen = shownState();
    }
    if (!seen || !m_user) {
        return core::Error{tr("Select a case first.")};
    }
    const core::IncidentId id = seen->incident.id;
    auto done = change.write(seen->incident.version);
    while (done.isConflict()) {
        auto now = readCaseState(m_database, m_clock, id);
        if (!now) {
            return now.error();
        }
        const auto events = storage::IncidentService(m_database, m_clock).timeline(id);
        const ConflictComparison comparison =
            compareCase(change, *m_user, *seen, now.value(),
                        events ? events.value() : std::vector<storage::IncidentEvent>{}, m_assetNames,
                        m_clock.nowUtc(), m_palette.colour(chart::ColourToken::UINFO));
        if (askConflict(comparison, this) == ConflictChoice::KeepTheirs) {
            // Nothing is lost: the change not applied stands in the timeline, with its remarks.
            auto kept = storage::IncidentService(m_database, m_clock)
                            .addLogEntry(*m_user, id, notAppliedEntry(change, *seen));
            refresh();
            Q_EMIT incidentChanged(id);
            if (!kept) {
                return core::Error{
                    tr("Your change was not applied, and it could not be written to the case's "
                       "timeline: %1 Note it elsewhere: %2")
                        .arg(kept.errorMessage(), notAppliedEntry(change, *seen))};
            }
            return {};
        }
        seen = std::move(now.value()); // the rules are checked again by the service, on this version
        done = change.write(seen->incident.version);
    }
    if (!done) {
        return done.error();
    }
    if (change.undoable) {
        auto notify = [this](core::IncidentId changed, const QString &error) {
            if (m_incident && m_incident->id == changed) {
                refresh();
            }
            Q_EMIT incidentChanged(changed);
            if (!error.isEmpty()) {
                report(core::Error{error});
            }
        };
        m_undoStack.push(new IncidentEditCommand(m_database, m_clock, *m_user, change.action, seen->incident,
                                                 done.value(), change.write, change.describe(*seen), notify));
    }
    refresh();
    Q_EMIT incidentChanged(id);
    return {};
}

core::Result<void>
IncidentDetail::recordFact(const std::function<core::Result<void>(storage::IncidentService &)> &write) {
    if (!m_incident || !m_user) {
        return core::Error{tr("Select a case first.")};
    }
    storage::IncidentService service(m_database, m_clock);
    if (auto written = write(service); !written) {
        return written;
    }
    const core::IncidentId id = m_incident->id;
    refresh();
    Q_EMIT incidentChanged(id);
    return {};
}

core::Result<void> IncidentDetail::addLogEntry(const QString &text) {
    return recordFact([&](storage::IncidentService &service) {
        return service.addLogEntry(*m_user, m_incident->id, text);
    });
}

core::Result<void> IncidentDetail::changePhase(core::EmergencyPhase phase, const QString &reason,
                                               std::optional<CaseState> seen) {
    if (!m_incident || !m_user) {
        return core::Error{tr("Select a case first.")};
    }
    CaseChange change;
    change.action = core::Action::ChangePhase;
    change.remarks = reason;
    change.describe = [phase](const CaseState &s) -> QString {
        return tr("Phase %1 → %2").arg(core::phaseCode(s.incident.phase), core::phaseCode(phase));
    };
    change.project = [phase](CaseState &s, const QDateTime &) { s.incident.phase = phase; };
    change.rule = [phase, reason](const CaseState &s) {
        return core::IncidentRules::changePhase(s.incident, phase, reason);
    };
    change.write = incidentEdit([this, id = m_incident->id, user = *m_user, phase, reason](auto version) {
        return storage::IncidentService(m_database, m_clock).changePhase(user, id, phase, reason, version);
    });
    return apply(change, std::move(seen));
}

core::Result<void> IncidentDetail::changeStatus(core::IncidentStatus status, const QString &remarks,
                                                std::optional<CaseState> seen) {
    if (!m_incident || !m_user) {
        return core::Error{tr("Select a case first.")};
    }
    CaseChange change;
    change.action = core::Action::ChangeStatus;
    change.remarks = remarks;
    change.describe = [status](const CaseState &s) -> QString {
        return tr("Status %1 → %2").arg(core::statusName(s.incident.status), core::statusName(status));
    };
    change.project = [status](CaseState &s, const QDateTime &) { s.incident.status = status; };
    change.rule = [status](const CaseState &s) {
        return core::IncidentRules::changeStatus(s.incident, status);
    };
    change.write = incidentEdit([this, id = m_incident->id, user = *m_user, status, remarks](auto version) {
        return storage::IncidentService(m_database, m_clock).changeStatus(user, id, status, remarks, version);
    });
    return apply(change, std::move(seen));
}

core::Result<void> IncidentDetail::recordOutcome(const core::Outcome &outcome, const QString &remarks,
                                                 std::optional<CaseState> seen) {
    if (!m_incident || !m_user) {
        return core::Error{tr("Select a case first.")};
    }
    CaseChange change;
    change.action = core::Action::RecordOutcome;
    change.remarks = remarks;
    change.describe = [outcome](const CaseState &) -> QString {
        return tr("Outcome: %1 rescued, %2 dead, %3 missing")
            .arg(outcome.rescued)
            .arg(outcome.dead)
            .arg(outcome.missing);
    };
    change.project = [outcome](CaseState &s, const QDateTime &) { s.incident.outcome = outcome; };
    change.rule = [outcome, remarks](const CaseState &s) {
        return core::IncidentRules::recordOutcome(s.incident, outcome, remarks);
    };
    change.write = incidentEdit([this, id = m_incident->id, user = *m_user, outcome, remarks](auto version) {
        return storage::IncidentService(m_database, m_clock)
            .recordOutcome(user, id, outcome, remarks, version);
    });
    return apply(change, std::move(seen));
}

core::Result<void> IncidentDetail::reopen(const QString &reason, std::optional<CaseState> seen) {
    if (!m_incident || !m_user) {
        return core::Error{tr("Select a case first.")};
    }
    CaseChange change;
    change.action = core::Action::EditClosedCase;
    change.remarks = reason;
    change.describe = [](const CaseState &s) -> QString {
        return tr("Reopened from %1").arg(core::statusName(s.incident.status));
    };
    change.project = [](CaseState &s, const QDateTime &) {
        s.incident.status = core::IncidentStatus::Assessing;
    };
    change.rule = [reason](const CaseState &s) { return core::IncidentRules::reopen(s.incident, reason); };
    change.write = incidentEdit([this, id = m_incident->id, user = *m_user, reason](auto version) {
        return storage::IncidentService(m_database, m_clock).reopen(user, id, reason, version);
    });
    return apply(change, std::move(seen));
}

core::Result<void> IncidentDetail::taskAsset(core::AssetId asset, const QString &remarks,
                                             std::optional<CaseState> seen) {
    if (!m_incident || !m_user) {
        return core::Error{tr("Select a case first.")};
    }
    auto found = storage::AssetRepository(m_database.connection(), m_clock).find(asset);
    if (!found) {
        return found.error();
    }
    m_assetNames[asset.value] = found->name;
    CaseChange change;
    change.action = core::Action::TaskAsset;
    change.remarks = remarks;
    change.describe = [name = found->name](const CaseState &) -> QString {
        return tr("%1 tasked").arg(name);
    };
    change.project = [asset](CaseState &s, const QDateTime &at) {
        s.taskings.push_back(core::Tasking{0, s.incident.id, asset, at, {}, {}});
        if (const auto next = core::TaskingRules::statusWhenTasked(s.incident.status)) {
            s.incident.status = *next;
        }
    };
    // Busy on another case is the service's to check: it reads every case's taskings.
    change.rule = [unit = found.value()](const CaseState &s) {
        std::optional<core::Tasking> busy;
        for (const core::Tasking &t : s.taskings) {
            if (t.isOpen() && t.asset == unit.id) {
                busy = t;
            }
        }
        return core::TaskingRules::task(s.incident, unit, busy, s.incident.caseNumber);
    };
    change.write = [this, id = m_incident->id, user = *m_user, asset,
                    remarks](std::optional<int> version) -> core::Result<EditResult> {
        storage::IncidentService service(m_database, m_clock);
        auto tasking = service.taskAsset(user, id, asset, remarks, version);
        if (!tasking) {
            return tasking.error();
        }
        auto after = service.find(id);
        if (!after) {
            return after.error();
        }
        return EditResult{after.value(), tasking->id};
    };
    return apply(change, std::move(seen));
}

core::Result<void> IncidentDetail::changeTasking(std::int64_t taskingId, const QString &remarks, bool onScene,
                                                 std::optional<CaseState> seen) {
    if (!m_incident || !m_user) {
        return core::Error{tr("Select a case first.")};
    }
    QString name;
    for (const core::Tasking &t : m_taskings) {
        if (t.id == taskingId) {
            name = m_assetNames[t.asset.value];
        }
    }
    CaseChange change;
    change.action = core::Action::TaskAsset;
    change.remarks = remarks;
    change.undoable = false; // what a unit reports is a fact for the record, not an edit
    change.describe = [name, onScene](const CaseState &) -> QString {
        return onScene ? tr("%1 on scene").arg(name) : tr("%1 released").arg(name);
    };
    change.project = [taskingId, onScene](CaseState &s, const QDateTime &at) {
        for (core::Tasking &t : s.taskings) {
            if (t.id == taskingId) {
                (onScene ? t.onSceneUtc : t.releasedUtc) = at;
            }
        }
        if (const auto next =
                onScene ? core::TaskingRules::statusWhenOnScene(s.incident.status) : std::nullopt) {
            s.incident.status = *next;
        }
    };
    change.rule = [this, taskingId, onScene](const CaseState &s) {
        const core::Tasking *tasking = findTasking(s, taskingId);
        if (tasking == nullptr) {
            return core::Decision::refuse(tr("The unit is no longer tasked to the case."));
        }
        const QDateTime now = m_clock.nowUtc();
        return onScene ? core::TaskingRules::onScene(*tasking, now)
                       : core::TaskingRules::release(*tasking, now);
    };
    change.write = [this, id = m_incident->id, user = *m_user, taskingId, remarks,
                    onScene](std::optional<int> version) -> core::Result<EditResult> {
        storage::IncidentService service(m_database, m_clock);
        auto done = onScene ? service.assetOnScene(user, taskingId, remarks, version)
                            : service.releaseAsset(user, taskingId, remarks, version);
        if (!done) {
            return done.error();
        }
        auto after = service.find(id);
        if (!after) {
            return after.error();
        }
        return EditResult{after.value(), std::nullopt};
    };
    return apply(change, std::move(seen));
}

core::Result<void> IncidentDetail::assetOnScene(std::int64_t taskingId, const QString &remarks,
                                                std::optional<CaseState> seen) {
    return changeTasking(taskingId, remarks, true, std::move(seen));
}

core::Result<void> IncidentDetail::releaseAsset(std::int64_t taskingId, const QString &remarks,
                                                std::optional<CaseState> seen) {
    return changeTasking(taskingId, remarks, false, std::move(seen));
}

} // namespace marsa::app
