// The main window's vessels: the Feeds dialog, the chart's tracks, and the selected case as the
// reference of the Vessels panel's range, bearing, CPA and ETA.

#include "app/main_window.h"

#include "app/chart_canvas.h"
#include "app/incidents_panel.h"
#include "app/vessel_console.h"
#include "app/vessels_panel.h"
#include "chart/target_layer.h"
#include "storage/incident_service.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

namespace marsa::app {

void MainWindow::createVesselActions(QMenu *tools, QMenu *view) {
    tools->addSeparator();
    QAction *feeds = tools->addAction(tr("&Feeds…"), m_vessels, &VesselConsole::showFeedsDialog);
    feeds->setObjectName(QStringLiteral("feedsAction"));
    feeds->setToolTip(tr("The AIS and GPS feeds: UDP, TCP, serial port or NMEA log file"));
    QAction *history =
        tools->addAction(tr("Track &history…"), m_vessels, [this] { m_vessels->showTrackHistory(); });
    history->setObjectName(QStringLiteral("trackHistoryAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    history->setToolTip(tr("A vessel's stored track in a time window: on the chart, listed, exported"));
    tools->addAction(&m_vessels->clearTrackHistoryAction());
    QAction *settings =
        tools->addAction(tr("&Vessel settings…"), m_vessels, &VesselConsole::showVesselSettings);
    settings->setObjectName(QStringLiteral("vesselSettingsAction"));
    settings->setToolTip(
        tr("When targets are drawn lost and removed, and how long tracks keep every report"));
    QAction *acknowledge = &m_vessels->panel().acknowledgeAction();
    acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    tools->addAction(acknowledge);

    view->addSeparator();
    QMenu *tracks = view->addMenu(tr("Vessel &tracks"));
    auto *group = new QActionGroup(this);
    const struct {
        chart::TrackMode mode;
        QString text;
        QString key;
    } modes[] = {
        {chart::TrackMode::All, tr("&All vessels"), QStringLiteral("all")},
        {chart::TrackMode::Selected, tr("&Selected vessel only"), QStringLiteral("selected")},
        {chart::TrackMode::None, tr("&None"), QStringLiteral("none")},
    };
    const QString saved =
        m_services.settings.value(QStringLiteral("vessels/tracks"), QStringLiteral("all")).toString();
    for (const auto &entry : modes) {
        QAction *action = tracks->addAction(entry.text);
        action->setObjectName(QStringLiteral("tracks-") + entry.key);
        action->setCheckable(true);
        group->addAction(action);
        const chart::TrackMode mode = entry.mode;
        const QString key = entry.key;
        connect(action, &QAction::triggered, this, [this, mode, key] {
            m_vessels->layer().setTrackMode(mode);
            m_services.settings.setValue(QStringLiteral("vessels/tracks"), key);
            m_canvas->update();
        });
        if (key == saved) {
            action->setChecked(true);
            m_vessels->layer().setTrackMode(mode);
        }
    }
    connect(m_vessels, &VesselConsole::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
}

void MainWindow::showIncidentToVessels(std::optional<core::IncidentId> id) {
    if (!id) {
        m_vessels->setReferenceIncident(std::nullopt);
        return;
    }
    const std::vector<core::Incident> &shown = m_incidentsPanel->shownIncidents();
    const auto found = std::find_if(shown.begin(), shown.end(),
                                    [&id](const core::Incident &incident) { return incident.id == *id; });
    if (found != shown.end()) {
        m_vessels->setReferenceIncident(*found);
        return;
    }
    storage::IncidentService service(m_services.database, m_services.clock);
    auto incident = service.find(*id);
    m_vessels->setReferenceIncident(incident ? std::optional<core::Incident>(incident.value())
                                             : std::nullopt);
}

} // namespace marsa::app
