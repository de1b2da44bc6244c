// The exercise's AIS on every console (docs/exercises.md): a trainee's console, with no trainer
// view anywhere, shows the scenario's ships moving; the journal holds each exercise line once with
// two consoles running. An exercise made from a replay window: its copied lines draw the ships,
// its alert reaches the trainee, and marsa-cli makes one with --replay and --incident.

#include "../replay/window_ops.h"
#include "app_fixture.h"
#include "exercise_cli_fixture.h"
#include "exercise_console_fixture.h"

#include "app/exercise_messages_panel.h"
#include "app/exercise_session.h"
#include "app/feed_status_label.h"
#include "app/replay_bar.h"
#include "app/replay_dialog.h"
#include "app/trainer_view.h"
#include "app/vessel_console.h"
#include "replay/exercise_clock.h"
#include "replay/exercise_traffic.h"
#include "replay/scenario_from_window.h"
#include "storage/exercise.h"
#include "storage/exercise_traffic.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace marsa;

namespace {

const QDateTime kTZero(QDate(2026, 11, 23), QTime(1, 40, 0), Qt::UTC);
constexpr std::uint32_t kAralTrader = 636021457;

bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

using test::ExerciseConsole;
using test::shoot;

std::int64_t exerciseLines(const storage::Database &database, bool distinct) {
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(
        distinct ? QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT time_ms, payload FROM "
                                  "journal WHERE kind = 1 AND source = 65520) AS lines")
                 : QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 1 AND source = 65520")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("A trainee's console shows the exercise's ships without a trainer view, journalled once",
          "[exercise]") {
    test::Console ops;
    const QString path = ops.folder.filePath(QStringLiteral("drill.sqlite"));
    QFile file(QStringLiteral(MARSA_SCENARIO_DIR "/zuwara-night.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    storage::ExerciseScript script;
    script.scenarioText = QString::fromUtf8(file.readAll());
    script.startUtc = kTZero;
    REQUIRE(storage::createExerciseDatabase(*ops.database, path, QStringLiteral("Zuwara night"), script));
    ops.window.reset();
    test::FixedClock wall;
    ExerciseConsole trainer(path, kTZero, *ops.srrs, wall, QStringLiteral("trainer"),
                            ops.folder.filePath(QStringLiteral("t.ini")));
    ExerciseConsole trainee(path, kTZero, *ops.srrs, wall, QStringLiteral("cg.officer"),
                            ops.folder.filePath(QStringLiteral("o.ini")));
    CHECK(trainer.window->trainerView() == nullptr);

    // The trainer starts the exercise (no trainer view open anywhere); both consoles tick.
    REQUIRE(trainer.session().start().isEmpty());
    trainee.session().refresh();
    REQUIRE(waitFor([&] { return trainee.target(kAralTrader) != nullptr; }));
    const core::LiveTarget first = *trainee.target(kAralTrader);
    CHECK(first.position.timeMs == kTZero.toMSecsSinceEpoch());
    // Each console plays it into its own picture; one of them records it.
    REQUIRE(waitFor([&] { return trainer.target(kAralTrader) != nullptr; }));
    CHECK(trainer.window->vessels().recordsExerciseTraffic() !=
          trainee.window->vessels().recordsExerciseTraffic());

    // Thirty seconds on: the tanker has moved on the trainee's chart.
    for (int i = 0; i < 30; ++i) {
        wall.now = wall.now.addSecs(1);
        trainer.session().refresh();
        trainee.session().refresh();
    }
    REQUIRE(waitFor([&] {
        return trainee.target(kAralTrader)->position.timeMs == kTZero.addSecs(30).toMSecsSinceEpoch();
    }));
    const core::LiveTarget moved = *trainee.target(kAralTrader);
    CHECK(moved.position.lon != first.position.lon);
    CHECK(moved.statics.name == QLatin1String("ARAL TRADER"));

    // The feed is named wherever feeds are listed.
    const QList<feeds::FeedStatus> feeds = trainee.window->vessels().feedStatus();
    REQUIRE_FALSE(feeds.isEmpty());
    CHECK(feeds.back().name == QLatin1String("Exercise traffic"));
    CHECK(feeds.back().lines > 0);
    auto *label = trainee.window->findChild<app::FeedStatusLabel *>(QStringLiteral("feedStatusLabel"));
    REQUIRE(label != nullptr);
    CHECK(label->toolTip().contains(QStringLiteral("Exercise traffic")));

    // The journal holds each line once, whichever console wrote it: T+0 to T+00:00:30, four
    // vessels a report every 10 s, and the first statics.
    REQUIRE(waitFor([&] { return exerciseLines(*trainee.database, false) >= 3 * 4; }));
    QTest::qWait(1500); // the recorder's writer commits within a second
    const std::int64_t journalled = exerciseLines(*trainee.database, false);
    CHECK(journalled == exerciseLines(*trainee.database, true));
    CHECK(journalled >= 3 * 4);
    shoot(*trainee.window, "exercise-trainee-traffic.png");
}

TEST_CASE("An exercise from a replay window: the copied lines draw the ship, the alert reaches the trainee",
          "[exercise]") {
    test::Console ops;
    ops.window.reset();
    QTemporaryDir folder;
    auto operational = storage::Database::open(folder.filePath(QStringLiteral("ops.sqlite")));
    REQUIRE(operational);
    const test::WindowJournal journal = test::writeWindowJournal(operational.value());
    const QString path = folder.filePath(QStringLiteral("window.sqlite"));
    auto made = replay::createWindowExercise(operational.value(), path, QStringLiteral("Night of 10 March"),
                                             test::kWindowFrom.toMSecsSinceEpoch(),
                                             test::kWindowTo.toMSecsSinceEpoch());
    INFO((made ? QString() : made.errorMessage()).toStdString());
    REQUIRE(made);
    test::FixedClock wall;
    ExerciseConsole trainer(path, test::kWindowFrom, *ops.srrs, wall, QStringLiteral("trainer"),
                            folder.filePath(QStringLiteral("t.ini")));
    ExerciseConsole trainee(path, test::kWindowFrom, *ops.srrs, wall, QStringLiteral("cg.officer"),
                            folder.filePath(QStringLiteral("o.ini")));
    auto opened = trainer.window->openTrainerView();
    INFO((opened ? QString() : opened.errorMessage()).toStdString());
    REQUIRE(opened);
    app::TrainerView &view = *opened.value();
    view.findChild<QPushButton *>(QStringLiteral("startExercise"))->click();
    trainee.session().refresh();
    REQUIRE(waitFor([&] { return trainee.target(test::kWindowShip) != nullptr; }));
    CHECK(trainee.target(test::kWindowShip)->position.timeMs == test::kWindowFrom.toMSecsSinceEpoch());
    CHECK(trainee.target(test::kWindowShip)->statics.name == QLatin1String("WINDOW TRADER"));

    // Three minutes on (at 60x the trainer would not wait): the alert of 02:03.
    for (int i = 0; i < 18; ++i) {
        wall.now = wall.now.addSecs(10);
        trainer.session().refresh();
        trainee.session().refresh();
    }
    app::ExerciseMessagesPanel &messages = *trainee.window->exerciseMessages();
    bool alerted = false;
    for (int i = 0; i < messages.count(); ++i) {
        alerted = alerted || (messages.shownText(i).contains(QStringLiteral("T+00:03:00")) &&
                              messages.shownText(i).contains(QStringLiteral("Alarm Phone")));
        // The real watch's actions stay the trainer's.
        CHECK_FALSE(messages.shownText(i).contains(QStringLiteral("The real watch")));
    }
    CHECK(alerted);
    REQUIRE(waitFor([&] {
        return trainee.target(test::kWindowShip)->position.timeMs ==
               test::kWindowFrom.addSecs(180).toMSecsSinceEpoch();
    }));
    const geo::LatLon expected = test::windowShipAt(test::kWindowFrom.addSecs(180));
    CHECK(trainee.target(test::kWindowShip)->position.lon == Approx(expected.longitude).margin(1e-5));
    // No operational case came with it: the trainee starts with none.
    QSqlQuery cases(trainee.database->connection());
    REQUIRE(cases.exec(QStringLiteral("SELECT COUNT(*) FROM incidents")));
    REQUIRE(cases.next());
    CHECK(cases.value(0).toInt() == 0);
    QCoreApplication::processEvents();
    shoot(*trainee.window, "exercise-window-trainee.png");
    shoot(view, "exercise-window-trainer-view.png");
    CHECK(journal.caseNumber.text().startsWith(QStringLiteral("LY-2030-")));
}

TEST_CASE("marsa-cli exercise create --replay and --incident make an exercise from a window") {
    const test::CliFolder f;
    const QString ops = f.path("window-ops.sqlite");
    test::WindowJournal journal;
    {
        auto operational = storage::Database::open(ops);
        REQUIRE(operational);
        journal = test::writeWindowJournal(operational.value());
    }
    const test::CliRun byWindow =
        f.cli({QStringLiteral("exercise"), QStringLiteral("create"), QStringLiteral("--from"), ops,
               QStringLiteral("--to"), f.path("window.sqlite"), QStringLiteral("--name"),
               QStringLiteral("Night"), QStringLiteral("--replay"), QStringLiteral("2030-03-10T02:00:00Z"),
               QStringLiteral("2030-03-10T03:30:00Z")});
    INFO(byWindow.err.toStdString());
    REQUIRE(byWindow.exitCode == 0);
    CHECK(byWindow.out.contains(QStringLiteral("exercise_traffic")));
    CHECK(byWindow.out.contains(QStringLiteral("alerts: 1;")));
    auto exercise = storage::Database::open(f.path("window.sqlite"));
    REQUIRE(exercise);
    CHECK(storage::ExerciseTraffic(exercise.value()).count().value() > 500);

    const test::CliRun byCase =
        f.cli({QStringLiteral("exercise"), QStringLiteral("create"), QStringLiteral("--from"), ops,
               QStringLiteral("--to"), f.path("case.sqlite"), QStringLiteral("--name"),
               QStringLiteral("Case"), QStringLiteral("--incident"), journal.caseNumber.text()});
    INFO(byCase.err.toStdString());
    REQUIRE(byCase.exitCode == 0);
    CHECK(byCase.out.contains(QStringLiteral("T+0 at 2030-03-10T02:03:00")));

    // Refusals write nothing: a window in which no case starts, and two ways at once.
    const test::CliRun none =
        f.cli({QStringLiteral("exercise"), QStringLiteral("create"), QStringLiteral("--from"), ops,
               QStringLiteral("--to"), f.path("none.sqlite"), QStringLiteral("--name"),
               QStringLiteral("None"), QStringLiteral("--replay"), QStringLiteral("2030-03-10T02:00:00Z"),
               QStringLiteral("2030-03-10T02:02:00Z")});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("No case starts")));
    CHECK_FALSE(QFile::exists(f.path("none.sqlite")));
    const test::CliRun both =
        f.cli({QStringLiteral("exercise"), QStringLiteral("create"), QStringLiteral("--from"), ops,
               QStringLiteral("--to"), f.path("both.sqlite"), QStringLiteral("--name"),
               QStringLiteral("Both"), QStringLiteral("--incident"), journal.caseNumber.text(),
               QStringLiteral("--scenario"), QStringLiteral("zuwara-night")});
    CHECK(both.exitCode == 2);
    CHECK_FALSE(QFile::exists(f.path("both.sqlite")));
}

TEST_CASE("The replay bar makes an exercise from its window, for a trainer only", "[exercise]") {
    QTemporaryDir folder;
    const QString opsPath = folder.filePath(QStringLiteral("ops.sqlite"));
    test::Console trainer(QStringLiteral("trainer"), opsPath);
    const test::WindowJournal journal = test::writeWindowJournal(*trainer.database, false);
    app::ReplayRequest request;
    request.fromMs = test::kWindowFrom.toMSecsSinceEpoch();
    request.toMs = test::kWindowTo.toMSecsSinceEpoch();
    REQUIRE(trainer.window->startReplay(request));
    REQUIRE(trainer.window->replayBar() != nullptr);
    CHECK(trainer.window->replayBar()->findChild<QAction *>(QStringLiteral("exerciseFromWindowAction")) !=
          nullptr);
    const QString path = folder.filePath(QStringLiteral("EXERCISE-window.sqlite"));
    auto made = trainer.window->makeExerciseFromWindow(path, QStringLiteral("Night of 10 March"));
    INFO((made ? QString() : made.errorMessage()).toStdString());
    REQUIRE(made);
    CHECK(made.value().contains(QStringLiteral("Alerts: 1;")));
    auto exercise = storage::Database::open(path);
    REQUIRE(exercise);
    CHECK(exercise->isExercise());
    CHECK(storage::ExerciseTraffic(exercise.value()).count().value() > 500);
    // Made again into the same file: refused, the first left as it is.
    CHECK_FALSE(trainer.window->makeExerciseFromWindow(path, QStringLiteral("Again")));
    trainer.window->leaveReplay();

    test::Console officer(QStringLiteral("cg.officer"), folder.filePath(QStringLiteral("other.sqlite")));
    test::writeWindowJournal(*officer.database, false);
    REQUIRE(officer.window->startReplay(request));
    CHECK(officer.window->replayBar()->findChild<QAction *>(QStringLiteral("exerciseFromWindowAction")) ==
          nullptr);
    CHECK(journal.caseNumber.year == 2030);
}
