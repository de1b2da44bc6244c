#include "app/main_window.h"

#include "core/bidi.h"

#include "app/chart_canvas.h"
#include "app/disembarkations_panel.h"
#include "app/feed_status_label.h"
#include "app/incident_detail.h"
#include "app/incidents_panel.h"
#include "app/layers_panel.h"
#include "app/table_view.h"
#include "app/users_dialog.h"
#include "app/vessel_console.h"
#include "app/vessels_panel.h"
#include "app/write_gate.h"
#include "chart/default_layers.h"
#include "chart/incident_layer.h"
#include "chart/range_bearing.h"
#include "core/clock.h"
#include "core/logging.h"
#include "geo/coordinate_format.h"
#include "geo/land_mask.h"
#include "geo/srr_catalogue.h"
#include "models/layer_list_model.h"
#include "models/log_model.h"
#include "replay/replay_controller.h"
#include "storage/change_feed.h"
#include "storage/database.h"
#include "storage/incident_service.h"
#include "storage/user_admin_service.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace marsa::app {
namespace {

constexpr int kStateVersion = 1;

using core::isolated;

QStringList srrIds(const geo::SrrCatalogue &srrs) {
    QStringList ids;
    for (const geo::SrrZone &zone : srrs.zones()) {
        if (zone.isArea) {
            ids << zone.id;
        }
    }
    return ids;
}

} // namespace

MainWindow::MainWindow(Services services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_renderer(services.layers) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Marsa — Libyan SRR rescue coordination"));
    m_renderer.setArabicLabels(services.arabic);
    m_canvas = new ChartCanvas(m_services.layers, m_renderer, this);
    m_canvas->setObjectName(QStringLiteral("chartCanvas"));
    m_canvas->setHomeRect(chart::libyanSrrView(m_services.srrs));
    setCentralWidget(m_canvas);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    createExerciseBanner();
    m_undoStack = new QUndoStack(this);
    m_vessels = new VesselConsole(m_services.database, m_services.clock, m_services.layers, *m_canvas,
                                  m_services.settings, this);
    createActions();
    createDocks();
    createIncidentDocks();
    createStatusBar();
    createExerciseRun();

    connect(m_canvas, &ChartCanvas::cursorMoved, this, &MainWindow::showCursorPosition);
    connect(m_canvas, &ChartCanvas::cursorLeft, this, [this] {
        m_positionLabel->setText(tr("Position: —"));
        m_srrLabel->setText(tr("SRR: —"));
    });
    connect(m_canvas, &ChartCanvas::viewportChanged, this, &MainWindow::updateScale);
    connect(m_canvas, &ChartCanvas::measurementChanged, this, &MainWindow::updateMeasurement);
    connect(&m_services.layers, &chart::LayerStack::changed, this, [this] {
        m_canvas->updateZoomLimits();
        m_canvas->update();
    });

    restoreSettings();
    createExerciseStatus();
    updateClock();
    m_vessels->start();
    spdlog::info("console ready: database {}", m_services.database.path());
}

