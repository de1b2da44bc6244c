#pragma once

#include "chart/chart_palette.h"
#include "core/clock.h"
#include "core/live_targets.h"
#include "feeds/ais_pipeline.h"
#include "feeds/feed_status.h"

#include <QObject>
#include <QPointer>

#include <cstdint>
#include <deque>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

class QGeoPositionInfo;
class QLabel;
class QAction;
class QSettings;
class QTimer;

namespace marsa::core {
class Clock;
struct Incident;
} // namespace marsa::core
namespace marsa::chart {
class LayerStack;
class OwnShipLayer;
class TargetLayer;
} // namespace marsa::chart
namespace marsa::storage {
class Database;
class ExerciseRecorderLease;
} // namespace marsa::storage
namespace marsa::replay {
class ExerciseTraffic;
}
namespace marsa::feeds {
class FeedManager;
}

namespace marsa::app {

class ChartCanvas;
class FeedStatusLabel;
class TrackHistoryDialog;
class TrackThinning;
class VesselsPanel;
struct TargetTimeouts;

/// The console's vessels: the live target table (core::LiveTargets) the chart's target layer and
/// the Vessels panel read, filled by the feeds (feeds::FeedManager → feeds::AisPipeline on the
/// feed worker thread, which also stores every report in the track store) and, at start, by
/// the last positions in the track store. Owned by the main window; lives on the GUI thread.
class VesselConsole final : public QObject {
    Q_OBJECT
public:
    VesselConsole(storage::Database &database, const core::Clock &clock, chart::LayerStack &layers,
                  ChartCanvas &canvas, QSettings &settings, QWidget *window);
    ~VesselConsole() override;

    core::LiveTargets &targets() { return m_targets; }
    chart::TargetLayer &layer() { return *m_layer; }
    VesselsPanel &panel() { return *m_panel; }
    feeds::FeedManager &feeds() { return *m_feeds; }
    FeedStatusLabel &statusLabel() { return *m_statusLabel; }
    /// "Own ship 33°05.40'N 013°10.20'E · 12.3 kn · 045°", empty until a GPS fix comes.
    QLabel &ownShipLabel() { return *m_ownShipLabel; }
    chart::OwnShipLayer &ownShipLayer() { return *m_ownShipLayer; }
    feeds::AisPipeline &pipeline() { return *m_pipeline; }

    /// Loads the targets heard recently from the track store (their last position, static data
    /// and track), starts the configured feeds and schedules the thinning of old tracks.
    void start();
    /// Tools → Feeds…
    void showFeedsDialog();
    /// Tools → Vessel settings…: the lost and removed times (applied at once) and the track
    /// retention.
    void showVesselSettings();
    /// Applies lost and removed times to the live targets now (ages them at once).
    void applyTimeouts(const TargetTimeouts &timeouts);
    /// Tools → Track history… (non-modal, one per console), with a vessel preselected if given.
    void showTrackHistory(std::optional<std::uint32_t> mmsi = std::nullopt);
    /// The dialog once opened; null before.
    TrackHistoryDialog *trackHistoryDialog() const;
    /// "Track history…" of the Vessels panel's context menu: the selected vessel's track.
    QAction &trackHistoryAction() { return *m_historyAction; }
    /// Tools → Clear track history: removes the track the Track history dialog drew; enabled
    /// while there is one.
    QAction &clearTrackHistoryAction() { return *m_clearHistoryAction; }
    /// The scheduled thinning of the stored tracks.
    TrackThinning &thinning() { return *m_thinning; }
    /// The case whose position range, bearing, CPA, TCPA and ETA refer to when the panel measures
    /// from the selected case; none clears them.
    void setReferenceIncident(const std::optional<core::Incident> &incident);
    /// A click on the chart: selects the target there, if any, and says whether there was one.
    bool selectAt(QPointF pixel);
    void setPaletteMode(chart::PaletteMode mode);

