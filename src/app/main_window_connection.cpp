#include "app/disembarkations_panel.h"
#include "app/incident_detail.h"
#include "app/main_window.h"
#include "app/write_gate.h"
#include "chart/chart_palette.h"
#include "core/permissions.h"
#include "storage/change_feed.h"
#include "storage/connection_monitor.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QUndoStack>

#include <utility>

namespace marsa::app {

// The connection watched (PostgreSQL: SELECT 1 every 2 s, and at once when a statement fails on
// it): while it is lost the console says so in the status bar, keeps what it shows and greys
// every write control with the reason (the write gate); it reconnects by itself without ever
// waiting on the server in this thread, listens again and reads what it missed.
void MainWindow::createConnectionMonitor(storage::ChangeListener *changes) {
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    QFont bold = m_databaseLabel->font();
    bold.setBold(true); // the colour is not the only cue (UI.md)
    m_databaseLabel->setFont(bold);
    m_databaseLabel->hide();
    statusBar()->insertPermanentWidget(0, m_databaseLabel);
    updateDatabaseLabelColour();

    m_writeGate = new WriteGate(this);
    m_writeGate->setObjectName(QStringLiteral("writeGate"));
    m_detail->setWriteGate(m_writeGate);
    m_disembarkationsPanel->setWriteGate(m_writeGate);

    auto *monitor = new storage::ConnectionMonitor(m_services.database, this);
    monitor->setObjectName(QStringLiteral("connectionMonitor"));
    connect(monitor, &storage::ConnectionMonitor::restored, changes, &storage::ChangeListener::resubscribe);
    connect(monitor, &storage::ConnectionMonitor::lost, this, [this](const QString &message) {
        m_databaseLabel->setText(tr("Database unreachable — showing the last known state, read-only"));
        m_databaseLabel->setToolTip(message);
        m_databaseLabel->show();
        m_writeGate->shut(WriteGate::Cause::DatabaseLost,
                          tr("Database unreachable — nothing can be saved until the connection is back; "
                             "the console reconnects by itself."));
        updateWriteActions();
    });
    connect(monitor, &storage::ConnectionMonitor::restored, this, [this] {
        m_databaseLabel->hide();
        m_databaseLabel->clear();
        m_writeGate->open(WriteGate::Cause::DatabaseLost);
        updateWriteActions();
        pollChanges(); // what other consoles wrote meanwhile
    });
}

void MainWindow::updateDatabaseLabelColour() {
    if (m_databaseLabel == nullptr) {
        return;
    }
    // S-52's UINFO (orange), the caution colour: red is for alarms only.
    QPalette palette = m_databaseLabel->palette();
    palette.setColor(QPalette::WindowText, m_renderer.palette().colour(chart::ColourToken::UINFO));
    m_databaseLabel->setPalette(palette);
}

void MainWindow::updateWriteActions() {
    if (auto *newCase = findChild<QAction *>(QStringLiteral("newIncidentAction"))) {
        const core::Decision mayCreate = throughGate(
            m_writeGate, m_services.user ? core::authorize(*m_services.user, core::Action::CreateIncident)
                                         : core::Decision::refuse(tr("Nobody is signed in.")));
        newCase->setEnabled(mayCreate.allowed);
        newCase->setToolTip(mayCreate.allowed ? tr("Open a case for a new alert (or right-click the chart)")
                                              : mayCreate.reason);
    }
    // Undo and redo write too; the stack enables them again as it changes, and nothing changes it
    // while the database is unreachable.
    const bool open = m_writeGate == nullptr || m_writeGate->isOpen();
    for (const auto &[name, possible] :
         {std::pair{"undoAction", m_undoStack->canUndo()}, std::pair{"redoAction", m_undoStack->canRedo()}}) {
        if (auto *action = findChild<QAction *>(QLatin1String(name))) {
            action->setEnabled(possible && open);
            action->setToolTip(open ? QString() : m_writeGate->reason());
        }
    }
    updateHandoverActions();
}

} // namespace marsa::app
