#include "app/debrief_dialog.h"
#include "app/main_window.h"
#include "replay/debrief_records.h"
#include "storage/database.h"
#include "storage/exercise.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace marsa::app {

// Tools → Debrief… (docs/exercises.md, "Debrief"): on an exercise database that runs a scenario,
// for the trainer, a supervisor or an administrator; greyed otherwise, with the reason.
void MainWindow::createDebriefAction(QMenu *tools) {
    QAction *debrief = tools->addAction(tr("&Debrief…"), this, &MainWindow::showDebrief);
    debrief->setObjectName(QStringLiteral("debriefAction"));
    const auto script = storage::exerciseScriptOf(m_services.database.connection());
    const bool scripted = m_services.database.isExercise() && script && script.value().has_value();
    const bool role = !m_services.user || m_services.user->role == core::Role::Trainer ||
                      m_services.user->role == core::Role::Supervisor ||
                      m_services.user->role == core::Role::Administrator;
    debrief->setEnabled(scripted && role);
    if (!scripted) {
        debrief->setToolTip(tr("A debrief is made from an exercise database that runs a scenario"));
    } else if (!role) {
        debrief->setToolTip(tr("The debrief is for the trainer, a supervisor or an administrator"));
    } else {
        debrief->setToolTip(tr("The trainees' records measured against the scenario: times, units, "
                               "handovers and the timeline"));
    }
}

void MainWindow::showDebrief() {
    QString name;
    auto debrief = replay::debriefOf(m_services.database, &name);
    if (!debrief) {
        QMessageBox::warning(this, tr("Debrief"), debrief.errorMessage());
        return;
    }
    auto *dialog =
        new DebriefDialog(std::move(debrief.value()), name, m_renderer.palette(), m_services.arabic, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace marsa::app
