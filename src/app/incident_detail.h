#pragma once

#include "app/incident_conflict.h"
#include "chart/chart_palette.h"
#include "core/asset.h"
#include "core/incident.h"
#include "core/permissions.h"
#include "core/result.h"

#include <QWidget>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace marsa::core {
class Clock;
}
namespace marsa::storage {
class Database;
class IncidentService;
} // namespace marsa::storage

namespace marsa::app {

struct EditResult;
class WriteGate;

/// One case in full: its form (alert, position, craft, persons, assets, outcome) beside its
/// timeline, and the actions the signed-in user may take on it. A button the permission matrix
/// or the state machine refuses is greyed out and says why; the service refuses it anyway.
/// Edits go on the undo stack.
class IncidentDetail final : public QWidget {
    Q_OBJECT
public:
    IncidentDetail(storage::Database &database, const core::Clock &clock, std::optional<core::User> user,
                   QUndoStack &undoStack, QWidget *parent = nullptr);

    /// Shows a case, or nothing.
    void showIncident(std::optional<core::IncidentId> id);
    /// Reads the shown case again (after anyone changed it). Not while a replayed case is shown.
    void refresh();
    /// Replay: shows a case as it stood at `instant` (its journalled state and taskings) with the
    /// timeline up to that instant, read-only, until showIncident() or leaveReplay().
    void showReplayed(const core::Incident &incident, std::vector<core::Tasking> taskings,
                      const QDateTime &instant);
    /// The instant of the replayed case shown; invalid when the case shown is today's.
    const QDateTime &replayedInstant() const { return m_replayedInstant; }
    void leaveReplay();
    const std::optional<core::Incident> &incident() const { return m_incident; }
    void setPaletteMode(chart::PaletteMode mode);
    /// The buttons are greyed, saying why, while the gate is shut (the database unreachable).
    void setWriteGate(const WriteGate *gate);

    /// The case as shown now: its record, taskings and the newest timeline event.
    std::optional<CaseState> shownState() const;

    // The actions, as the buttons' dialogs call them. Each refusal comes back as an error. Each is
    // made on `seen`, the case as the officer saw it when they began (by default as shown now): if
    // another console has changed the case since, the officer compares both versions and decides
    // (app::ConflictDialog) to apply the change over the new version or to keep the saved one, the
    // change then written to the timeline as not applied. Either way the answer is success.
    core::Result<void> addLogEntry(const QString &text);
    core::Result<void> changePhase(core::EmergencyPhase phase, const QString &reason,
                                   std::optional<CaseState> seen = {});
    core::Result<void> changeStatus(core::IncidentStatus status, const QString &remarks,
                                    std::optional<CaseState> seen = {});
    core::Result<void> taskAsset(core::AssetId asset, const QString &remarks,
                                 std::optional<CaseState> seen = {});
    core::Result<void> assetOnScene(std::int64_t taskingId, const QString &remarks,
                                    std::optional<CaseState> seen = {});
    core::Result<void> releaseAsset(std::int64_t taskingId, const QString &remarks,
                                    std::optional<CaseState> seen = {});
    core::Result<void> recordOutcome(const core::Outcome &outcome, const QString &remarks,
                                     std::optional<CaseState> seen = {});
    core::Result<void> reopen(const QString &reason, std::optional<CaseState> seen = {});

Q_SIGNALS:
    /// A case changed through this panel (or its undo stack): tables and chart reload.
    void incidentChanged(core::IncidentId id);

private:
    /// Writes a change made on `seen`; a conflict asks the officer (see the actions above).
    core::Result<void> apply(const CaseChange &change, std::optional<CaseState> seen);
    core::Result<void> changeTasking(std::int64_t taskingId, const QString &remarks, bool onScene,
                                     std::optional<CaseState> seen);
    void updateActions();
    void fillForm();
    void fillTimeline();
    void promptLogEntry();
    void promptPhase();
    void promptStatus();
    void promptTask();
    void promptTaskingChange(bool onScene);
    void promptOutcome();
    void promptReopen();
    void report(const core::Result<void> &result);
    /// Records what a unit or an officer reports (a log entry, an arrival, a release): a fact
    /// for the record, not an edit, so it is not on the undo stack.
    core::Result<void> recordFact(const std::function<core::Result<void>(storage::IncidentService &)> &write);

    storage::Database &m_database;
    const core::Clock &m_clock;
    std::optional<core::User> m_user;
    const WriteGate *m_gate = nullptr;
    QUndoStack &m_undoStack;
    std::optional<core::Incident> m_incident;
    std::vector<core::Tasking> m_taskings;
    QDateTime m_replayedInstant;                  ///< valid while a replayed case is shown
    std::int64_t m_lastEventId = 0;               ///< the newest event of the timeline shown
    std::map<std::int64_t, QString> m_assetNames; ///< read with the case, for its taskings
    chart::ChartPalette m_palette = chart::ChartPalette::forMode(chart::PaletteMode::Day);
    QLabel *m_title = nullptr;
    std::vector<QLabel *> m_fields; // the form's values, in the order of fillForm()
    QTreeWidget *m_timeline = nullptr;
    QPushButton *m_logButton = nullptr;
    QPushButton *m_phaseButton = nullptr;
    QPushButton *m_statusButton = nullptr;
    QPushButton *m_taskButton = nullptr;
    QPushButton *m_onSceneButton = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_outcomeButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
};

} // namespace marsa::app