MainWindow::~MainWindow() {
    // The vessels take their chart layer out of the stack while the canvas still listens.
    delete m_vessels;
}

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *addChart = file->addAction(tr("&Add chart…"), this, &MainWindow::promptAddChart);
    addChart->setShortcut(QKeySequence::Open);
    addChart->setObjectName(QStringLiteral("addChartAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *incidentMenu = menuBar()->addMenu(tr("&Incident"));
    QAction *newCase =
        incidentMenu->addAction(tr("&New case…"), this, [this] { promptNewIncident(std::nullopt); });
    newCase->setObjectName(QStringLiteral("newIncidentAction"));
    newCase->setShortcut(QKeySequence::New);
    updateWriteActions(); // enabled as the user's rights allow, with the reason as tooltip

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QToolBar *toolbar = addToolBar(tr("Chart"));
    toolbar->setObjectName(QStringLiteral("chartToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] { m_canvas->zoomBy(1.5); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] { m_canvas->zoomBy(1.0 / 1.5); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomSrr = view->addAction(tr("Zoom to Libyan &SRR"), this, [this] { m_canvas->zoomHome(); });
    zoomSrr->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    zoomSrr->setObjectName(QStringLiteral("zoomSrrAction"));
    QAction *goTo = view->addAction(tr("&Go to position…"), this, &MainWindow::promptGoToPosition);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(zoomSrr);
    toolbar->addAction(goTo);
    toolbar->addSeparator();
    toolbar->addAction(newCase);
    toolbar->addSeparator();

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    m_measureAction = tools->addAction(tr("&Range and bearing"));
    m_measureAction->setObjectName(QStringLiteral("measureAction"));
    m_measureAction->setCheckable(true);
    m_measureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_measureAction->setToolTip(tr("Drag on the chart to read the geodesic distance and true bearing"));
    connect(m_measureAction, &QAction::toggled, m_canvas, &ChartCanvas::setMeasuring);
    toolbar->addAction(m_measureAction);
    toolbar->addSeparator();
    createVesselActions(tools, view);
    createStatisticsAction(tools);
    createReplayAction(tools);
    createDebriefAction(tools);
    createTrainerAction(tools);

    view->addSeparator();
    QMenu *paletteMenu = view->addMenu(tr("&Palette"));
    m_paletteGroup = new QActionGroup(this);
    for (chart::PaletteMode mode :
         {chart::PaletteMode::Day, chart::PaletteMode::Dusk, chart::PaletteMode::Night}) {
        QAction *action = paletteMenu->addAction(chart::ChartPalette::displayName(mode));
        action->setObjectName(QStringLiteral("palette-") + chart::ChartPalette::key(mode));
        action->setCheckable(true);
        action->setData(static_cast<int>(mode));
        m_paletteGroup->addAction(action);
        toolbar->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setPaletteMode(mode); });
    }
    m_panelsMenu = view->addMenu(tr("P&anels"));

    createAdministrationMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Marsa"), this, [this] {
        QMessageBox::about(
            this, tr("About Marsa"),
            tr("<p><b>Marsa</b> %1: rescue coordination console for the Libyan search and "
               "rescue region.</p><p>Chart data: Natural Earth (land), IMO GISIS (SRR limits), "
               "NGA World Port Index (ports). Not for navigation.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

// Administration → Users…, greyed with the permission matrix's reason unless the signed-in user
// may manage users; the service asks again on every change.
void MainWindow::createAdministrationMenu() {
    QMenu *administration = menuBar()->addMenu(tr("&Administration"));
    administration->setToolTipsVisible(true);
    QAction *users = administration->addAction(tr("&Users…"), this, [this] {
        if (!m_services.user) {
            return;
        }
        storage::UserAdminService service(m_services.database, m_services.clock);
        UsersDialog dialog(service, *m_services.user, this);
        // Another administrator's changes appear while the dialog is open.
        connect(this, &MainWindow::recordChanged, &dialog, [&dialog](const QString &kind) {
            if (kind == QStringLiteral("user")) {
                dialog.reloadAccounts();
            }
        });
        if (m_writeGate != nullptr) {
            dialog.setWriteGate(m_writeGate);
        }
        dialog.setCautionColour(m_renderer.palette().colour(chart::ColourToken::UINFO));
        dialog.exec();
    });
    users->setObjectName(QStringLiteral("usersAction"));
    const core::Decision allowed =
        m_services.user ? core::authorize(*m_services.user, core::Action::ManageUsers)
                        : core::Decision::refuse(tr("Sign in as an administrator to manage users."));
    users->setEnabled(allowed.allowed);
    users->setToolTip(allowed ? tr("Create accounts, change agencies and roles, reset passwords, deactivate "
                                   "accounts")
                              : allowed.reason);
}

void MainWindow::createDocks() {
    struct DockSpec {
        QString objectName;
        QString title;
        QWidget *widget;
        Qt::DockWidgetArea area;
    };
    auto *logView = new QTableView(this);
    logView->setModel(&m_services.log);
    logView->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = logView->fontMetrics();
    logView->setColumnWidth(models::LogModel::TimeColumn,
                            metrics.horizontalAdvance(QStringLiteral("2026-11-23 23:59:59Z")) + 16);
    logView->setColumnWidth(models::LogModel::LevelColumn,
                            metrics.horizontalAdvance(QStringLiteral("warning")) + 16);
    logView->verticalHeader()->hide();
    logView->setWordWrap(false);
    connect(&m_services.log, &QAbstractItemModel::rowsInserted, logView,
            [logView] { logView->scrollToBottom(); });

    m_layerModel = new models::LayerListModel(m_services.layers, this);
    auto *layersPanel = new LayersPanel(*m_layerModel, this);
    connect(layersPanel, &LayersPanel::addChartRequested, this, &MainWindow::promptAddChart);
    connect(layersPanel, &LayersPanel::removeChartRequested, this, &MainWindow::removeChart);

    m_incidentsPanel =
        new IncidentsPanel(m_services.database, m_services.clock, srrIds(m_services.srrs), this);
    m_incidentsPanel->setObjectName(QStringLiteral("incidentsPanel"));
    m_disembarkationsPanel = new DisembarkationsPanel(m_services.database, m_services.clock, m_services.user,
                                                      m_services.arabic, this);
    m_disembarkationsPanel->setObjectName(QStringLiteral("disembarkationsPanel"));

    // The Event log: what happens to the cases, and what the console itself reports.
    auto *eventTabs = new QTabWidget(this);
    eventTabs->setObjectName(QStringLiteral("eventTabs"));
    m_caseEvents = new QStandardItemModel(0, 5, this);
    m_caseEvents->setHorizontalHeaderLabels(
        {tr("Time (UTC)"), tr("Case"), tr("Who"), tr("Event"), tr("Remarks")});
    QTableView *caseEventsView = makeTable(m_caseEvents, this);
    m_caseEventsView = caseEventsView;
    caseEventsView->setObjectName(QStringLiteral("caseEventsView"));
    caseEventsView->setSortingEnabled(false);
    caseEventsView->setWordWrap(false);
    caseEventsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    caseEventsView->horizontalHeader()->setStretchLastSection(true);
    eventTabs->addTab(caseEventsView, tr("Case events"));
    eventTabs->addTab(logView, tr("Application log"));

    const DockSpec docks[] = {
        {QStringLiteral("incidentsDock"), tr("Incidents"), m_incidentsPanel, Qt::LeftDockWidgetArea},
        {QStringLiteral("layersDock"), tr("Layers"), layersPanel, Qt::LeftDockWidgetArea},
        {QStringLiteral("vesselsDock"), tr("Vessels"), &m_vessels->panel(), Qt::RightDockWidgetArea},
        {QStringLiteral("disembarkationsDock"), tr("Disembarkations"), m_disembarkationsPanel,
         Qt::RightDockWidgetArea},
        {QStringLiteral("eventLogDock"), tr("Event log"), eventTabs, Qt::BottomDockWidgetArea},
    };
    // QMainWindow does not mirror dock areas by itself: in Arabic the panels change sides.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    for (const DockSpec &spec : docks) {
        auto *dock = new QDockWidget(spec.title, this);
        dock->setObjectName(spec.objectName);
        dock->setWidget(spec.widget);
        Qt::DockWidgetArea area = spec.area;
        if (rightToLeft && area == Qt::LeftDockWidgetArea) {
            area = Qt::RightDockWidgetArea;
        } else if (rightToLeft && area == Qt::RightDockWidgetArea) {
            area = Qt::LeftDockWidgetArea;
        }
        addDockWidget(area, dock);
        m_panelsMenu->addAction(dock->toggleViewAction());
    }
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("eventLogDock"))}, {140}, Qt::Vertical);
    // The right side is wider: the Vessels and Disembarkations tables have more columns to show.
    resizeDocks({findChild<QDockWidget *>(QStringLiteral("incidentsDock")),
                 findChild<QDockWidget *>(QStringLiteral("vesselsDock"))},
                {270, 440}, Qt::Horizontal);
}

