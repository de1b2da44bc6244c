#pragma once

#include "chart/chart_palette.h"
#include "core/clock.h"
#include "core/incident.h"
#include "storage/incident_service.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace marsa::core {
class Clock;
}
namespace marsa::storage {
class Database;
}
namespace marsa::models {
class IncidentTableModel;
}

namespace marsa::app {

/// The Incidents panel: a filter bar (status, phase, SRR, period, text) over the table of cases.
/// The database does the filtering (storage::IncidentService::search), so a filter change costs
/// the same with a hundred cases as with a hundred thousand.
class IncidentsPanel final : public QWidget {
    Q_OBJECT
public:
    IncidentsPanel(storage::Database &database, const core::Clock &clock, const QStringList &srrIds,
                   QWidget *parent = nullptr);

    /// Runs the search again with the current filter; the selection survives.
    void reload();
    /// Re-reads the one case a change notice names: its row is updated, added or (when it no
    /// longer matches the filter) removed; the other rows are not read again.
    void refreshIncident(core::IncidentId id);
    storage::IncidentFilter filter() const;
    /// The cases the table shows now (the chart shows the same).
    const std::vector<core::Incident> &shownIncidents() const { return m_shown; }
    std::optional<core::IncidentId> selectedIncident() const;
    /// Selects a case in the table; a case the filter hides is not selected.
    bool selectIncident(core::IncidentId id);
    void setPaletteMode(chart::PaletteMode mode);
    void refreshAges();
    /// Replay: shows these cases (their state at the replayed instant) instead of the database's,
    /// read-only, the filters greyed, their ages counted to the replayed instant (`shown`, which
    /// must outlive the replay), until leaveReplay().
    void showReplay(std::vector<storage::IncidentRow> rows, const core::Clock &shown);
    void leaveReplay();
    bool isReplaying() const { return m_replaying; }

    models::IncidentTableModel &model() { return *m_model; }
    QTableView &view() { return *m_view; }

Q_SIGNALS:
    /// After every reload: the chart redraws what the table shows.
    void incidentsShown();
    void selectionChanged(std::optional<core::IncidentId> id);

private:
    void showCount();
    void showRows(std::vector<storage::IncidentRow> rows, bool more);
    std::vector<QWidget *> filterWidgets() const;

    storage::Database &m_database;
    const core::Clock &m_clock;
    core::FollowingClock m_shownClock{m_clock}; ///< the Age column's: the replay's while it runs
    models::IncidentTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_phase = nullptr;
    QComboBox *m_srr = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_typing = nullptr;
    std::vector<core::Incident> m_shown;
    bool m_replaying = false;
    bool m_more = false; ///< more cases matched the last search than it lists
};

} // namespace marsa::app
