// The main window's cases: the Incidents panel, the case detail, the chart's case layer, the
// new-case dialog and the Event log's case events, kept in step with each other.

#include "app/exercise_session.h"
#include "app/main_window.h"

#include "app/chart_canvas.h"
#include "app/disembarkations_panel.h"
#include "app/handover_text.h"
#include "app/incident_detail.h"
#include "app/incidents_panel.h"
#include "app/new_incident_dialog.h"
#include "app/vessel_console.h"
#include "app/write_gate.h"
#include "chart/incident_layer.h"
#include "core/clock.h"
#include "geo/coordinate_format.h"
#include "geo/land_mask.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"
#include "storage/database.h"
#include "storage/incident_service.h"

#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>

#include "core/logging.h"

#include <spdlog/spdlog.h>

namespace marsa::app {
namespace {

constexpr int kCaseEventRows = 2000; // the Event log keeps the newest two thousand case events

chart::IncidentLayer *incidentLayer(chart::LayerStack &layers) {
    const int index = layers.indexOf(QStringLiteral("incidents"));
    return index >= 0 ? dynamic_cast<chart::IncidentLayer *>(layers.at(index)) : nullptr;
}

} // namespace

void MainWindow::createIncidentDocks() {
    if (auto land = geo::LandMask::load(geo::basemapPath())) {
        m_land = std::make_unique<geo::LandMask>(std::move(land.value()));
    } else {
        spdlog::warn("land mask not read, positions on land are not questioned: {}", land.errorMessage());
    }
    m_detail = new IncidentDetail(m_services.database, m_services.clock, m_services.user, *m_undoStack, this);
    m_detail->setObjectName(QStringLiteral("incidentDetail"));
    auto *dock = new QDockWidget(tr("Case"), this);
    dock->setObjectName(QStringLiteral("incidentDetailDock"));
    dock->setWidget(m_detail);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *events = findChild<QDockWidget *>(QStringLiteral("eventLogDock"))) {
        splitDockWidget(dock, events, Qt::Horizontal);
        // Room for the form and a dozen timeline rows; a saved layout overrides it.
        resizeDocks({dock}, {fontMetrics().height() * 16}, Qt::Vertical);
        resizeDocks({dock, events}, {3, 2}, Qt::Horizontal);
    }
    m_panelsMenu->addAction(dock->toggleViewAction());

    connect(m_incidentsPanel, &IncidentsPanel::incidentsShown, this, &MainWindow::showIncidentsOnChart);
    connect(m_incidentsPanel, &IncidentsPanel::selectionChanged, this,
            [this](std::optional<core::IncidentId> id) {
                if (auto *layer = incidentLayer(m_services.layers)) {
                    layer->setSelected(id);
                    m_canvas->update();
                }
                showIncidentToVessels(id);
                // A case that leaves the list (closed under "Open cases") stays in the detail.
                if (isReplaying()) { // the form shows the case as it stood at the replayed instant
                    showReplayedCase(id);
                } else if (id) {
                    m_detail->showIncident(id);
                }
                updateHandoverActions();
            });
    // The case panel has already re-read the case it changed: only the lists follow.
    connect(m_detail, &IncidentDetail::incidentChanged, this, [this] {
        reloadChanges(false);
        updateHandoverActions();
    });
    connect(m_canvas, &ChartCanvas::clicked, this, [this](const geo::LatLon &, QPointF pixel) {
        if (m_vessels->selectAt(pixel)) {
            return;
        }
        if (auto *layer = incidentLayer(m_services.layers); layer != nullptr && layer->isVisible()) {
            if (const auto id = layer->incidentAt(m_canvas->viewport(), pixel)) {
                selectIncident(id);
            }
        }
    });
    connect(m_canvas, &ChartCanvas::contextMenuRequested, this, &MainWindow::showChartMenu);
    showIncidentsOnChart();
    appendCaseEvents();
    createHandoverActions();
}

void MainWindow::showIncidentsOnChart() {
    if (auto *layer = incidentLayer(m_services.layers)) {
        if (layer->setIncidents(m_incidentsPanel->shownIncidents())) {
            m_services.layers.markChanged(m_services.layers.indexOf(layer->id()));
        }
    }
}

void MainWindow::selectIncident(std::optional<core::IncidentId> id) {
    if (id && !m_incidentsPanel->selectIncident(*id)) {
        // A case the filter hides is still shown in the detail, and ringed if it is on the chart.
        m_detail->showIncident(id);
    } else if (!id) {
        m_incidentsPanel->selectIncident(core::IncidentId{});
    }
    updateHandoverActions();
}

void MainWindow::showChartMenu(const geo::LatLon &position, QPoint globalPosition) {
    QMenu menu(this);
    QAction *create = menu.addAction(tr("New case here (%1)…").arg(geo::formatPosition(position, 1)));
    create->setEnabled(
        m_services.user &&
        throughGate(m_writeGate, core::authorize(*m_services.user, core::Action::CreateIncident)));
    menu.addAction(tr("Centre the chart here"), this, [this, position] { m_canvas->centreOn(position); });
    if (menu.exec(globalPosition) == create) {
        promptNewIncident(position);
    }
}