void MainWindow::createStatusBar() {
    auto makeLabel = [this](const QString &name, int minimumChars) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * minimumChars);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    QLabel *userLabel = makeLabel(QStringLiteral("userLabel"), 20);
    userLabel->setText(m_services.user
                           ? tr("%1 — %2, %3")
                                 .arg(m_services.user->userName, core::agencyName(m_services.user->agency),
                                      core::roleName(m_services.user->role).toLower())
                           : tr("Not signed in"));
    m_positionLabel = makeLabel(QStringLiteral("positionLabel"), 34);
    m_srrLabel = makeLabel(QStringLiteral("srrLabel"), 26);
    m_scaleLabel = makeLabel(QStringLiteral("scaleLabel"), 16);
    statusBar()->addPermanentWidget(m_replayLabel);
    if (m_services.exerciseClock != nullptr) {
        m_exerciseClockTag = new QLabel(this); // "EXERCISE" beside the clock (main_window_exercise_run.cpp)
        statusBar()->addPermanentWidget(m_exerciseClockTag);
    }
    m_clockLabel = makeLabel(QStringLiteral("clockLabel"), 22);
    statusBar()->insertPermanentWidget(0, &m_vessels->statusLabel());
    statusBar()->insertPermanentWidget(1, &m_vessels->ownShipLabel());
    m_positionLabel->setText(tr("Position: —"));
    m_srrLabel->setText(tr("SRR: —"));
    m_clockTimer = new QTimer(this);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer->start(1000);
    // What other consoles commit arrives as change notices naming the record (LISTEN/NOTIFY on
    // PostgreSQL, the file watched on SQLite); only a connection that cannot listen asks the
    // database every 2 s instead. Ages follow the clock.
    auto *changes = new storage::ChangeListener(m_services.database, this);
    changes->setObjectName(QStringLiteral("changeListener"));
    connect(changes, &storage::ChangeListener::changed, this, &MainWindow::applyChange);
    createConnectionMonitor(changes);
    if (!changes->isListening()) {
        spdlog::warn("change notices unavailable: the console polls the database every 2 s");
        auto *changesTimer = new QTimer(this);
        changesTimer->setObjectName(QStringLiteral("changesTimer"));
        connect(changesTimer, &QTimer::timeout, this, &MainWindow::pollChanges);
        changesTimer->start(2000);
    }
    auto *agesTimer = new QTimer(this);
    connect(agesTimer, &QTimer::timeout, m_incidentsPanel, &IncidentsPanel::refreshAges);
    agesTimer->start(30000);
}

