#include "app_fixture.h"
#include "replay_journal.h"

#include "app/disembarkations_panel.h"
#include "app/incident_detail.h"
#include "app/incidents_panel.h"
#include "app/replay_bar.h"
#include "app/replay_dialog.h"
#include "app/vessel_console.h"
#include "app/vessels_panel.h"
#include "models/incident_table_model.h"
#include "models/vessel_table_model.h"
#include "replay/replay_controller.h"
#include "replay/replay_state.h"
#include "storage/incident_service.h"
#include "storage/track_store.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace marsa;

namespace {

constexpr std::uint32_t kHeardLive = 247'000'001;

// The phase the Incidents panel shows for a case; none when it is not listed.
std::optional<core::EmergencyPhase> shownPhase(app::IncidentsPanel &panel, core::IncidentId id) {
    for (int row = 0; row < panel.model().rowCount(); ++row) {
        if (panel.model().row(row)->incident.id == id) {
            return panel.model().row(row)->incident.phase;
        }
    }
    return std::nullopt;
}

QAction *action(app::MainWindow &window, const char *name) {
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

void saveShot(app::MainWindow &window, const QString &name) {
    if (const QByteArray dir = qgetenv("MARSA_SCREENSHOTS"); !dir.isEmpty()) {
        QCoreApplication::processEvents();
        window.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
    }
}

// A console that has heard one vessel a minute ago (stored, as the feed stores it), with a
// journal of traffic and a case to replay.
struct ReplayConsole {
    test::Console console;
    test::ReplayJournal run;
    ReplayConsole() {
        core::VesselPosition heard;
        heard.mmsi = kHeardLive;
        heard.timeMs = console.clock.now.toMSecsSinceEpoch() - 60'000;
        heard.lat = 33.2;
        heard.lon = 12.5;
        heard.messageType = 1;
        REQUIRE(storage::TrackStore(*console.database).appendPositions(std::vector{heard}));
        run = test::writeReplayJournal(*console.database);
        console.open();
        console.window->resize(1600, 1000);
        REQUIRE(console.window->vessels().targets().find(kHeardLive) != nullptr);
    }
    app::ReplayRequest thisCase() {
        auto incident = storage::IncidentService(*console.database, console.clock).find(run.caseId);
        REQUIRE(incident);
        app::ReplayRequest request;
        request.incident = incident.value();
        return request;
    }
};

} // namespace

TEST_CASE("Replay in the console shows the vessels and the case as they were, read-only, then live again") {
    ReplayConsole fixture;
    app::MainWindow &window = *fixture.console.window;
    const test::ReplayJournal &run = fixture.run;
    app::IncidentsPanel &incidents = window.incidentsPanel();
    const int liveCases = incidents.model().rowCount();
    const std::size_t liveVessels = window.vessels().targets().size();
    auto *clockLabel = window.findChild<QLabel *>(QStringLiteral("clockLabel"));
    auto *replayLabel = window.findChild<QLabel *>(QStringLiteral("replayLabel"));
    REQUIRE(clockLabel != nullptr);
    REQUIRE(replayLabel != nullptr);
    CHECK(replayLabel->isHidden());
    REQUIRE(action(window, "newIncidentAction")->isEnabled());

    REQUIRE(window.startReplay(fixture.thisCase()));
    REQUIRE(window.isReplaying());
    replay::ReplayController &controller = *window.replayController();
    CHECK(controller.fromMs() < run.changesMs[0]); // the first alert
    CHECK(controller.toMs() == run.changesMs[2]);
    app::ReplayBar *bar = window.replayBar();
    REQUIRE(bar != nullptr);
    CHECK(bar->timeline().events().size() == 3);

    // Seek by the controller, by dragging the timeline and by stepping to the next event.
    auto seekOnTimeline = [bar](std::int64_t atMs) {
        app::ReplayTimeline &timeline = bar->timeline();
        timeline.setSliderPosition(static_cast<int>((atMs - timeline.instantAt(0)) / 1000));
        timeline.triggerAction(QAbstractSlider::SliderMove);
    };
    struct Instant {
        std::int64_t atMs;
        std::function<void()> go;
        core::EmergencyPhase phase;
    };
    const std::int64_t afterDistress = run.changesMs[1] + 45'000;
    // The timeline counts whole seconds from the window's start.
    const std::int64_t beforeDistress = controller.fromMs() + 180'000;
    const std::vector<Instant> instants{
        {afterDistress, [&] { controller.seek(afterDistress); }, core::EmergencyPhase::Distress},
        {beforeDistress, [&] { seekOnTimeline(beforeDistress); }, core::EmergencyPhase::Alert},
        {run.changesMs[1], [&] { bar->nextEventAction().trigger(); }, core::EmergencyPhase::Distress},
    };
    for (const Instant &instant : instants) {
        INFO("second " << (instant.atMs - run.startMs) / 1000 << " of the journal");
        instant.go();
        QCoreApplication::processEvents();
        REQUIRE(controller.nowMs() == instant.atMs);
        auto expected = replay::stateAt(fixture.console.database->connection(), instant.atMs,
                                        window.vessels().targets().settings());
        REQUIRE(expected);
        const core::LiveTargets &shown = window.vessels().targets();
        CHECK(shown.size() == expected->targets.size());
        CHECK(shown.size() > 10);
        for (const core::LiveTarget &target : expected->targets.targets()) {
            const core::LiveTarget *mine = shown.find(target.mmsi);
            REQUIRE(mine != nullptr);
            CHECK(mine->position.lat == target.position.lat);
            CHECK(mine->position.lon == target.position.lon);
            CHECK(mine->state == target.state);
        }
        CHECK(shown.find(kHeardLive) == nullptr); // the live vessel is not in the past
        CHECK(window.vessels().panel().model().rowCount() == static_cast<int>(expected->targets.size()));
        REQUIRE(expected->cases.size() >= 1);
        CHECK(shownPhase(incidents, run.caseId) == instant.phase);
        CHECK(incidents.model().rowCount() == static_cast<int>(expected->cases.size()));
        // The case form shows the selected case as it stood, its timeline up to the instant.
        REQUIRE(incidents.selectIncident(run.caseId));
        QCoreApplication::processEvents();
        const app::IncidentDetail &detail = window.incidentDetail();
        REQUIRE(detail.incident().has_value());
        CHECK(detail.incident()->phase == instant.phase);
        CHECK(detail.replayedInstant() == QDateTime::fromMSecsSinceEpoch(instant.atMs, Qt::UTC));
        const auto *timeline = detail.findChild<QTreeWidget *>(QStringLiteral("timeline"));
        REQUIRE(timeline != nullptr);
        const int shownEvents = timeline->topLevelItemCount();
        const int happened = static_cast<int>(std::count_if(
            run.changesMs.begin(), run.changesMs.end(), [&](std::int64_t at) { return at <= instant.atMs; }));
        CHECK(shownEvents == happened);
        CHECK(detail.findChild<QPushButton *>(QStringLiteral("phaseButton")) != nullptr);
        CHECK_FALSE(detail.findChild<QPushButton *>(QStringLiteral("phaseButton"))->isEnabled());
        CHECK(clockLabel->text().contains(
            QDateTime::fromMSecsSinceEpoch(instant.atMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss"))));
    }

    // Read-only: every write is greyed and says why.
    const QString why = app::MainWindow::replayReadOnlyReason();
    CHECK_FALSE(action(window, "newIncidentAction")->isEnabled());
    CHECK(action(window, "newIncidentAction")->toolTip() == why);
    CHECK_FALSE(action(window, "undoAction")->isEnabled());
    CHECK_FALSE(action(window, "replayAction")->isEnabled());
    CHECK(window.incidentDetail().incident().has_value()); // read-only through the write gate
    CHECK_FALSE(window.disembarkationsPanel().isEnabled());
    CHECK_FALSE(window.findChild<QTableView *>(QStringLiteral("caseEventsView"))->isEnabled());
    CHECK(replayLabel->isVisible());
    CHECK(replayLabel->text() == QStringLiteral("REPLAY"));
    CHECK(clockLabel->palette().color(QPalette::WindowText) != window.palette().color(QPalette::WindowText));

    // A batch from the feeds meanwhile is stored, not shown.
    auto batch = std::make_shared<feeds::TargetBatch>();
    core::VesselPosition now;
    now.mmsi = 247'000'002;
    now.timeMs = fixture.console.clock.now.toMSecsSinceEpoch();
    now.lat = 33.3;
    now.lon = 12.6;
    now.messageType = 1;
    batch->positions.push_back(now);
    window.vessels().applyBatch(batch);
    CHECK(window.vessels().targets().find(247'000'002) == nullptr);

    controller.seek(run.changesMs[2] - 30'000);
    // Ages count to the replayed instant, not to the present.
    auto ageOfFirstRow = [&incidents] {
        return incidents.model()
            .data(incidents.model().index(0, models::IncidentTableModel::AgeColumn),
                  models::IncidentTableModel::SortRole)
            .toLongLong();
    };
    REQUIRE(incidents.model().rowCount() > 0);
    CHECK(ageOfFirstRow() == incidents.model().row(0)->incident.firstAlertUtc.secsTo(
                                 QDateTime::fromMSecsSinceEpoch(controller.nowMs(), Qt::UTC)));
    window.vessels().panel().view().selectRow(0);
    saveShot(window, QStringLiteral("replay-day.png"));
    window.setPaletteMode(chart::PaletteMode::Night);
    saveShot(window, QStringLiteral("replay-night.png"));
    CHECK(replayLabel->palette().color(QPalette::Window).value() < 200); // dimmed at night
    window.setPaletteMode(chart::PaletteMode::Day);

    // Leave: the live table, the live cases, the writes and the wall clock come back.
    bar->leaveAction().trigger();
    QCoreApplication::processEvents();
    CHECK_FALSE(window.isReplaying());
    CHECK(window.replayBar() == nullptr);
    CHECK(window.vessels().targets().find(kHeardLive) != nullptr);
    CHECK(window.vessels().targets().size() == liveVessels);
    CHECK(incidents.model().rowCount() == liveCases);
    CHECK(ageOfFirstRow() ==
          incidents.model().row(0)->incident.firstAlertUtc.secsTo(fixture.console.clock.now));
    CHECK(action(window, "newIncidentAction")->isEnabled());
    CHECK(action(window, "replayAction")->isEnabled());
    CHECK(window.incidentDetail().isEnabled());
    CHECK(window.disembarkationsPanel().isEnabled());
    CHECK(replayLabel->isHidden());
    CHECK(clockLabel->text().contains(fixture.console.clock.now.toString(QStringLiteral("HH:mm:ss"))));
    // The feeds are shown again.
    window.vessels().applyBatch(batch);
    CHECK(window.vessels().targets().find(247'000'002) != nullptr);
}

TEST_CASE("A replay window that cannot be played is refused and the console stays live") {
    ReplayConsole fixture;
    app::MainWindow &window = *fixture.console.window;
    app::ReplayRequest reversed;
    reversed.fromMs = fixture.run.endMs;
    reversed.toMs = fixture.run.startMs;
    auto refused = window.startReplay(reversed);
    REQUIRE_FALSE(refused);
    CHECK_FALSE(refused.errorMessage().isEmpty());
    CHECK_FALSE(window.isReplaying());
    CHECK(window.vessels().targets().find(kHeardLive) != nullptr);
    CHECK(action(window, "newIncidentAction")->isEnabled());

    // The dialog asks again for a window that ends before it starts.
    app::ReplayDialog dialog({}, std::pair{fixture.run.startMs, fixture.run.endMs}, &window);
    CHECK(dialog.windowChoice().isChecked()); // no case to choose
    dialog.fromEdit().setDateTime(QDateTime::fromMSecsSinceEpoch(fixture.run.endMs, Qt::UTC));
    dialog.toEdit().setDateTime(QDateTime::fromMSecsSinceEpoch(fixture.run.startMs, Qt::UTC));
    CHECK_FALSE(dialog.request());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("replayProblem"));
    REQUIRE(problem != nullptr);
    CHECK_FALSE(problem->isHidden());
}

TEST_CASE("The console in replay, in Arabic") {
    QTranslator arabic;
    REQUIRE(arabic.load(QStringLiteral(":/i18n/marsa_ar.qm")));
    QCoreApplication::installTranslator(&arabic);
    {
        ReplayConsole fixture;
        app::MainWindow &window = *fixture.console.window;
        REQUIRE(window.startReplay(fixture.thisCase()));
        window.replayController()->seek(fixture.run.changesMs[1] + 60'000);
        CHECK(window.replayBar()->layoutDirection() == Qt::RightToLeft);
        saveShot(window, QStringLiteral("replay-ar.png"));
        window.leaveReplay();
    }
    QCoreApplication::removeTranslator(&arabic);
}
