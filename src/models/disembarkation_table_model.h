#pragma once

#include "chart/chart_palette.h"
#include "core/disembarkation.h"
#include "core/place.h"
#include "storage/disembarkation_service.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <vector>

namespace marsa::models {

using storage::DisembarkationRow;

/// The Disembarkations panel's table and the supervisor's review queue: case and landing, place,
/// time brought ashore (UTC), persons disembarked, the discrepancy flag and where the handover
/// stands. Sort with a proxy on SortRole (numbers and times, not the displayed text).
class DisembarkationTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int {
        CaseColumn,
        PlaceColumn,
        TimeColumn,
        PersonsColumn,
        DiscrepancyColumn,
        StepColumn, ///< last: its texts are the longest ("Returned to step 2 (DCIM acknowledgement)")
        ColumnCount
    };
    enum Role : int { DisembarkationIdRole = Qt::UserRole + 1, StateRole, DiscrepancyRole, SortRole };
    /// What the discrepancy column flags; an unexplained discrepancy blocks approval.
    enum class Flag : int { None, Explained, Unexplained };

    explicit DisembarkationTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows. The same disembarkations in the same order are updated in place, so
    /// selections survive a reload that changed only their values.
    void setRows(std::vector<DisembarkationRow> rows);
    /// The order the rows are kept in: storage::DisembarkationService::listedBefore or queuedBefore.
    using RowOrder = bool (*)(const DisembarkationRow &, const DisembarkationRow &);
    /// One disembarkation read again after a change notice: updated in place with one dataChanged
    /// when what it shows changed (moved first when `before` puts it elsewhere now), or inserted
    /// where `before` puts it. Nothing else is touched, so selections and scrolling stay.
    void putRow(DisembarkationRow row, RowOrder before);
    /// Takes a disembarkation out (it left the filter or the queue); false when it was not shown.
    bool removeDisembarkation(core::DisembarkationId id);
    /// The ports and places layer: a place shows its Arabic name in an Arabic console.
    void setPlaces(const std::vector<core::Place> &places, bool arabic);
    /// The display palette: the unexplained flag takes its caution colour.
    void setPaletteMode(chart::PaletteMode mode);
    const DisembarkationRow *row(int index) const;
    /// The row of a disembarkation, or -1.
    int rowOf(core::DisembarkationId id) const;

    static Flag flagOf(const DisembarkationRow &row);
    /// Whether the two show differently: another version, or other discrepancies (a case's outcome
    /// changes them without a new version of the handover).
    static bool shownDiffers(const DisembarkationRow &a, const DisembarkationRow &b);

private:
    QString placeText(const DisembarkationRow &row) const;

    std::vector<DisembarkationRow> m_rows;
    QHash<QString, QString> m_placeNames; ///< key → the name shown
    QColor m_cautionColour;
};

} // namespace marsa::models