QString MainWindow::srrText(const QStringList &ids) const {
    if (ids.isEmpty()) {
        return tr("SRR: outside the declared SRRs on record");
    }
    QStringList names;
    for (const QString &id : ids) {
        const geo::SrrZone *zone = m_services.srrs.zone(id);
        names << (zone == nullptr ? id : (m_services.arabic ? zone->labelArabic : zone->label));
    }
    if (names.size() == 1) {
        return tr("SRR: %1").arg(names.front());
    }
    return tr("SRR: %1 (overlap)").arg(names.join(QStringLiteral(" + ")));
}

void MainWindow::showCursorPosition(const geo::LatLon &position) {
    m_positionLabel->setText(tr("Position: %1").arg(isolated(geo::formatPosition(position))));
    m_srrLabel->setText(srrText(m_services.srrs.zonesAt(position)));
}

void MainWindow::updateScale() {
    const double dpi = logicalDpiX() > 0 ? logicalDpiX() : 96.0;
    const double denominator = m_canvas->viewport().scaleDenominator(dpi);
    // Round to three significant figures: the scale of a screen is not more precise than that.
    const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 2);
    const double rounded = std::round(denominator / magnitude) * magnitude;
    m_scaleLabel->setText(tr("Scale 1:%1").arg(isolated(QLocale().toString(rounded, 'f', 0))));
}

void MainWindow::updateClock() {
    if (m_exerciseSession != nullptr && m_replay == nullptr) {
        showExerciseRun();
        return;
    }
    const QDateTime now = m_replay != nullptr ? QDateTime::fromMSecsSinceEpoch(m_replay->nowMs(), Qt::UTC)
                                              : m_services.clock.nowUtc();
    m_clockLabel->setText(isolated(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) +
                          QStringLiteral(" UTC"));
}

void MainWindow::updateMeasurement() {
    if (const auto measure = m_canvas->measurement()) {
        statusBar()->showMessage(
            tr("Range and bearing: %1").arg(isolated(chart::rangeBearingText(*measure))));
    } else if (m_canvas->isMeasuring()) {
        statusBar()->showMessage(tr("Range and bearing: drag from one point to another"));
    } else {
        statusBar()->clearMessage();
    }
}

