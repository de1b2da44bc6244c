// The main window's handovers: "New disembarkation…" for the selected case and the handover windows.

#include "app/main_window.h"

#include "app/disembarkations_panel.h"
#include "app/handover_dialog.h"
#include "app/handover_print.h"
#include "app/incident_detail.h"
#include "app/new_disembarkation_dialog.h"
#include "app/write_gate.h"
#include "core/handover_rules.h"
#include "storage/disembarkation_service.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace marsa::app {

void MainWindow::createHandoverActions() {
    // Double-click, Enter or Open in the Disembarkations panel opens the handover window.
    connect(m_disembarkationsPanel, &DisembarkationsPanel::openRequested, this, &MainWindow::openHandover);
    // The Incident menu is the one that holds "New case…".
    QMenu *incidentMenu = nullptr;
    for (QAction *entry : menuBar()->actions()) {
        if (QMenu *menu = entry->menu()) {
            const auto actions = menu->actions();
            if (std::any_of(actions.begin(), actions.end(), [](const QAction *a) {
                    return a->objectName() == QLatin1String("newIncidentAction");
                })) {
                incidentMenu = menu;
            }
        }
    }
    if (incidentMenu == nullptr) {
        return;
    }
    incidentMenu->addSeparator();
    m_newDisembarkation =
        incidentMenu->addAction(tr("New &disembarkation…"), this, &MainWindow::promptNewDisembarkation);
    m_newDisembarkation->setObjectName(QStringLiteral("newDisembarkationAction"));
    updateHandoverActions();
}

void MainWindow::updateHandoverActions() {
    if (m_newDisembarkation == nullptr) {
        return;
    }
    const auto &incident = m_detail->incident();
    core::Decision may = !m_services.user ? core::Decision::refuse(tr("Nobody is signed in."))
                         : !incident ? core::Decision::refuse(tr("Select the case that was disembarked."))
                                     : core::HandoverRules::mayDeclare(*m_services.user, *incident);
    may = throughGate(m_writeGate, may);
    m_newDisembarkation->setEnabled(may.allowed);
    m_newDisembarkation->setToolTip(
        m_replay != nullptr ? replayReadOnlyReason()
        : may.allowed       ? tr("Declare the persons of case %1 brought ashore (step 1 of the handover)")
                            .arg(incident->caseNumber.text())
                      : may.reason);
    m_newDisembarkation->setStatusTip(m_newDisembarkation->toolTip());
}

void MainWindow::promptNewDisembarkation() {
    const auto &incident = m_detail->incident();
    if (!m_services.user || !incident) {
        return;
    }
    const core::Incident theCase = *incident;
    storage::DisembarkationService service(m_services.database, m_services.clock);
    const auto lists = service.lists();
    if (!lists) {
        QMessageBox::warning(this, tr("Disembarkation not declared"), lists.errorMessage());
        return;
    }
    NewDisembarkationDialog dialog(theCase, lists.value(), m_services.clock, m_services.arabic, this);
    while (dialog.exec() == QDialog::Accepted) {
        const auto declared = service.declare(*m_services.user, theCase.id, dialog.declaration());
        if (!declared) {
            QMessageBox::warning(this, tr("Disembarkation not declared"), declared.errorMessage());
            continue; // the officer corrects the entry; nothing was written
        }
        pollChanges();
        Q_EMIT handoverChanged(declared->id);
        openHandover(declared->id);
        return;
    }
}

void MainWindow::openHandover(core::DisembarkationId id) {
    if (!m_services.user) {
        return;
    }
    auto *dialog = new HandoverDialog(m_services.database, m_services.clock, *m_services.user, id,
                                      m_services.arabic, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_writeGate != nullptr) {
        dialog->setWriteGate(m_writeGate);
    }
    dialog->setCautionColour(m_renderer.palette().colour(chart::ColourToken::UINFO));
    connect(dialog, &HandoverDialog::changed, this, [this](core::DisembarkationId changed) {
        pollChanges();
        Q_EMIT handoverChanged(changed);
    });
    connect(dialog, &HandoverDialog::printRequested, this, &MainWindow::handoverPrintRequested);
    // The administrator's lists changed on another console: the forms offer the new entries.
    connect(this, &MainWindow::recordChanged, dialog, [dialog](const QString &kind) {
        if (kind == QStringLiteral("facility")) {
            dialog->refreshLists();
        }
    });
    // Print to PDF…: the A4 form for the paper file, over the handover window.
    connect(dialog, &HandoverDialog::printRequested, dialog, [this, dialog](core::DisembarkationId printed) {
        promptHandoverPdf(dialog, m_services.database, printed);
    });
    dialog->show();
}

} // namespace marsa::app
