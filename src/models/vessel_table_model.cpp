#include "models/vessel_table_model.h"

#include "core/bidi.h"

#include "geo/geodesy.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace marsa::models {
namespace {

using core::isolated;

// Missing figures sort after every real one.
constexpr double kMissing = 1e12;

QString typeText(const core::LiveTarget &target) {
    const bool ship = target.kind == core::StationKind::Vessel || target.kind == core::StationKind::Auxiliary;
    if (ship && target.statics.shipType > 0) {
        return core::shipClassName(core::shipClassOf(target.statics.shipType));
    }
    return core::stationKindName(target.kind);
}

QString threeDigits(double degrees) {
    return QStringLiteral("%1").arg(static_cast<int>(std::lround(degrees)) % 360, 3, 10, QLatin1Char('0'));
}

// Runs of consecutive numbers in a sorted list: [1, 2, 3, 7, 8] -> (1, 3), (7, 8).
std::vector<std::pair<int, int>> runs(std::vector<int> rows) {
    std::sort(rows.begin(), rows.end());
    std::vector<std::pair<int, int>> result;
    for (int row : rows) {
        if (!result.empty() && result.back().second + 1 == row) {
            result.back().second = row;
        } else if (result.empty() || result.back().second != row) {
            result.emplace_back(row, row);
        }
    }
    return result;
}

bool hasMotion(const core::Motion &motion) {
    return std::isfinite(motion.sogKn) && std::isfinite(motion.cogDeg);
}

// Equal, a missing (NaN) speed or course being equal to another missing one.
bool sameMotion(const core::Motion &a, const core::Motion &b) {
    const auto same = [](double x, double y) { return x == y || (std::isnan(x) && std::isnan(y)); };
    return a.lat == b.lat && a.lon == b.lon && same(a.sogKn, b.sogKn) && same(a.cogDeg, b.cogDeg);
}

bool isReferenceColumn(int column) {
    return column >= VesselTableModel::RangeColumn && column <= VesselTableModel::EtaColumn;
}

} // namespace

