#include "models/statistics_table_model.h"

#include "core/bidi.h"

#include <QFont>

namespace marsa::models {

StatisticsTableModel::StatisticsTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void StatisticsTableModel::setStatistics(const core::HandoverStatistics &statistics) {
    beginResetModel();
    m_rows.clear();
    for (const core::PeriodFigures &period : statistics.periods) {
        // "2026-W48 (2026-11-23 – 2026-11-29)"
        const QString label =
            core::isolated(period.label + QStringLiteral(" (") + period.first.toString(Qt::ISODate) +
                           QStringLiteral(" – ") + period.last.toString(Qt::ISODate) + QLatin1Char(')'));
        for (const core::PlaceFigures &place : period.byPlace) {
            m_rows.push_back({label, place.placeName, place.figures, false});
        }
        m_rows.push_back({label, tr("All points"), period.total, true});
    }
    m_rows.push_back({core::isolated(statistics.request.from.toString(Qt::ISODate) + QStringLiteral(" – ") +
                                     statistics.request.to.toString(Qt::ISODate)),
                      tr("All points, whole range"), statistics.total, true});
    endResetModel();
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const core::HandoverFigures &f = row.figures;
    if (role == IsTotalRole) {
        return row.isTotal;
    }
    if (role == Qt::FontRole && row.isTotal) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= ReturnedColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeading | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case PeriodColumn:
        return row.period;
    case PointColumn:
        return row.point;
    case ReturnedColumn:
        return f.persons.total();
    case MenColumn:
        return f.persons.men;
    case WomenColumn:
        return f.persons.women;
    case ChildrenColumn:
        return f.persons.children();
    case UnknownColumn:
        return f.persons.unknown;
    case DeadColumn:
        return f.dead;
    case MissingColumn:
        return f.missing;
    case BoatsColumn:
        return f.boats;
    case MedicalColumn:
        return f.medicalCases;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (static_cast<Column>(section)) {
    case PeriodColumn:
        return tr("Period");
    case PointColumn:
        return tr("Disembarkation point");
    case ReturnedColumn:
        return tr("Intercepted/returned");
    case MenColumn:
        return tr("Men");
    case WomenColumn:
        return tr("Women");
    case ChildrenColumn:
        return tr("Children");
    case UnknownColumn:
        return tr("Unknown");
    case DeadColumn:
        return tr("Dead");
    case MissingColumn:
        return tr("Missing");
    case BoatsColumn:
        return tr("Boats");
    case MedicalColumn:
        return tr("Medical cases");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace marsa::models