void MainWindow::promptNewIncident(std::optional<geo::LatLon> position) {
    if (!m_services.user) {
        return;
    }
    NewIncidentDialog dialog(m_services.srrs, m_land.get(), *m_services.user, m_services.clock.nowUtc(),
                             position, this);
    runNewIncidentDialog(dialog);
}

void MainWindow::runNewIncidentDialog(NewIncidentDialog &dialog) {
    while (dialog.exec() == QDialog::Accepted) {
        const auto fresh = dialog.incident();
        if (!fresh) {
            continue; // the dialog said what to correct
        }
        storage::IncidentService service(m_services.database, m_services.clock);
        const auto created = service.create(*m_services.user, fresh.value(), dialog.remarks());
        if (!created) {
            QMessageBox::warning(this, tr("Case not opened"), created.errorMessage());
            continue; // the officer corrects the entry; nothing was written
        }
        pollChanges();
        selectIncident(created->id);
        return;
    }
}

void MainWindow::pollChanges() {
    reloadChanges(true);
}

void MainWindow::reloadChanges(bool rereadCase) {
    storage::IncidentService service(m_services.database, m_services.clock);
    const auto last = service.lastEventId();
    if (!last) {
        spdlog::error("changes not read: {}", last.errorMessage());
        return;
    }
    if (*last == m_lastEventId) {
        return;
    }
    appendCaseEvents();
    m_incidentsPanel->reload();
    // Every handover step writes a case event too: the Disembarkations panel follows.
    m_disembarkationsPanel->reload();
    if (rereadCase) {
        m_detail->refresh();
        updateHandoverActions();
    }
}

void MainWindow::applyChange(const QString &kind, qint64 id) {
    Q_EMIT recordChanged(kind, id);
    if (kind.startsWith(QLatin1String("exercise"))) {
        if (m_exerciseSession != nullptr) {
            m_exerciseSession->refresh();
        }
        return;
    }
    if (kind == QStringLiteral("asset")) {
        // A new unit: ours among the targets, and named in the open case's taskings. The tasking
        // dialog reads the units each time it opens.
        m_vessels->loadAssets();
        if (m_detail->incident()) {
            m_detail->refresh();
        }
        return;
    }
    if (kind == QStringLiteral("disembarkation")) {
        m_disembarkationsPanel->refreshDisembarkation(core::DisembarkationId{id});
        return;
    }
    if (kind != QStringLiteral("incident")) {
        return;
    }
    const core::IncidentId incident{id};
    appendCaseEvents();
    m_incidentsPanel->refreshIncident(incident);
    // A case's outcome changes its handovers' discrepancies without moving their versions.
    m_disembarkationsPanel->refreshIncident(incident);
    if (m_detail->incident() && m_detail->incident()->id == incident) {
        m_detail->refresh();
        updateHandoverActions();
    }
}

void MainWindow::appendCaseEvents() {
    storage::IncidentService service(m_services.database, m_services.clock);
    const auto events = service.eventsAfter(m_lastEventId, kCaseEventRows);
    if (!events) {
        spdlog::error("case events not read: {}", events.errorMessage());
        return;
    }
    for (const storage::IncidentEvent &event : events.value()) {
        QList<QStandardItem *> row;
        row << new QStandardItem(QChar(0x2066) + event.timeUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                                 QChar(0x2069))
            << new QStandardItem(event.caseNumber) << new QStandardItem(event.userName)
            << new QStandardItem(timelineEventText(event.kind, event.summary))
            << new QStandardItem(event.remarks);
        row.front()->setData(QVariant::fromValue(static_cast<qlonglong>(event.incidentId.value)),
                             Qt::UserRole);
        row.front()->setData(event.timeUtc, Qt::UserRole + 1);
        // Newest first by the time of the event: a case entered after the fact goes where it belongs.
        int at = 0;
        while (at < m_caseEvents->rowCount() &&
               m_caseEvents->item(at, 0)->data(Qt::UserRole + 1).toDateTime() > event.timeUtc) {
            ++at;
        }
        m_caseEvents->insertRow(at, row);
        m_lastEventId = std::max(m_lastEventId, event.eventId);
    }
    if (m_caseEvents->rowCount() > kCaseEventRows) {
        m_caseEvents->removeRows(kCaseEventRows, m_caseEvents->rowCount() - kCaseEventRows);
    }
    if (!events->empty()) {
        // The header sizes its sections to their contents when they are laid out, not when rows
        // come later: the first case of an empty log would show "2026-1…" under "Time (UTC)".
        m_caseEventsView->resizeColumnsToContents();
    }
}

} // namespace marsa::app
