#include "app/main_window.h"
#include "chart/chart_palette.h"
#include "core/permissions.h"
#include "storage/change_feed.h"
#include "storage/connection_monitor.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>

namespace marsa::app {

// The connection watched (PostgreSQL: SELECT 1 every 2 s): while it is lost the console says so in
// the status bar, keeps what it shows and refuses new writes; it reconnects by itself, listens
// again and reads what it missed.
void MainWindow::createConnectionMonitor(storage::ChangeListener *changes) {
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    QFont bold = m_databaseLabel->font();
    bold.setBold(true); // the colour is not the only cue (UI.md)
    m_databaseLabel->setFont(bold);
    m_databaseLabel->hide();
    statusBar()->insertPermanentWidget(0, m_databaseLabel);
    updateDatabaseLabelColour();

    auto *monitor = new storage::ConnectionMonitor(m_services.database, this);
    monitor->setObjectName(QStringLiteral("connectionMonitor"));
    connect(monitor, &storage::ConnectionMonitor::restored, changes, &storage::ChangeListener::resubscribe);
    connect(monitor, &storage::ConnectionMonitor::lost, this, [this](const QString &message) {
        m_databaseLost = true;
        m_databaseLabel->setText(tr("Database unreachable — showing the last known state, read-only"));
        m_databaseLabel->setToolTip(message);
        m_databaseLabel->show();
        updateWriteActions();
    });
    connect(monitor, &storage::ConnectionMonitor::restored, this, [this] {
        m_databaseLost = false;
        m_databaseLabel->hide();
        m_databaseLabel->clear();
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
        const bool mayCreate =
            m_services.user && core::authorize(*m_services.user, core::Action::CreateIncident).allowed;
        newCase->setEnabled(mayCreate && !writesBlocked());
        if (m_replay != nullptr) {
            newCase->setToolTip(replayReadOnlyReason());
        } else if (mayCreate) {
            newCase->setToolTip(tr("Open a case for a new alert (or right-click the chart)"));
        }
    }
    updateHandoverActions();
}

} // namespace marsa::app