    /// Replay (Tools → Replay…): the replay fills the table, the feeds' batches stop reaching it
    /// (they are still stored), and the panel's ages and the chart follow `simulated`.
    void enterReplay(const core::Clock &simulated);
    /// Back to live: the table is read again from the track store, then the feeds fill it.
    void leaveReplay();
    bool isReplaying() const { return m_replaying; }
    /// The replay changed the table: the panel and the chart show it.
    void showReplayed();

    /// Applies a batch from the feed worker (also used by tests); ignored while replaying.
    void applyBatch(const feeds::TargetBatchPtr &batch);
    /// Ages the targets by the clock, refreshes the panel and the chart (every second).
    void tick();
    void journalAcknowledged(const std::vector<std::uint32_t> &mmsis);

    /// On an exercise (docs/exercises.md): this console plays the exercise's AIS into its live
    /// picture as the exercise clock moves (tickExerciseTraffic, every second with the exercise
    /// session), and records it (track store, journal) only while it holds the recorder lease.
    void startExerciseTraffic(std::unique_ptr<replay::ExerciseTraffic> traffic,
                              std::unique_ptr<storage::ExerciseRecorderLease> lease);
    void tickExerciseTraffic();
    /// Whether this console recorded the exercise's AIS at its last tick.
    bool recordsExerciseTraffic() const { return m_recordsExercise; }
    replay::ExerciseTraffic *exerciseTraffic() const { return m_exerciseTraffic.get(); }
    /// The feeds' status and, on an exercise, the exercise's own feed ("Exercise traffic").
    QList<feeds::FeedStatus> feedStatus() const;

    /// Reads the Coast Guard's units again (at start, and when another console added one): the
    /// targets that are ours are marked by their MMSI.
    void loadAssets();

Q_SIGNALS:
    void message(const QString &text);

private:
    void loadStored();
    void stopExerciseTraffic();
    void toggleAlarmFlash();
    void showOwnShip(const QGeoPositionInfo &position);
    void showOwnHeading(double headingDeg);
    /// Own ship's fix as the panel's reference, or none (with why) once it is too old.
    void updateOwnShipReference(std::int64_t nowMs);

    storage::Database &m_database;
    const core::Clock &m_clock;
    core::FollowingClock m_shownClock; ///< the panel's and the chart's: the replay's while it runs
    bool m_replaying = false;
    /// The acknowledged alarms still in the table are journalled again this often (wall time):
    /// within the replay's window of the removal time, so a replay's seek finds them.
    static constexpr std::int64_t kAcknowledgementRefreshMs = 5 * 60'000;
    std::int64_t m_acknowledgementsJournalledMs = 0;
    chart::LayerStack &m_layers;
    ChartCanvas &m_canvas;
    QSettings &m_settings;
    QWidget *m_window;
    core::LiveTargets m_targets;
    chart::TargetLayer *m_layer = nullptr;
    chart::OwnShipLayer *m_ownShipLayer = nullptr;
    QLabel *m_ownShipLabel = nullptr;
    double m_ownHeadingDeg = std::numeric_limits<double>::quiet_NaN();
    std::optional<std::int64_t> m_ownShipFixMs; ///< by the clock, when the last fix came
    bool m_ownShipFixStale = false;
    VesselsPanel *m_panel = nullptr;
    FeedStatusLabel *m_statusLabel = nullptr;
    std::unique_ptr<feeds::FeedManager> m_feeds;
    std::unique_ptr<feeds::AisPipeline> m_pipeline;
    QTimer *m_tickTimer = nullptr;
    QTimer *m_flashTimer = nullptr;
    QPointer<TrackHistoryDialog> m_history;
    QAction *m_historyAction = nullptr;
    QAction *m_clearHistoryAction = nullptr;
    TrackThinning *m_thinning = nullptr;
    std::unique_ptr<replay::ExerciseTraffic> m_exerciseTraffic;
    std::unique_ptr<storage::ExerciseRecorderLease> m_recorderLease;
    bool m_recordsExercise = false;
    std::optional<feeds::FeedStatus> m_exerciseFeed;
    std::deque<std::size_t> m_exerciseLinesPerTick; ///< the last five ticks'
};

} // namespace marsa::app
