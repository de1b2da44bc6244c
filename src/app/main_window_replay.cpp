// Replay in the console (Tools → Replay…): the vessels and the cases as they were at a past
// instant, played from the journal at any speed; nothing can be changed meanwhile.

#include "app/main_window.h"

#include "app/disembarkations_panel.h"
#include "app/incident_detail.h"
#include "app/incidents_panel.h"
#include "app/replay_bar.h"
#include "app/replay_dialog.h"
#include "app/vessel_console.h"
#include "app/write_gate.h"
#include "core/bidi.h"
#include "core/logging.h"
#include "replay/replay_controller.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/incident_service.h"
#include "storage/journal.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace marsa::app {

void MainWindow::createReplayAction(QMenu *tools) {
    tools->addSeparator();
    QAction *replay = tools->addAction(tr("Re&play…"), this, &MainWindow::promptReplay);
    replay->setObjectName(QStringLiteral("replayAction"));
    replay->setToolTip(tr("Show the vessels and the cases as they were at a past instant, at any speed"));

    m_replayLabel = new QLabel(tr("REPLAY"), this);
    m_replayLabel->setObjectName(QStringLiteral("replayLabel"));
    QFont bold = m_replayLabel->font();
    bold.setBold(true); // the word, not only the colour (UI.md)
    m_replayLabel->setFont(bold);
    m_replayLabel->setAutoFillBackground(true);
    m_replayLabel->setContentsMargins(6, 0, 6, 0);
    m_replayLabel->setToolTip(tr("The clock shows the replayed time, not the present"));
    m_replayLabel->hide();
}

QString MainWindow::replayReadOnlyReason() {
    return tr("Replay shows the past: nothing can be changed");
}

void MainWindow::promptReplay() {
    if (m_replay != nullptr) {
        return;
    }
    storage::IncidentFilter all;
    all.limit = 500;
    auto page = storage::IncidentService(m_services.database, m_services.clock).search(all);
    std::vector<core::Incident> cases;
    if (page) {
        for (const storage::IncidentRow &row : page->rows) {
            cases.push_back(row.incident);
        }
    }
    auto bounds = storage::Journal(m_services.database.connection()).bounds();
    ReplayDialog dialog(std::move(cases), bounds ? bounds.value() : std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto started = startReplay(*dialog.request()); !started) {
        QMessageBox::warning(this, tr("Replay not started"), started.errorMessage());
    }
}

core::Result<void> MainWindow::startReplay(const ReplayRequest &request) {
    if (m_replay != nullptr) {
        leaveReplay();
    }
    auto controller =
        std::make_unique<replay::ReplayController>(m_services.database.connection(), m_vessels->targets());
    // A case or a window that cannot be replayed is refused before the table is touched.
    auto opened = request.incident ? controller->openIncident(*request.incident)
                                   : controller->open(request.fromMs, request.toMs);
    if (!opened) {
        m_vessels->leaveReplay(); // in case the journal failed after the table was emptied
        return opened.error();
    }
    m_replay = controller.release();
    m_replay->setParent(this);
    m_replay->setObjectName(QStringLiteral("replayController"));
    m_assetNames.clear();
    if (auto assets = storage::AssetRepository(m_services.database.connection(), m_services.clock).all()) {
        for (const core::Asset &asset : assets.value()) {
            m_assetNames[asset.id.value] = asset.name;
        }
    }
    // From here the feeds' batches are stored but not shown, until the replay is left.
    m_vessels->enterReplay(m_replay->shownClock());
    setReplayReadOnly(true);
    showReplayedCases(m_replay->cases());
    connect(m_replay, &replay::ReplayController::targetsChanged, m_vessels, &VesselConsole::showReplayed);
    connect(m_replay, &replay::ReplayController::casesChanged, this, &MainWindow::showReplayedCases);
    connect(m_replay, &replay::ReplayController::timeChanged, this, &MainWindow::updateClock);
    connect(m_replay, &replay::ReplayController::timeChanged, m_incidentsPanel, &IncidentsPanel::refreshAges);
    connect(m_replay, &replay::ReplayController::failed, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    m_replayBar = new ReplayBar(*m_replay, this);
    m_replayBar->setMarkColour(m_renderer.palette().colour(chart::ColourToken::CHMGD));
    connect(m_replayBar, &ReplayBar::leaveRequested, this, &MainWindow::leaveReplay);
    if (m_services.user && !m_services.database.isExercise() &&
        (m_services.user->role == core::Role::Trainer ||
         m_services.user->role == core::Role::Administrator)) {
        QAction *exercise = m_replayBar->addAction(tr("Make an exercise from this window…"), this,
                                                   &MainWindow::promptExerciseFromWindow);
        exercise->setObjectName(QStringLiteral("exerciseFromWindowAction"));
        exercise->setToolTip(tr("A new exercise database: this window's AIS replayed, its cases' alerts, the "
                                "real watch's actions as trainer notes"));
    }
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_replayBar);
    updateReplayColours();
    updateClock();
    spdlog::info("replay of {} to {}",
                 QDateTime::fromMSecsSinceEpoch(m_replay->fromMs(), Qt::UTC).toString(Qt::ISODate),
                 QDateTime::fromMSecsSinceEpoch(m_replay->toMs(), Qt::UTC).toString(Qt::ISODate));
    return {};
}

