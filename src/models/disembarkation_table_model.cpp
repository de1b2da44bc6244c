#include "models/disembarkation_table_model.h"

#include "core/bidi.h"
#include "geo/coordinate_format.h"

#include <QFont>
#include <QLocale>

namespace marsa::models {

DisembarkationTableModel::DisembarkationTableModel(QObject *parent)
    : QAbstractTableModel(parent) {
    setPaletteMode(chart::PaletteMode::Day);
}

int DisembarkationTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DisembarkationTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const DisembarkationRow *DisembarkationTableModel::row(int index) const {
    return index >= 0 && index < rowCount() ? &m_rows[static_cast<std::size_t>(index)] : nullptr;
}

int DisembarkationTableModel::rowOf(core::DisembarkationId id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].disembarkation.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

DisembarkationTableModel::Flag DisembarkationTableModel::flagOf(const DisembarkationRow &row) {
    if (!row.unexplained.empty()) {
        return Flag::Unexplained;
    }
    return row.discrepancies.empty() ? Flag::None : Flag::Explained;
}

QString DisembarkationTableModel::placeText(const DisembarkationRow &row) const {
    const core::Declaration &declaration = row.disembarkation.declaration.values;
    if (!declaration.placeKey.isEmpty()) {
        return m_placeNames.value(declaration.placeKey, row.disembarkation.placeName);
    }
    if (!declaration.position) {
        return row.disembarkation.placeName;
    }
    // A position, latitude first, kept left to right inside Arabic text (UI.md).
    const QString position = core::isolated(
        geo::formatPosition({declaration.position->latitude(), declaration.position->longitude()}, 1));
    return declaration.placeNote.isEmpty() ? position : tr("%1 (%2)").arg(declaration.placeNote, position);
}

QVariant DisembarkationTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DisembarkationRow &r = m_rows[static_cast<std::size_t>(index.row())];
    const core::Disembarkation &d = r.disembarkation;
    const core::Declaration &declaration = d.declaration.values;
    const Flag flag = flagOf(r);
    switch (role) {
    case DisembarkationIdRole:
        return QVariant::fromValue(static_cast<qlonglong>(d.id.value));
    case StateRole:
        return static_cast<int>(d.state);
    case DiscrepancyRole:
        return static_cast<int>(flag);
    case SortRole:
        switch (index.column()) {
        case CaseColumn:
            return QVariant::fromValue(static_cast<qlonglong>(d.caseNumber.year) * 100000000LL +
                                       static_cast<qlonglong>(d.caseNumber.sequence) * 1000LL + d.sequence);
        case TimeColumn:
            return QVariant::fromValue(declaration.timeUtc.toMSecsSinceEpoch());
        case PersonsColumn:
            return declaration.persons.total();
        case StepColumn:
            return static_cast<int>(d.state);
        case DiscrepancyColumn:
            return static_cast<int>(flag) * 1000 + static_cast<int>(r.discrepancies.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        // Red is for alarms (UI.md): an unexplained discrepancy takes the caution colour, in bold,
        // and says so in words.
        if (flag == Flag::Unexplained && index.column() == DiscrepancyColumn) {
            return m_cautionColour;
        }
        return {};
    case Qt::FontRole:
        if (flag == Flag::Unexplained) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PersonsColumn) {
            // Numbers stay right-aligned in an Arabic layout too.
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DiscrepancyColumn && !r.discrepancies.empty()) {
            QStringList lines;
            for (const core::Discrepancy &discrepancy : r.discrepancies) {
                const bool open =
                    std::any_of(r.unexplained.begin(), r.unexplained.end(),
                                [&](const core::Discrepancy &u) { return u.rule == discrepancy.rule; });
                lines << (open ? tr("Unexplained: %1") : tr("Explained: %1")).arg(discrepancy.description);
            }
            return lines.join(QLatin1Char('\n'));
        }
        // The long texts, whole, for when the panel is too narrow for them.
        if (index.column() == PlaceColumn) {
            return placeText(r);
        }
        if (index.column() == StepColumn) {
            return core::handoverStatusText(d);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case CaseColumn:
            return core::isolated(d.reference());
        case PlaceColumn:
            return placeText(r);
        case TimeColumn:
            return core::isolated(declaration.timeUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        case PersonsColumn:
            return declaration.persons.total();
        case StepColumn:
            return core::handoverStatusText(d);
        case DiscrepancyColumn:
            switch (flag) {
            case Flag::None:
                return tr("None");
            case Flag::Explained:
                return tr("Explained (%1)").arg(QLocale().toString(static_cast<int>(r.discrepancies.size())));
            case Flag::Unexplained:
                return tr("Unexplained (%1)").arg(QLocale().toString(static_cast<int>(r.unexplained.size())));
            }
            return {};
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DisembarkationTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case PlaceColumn:
        return tr("Place");
    case TimeColumn:
        return tr("Ashore (UTC)");
    case PersonsColumn:
        return tr("Persons");
    case StepColumn:
        return tr("Handover");
    case DiscrepancyColumn:
        return tr("Discrepancy");
    default:
        return {};
    }
}

void DisembarkationTableModel::setRows(std::vector<DisembarkationRow> rows) {
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                     [](const DisembarkationRow &a, const DisembarkationRow &b) {
                                         return a.disembarkation.id == b.disembarkation.id;
                                     });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        DisembarkationRow &current = m_rows[i];
        DisembarkationRow &fresh = rows[i];
        const bool changed = shownDiffers(current, fresh);
        current = std::move(fresh);
        if (changed) {
            const int at = static_cast<int>(i);
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
    }
}

bool DisembarkationTableModel::shownDiffers(const DisembarkationRow &a, const DisembarkationRow &b) {
    const auto sameDiscrepancies = [](const std::vector<core::Discrepancy> &x,
                                      const std::vector<core::Discrepancy> &y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                          [](const core::Discrepancy &p, const core::Discrepancy &q) {
                              return p.rule == q.rule && p.description == q.description;
                          });
    };
    return a.disembarkation.version != b.disembarkation.version ||
           a.disembarkation.state != b.disembarkation.state ||
           !sameDiscrepancies(a.discrepancies, b.discrepancies) ||
           !sameDiscrepancies(a.unexplained, b.unexplained);
}

void DisembarkationTableModel::putRow(DisembarkationRow row, RowOrder before) {
    const int at = rowOf(row.disembarkation.id);
    // Where the row belongs among the others: after every one it does not come before.
    int to = 0;
    for (int i = 0; i < rowCount(); ++i) {
        if (i != at && !before(row, m_rows[static_cast<std::size_t>(i)])) {
            ++to;
        }
    }
    if (at < 0) {
        beginInsertRows({}, to, to);
        m_rows.insert(m_rows.begin() + to, std::move(row));
        endInsertRows();
        return;
    }
    if (to != at) {
        // Qt counts the destination before the move: one further when moving down.
        beginMoveRows({}, at, at, {}, to > at ? to + 1 : to);
        DisembarkationRow moving = std::move(m_rows[static_cast<std::size_t>(at)]);
        m_rows.erase(m_rows.begin() + at);
        m_rows.insert(m_rows.begin() + to, std::move(moving));
        endMoveRows();
    }
    DisembarkationRow &current = m_rows[static_cast<std::size_t>(to)];
    if (shownDiffers(current, row)) {
        current = std::move(row);
        Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
    }
}

bool DisembarkationTableModel::removeDisembarkation(core::DisembarkationId id) {
    const int at = rowOf(id);
    if (at < 0) {
        return false;
    }
    beginRemoveRows({}, at, at);
    m_rows.erase(m_rows.begin() + at);
    endRemoveRows();
    return true;
}

void DisembarkationTableModel::setPlaces(const std::vector<core::Place> &places, bool arabic) {
    m_placeNames.clear();
    for (const core::Place &place : places) {
        m_placeNames.insert(place.key,
                            arabic && !place.labelArabic.isEmpty() ? place.labelArabic : place.label);
    }
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, PlaceColumn), index(rowCount() - 1, PlaceColumn));
    }
}

void DisembarkationTableModel::setPaletteMode(chart::PaletteMode mode) {
    // S-52's UINFO (orange): the caution colour, dimmed at night with the rest of the palette.
    m_cautionColour = chart::ChartPalette::forMode(mode).colour(chart::ColourToken::UINFO);
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, DiscrepancyColumn), index(rowCount() - 1, DiscrepancyColumn),
                           {Qt::ForegroundRole});
    }
}

} // namespace marsa::models