void MainWindow::setPaletteMode(chart::PaletteMode mode) {
    m_renderer.setPalette(mode);
    QApplication::setPalette(m_renderer.palette().widgetPalette());
    updateExerciseColours();
    m_incidentsPanel->setPaletteMode(mode);
    m_disembarkationsPanel->setPaletteMode(mode);
    m_detail->setPaletteMode(mode);
    m_vessels->setPaletteMode(mode);
    updateDatabaseLabelColour();
    updateReplayColours();
    for (QAction *action : m_paletteGroup->actions()) {
        action->setChecked(action->data().toInt() == static_cast<int>(mode));
    }
    m_canvas->update();
}

core::Result<void> MainWindow::addChartFile(const QString &path) {
    const QStringList failures = chart::addUserCharts(m_services.layers, {path});
    if (!failures.isEmpty()) {
        spdlog::warn("chart not added: {}", failures.front());
        return core::Error{failures.front()};
    }
    spdlog::info("chart added: {}", path);
    saveSettings();
    return {};
}

void MainWindow::removeChart(int stackIndex) {
    if (stackIndex >= 0 && stackIndex < m_services.layers.count() &&
        m_services.layers.at(stackIndex)->isUserChart()) {
        spdlog::info("chart removed: {}", m_services.layers.at(stackIndex)->id());
        m_services.layers.remove(stackIndex);
        saveSettings();
    }
}

void MainWindow::promptAddChart() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add a chart"), m_services.settings.value(QStringLiteral("charts/lastFolder")).toString(),
        tr("Charts (*.gpkg *.geojson *.json *.shp *.kml *.000 *.tif *.tiff *.kap *.gpx);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_services.settings.setValue(QStringLiteral("charts/lastFolder"), QFileInfo(path).absolutePath());
    if (auto added = addChartFile(path); !added) {
        QMessageBox::warning(this, tr("Chart not added"), added.errorMessage());
    }
}

void MainWindow::promptGoToPosition() {
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to position"),
                                               tr("Position (e.g. 33 05.4N 13 10.2E or 33.09, 13.17):"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty()) {
        return;
    }
    const auto position = geo::parsePosition(text);
    if (!position) {
        QMessageBox::warning(this, tr("Position not understood"), position.errorMessage());
        return;
    }
    m_canvas->centreOn(position.value());
    showCursorPosition(position.value());
}

void MainWindow::restoreSettings() {
    QSettings &s = m_services.settings;
    chart::PaletteMode mode = chart::PaletteMode::Day;
    chart::ChartPalette::fromKey(s.value(QStringLiteral("chart/palette")).toString(), mode);
    setPaletteMode(mode);

    const QStringList charts = s.value(QStringLiteral("charts/files")).toStringList();
    for (const QString &failure : chart::addUserCharts(m_services.layers, charts)) {
        spdlog::warn("remembered chart not loaded: {}", failure);
    }
    const QStringList hidden = s.value(QStringLiteral("chart/hiddenLayers")).toStringList();
    for (int i = 0; i < m_services.layers.count(); ++i) {
        if (hidden.contains(m_services.layers.at(i)->id())) {
            m_services.layers.setVisible(i, false);
        }
    }
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
    showExerciseBanner();
    if (s.contains(QStringLiteral("chart/centreX"))) {
        m_canvas->setViewport({s.value(QStringLiteral("chart/centreX")).toDouble(),
                               s.value(QStringLiteral("chart/centreY")).toDouble()},
                              s.value(QStringLiteral("chart/metresPerPixel")).toDouble());
    }
}

void MainWindow::saveSettings() {
    QSettings &s = m_services.settings;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    s.setValue(QStringLiteral("chart/palette"), chart::ChartPalette::key(paletteMode()));
    QStringList charts;
    QStringList hidden;
    for (int i = 0; i < m_services.layers.count(); ++i) {
        const chart::ChartLayer *layer = m_services.layers.at(i);
        if (layer->isUserChart()) {
            charts << layer->id();
        }
        if (!layer->isVisible()) {
            hidden << layer->id();
        }
    }
    s.setValue(QStringLiteral("charts/files"), charts);
    s.setValue(QStringLiteral("chart/hiddenLayers"), hidden);
    s.setValue(QStringLiteral("chart/centreX"), m_canvas->viewport().centre().x);
    s.setValue(QStringLiteral("chart/centreY"), m_canvas->viewport().centre().y);
    s.setValue(QStringLiteral("chart/metresPerPixel"), m_canvas->viewport().metresPerPixel());
    s.sync();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    event->accept();
}

} // namespace marsa::app
