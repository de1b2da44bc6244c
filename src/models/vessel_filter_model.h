#pragma once

#include "core/vessel.h"

#include <QSortFilterProxyModel>

namespace marsa::models {

/// The Vessels panel's view of the VesselTableModel: a text filter on name and MMSI, a filter by
/// kind, and sorting on the model's SortRole with unacknowledged alarms, then acknowledged ones,
/// always on top whichever column and order the officer sorts by.
class VesselFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Category {
        All,
        Alarms,    ///< SART, MOB, EPIRB and status 14
        OwnAssets, ///< our Coast Guard units
        Lost,      ///< not heard for the lost time
        Vessels,   ///< ships and their craft, any type
        ShipClass, ///< ships of one class (setCategory's second argument)
        SarAircraft,
        AidsToNavigation,
        BaseStations,
    };

    explicit VesselFilterModel(QObject *parent = nullptr);

    /// Part of a name (any case) or of an MMSI; empty shows all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setCategory(Category category, core::ShipClass shipClass = core::ShipClass::Unknown);
    Category category() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    Category m_category = Category::All;
    core::ShipClass m_shipClass = core::ShipClass::Unknown;
};

} // namespace marsa::models