void MainWindow::leaveReplay() {
    if (m_replay == nullptr) {
        return;
    }
    delete m_replayBar;
    m_replayBar = nullptr;
    m_replay->pause();
    m_vessels->leaveReplay();
    delete m_replay;
    m_replay = nullptr;
    setReplayReadOnly(false);
    updateReplayColours();
    updateClock();
    spdlog::info("replay left: live console");
}

bool MainWindow::isReplaying() const {
    return m_replay != nullptr;
}

void MainWindow::showReplayedCases(const std::vector<storage::CaseSnapshot> &cases) {
    std::vector<storage::IncidentRow> rows;
    rows.reserve(cases.size());
    for (const storage::CaseSnapshot &snapshot : cases) {
        storage::IncidentRow row{snapshot.incident, {}};
        for (const core::Tasking &tasking : snapshot.taskings) {
            if (tasking.isOpen()) {
                const auto name = m_assetNames.find(tasking.asset.value);
                row.assets << (name != m_assetNames.end() ? name->second
                                                          : QString::number(tasking.asset.value));
            }
        }
        rows.push_back(std::move(row));
    }
    // Newest first alert first, as the live table lists them.
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.incident.firstAlertUtc > b.incident.firstAlertUtc;
    });
    m_incidentsPanel->showReplay(std::move(rows), m_replay->shownClock());
    showReplayedCase(m_incidentsPanel->selectedIncident());
}

void MainWindow::showReplayedCase(std::optional<core::IncidentId> id) {
    if (m_replay == nullptr) {
        return;
    }
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(m_replay->nowMs(), Qt::UTC);
    for (const storage::CaseSnapshot &snapshot : m_replay->cases()) {
        if (id && snapshot.incident.id == *id) {
            m_detail->showReplayed(snapshot.incident, snapshot.taskings, instant);
            return;
        }
    }
    // No case selected, or the case had not been opened yet at that instant.
    m_detail->showIncident(std::nullopt);
}

void MainWindow::setReplayReadOnly(bool replaying) {
    const QString reason = replayReadOnlyReason();
    // Undo, redo, new case and every dialog's save follow the gate (updateWriteActions below).
    if (replaying) {
        m_writeGate->shut(WriteGate::Cause::Replay, reason);
    } else {
        m_writeGate->open(WriteGate::Cause::Replay);
    }
    if (auto *users = findChild<QAction *>(QStringLiteral("usersAction"))) {
        if (replaying) {
            users->setProperty("enabledBeforeReplay", users->isEnabled());
            users->setEnabled(false);
        } else {
            users->setEnabled(users->property("enabledBeforeReplay").toBool());
        }
    }
    // The disembarkations and the case events would show (and change) today's records, not the
    // replayed instant's. The case form shows the selected case as it stood then (its buttons
    // follow the write gate).
    auto *caseEvents = findChild<QWidget *>(QStringLiteral("caseEventsView"));
    for (QWidget *panel : std::initializer_list<QWidget *>{m_disembarkationsPanel, caseEvents}) {
        if (panel == nullptr) {
            continue;
        }
        panel->setEnabled(!replaying);
        panel->setToolTip(replaying ? reason : QString());
    }
    if (replaying) {
        m_detail->showIncident(std::nullopt);
    } else {
        m_detail->leaveReplay();
        m_incidentsPanel->leaveReplay();
    }
    m_replayLabel->setVisible(replaying);
    if (replaying) {
        statusBar()->showMessage(reason, 10'000);
    } else {
        statusBar()->clearMessage();
    }
    if (auto *replay = findChild<QAction *>(QStringLiteral("replayAction"))) {
        replay->setEnabled(!replaying);
    }
    updateWriteActions();
}

void MainWindow::updateReplayColours() {
    // S-52's magenta (CHMGD), dimmed at night with the rest: never the live clock's colour, and
    // with the word REPLAY beside it.
    const QColor magenta = m_renderer.palette().colour(chart::ColourToken::CHMGD);
    QPalette tag = m_replayLabel->palette();
    tag.setColor(QPalette::Window, magenta);
    tag.setColor(QPalette::WindowText, m_renderer.palette().colour(chart::ColourToken::UIBCK));
    m_replayLabel->setPalette(tag);
    QPalette clock = m_clockLabel->palette();
    clock.setColor(QPalette::WindowText,
                   m_replay != nullptr ? magenta : palette().color(QPalette::WindowText));
    m_clockLabel->setPalette(clock);
    QFont font = m_clockLabel->font();
    font.setBold(m_replay != nullptr);
    m_clockLabel->setFont(font);
    if (m_replayBar != nullptr) {
        m_replayBar->setMarkColour(magenta);
    }
}

} // namespace marsa::app
