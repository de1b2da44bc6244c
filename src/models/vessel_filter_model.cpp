#include "models/vessel_filter_model.h"

#include "models/vessel_table_model.h"

namespace marsa::models {
namespace {

// 0: an alarm not yet acknowledged, 1: an acknowledged alarm, 2: anything else.
int alarmRank(const QModelIndex &index) {
    if (index.data(VesselTableModel::IsUnacknowledgedAlarmRole).toBool()) {
        return 0;
    }
    return index.data(VesselTableModel::IsAlarmRole).toBool() ? 1 : 2;
}

} // namespace

VesselFilterModel::VesselFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(VesselTableModel::SortRole);
    setDynamicSortFilter(true);
}

void VesselFilterModel::setFilterText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateRowsFilter();
}

void VesselFilterModel::setCategory(Category category, core::ShipClass shipClass) {
    if (category == m_category && shipClass == m_shipClass) {
        return;
    }
    m_category = category;
    m_shipClass = shipClass;
    invalidateRowsFilter();
}

bool VesselFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, VesselTableModel::NameColumn, sourceParent);
    const auto kind = static_cast<core::StationKind>(index.data(VesselTableModel::StationKindRole).toInt());
    bool accepted = true;
    switch (m_category) {
    case Category::All:
        break;
    case Category::Alarms:
        accepted = index.data(VesselTableModel::IsAlarmRole).toBool();
        break;
    case Category::OwnAssets:
        accepted = index.data(VesselTableModel::IsOwnAssetRole).toBool();
        break;
    case Category::Lost:
        accepted = index.data(VesselTableModel::IsLostRole).toBool();
        break;
    case Category::Vessels:
        accepted = kind == core::StationKind::Vessel || kind == core::StationKind::Auxiliary;
        break;
    case Category::ShipClass:
        accepted = (kind == core::StationKind::Vessel || kind == core::StationKind::Auxiliary) &&
                   index.data(VesselTableModel::ShipClassRole).toInt() == static_cast<int>(m_shipClass);
        break;
    case Category::SarAircraft:
        accepted = kind == core::StationKind::SarAircraft;
        break;
    case Category::AidsToNavigation:
        accepted = kind == core::StationKind::AidToNav;
        break;
    case Category::BaseStations:
        accepted = kind == core::StationKind::BaseStation;
        break;
    }
    if (!accepted || m_text.isEmpty()) {
        return accepted;
    }
    if (index.data().toString().contains(m_text, Qt::CaseInsensitive)) {
        return true;
    }
    const QString mmsi = QString::number(index.data(VesselTableModel::MmsiRole).toUInt());
    return mmsi.contains(m_text);
}

bool VesselFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const int leftRank = alarmRank(left);
    const int rightRank = alarmRank(right);
    if (leftRank != rightRank) {
        // The view reverses the answer for a descending sort: reverse it first, so alarms stay on top.
        return sortOrder() == Qt::AscendingOrder ? leftRank < rightRank : leftRank > rightRank;
    }
    const QPartialOrdering order = QVariant::compare(left.data(sortRole()), right.data(sortRole()));
    if (order == QPartialOrdering::Less) {
        return true;
    }
    if (order == QPartialOrdering::Greater) {
        return false;
    }
    // Equal figures: a stable order by MMSI, so rows do not swap places as reports come in.
    return left.data(VesselTableModel::MmsiRole).toUInt() < right.data(VesselTableModel::MmsiRole).toUInt();
}

} // namespace marsa::models
