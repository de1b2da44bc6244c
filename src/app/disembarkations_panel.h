#pragma once

#include "chart/chart_palette.h"
#include "core/disembarkation.h"
#include "core/permissions.h"
#include "core/place.h"
#include "core/result.h"
#include "storage/disembarkation_service.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace marsa::core {
class Clock;
}
namespace marsa::storage {
class Database;
}
namespace marsa::models {
class DisembarkationTableModel;
}

namespace marsa::app {

class WriteGate;

/// The Disembarkations panel: every disembarkation with its place, time, persons, handover step and
/// discrepancy flag, filtered by place, dates, step and discrepancy (the database filters:
/// storage::DisembarkationService::list); and, for supervisors, the review queue where a handover is
/// approved or returned in two clicks. The service asks core again before it writes: what the panel
/// offers is a convenience, a refusal there is final.
class DisembarkationsPanel final : public QWidget {
    Q_OBJECT
public:
    DisembarkationsPanel(storage::Database &database, const core::Clock &clock,
                         std::optional<core::User> user, bool arabic, QWidget *parent = nullptr);

    storage::DisembarkationFilter filter() const;
    /// Whether the signed-in user reviews handovers: only then is the queue offered.
    bool showsReviewQueue() const { return m_reviews; }
    std::optional<core::DisembarkationId> selectedDisembarkation() const;
    std::optional<core::DisembarkationId> selectedInQueue() const;
    /// Selects a disembarkation in the list or in the queue; a hidden one is not selected.
    bool selectDisembarkation(core::DisembarkationId id);
    bool selectInQueue(core::DisembarkationId id);
    /// Shows the review queue and its actions in place of the filters and the list.
    void showReviewQueue(bool shown) { showQueue(shown); }
    void setPaletteMode(chart::PaletteMode mode);
    /// Approve and Return are greyed, saying why, while the gate is shut (the database unreachable).
    void setWriteGate(const WriteGate *gate);

    /// Approves the handover selected in the queue as the signed-in user; a refusal is shown in the
    /// panel and changes nothing.
    core::Result<void> approveSelected();
    /// Returns the handover selected in the queue to `step` with `reason`, as approveSelected().
    core::Result<void> returnSelected(core::HandoverStep step, const QString &reason);

    models::DisembarkationTableModel &model() { return *m_model; }
    models::DisembarkationTableModel &queueModel() { return *m_queueModel; }
    QTableView &view() { return *m_view; }
    QTableView &queueView() { return *m_queueView; }

public Q_SLOTS:
    /// Reads the list and the queue again (after new case events); selections survive.
    void reload();
    /// A change notice of one disembarkation (another console signed, reviewed or amended it): only
    /// that record is read again, and its row updated, added or taken out of the list and the
    /// queue as it now enters or leaves them. The queue's count follows.
    void refreshDisembarkation(core::DisembarkationId id);
    /// A change notice of a case: its outcome changes its handovers' discrepancies, so its
    /// disembarkations are read again, as refreshDisembarkation() does.
    void refreshIncident(core::IncidentId id);

Q_SIGNALS:
    /// Double-click or Enter on a disembarkation, or Open in the queue: the main window opens its
    /// handover.
    void openRequested(core::DisembarkationId id);

private:
    QWidget *createListPage(const std::vector<core::Place> &places, bool arabic);
    QWidget *createQueuePage();
    void showQueue(bool shown);
    void openIndex(const QModelIndex &index);
    void updateQueueActions();
    void promptReturn();
    void showOutcome(const core::Result<core::Disembarkation> &done, const QString &doneText);
    /// The version of a handover as the review queue shows it (what the supervisor reviewed).
    std::optional<int> queueVersion(core::DisembarkationId id) const;
    void refreshWhere(const storage::DisembarkationFilter &narrowing);
    void showReadError(const QString &error);
    void showQueueCount();
    std::optional<core::DisembarkationId> idIn(const QTableView &view) const;
    bool selectIn(QTableView &view, core::DisembarkationId id);

    storage::Database &m_database;
    const core::Clock &m_clock;
    std::optional<core::User> m_user;
    const WriteGate *m_gate = nullptr;
    bool m_reviews = false;
    models::DisembarkationTableModel *m_model = nullptr;
    models::DisembarkationTableModel *m_queueModel = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_filterBar = nullptr;
    QWidget *m_queueBar = nullptr;
    QToolButton *m_queueButton = nullptr;
    QTableView *m_view = nullptr;
    QTableView *m_queueView = nullptr;
    QComboBox *m_place = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_discrepancy = nullptr;
    QToolButton *m_datesButton = nullptr;
    QWidget *m_dates = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace marsa::app
