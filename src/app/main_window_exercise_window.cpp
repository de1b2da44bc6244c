#include "app/main_window.h"
#include "replay/replay_controller.h"
#include "replay/scenario_from_window.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace marsa::app {

// The replay bar's "Make an exercise from this window…" (docs/exercises.md, "An exercise from a
// replay window"): the same code as marsa-cli exercise create --replay, on the replayed window.

core::Result<QString> MainWindow::makeExerciseFromWindow(const QString &path, const QString &name) {
    if (m_replay == nullptr) {
        return core::Error{tr("Start a replay first: the exercise is made from its window.")};
    }
    auto made =
        replay::createWindowExercise(m_services.database, path, name, m_replay->fromMs(), m_replay->toMs());
    if (!made) {
        return made.error();
    }
    std::int64_t lines = 0;
    for (const storage::ExerciseCopy &copy : made->report.tables) {
        lines = copy.table == QLatin1String("exercise_traffic") ? copy.rows : lines;
    }
    spdlog::info("exercise {} made from the replay window", made->report.path.toStdString());
    return tr("The exercise \"%1\" is in %2. Alerts: %3; notes of the real watch for the trainer: %4; "
              "received lines: %5. Open it with marsa --db, or copy it to PostgreSQL with marsa-cli db copy.")
        .arg(name.trimmed(), made->report.path)
        .arg(made->scenario.cases.size())
        .arg(made->scenario.injects.size())
        .arg(lines);
}

void MainWindow::promptExerciseFromWindow() {
    if (m_replay == nullptr) {
        return;
    }
    const QString title = tr("Make an exercise from this window");
    const QString from =
        QDateTime::fromMSecsSinceEpoch(m_replay->fromMs(), Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString path = QFileDialog::getSaveFileName(
        this, title, QDir::home().filePath(QStringLiteral("EXERCISE-%1.sqlite").arg(from)),
        tr("Exercise databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    bool accepted = false;
    const QString name = QInputDialog::getText(
        this, title, tr("The exercise's name, shown on every console:"), QLineEdit::Normal, {}, &accepted);
    if (!accepted) {
        return;
    }
    auto made = makeExerciseFromWindow(path, name);
    if (made) {
        QMessageBox::information(this, title, made.value());
    } else {
        QMessageBox::warning(this, title, made.errorMessage());
    }
}

} // namespace marsa::app
