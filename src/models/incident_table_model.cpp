#include "models/incident_table_model.h"

#include "geo/coordinate_format.h"

#include <algorithm>
#include <unordered_map>

namespace marsa::models {

IncidentTableModel::IncidentTableModel(const core::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock) {}

int IncidentTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const IncidentRow *IncidentTableModel::row(int index) const {
    return index >= 0 && index < rowCount() ? &m_rows[static_cast<std::size_t>(index)] : nullptr;
}

QString IncidentTableModel::ageText(qint64 seconds) {
    seconds = std::max<qint64>(0, seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    if (minutes < 48 * 60) {
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const IncidentRow &r = m_rows[static_cast<std::size_t>(index.row())];
    const core::Incident &incident = r.incident;
    const qint64 age = incident.firstAlertUtc.secsTo(m_clock.nowUtc());
    switch (role) {
    case IncidentIdRole:
        return QVariant::fromValue(static_cast<qlonglong>(incident.id.value));
    case PhaseRole:
        return static_cast<int>(incident.phase);
    case Qt::DecorationRole:
        if (index.column() == PhaseColumn) {
            return phaseColour(incident.phase, core::isFinal(incident.status), m_palette);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PobColumn || index.column() == AgeColumn) {
            // Numbers stay right-aligned in an Arabic layout too.
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case CaseColumn:
            return incident.caseNumber.year * 1000000 + incident.caseNumber.sequence;
        case PhaseColumn:
            return static_cast<int>(incident.phase);
        case StatusColumn:
            return static_cast<int>(incident.status);
        case PobColumn:
            return incident.personsOnBoard.total;
        case PositionColumn:
            return incident.latitude;
        case AgeColumn:
            return age;
        case AssetsColumn:
            return static_cast<int>(r.assets.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case CaseColumn:
            return incident.caseNumber.text();
        case PhaseColumn:
            return core::phaseCode(incident.phase);
        case StatusColumn:
            return core::statusName(incident.status);
        case PobColumn:
            return incident.personsOnBoard.total;
        case PositionColumn:
            // Left-to-right isolate: a position reads the same inside Arabic text (UI.md).
            return QString(QChar(0x2066) + geo::formatPosition({incident.latitude, incident.longitude}, 1) +
                           QChar(0x2069));
        case SrrColumn:
            return incident.srrs.join(QStringLiteral(" + "));
        case AgeColumn:
            return ageText(age);
        case AssetsColumn:
            return r.assets.join(QStringLiteral(", "));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CaseColumn:
        return tr("Case");
    case PhaseColumn:
        return tr("Phase");
    case StatusColumn:
        return tr("Status");
    case PobColumn:
        return tr("POB");
    case PositionColumn:
        return tr("Position");
    case SrrColumn:
        return tr("SRR");
    case AgeColumn:
        return tr("Age");
    case AssetsColumn:
        return tr("Assets");
    default:
        return {};
    }
}

void IncidentTableModel::setRows(std::vector<IncidentRow> rows) {
    std::unordered_map<std::int64_t, std::size_t> incoming;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        incoming.emplace(rows[i].incident.id.value, i);
    }
    // Remove vanished cases, from the bottom up so indexes stay valid.
    for (int i = rowCount() - 1; i >= 0; --i) {
        if (!incoming.count(m_rows[static_cast<std::size_t>(i)].incident.id.value)) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    // Update the cases still present in place.
    std::unordered_map<std::int64_t, std::size_t> present;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        IncidentRow &current = m_rows[i];
        present.emplace(current.incident.id.value, i);
        const IncidentRow &fresh = rows[incoming.at(current.incident.id.value)];
        if (fresh.incident.version != current.incident.version ||
            fresh.incident.srrs != current.incident.srrs || fresh.assets != current.assets) {
            current = fresh;
            const int at = static_cast<int>(i);
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
    }
    // Append new cases.
    std::vector<IncidentRow> added;
    for (IncidentRow &fresh : rows) {
        if (!present.count(fresh.incident.id.value)) {
            added.push_back(std::move(fresh));
        }
    }
    if (!added.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (IncidentRow &fresh : added) {
            m_rows.push_back(std::move(fresh));
        }
        endInsertRows();
    }
}

void IncidentTableModel::setRow(core::IncidentId id, std::optional<IncidentRow> row) {
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [&](const IncidentRow &current) { return current.incident.id == id; });
    const int at = static_cast<int>(found - m_rows.begin());
    if (!row) {
        if (found != m_rows.end()) {
            beginRemoveRows({}, at, at);
            m_rows.erase(found);
            endRemoveRows();
        }
    } else if (found != m_rows.end()) {
        *found = std::move(*row);
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    } else {
        beginInsertRows({}, at, at);
        m_rows.push_back(std::move(*row));
        endInsertRows();
    }
}

void IncidentTableModel::setPaletteMode(chart::PaletteMode mode) {
    m_palette = chart::ChartPalette::forMode(mode);
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, PhaseColumn), index(rowCount() - 1, PhaseColumn), {Qt::DecorationRole});
    }
}

void IncidentTableModel::refreshAges() {
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn),
                           {Qt::DisplayRole, SortRole});
    }
}

} // namespace marsa::models
