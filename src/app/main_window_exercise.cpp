#include "app/exercise_banner.h"
#include "app/main_window.h"
#include "storage/database.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>

namespace marsa::app {

// An exercise database (storage/exercise.h) changes the console's look so that it can never be
// taken for the operational one: a banner across the top, the window title, a tinted palette and
// "Exercise" in the status bar (docs/exercises.md). Before the toolbars, so the banner has the
// top row to itself.
void MainWindow::createExerciseBanner() {
    if (!m_services.database.isExercise()) {
        return;
    }
    const QString name = m_services.database.exerciseName();
    setWindowTitle(tr("EXERCISE — %1 — Marsa").arg(name));
    m_exerciseBanner = new ExerciseBanner(name, this);
    addToolBar(Qt::TopToolBarArea, m_exerciseBanner);
    addToolBarBreak(Qt::TopToolBarArea);
}

void MainWindow::createExerciseStatus() {
    if (m_exerciseBanner == nullptr) {
        return;
    }
    m_exerciseStatus = new QLabel(tr("Exercise"), this);
    m_exerciseStatus->setObjectName(QStringLiteral("exerciseStatusLabel"));
    m_exerciseStatus->setToolTip(tr("This console works in the exercise \"%1\": nothing here is operational.")
                                     .arg(m_services.database.exerciseName()));
    QFont bold = m_exerciseStatus->font();
    bold.setBold(true);
    m_exerciseStatus->setFont(bold);
    m_exerciseStatus->setAutoFillBackground(true);
    m_exerciseStatus->setContentsMargins(6, 0, 6, 0);
    statusBar()->insertPermanentWidget(0, m_exerciseStatus);
    updateExerciseColours();
}

// After the panels and toolbars are restored: a layout saved elsewhere never hides the banner.
void MainWindow::showExerciseBanner() {
    if (m_exerciseBanner == nullptr) {
        return;
    }
    if (toolBarArea(m_exerciseBanner) != Qt::TopToolBarArea) {
        addToolBar(Qt::TopToolBarArea, m_exerciseBanner);
    }
    m_exerciseBanner->show();
}

void MainWindow::updateExerciseColours() {
    if (m_exerciseBanner == nullptr) {
        return;
    }
    QApplication::setPalette(exerciseWidgetPalette(m_renderer.palette()));
    m_exerciseBanner->setPaletteMode(paletteMode());
    if (m_exerciseStatus != nullptr) {
        const ExerciseColours colours = exerciseColours(paletteMode());
        QPalette palette = m_exerciseStatus->palette();
        palette.setColor(QPalette::Window, colours.banner);
        palette.setColor(QPalette::WindowText, colours.bannerText);
        m_exerciseStatus->setPalette(palette);
    }
}

} // namespace marsa::app
