#include "app/chart_canvas.h"
#include "app/exercise_banner.h"
#include "app/exercise_messages_panel.h"
#include "app/exercise_session.h"
#include "app/main_window.h"
#include "app/new_incident_dialog.h"
#include "app/trainer_truth.h"
#include "app/trainer_view.h"
#include "app/vessel_console.h"
#include "app/write_gate.h"
#include "core/bidi.h"
#include "replay/exercise_clock.h"
#include "replay/exercise_director.h"
#include "replay/exercise_traffic.h"
#include "storage/database.h"
#include "storage/exercise_traffic.h"
#include "storage/place_repository.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUuid>

#include <spdlog/spdlog.h>

namespace marsa::app {
namespace {

std::map<QString, geo::LatLon> placesOf(const storage::Database &database) {
    std::map<QString, geo::LatLon> places;
    if (auto stored = storage::PlaceRepository(database.connection()).all()) {
        for (const core::Place &place : stored.value()) {
            places[place.key] = geo::LatLon{place.latitude, place.longitude};
        }
    }
    return places;
}

} // namespace

// A scenario exercise (docs/exercises.md, "Running a scenario"): the shared run state and the
// exercise's messages, followed every second; the Exercise messages panel; the clock tagged
// EXERCISE; Tools → Trainer view… for the trainer.

void MainWindow::createTrainerAction(QMenu *tools) {
    QAction *trainer = tools->addAction(tr("&Trainer view…"), this, &MainWindow::promptTrainerView);
    trainer->setObjectName(QStringLiteral("trainerViewAction"));
    trainer->setToolTip(tr("Run the exercise's scenario: its clock, its timeline and its injects"));
}

void MainWindow::createExerciseRun() {
    if (m_services.exerciseClock == nullptr) {
        return;
    }
    m_exerciseSession = new ExerciseSession(m_services.database, *m_services.exerciseClock, this);
    m_exerciseMessages =
        new ExerciseMessagesPanel(m_services.exerciseClock->startUtc().toMSecsSinceEpoch(), this);
    auto *dock = new QDockWidget(tr("Exercise messages"), this);
    dock->setObjectName(QStringLiteral("exerciseMessagesDock"));
    dock->setWidget(m_exerciseMessages);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_panelsMenu->addAction(dock->toggleViewAction());
    resizeDocks({dock}, {fontMetrics().lineSpacing() * 18}, Qt::Vertical); // room for a few messages

    m_exerciseClockTag->setText(tr("EXERCISE"));
    m_exerciseClockTag->setObjectName(QStringLiteral("exerciseClockTag"));
    m_exerciseClockTag->setToolTip(tr("The clock shows the exercise's time, not the present"));
    QFont bold = m_exerciseClockTag->font();
    bold.setBold(true);
    m_exerciseClockTag->setFont(bold);
    m_exerciseClockTag->setAutoFillBackground(true);
    m_exerciseClockTag->setContentsMargins(6, 0, 6, 0);

    connect(m_exerciseSession, &ExerciseSession::messagesArrived, m_exerciseMessages,
            &ExerciseMessagesPanel::addMessages);
    connect(m_exerciseMessages, &ExerciseMessagesPanel::alertArrived, this, [this](const QString &text) {
        statusBar()->showMessage(tr("New exercise alert: %1").arg(text), 30'000);
        QApplication::beep();
    });
    connect(m_exerciseMessages, &ExerciseMessagesPanel::newCaseRequested, this,
            &MainWindow::promptNewIncidentFromAlert);
    connect(m_exerciseSession, &ExerciseSession::runChanged, this, [this] { showExerciseRun(); });
    connect(m_exerciseSession, &ExerciseSession::ticked, this, [this] { showExerciseRun(); });
    // The exercise's AIS on every console, as its clock moves; recorded by one of them.
    if (auto traffic = replay::ExerciseTraffic::create(m_services.database, *m_services.exerciseClock,
                                                       placesOf(m_services.database))) {
        m_vessels->startExerciseTraffic(std::move(traffic.value()),
                                        std::make_unique<storage::ExerciseRecorderLease>(
                                            m_services.database, m_services.exerciseClock->wall(),
                                            QUuid::createUuid().toString(QUuid::WithoutBraces)));
        connect(m_exerciseSession, &ExerciseSession::ticked, m_vessels, &VesselConsole::tickExerciseTraffic);
    } else {
        spdlog::error("exercise traffic: {}", traffic.errorMessage().toStdString());
    }
    if (m_writeGate != nullptr) {
        connect(m_writeGate, &WriteGate::changed, this,
                [this] { m_exerciseMessages->setWritable(m_writeGate->isOpen()); });
    }
    m_exerciseMessages->addMessages(m_exerciseSession->messages());
    showExerciseRun();
}

// The status bar's clock in exercise time, "T+00:12:00 · 2026-11-23 01:52:00 UTC", tagged
// EXERCISE in the exercise's magenta, and where the exercise stands in the banner.
void MainWindow::showExerciseRun() {
    const replay::ExerciseClock &clock = *m_services.exerciseClock;
    m_clockLabel->setText(core::isolated(replay::ExerciseClock::offsetText(clock.elapsedSeconds())) +
                          QStringLiteral("  ") +
                          core::isolated(clock.nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) +
                          QStringLiteral(" UTC"));
    const ExerciseColours colours = exerciseColours(paletteMode());
    QPalette tag = m_exerciseClockTag->palette();
    tag.setColor(QPalette::Window, colours.banner);
    tag.setColor(QPalette::WindowText, colours.bannerText);
    m_exerciseClockTag->setPalette(tag);
    const storage::ExerciseState state = clock.run().state;
    m_exerciseClockTag->setText(state == storage::ExerciseState::Running
                                    ? tr("EXERCISE")
                                    : tr("EXERCISE — %1").arg(storage::exerciseStateName(state).toLower()));
    if (m_exerciseBanner != nullptr) {
        m_exerciseBanner->setRunState(
            state == storage::ExerciseState::Running ? QString() : storage::exerciseStateName(state));
    }
}

core::Result<TrainerView *> MainWindow::openTrainerView() {
    if (!m_services.user || (m_services.user->role != core::Role::Trainer &&
                             m_services.user->role != core::Role::Administrator)) {
        return core::Error{tr("The trainer view is for trainers and administrators: the trainees work the "
                              "exercise as officers and never see its script.")};
    }
    if (m_exerciseSession == nullptr) {
        return core::Error{
            tr("This database is not an exercise with a scenario: the trainer view runs only on "
               "an exercise made with marsa-cli exercise create --scenario.")};
    }
    if (m_trainerView != nullptr) {
        m_trainerView->raise();
        m_trainerView->activateWindow();
        return m_trainerView;
    }
    auto director = replay::ExerciseDirector::create(m_services.database, *m_services.exerciseClock);
    if (!director) {
        return director.error();
    }
    m_trainerView = new TrainerView(*m_exerciseSession, std::move(director.value()), m_writeGate, this);
    connect(m_trainerView, &QObject::destroyed, this, [this] { m_trainerView = nullptr; });
    // The trainer's chart shows where the boats truly are, for as long as the view is open.
    auto *truth = new TrainerTruth(*m_exerciseSession, m_trainerView->director().scenario(),
                                   m_services.layers, m_trainerView);
    connect(truth, &TrainerTruth::changed, m_canvas, [this] { m_canvas->update(); });
    connect(m_trainerView, &QDialog::finished, truth, &TrainerTruth::withdraw);
    m_trainerView->show();
    spdlog::info("trainer view opened");
    return m_trainerView;
}

void MainWindow::promptTrainerView() {
    if (auto opened = openTrainerView(); !opened) {
        QMessageBox::information(this, tr("Trainer view"), opened.errorMessage());
    }
}

TrainerView *MainWindow::trainerView() const {
    return m_trainerView;
}

void MainWindow::promptNewIncidentFromAlert(const storage::ExerciseMessage &alert) {
    const auto fields = ExerciseMessagesPanel::alertOf(alert);
    if (!m_services.user || !fields) {
        return;
    }
    NewIncidentDialog dialog(m_services.srrs, m_land.get(), *m_services.user,
                             QDateTime::fromMSecsSinceEpoch(alert.timeMs, Qt::UTC), fields->position, this);
    dialog.prefill(*fields);
    runNewIncidentDialog(dialog);
}

} // namespace marsa::app
