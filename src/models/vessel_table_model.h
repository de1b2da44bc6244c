#pragma once

#include "chart/chart_palette.h"
#include "core/clock.h"
#include "core/cpa.h"
#include "core/live_targets.h"

#include <QAbstractTableModel>
#include <QColor>

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace marsa::models {

/// The Vessels panel's table: one row a live target, read from core::LiveTargets and following
/// its change list, so that thousands of targets refresh row by row (dataChanged, inserted,
/// removed), never by a reset. Range, bearing, CPA and TCPA are to a reference position (the
/// selected incident, or own ship) from where each target is now by dead reckoning from its last
/// report; ETA for our Coast Guard units. Sort with a proxy on SortRole
/// (VesselFilterModel puts alarms first).
class VesselTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int {
        NameColumn,
        MmsiColumn,
        TypeColumn,
        SogColumn,
        CogColumn,
        AgeColumn,
        RangeColumn,
        BearingColumn,
        CpaColumn,
        TcpaColumn,
        EtaColumn,
        ColumnCount
    };
    enum Role : int {
        MmsiRole = Qt::UserRole + 1, ///< quint32
        SortRole,                    ///< numbers as numbers; missing values sort last
        StateRole,                   ///< core::TargetState as int
        IsLostRole,                  ///< bool: the view greys the row
        IsAlarmRole,                 ///< bool
        IsUnacknowledgedAlarmRole,   ///< bool
        IsOwnAssetRole,              ///< bool
        StationKindRole,             ///< core::StationKind as int
        ShipClassRole,               ///< core::ShipClass as int, from the reported ship type
    };

    VesselTableModel(const core::LiveTargets &targets, const core::Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads what changed in the LiveTargets since the last look: call it after applying a
    /// batch of reports, after ageing and after acknowledging an alarm.
    void sync();
    /// The position (and drift, if any) that Range, Bearing, CPA and TCPA refer to; none empties
    /// those columns. Latitude first. A speed or course that is not a number (own ship's GPS may
    /// give a position alone) leaves CPA and TCPA empty, with a tooltip saying why.
    void setReference(std::optional<core::Motion> reference);
    const std::optional<core::Motion> &reference() const { return m_reference; }
    /// Why there is no reference ("No own-ship fix..."): the tooltip of the empty reference
    /// columns, so that an empty cell is never a mystery.
    void setNoReferenceNote(const QString &note);
    /// Re-reads the clock for the Age column, and every 5 s for the ranges and CPAs, which are of
    /// the targets carried forward from their last report to now (not of lost targets).
    void refreshAges();
    /// Lost rows grey and alarm rows red in this palette's colours (ForegroundRole).
    void setPaletteMode(chart::PaletteMode mode);

    std::uint32_t mmsiAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)).mmsi; }
    /// The row of a target, or -1.
    int rowOf(std::uint32_t mmsi) const;

    /// "45 s", "2 min", "1 h 05 min": how long ago a target was heard.
    static QString ageText(qint64 seconds);

private:
    // Figures to the reference, computed when first asked for and kept until the target or
    // the reference changes: sorting ten thousand rows asks for each many times.
    struct Derived {
        bool computed = false;
        double rangeNm = 0;
        double bearingDeg = 0;
        std::optional<core::Approach> approach;
        std::optional<double> etaMin;
    };
    struct Row {
        std::uint32_t mmsi = 0;
        mutable Derived derived;
    };

    const Derived &derived(const Row &row, const core::LiveTarget &target) const;
    QVariant display(int column, const Row &row, const core::LiveTarget &target) const;
    QVariant sortValue(int column, const Row &row, const core::LiveTarget &target) const;
    void reset();
    void reindex(std::size_t from);

    const core::LiveTargets &m_targets;
    const core::Clock &m_clock;
    std::vector<Row> m_rows; // in the order targets appeared
    std::unordered_map<std::uint32_t, std::size_t> m_index;
    std::uint64_t m_version = 0;
    std::optional<core::Motion> m_reference;
    qint64 m_reckonedMs = 0; // when refreshAges last worked the ranges again
    static constexpr qint64 kReckonEveryMs = 5'000;
    QString m_noReferenceNote;
    QColor m_alarmColour;
    QColor m_lostColour;
};

} // namespace marsa::models