VesselTableModel::VesselTableModel(const core::LiveTargets &targets, const core::Clock &clock,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_targets(targets)
    , m_clock(clock) {
    setPaletteMode(chart::PaletteMode::Day);
    sync();
}

int VesselTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VesselTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int VesselTableModel::rowOf(std::uint32_t mmsi) const {
    const auto it = m_index.find(mmsi);
    return it == m_index.end() ? -1 : static_cast<int>(it->second);
}

QString VesselTableModel::ageText(qint64 seconds) {
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    if (minutes < 48 * 60) {
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

const VesselTableModel::Derived &VesselTableModel::derived(const Row &row,
                                                           const core::LiveTarget &target) const {
    Derived &d = row.derived;
    if (d.computed) {
        return d;
    }
    d = Derived{};
    d.computed = true;
    if (!m_reference) {
        return d;
    }
    const core::VesselPosition &p = target.position;
    // Where the target is now: its last report carried forward at its course and speed, unless
    // it is lost (a report that old says little about where it went).
    core::Motion motion{p.lat, p.lon, p.hasSog() ? p.sog : 0.0, p.hasCog() ? p.cog : 0.0};
    if (p.hasSog() && p.hasCog() && target.state != core::TargetState::Lost) {
        motion = core::reckoned(motion, static_cast<double>(m_clock.nowUtc().toMSecsSinceEpoch() - p.timeMs) /
                                            60'000.0);
    }
    // Range and bearing on the ellipsoid, from the reference to the target.
    const geo::RangeBearing rb =
        geo::rangeBearing({m_reference->lat, m_reference->lon}, {motion.lat, motion.lon});
    d.rangeNm = rb.distanceNm;
    d.bearingDeg = rb.initialBearingDeg;
    // A CPA needs the target's motion (a speed, and a course unless it is stopped) and the
    // reference's.
    constexpr double kStoppedKn = 0.05;
    if (p.hasSog() && (p.hasCog() || p.sog < kStoppedKn) && hasMotion(*m_reference)) {
        d.approach = core::closestApproach(motion, *m_reference);
    }
    if (target.isOwnAsset()) {
        d.etaMin = core::etaMinutes(d.rangeNm, p.hasSog() ? p.sog : std::nan(""));
    }
    return d;
}

QVariant VesselTableModel::display(int column, const Row &row, const core::LiveTarget &target) const {
    const core::VesselPosition &p = target.position;
    const QLocale locale;
    switch (column) {
    case NameColumn: {
        const QString name = target.displayName();
        return name.isEmpty() ? isolated(QString::number(target.mmsi)) : name;
    }
    case MmsiColumn:
        return isolated(QString::number(target.mmsi));
    case TypeColumn:
        return typeText(target);
    case SogColumn:
        return p.hasSog() ? locale.toString(p.sog, 'f', 1) : QString();
    case CogColumn:
        return p.hasCog() ? threeDigits(p.cog) : QString();
    case AgeColumn:
        return ageText((m_clock.nowUtc().toMSecsSinceEpoch() - p.timeMs) / 1000);
    default:
        break;
    }
    if (!m_reference) {
        return QString();
    }
    const Derived &d = derived(row, target);
    switch (column) {
    case RangeColumn:
        return locale.toString(d.rangeNm, 'f', 1);
    case BearingColumn:
        return threeDigits(d.bearingDeg);
    case CpaColumn:
        return d.approach ? locale.toString(d.approach->cpaNm, 'f', 1) : QString();
    case TcpaColumn:
        return d.approach ? isolated(locale.toString(d.approach->tcpaMin, 'f', 0)) : QString();
    case EtaColumn:
        if (!target.isOwnAsset()) {
            return QString();
        }
        return d.etaMin ? ageText(static_cast<qint64>(std::lround(*d.etaMin * 60.0))) : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant VesselTableModel::sortValue(int column, const Row &row, const core::LiveTarget &target) const {
    const core::VesselPosition &p = target.position;
    switch (column) {
    case NameColumn: {
        const QString name = target.displayName();
        // Named targets first, then the unnamed by MMSI.
        return name.isEmpty() ? QStringLiteral("~") + QString::number(target.mmsi) : name.toLower();
    }
    case MmsiColumn:
        return static_cast<qlonglong>(target.mmsi);
    case TypeColumn:
        return typeText(target);
    case SogColumn:
        return p.hasSog() ? static_cast<double>(p.sog) : -1.0;
    case CogColumn:
        return p.hasCog() ? static_cast<double>(p.cog) : -1.0;
    case AgeColumn:
        return static_cast<qlonglong>(m_clock.nowUtc().toMSecsSinceEpoch() - p.timeMs);
    default:
        break;
    }
    if (!m_reference) {
        return kMissing;
    }
    const Derived &d = derived(row, target);
    switch (column) {
    case RangeColumn:
        return d.rangeNm;
    case BearingColumn:
        return d.bearingDeg;
    case CpaColumn:
        return d.approach ? d.approach->cpaNm : kMissing;
    case TcpaColumn:
        return d.approach ? d.approach->tcpaMin : kMissing;
    case EtaColumn:
        return d.etaMin ? *d.etaMin : kMissing;
    default:
        return {};
    }
}

QVariant VesselTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const core::LiveTarget *target = m_targets.find(row.mmsi);
    if (target == nullptr) {
        return {}; // removed from the table; the row goes at the next sync
    }
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(column, row, *target);
    case SortRole:
        return sortValue(column, row, *target);
    case MmsiRole:
        return QVariant::fromValue(static_cast<quint32>(target->mmsi));
    case StateRole:
        return static_cast<int>(target->state);
    case IsLostRole:
        return target->state == core::TargetState::Lost;
    case IsAlarmRole:
        return target->isAlarm;
    case IsUnacknowledgedAlarmRole:
        return target->isUnacknowledgedAlarm();
    case IsOwnAssetRole:
        return target->isOwnAsset();
    case StationKindRole:
        return static_cast<int>(target->kind);
    case ShipClassRole:
        return static_cast<int>(core::shipClassOf(target->statics.shipType));
    case Qt::ForegroundRole:
        // Red for alarms only (UI.md), never the only cue: the type says AIS-SART, and the
        // panel lists alarms first; lost rows take the disabled text colour.
        if (target->isAlarm) {
            return m_alarmColour;
        }
        if (target->state == core::TargetState::Lost) {
            return m_lostColour;
        }
        return {};
    case Qt::FontRole:
        if (target->isUnacknowledgedAlarm()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column != NameColumn && column != TypeColumn) {
            // Numbers stay right-aligned in an Arabic layout too.
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (!m_reference && isReferenceColumn(column) && (column != EtaColumn || target->isOwnAsset())) {
            return m_noReferenceNote.isEmpty() ? QVariant() : QVariant(m_noReferenceNote);
        }
        if ((column == CpaColumn || column == TcpaColumn) && m_reference && !hasMotion(*m_reference)) {
            return tr("No CPA: the reference's course or speed is unknown");
        }
        if (column == EtaColumn && target->isOwnAsset() && m_reference && !derived(row, *target).etaMin) {
            return tr("Stopped or drifting (under %1 kn): no ETA")
                .arg(QLocale().toString(core::kMinimumEtaSpeedKn));
        }
        if (column == NameColumn && !target->statics.callSign.isEmpty()) {
            return tr("Call sign %1").arg(target->statics.callSign);
        }
        return {};
    default:
        return {};
    }
}

QVariant VesselTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MmsiColumn:
        return tr("MMSI");
    case TypeColumn:
        return tr("Type");
    case SogColumn:
        return tr("SOG (kn)");
    case CogColumn:
        return tr("COG (°)");
    case AgeColumn:
        return tr("Last report");
    case RangeColumn:
        return tr("Range (NM)");
    case BearingColumn:
        return tr("Bearing (°)");
    case CpaColumn:
        return tr("CPA (NM)");
    case TcpaColumn:
        return tr("TCPA (min)");
    case EtaColumn:
        return tr("ETA");
    default:
        return {};
    }
}

void VesselTableModel::reindex(std::size_t from) {
    for (std::size_t i = from; i < m_rows.size(); ++i) {
        m_index[m_rows[i].mmsi] = i;
    }
}

void VesselTableModel::reset() {
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    for (const core::LiveTarget &target : m_targets.targets()) {
        m_rows.push_back({target.mmsi, {}});
    }
    reindex(0);
    endResetModel();
}

void VesselTableModel::sync() {
    const core::TargetChanges changes = m_targets.changesSince(m_version);
    m_version = changes.version;
    if (!changes.complete) {
        reset(); // fell too far behind the removal log: rare, and the only reset
        return;
    }
    // Removed targets, by runs of rows from the bottom up so the indexes above stay valid.
    std::vector<int> gone;
    for (std::uint32_t mmsi : changes.removed) {
        if (const int row = rowOf(mmsi); row >= 0) {
            gone.push_back(row);
        }
    }
    if (!gone.empty()) {
        const auto removedRuns = runs(gone);
        for (auto run = removedRuns.rbegin(); run != removedRuns.rend(); ++run) {
            beginRemoveRows({}, run->first, run->second);
            for (int row = run->first; row <= run->second; ++row) {
                m_index.erase(m_rows[static_cast<std::size_t>(row)].mmsi);
            }
            m_rows.erase(m_rows.begin() + run->first, m_rows.begin() + run->second + 1);
            endRemoveRows();
        }
        reindex(static_cast<std::size_t>(removedRuns.front().first));
    }
    // Changed targets: their rows, by runs.
    std::vector<int> changed;
    std::vector<std::uint32_t> added;
    for (const auto *list : {&changes.updated, &changes.added}) {
        for (std::uint32_t mmsi : *list) {
            if (const int row = rowOf(mmsi); row >= 0) {
                m_rows[static_cast<std::size_t>(row)].derived.computed = false;
                changed.push_back(row);
            } else if (m_targets.find(mmsi) != nullptr) {
                added.push_back(mmsi);
            }
        }
    }
    for (const auto &[first, last] : runs(changed)) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    // New targets at the end.
    if (!added.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (std::uint32_t mmsi : added) {
            m_index[mmsi] = m_rows.size();
            m_rows.push_back({mmsi, {}});
        }
        endInsertRows();
    }
}

void VesselTableModel::setNoReferenceNote(const QString &note) {
    if (note == m_noReferenceNote) {
        return;
    }
    m_noReferenceNote = note;
    if (!m_rows.empty() && !m_reference) {
        Q_EMIT dataChanged(index(0, RangeColumn), index(rowCount() - 1, EtaColumn), {Qt::ToolTipRole});
    }
}

void VesselTableModel::setReference(std::optional<core::Motion> reference) {
    if (reference.has_value() == m_reference.has_value() &&
        (!reference || sameMotion(*reference, *m_reference))) {
        return;
    }
    m_reference = reference;
    for (Row &row : m_rows) {
        row.derived.computed = false;
    }
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, RangeColumn), index(rowCount() - 1, EtaColumn));
    }
}

void VesselTableModel::refreshAges() {
    if (m_rows.empty()) {
        return;
    }
    Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn), {Qt::DisplayRole, SortRole});
    // Ranges and CPAs are of the targets' reckoned positions now: work them again every few
    // seconds (each is a geodesic; the whole table every second would be wasted on the slow).
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    if (m_reference && now - m_reckonedMs >= kReckonEveryMs) {
        m_reckonedMs = now;
        for (Row &row : m_rows) {
            row.derived.computed = false;
        }
        Q_EMIT dataChanged(index(0, RangeColumn), index(rowCount() - 1, EtaColumn),
                           {Qt::DisplayRole, SortRole});
    }
}

void VesselTableModel::setPaletteMode(chart::PaletteMode mode) {
    const chart::ChartPalette palette = chart::ChartPalette::forMode(mode);
    m_alarmColour = palette.colour(chart::ColourToken::UINFR);
    m_lostColour = palette.widgetPalette().color(QPalette::Disabled, QPalette::Text);
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
    }
}

} // namespace marsa::models
