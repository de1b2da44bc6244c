#pragma once

#include "chart/chart_palette.h"
#include "chart/chart_renderer.h"
#include "core/disembarkation.h"
#include "core/permissions.h"
#include "core/result.h"

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QMainWindow>

class QLabel;
class QActionGroup;
class QSettings;
class QStandardItemModel;
class QTableView;
class QTimer;
class QUndoStack;

namespace marsa::core {
class Clock;
}
namespace marsa::geo {
class LandMask;
class SrrCatalogue;
struct LatLon;
} // namespace marsa::geo
namespace marsa::storage {
class ChangeListener;
class Database;
struct CaseSnapshot;
struct ExerciseMessage;
} // namespace marsa::storage
namespace marsa::replay {
class ExerciseClock;
class ReplayController;
} // namespace marsa::replay
namespace marsa::models {
class IncidentTableModel;
class LayerListModel;
class LogModel;
} // namespace marsa::models

namespace marsa::app {

class ChartCanvas;
class DisembarkationsPanel;
class ExerciseBanner;
class ExerciseMessagesPanel;
class NewIncidentDialog;
class ExerciseSession;
class TrainerView;
class IncidentDetail;
class IncidentsPanel;
class ReplayBar;
class StatisticsView;
struct ReplayRequest;
class VesselConsole;
class WriteGate;

/// The services the console runs on, created in main and passed by reference.
struct Services {
    storage::Database &database;
    const geo::SrrCatalogue &srrs;
    const core::Clock &clock;
    models::LogModel &log;
    chart::LayerStack &layers;
    QSettings &settings;
    bool arabic = false;
    std::optional<core::User> user; ///< who signed in; nobody for a screenshot
    /// On an exercise with a scenario: the exercise clock, which is also `clock` (main.cpp).
    replay::ExerciseClock *exerciseClock = nullptr;
};

/// The console: the chart in the centre, dock panels around it, a status bar with the cursor's
/// position, the SRRs it is in, the chart scale and the UTC time.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Services services, QWidget *parent = nullptr);
    ~MainWindow() override;

    ChartCanvas &canvas() { return *m_canvas; }
    IncidentsPanel &incidentsPanel() { return *m_incidentsPanel; }
    /// The Disembarkations panel and the supervisor's review queue; its openRequested signal asks for a
    /// handover to be opened.
    DisembarkationsPanel &disembarkationsPanel() { return *m_disembarkationsPanel; }
    IncidentDetail &incidentDetail() { return *m_detail; }
    QUndoStack &undoStack() { return *m_undoStack; }
    /// The Event log's case events, newest first.
    QStandardItemModel &caseEvents() { return *m_caseEvents; }
    chart::ChartRenderer &renderer() { return m_renderer; }
    /// The live targets, the Vessels panel, the chart's target layer and the feeds.
    VesselConsole &vessels() { return *m_vessels; }

    /// Adds a chart file through GDAL; an unreadable file changes nothing and says why.
    core::Result<void> addChartFile(const QString &path);
    void removeChart(int stackIndex);
    void setPaletteMode(chart::PaletteMode mode);
    chart::PaletteMode paletteMode() const { return m_renderer.palette().mode(); }

    /// The status bar's readout for a position: "33°05.400'N 013°10.200'E" and its SRRs.
    void showCursorPosition(const geo::LatLon &position);

    /// Opens the new-case dialog, at a position of the chart or none; the case is selected.
    void promptNewIncident(std::optional<geo::LatLon> position);
    /// Reads what changed in the database since the last look (cases, timelines), after this
    /// console wrote; the lists reload only when something was written.
    void pollChanges();
    /// A change another console committed (storage::ChangeListener): the one case or handover
    /// it names is read again, within a second of the commit.
    void applyChange(const QString &kind, qint64 id);
    /// Selects a case everywhere: table, chart, detail.
    void selectIncident(std::optional<core::IncidentId> id);
    /// Opens the declaration of a new disembarkation of the selected case (Incident menu), then its
    /// handover once declared.
    void promptNewDisembarkation();
    /// Opens the handover window of a disembarkation (the Disembarkations panel asks for it too).
    void openHandover(core::DisembarkationId id);

    /// Tools → Replay…: asks what to replay, then startReplay().
    void promptReplay();
    /// Tools → Debrief…: the exercise's debrief (replay/debrief.h) in a dialog.
    void showDebrief();
    /// Replay mode: the vessels and the cases come from the journal at the replayed instant, every
    /// write is greyed, a replay toolbar drives it and the status bar's clock shows the replayed
    /// time tagged REPLAY. A case or window that cannot be replayed is refused and changes nothing.
    core::Result<void> startReplay(const ReplayRequest &request);
    /// Back to the live console: the vessels are read again and the feeds shown, the cases too.
    void leaveReplay();
    bool isReplaying() const;
    /// The replay running; null in live mode.
    replay::ReplayController *replayController() const { return m_replay; }
    ReplayBar *replayBar() const { return m_replayBar; }
    /// The replay bar's "Make an exercise from this window…" (a trainer or an administrator on an
    /// operational database): a new exercise database at `path` from the replayed window
    /// (replay::createWindowExercise, as marsa-cli exercise create --replay). Answers its summary.
    core::Result<QString> makeExerciseFromWindow(const QString &path, const QString &name);
    void promptExerciseFromWindow();
    /// "Replay shows the past: nothing can be changed", the tooltip of what is greyed.
    static QString replayReadOnlyReason();

