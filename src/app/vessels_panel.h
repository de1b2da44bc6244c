#pragma once

#include "chart/chart_palette.h"
#include "core/cpa.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace marsa::core {
class Clock;
class LiveTargets;
} // namespace marsa::core
namespace marsa::models {
class VesselFilterModel;
class VesselTableModel;
} // namespace marsa::models

namespace marsa::app {

/// The Vessels panel: the live AIS targets in a table (models::VesselTableModel), filtered by
/// name or MMSI and by kind, alarms on top, with a count line and the alarm acknowledgement.
/// Range, bearing, CPA, TCPA and ETA are from the reference the officer picks: the selected case
/// or own ship. It reads the LiveTargets the feeds fill; call sync() after applying a batch or
/// ageing them.
class VesselsPanel final : public QWidget {
    Q_OBJECT
public:
    /// What range, bearing, CPA, TCPA and ETA are measured from.
    enum class Reference { SelectedCase, OwnShip };
    Q_ENUM(Reference)

    VesselsPanel(core::LiveTargets &targets, const core::Clock &clock, QWidget *parent = nullptr);

    /// Reads what changed in the LiveTargets: rows update in place, the selection stays.
    void sync();
    /// The selected case's position (and its drift if known); none when no case is selected.
    void setCaseReference(std::optional<core::Motion> reference);
    /// Own ship's latest fix and motion (NaN speed or course when the GPS gives none); none
    /// without a usable fix, with why in `whyNone` (the empty cells' tooltip).
    void setOwnShipReference(std::optional<core::Motion> reference, const QString &whyNone = {});
    /// The officer's choice (the "Ranges from" list); signals referenceChanged when it changes.
    void setReference(Reference reference);
    Reference reference() const;
    /// Re-reads the clock for the "Last report" column (every few seconds).
    void refreshAges();
    void setPaletteMode(chart::PaletteMode mode);

    std::optional<std::uint32_t> selectedTarget() const;
    /// Selects a target, as a click on the chart does; false (and no selection) when there is no
    /// such target or the filter hides it.
    bool selectTarget(std::optional<std::uint32_t> mmsi);

    models::VesselTableModel &model() { return *m_model; }
    models::VesselFilterModel &filterModel() { return *m_filter; }
    QTableView &view() { return *m_view; }
    /// "Acknowledge alarm": enabled while the selected target is an unacknowledged alarm.
    QAction &acknowledgeAction() { return *m_acknowledge; }
    /// A replay shows the past: no alarm is acknowledged in it (the action stays greyed).
    void setAcknowledgeAllowed(bool allowed);

Q_SIGNALS:
    /// The officer selected a target in the table, or the selection went (the target was removed
    /// or filtered out): the chart brackets it.
    void selectionChanged(std::optional<std::uint32_t> mmsi);
    /// A double click: the console centres the chart on the target.
    void targetActivated(std::uint32_t mmsi);
    /// The officer acknowledged an alarm; the LiveTargets already know. Log it, redraw the chart.
    void alarmAcknowledged(std::uint32_t mmsi);
    /// The officer picked another reference (the console remembers it).
    void referenceChanged(marsa::app::VesselsPanel::Reference reference);

private:
    void acknowledgeSelected();
    void updateActions();
    void updateCount();
    void selectionMoved();
    void applyCategory();
    void applyReference();

    core::LiveTargets &m_targets;
    models::VesselTableModel *m_model = nullptr;
    models::VesselFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_reference = nullptr;
    std::optional<core::Motion> m_caseReference;
    std::optional<core::Motion> m_ownShipReference;
    QString m_noOwnShipNote;
    QLabel *m_count = nullptr;
    QAction *m_acknowledge = nullptr;
    QToolButton *m_acknowledgeButton = nullptr;
    bool m_acknowledgeAllowed = true;
    std::optional<std::uint32_t> m_selected; // what selectionChanged last said
};

} // namespace marsa::app
