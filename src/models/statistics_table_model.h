#pragma once

#include "core/handover_statistics.h"

#include <QAbstractTableModel>

#include <vector>

namespace marsa::models {

/// The statistics in the layout of IOM Libya's weekly maritime update: for each period, one row a
/// disembarkation point and then the period's total ("All points"); the whole range last. The same
/// figures as core::iomWeeklyCsv, shown in the console's language.
class StatisticsTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int {
        PeriodColumn,
        PointColumn,
        ReturnedColumn, ///< intercepted or rescued and returned: persons disembarked
        MenColumn,
        WomenColumn,
        ChildrenColumn,
        UnknownColumn,
        DeadColumn,
        MissingColumn,
        BoatsColumn,
        MedicalColumn,
        ColumnCount
    };
    enum Role : int { IsTotalRole = Qt::UserRole + 1 };

    explicit StatisticsTableModel(QObject *parent = nullptr);

    void setStatistics(const core::HandoverStatistics &statistics);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString period;
        QString point;
        core::HandoverFigures figures;
        bool isTotal = false;
    };
    std::vector<Row> m_rows;
};

} // namespace marsa::models