    /// Tools → Trainer view…: for a trainer or an administrator on an exercise with a scenario;
    /// otherwise refused with why. The view already open is raised.
    core::Result<TrainerView *> openTrainerView();
    /// openTrainerView(), a refusal shown in a message box.
    void promptTrainerView();
    TrainerView *trainerView() const;
    /// The scenario exercise this console is on; null on any other database.
    ExerciseSession *exerciseSession() const { return m_exerciseSession; }
    ExerciseMessagesPanel *exerciseMessages() const { return m_exerciseMessages; }
    /// "New case from this alert": the New case dialog filled from an exercise's alert message.
    void promptNewIncidentFromAlert(const storage::ExerciseMessage &alert);

Q_SIGNALS:
    /// A handover window wrote a step, an explanation, a review or an amendment.
    void handoverChanged(core::DisembarkationId id);
    /// A handover window's "Print to PDF…".
    void handoverPrintRequested(core::DisembarkationId id);
    /// A change another console committed, as applyChange() received it: open dialogs that show
    /// such records (the Users dialog) read them again.
    void recordChanged(const QString &kind, qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createAdministrationMenu();
    void createDocks();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();
    void updateScale();
    void updateClock();
    void createIncidentDocks();
    void createVesselActions(QMenu *tools, QMenu *view);
    void createStatisticsAction(QMenu *tools);
    void createReplayAction(QMenu *tools);
    void createDebriefAction(QMenu *tools);
    void showReplayedCases(const std::vector<storage::CaseSnapshot> &cases);
    /// The case form during a replay: the selected case as it stood at the replayed instant.
    void showReplayedCase(std::optional<core::IncidentId> id);
    void setReplayReadOnly(bool replaying);
    void updateReplayColours();
    void createHandoverActions();
    void updateHandoverActions();
    void createConnectionMonitor(storage::ChangeListener *changes);
    void updateDatabaseLabelColour();
    void createExerciseBanner();
    void createExerciseStatus();
    void showExerciseBanner();
    void updateExerciseColours();
    void createTrainerAction(QMenu *tools);
    void createExerciseRun();
    void showExerciseRun();
    void runNewIncidentDialog(NewIncidentDialog &dialog);
    /// Enables the write actions as the user's rights allow, none while the write gate is shut.
    void updateWriteActions();
    void showIncidentToVessels(std::optional<core::IncidentId> id);
    void showIncidentsOnChart();
    void showChartMenu(const geo::LatLon &position, QPoint globalPosition);
    void appendCaseEvents();
    void reloadChanges(bool rereadCase);
    void updateMeasurement();
    void promptAddChart();
    void promptGoToPosition();
    QString srrText(const QStringList &ids) const;

    Services m_services;
    chart::ChartRenderer m_renderer;
    ChartCanvas *m_canvas = nullptr;
    models::LayerListModel *m_layerModel = nullptr;
    IncidentsPanel *m_incidentsPanel = nullptr;
    DisembarkationsPanel *m_disembarkationsPanel = nullptr;
    IncidentDetail *m_detail = nullptr;
    VesselConsole *m_vessels = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QStandardItemModel *m_caseEvents = nullptr;
    QTableView *m_caseEventsView = nullptr;
    std::unique_ptr<geo::LandMask> m_land;
    std::int64_t m_lastEventId = 0;
    QActionGroup *m_paletteGroup = nullptr;
    QAction *m_measureAction = nullptr;
    QLabel *m_positionLabel = nullptr;
    QLabel *m_srrLabel = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QLabel *m_clockLabel = nullptr;
    QTimer *m_clockTimer = nullptr;
    QMenu *m_panelsMenu = nullptr;
    StatisticsView *m_statistics = nullptr; ///< Tools → Statistics…, made when first opened
    QAction *m_newDisembarkation = nullptr;
    QLabel *m_databaseLabel = nullptr; ///< "Database unreachable…", shown only while lost
    /// Shut while the database is unreachable: every write control asks it (write_gate.h).
    WriteGate *m_writeGate = nullptr;
    replay::ReplayController *m_replay = nullptr;
    ReplayBar *m_replayBar = nullptr;
    QLabel *m_replayLabel = nullptr;              ///< "REPLAY" beside the clock, in magenta, while replaying
    std::map<std::int64_t, QString> m_assetNames; ///< the replay's taskings name their units
    ExerciseBanner *m_exerciseBanner = nullptr;   ///< only on an exercise database
    QLabel *m_exerciseStatus = nullptr;           ///< "Exercise" in the status bar, with the banner
    ExerciseSession *m_exerciseSession = nullptr; ///< only on an exercise with a scenario
    ExerciseMessagesPanel *m_exerciseMessages = nullptr;
    QLabel *m_exerciseClockTag = nullptr; ///< "EXERCISE" beside the clock, on an exercise with a scenario
    TrainerView *m_trainerView = nullptr; ///< while open
};

} // namespace marsa::app
