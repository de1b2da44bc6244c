#pragma once

#include "chart/chart_palette.h"
#include "chart/incident_layer.h"
#include "core/clock.h"
#include "core/incident.h"
#include "storage/incident_service.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <optional>

#include <vector>

namespace marsa::models {

using storage::IncidentRow;

using chart::phaseColour; // the tables colour phases as the chart does

/// The Incidents panel's table: case number, phase, status, persons on board, position, SRR,
/// age of the first alert and assets. Sort with a proxy on SortRole.
class IncidentTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int {
        CaseColumn,
        PhaseColumn,
        StatusColumn,
        PobColumn,
        PositionColumn,
        SrrColumn,
        AgeColumn,
        AssetsColumn,
        ColumnCount
    };
    enum Role : int { IncidentIdRole = Qt::UserRole + 1, PhaseRole, SortRole };

    explicit IncidentTableModel(const core::Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows: rows of cases still present are updated in place, new cases are
    /// inserted and vanished ones removed, so selections and scroll positions survive.
    void setRows(std::vector<IncidentRow> rows);
    /// One case changed: its row is updated in place, or appended when new; removed when row is
    /// empty (the case no longer matches the filter). The other rows are not touched.
    void setRow(core::IncidentId id, std::optional<IncidentRow> row);
    /// Re-reads the clock for the Age column.
    void refreshAges();
    /// The display palette: phase colours follow it.
    void setPaletteMode(chart::PaletteMode mode);
    const IncidentRow *row(int index) const;

    /// "2 h 05 min", "3 d 4 h": how long ago.
    static QString ageText(qint64 seconds);

private:
    const core::Clock &m_clock;
    std::vector<IncidentRow> m_rows;
    chart::ChartPalette m_palette = chart::ChartPalette::forMode(chart::PaletteMode::Day);
};

} // namespace marsa::models
