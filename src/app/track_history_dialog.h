#pragma once

#include "core/vessel.h"

#include <QDateTime>
#include <QDialog>

#include <cstdint>
#include <optional>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace marsa::core {
class Clock;
class LiveTargets;
} // namespace marsa::core
namespace marsa::chart {
class HistoryTrackLayer;
class LayerStack;
} // namespace marsa::chart
namespace marsa::storage {
class Database;
}

namespace marsa::app {

class ChartCanvas;

/// Tools → Track history…: one vessel's stored track in a time window (UTC), drawn on the chart
/// (chart::HistoryTrackLayer, inserted into the layer stack when first shown), listed point by
/// point, and exported to GPX or GeoJSON through GDAL (geo::writeTrack). Non-modal: the officer
/// keeps working on the chart beside it; the track stays drawn after the dialog closes, until
/// Clear (here or Tools → Clear track history) removes it. What cannot be shown (an unknown vessel, an
/// inverted window, a window without positions) is explained in a message box and changes nothing.
class TrackHistoryDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        LatitudeColumn,
        LongitudeColumn,
        SogColumn,
        CogColumn,
        HeadingColumn,
        ColumnCount
    };

    TrackHistoryDialog(const storage::Database &database, const core::Clock &clock,
                       const core::LiveTargets &targets, chart::LayerStack &layers, ChartCanvas &canvas,
                       QWidget *parent = nullptr);

    /// Fills the vessel list again (statics from the store, live targets) and selects mmsi, if any.
    void reload(std::optional<std::uint32_t> mmsi = std::nullopt);
    /// The window's fields, in UTC.
    void setWindow(const QDateTime &fromUtc, const QDateTime &toUtc);
    /// What the vessel field names: an MMSI from the list, typed, or a listed name typed.
    std::optional<std::uint32_t> pickedMmsi() const;

    /// "Show": reads the track, draws and lists it. False (with a message box) when nothing
    /// could be shown; the previous track then stays.
    bool showTrack();
    /// Writes the shown track to path (.gpx, .geojson or .json), replacing an existing file (the
    /// file dialog has asked). False with a message box on failure.
    bool exportTo(const QString &path);
    /// "Clear": removes the track from the chart and the list.
    void clearTrack();
    bool hasTrack() const { return !m_track.empty(); }

    const std::vector<core::VesselPosition> &shownTrack() const { return m_track; }
    QString shownName() const { return m_name; }
    chart::HistoryTrackLayer *layer() const;

Q_SIGNALS:
    /// A track was drawn (true) or cleared (false).
    void trackShownChanged(bool shown);

private:
    void exportTrack();
    void refuse(const QString &text);
    chart::HistoryTrackLayer &ensureLayer();
    /// The vessel's name as the picker lists it; empty for a vessel known by its MMSI alone.
    QString vesselName(std::uint32_t mmsi) const;
    /// The name, or "MMSI ⁦…⁩" when it has none.
    QString vesselLabel(std::uint32_t mmsi) const;

    const storage::Database &m_database;
    const core::Clock &m_clock;
    const core::LiveTargets &m_targets;
    chart::LayerStack &m_layers;
    ChartCanvas &m_canvas;
    QComboBox *m_vessel = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_clear = nullptr;
    std::vector<core::VesselPosition> m_track;
    std::uint32_t m_mmsi = 0;
    QString m_name;      ///< as shown: the vessel's name, or "MMSI ⁦…⁩"
    QString m_trackName; ///< for the chart and the files: the name, or the MMSI's digits
};

} // namespace marsa::app
