// A scenario exercise run from the console (docs/exercises.md, "Running a scenario"): the trainer
// starts it from the trainer view, an alert reaches a trainee's Exercise messages and opens a
// case filled from it, a pause stops the clock on both consoles, and End shows "Exercise ended".

#include "app_fixture.h"
#include "exercise_console_fixture.h"
#include "when_shown.h"

#include "app/exercise_banner.h"
#include "app/exercise_messages_panel.h"
#include "app/exercise_session.h"
#include "app/new_incident_dialog.h"
#include "app/trainer_truth.h"
#include "app/trainer_view.h"
#include "chart/scenario_truth_layer.h"
#include "geo/geodesy.h"
#include "replay/drift.h"
#include "replay/exercise_clock.h"
#include "replay/exercise_director.h"
#include "storage/exercise.h"
#include "storage/incident_service.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace marsa;

namespace {

const QDateTime kTZero(QDate(2026, 11, 23), QTime(1, 40, 0), Qt::UTC);

using test::ExerciseConsole;
using test::shoot;

QString scenarioText() {
    QFile file(QStringLiteral(MARSA_SCENARIO_DIR "/zuwara-night.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("A trainer runs a scenario: the alert reaches the trainee, pause stops the clock, End ends it",
          "[exercise]") {
    test::Console ops; // the demonstration database, the operational one
    const QString path = ops.folder.filePath(QStringLiteral("drill.sqlite"));
    storage::ExerciseScript script;
    script.scenarioText = scenarioText();
    script.startUtc = kTZero;
    REQUIRE(storage::createExerciseDatabase(*ops.database, path, QStringLiteral("Zuwara night"), script));
    ops.window.reset();
    test::FixedClock wall; // the wall clock of both consoles, moved by the test
    ExerciseConsole trainer(path, kTZero, *ops.srrs, wall, QStringLiteral("trainer"),
                            ops.folder.filePath(QStringLiteral("t.ini")));
    ExerciseConsole trainee(path, kTZero, *ops.srrs, wall, QStringLiteral("cg.officer"),
                            ops.folder.filePath(QStringLiteral("o.ini")));

    // Only a trainer or an administrator opens the trainer view.
    auto refused = trainee.window->openTrainerView();
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("trainers")));
    CHECK(trainee.bannerText().contains(QStringLiteral("Not started")));
    auto opened = trainer.window->openTrainerView();
    INFO((opened ? QString() : opened.errorMessage()).toStdString());
    REQUIRE(opened);
    app::TrainerView &view = *opened.value();
    CHECK(view.findChild<QPlainTextEdit *>(QStringLiteral("trainerNotes"))
              ->toPlainText()
              .contains(QStringLiteral("Watch for")));

    view.findChild<QPushButton *>(QStringLiteral("startExercise"))->click();
    CHECK(trainer.clock->run().state == storage::ExerciseState::Running);
    CHECK(view.findChild<QLabel *>(QStringLiteral("trainerClock"))
              ->text()
              .contains(QStringLiteral("T+00:00:00")));
    // The T+0 alert, sent by the trainer's director, reaches the trainee's messages.
    trainee.session().refresh();
    app::ExerciseMessagesPanel &messages = *trainee.window->exerciseMessages();
    REQUIRE(messages.count() == 2);
    bool alertShown = false;
    for (int i = 0; i < messages.count(); ++i) {
        const QString shown = messages.shownText(i);
        alertShown = alertShown || (shown.contains(QStringLiteral("T+00:00:00")) &&
                                    shown.contains(QStringLiteral("Alert")) &&
                                    shown.contains(QStringLiteral("Alarm Phone")));
    }
    CHECK(alertShown);
    CHECK(trainee.bannerText() == QStringLiteral("EXERCISE — Zuwara night — not operational"));

    // The trainee opens a case from the alert: the dialog comes filled from it.
    auto *fromAlert =
        trainee.window->exerciseMessages()->findChild<QPushButton *>(QStringLiteral("newCaseFromAlert"));
    REQUIRE(fromAlert != nullptr);
    bool checked = false;
    test::whenShown<app::NewIncidentDialog>([&checked](app::NewIncidentDialog *dialog) {
        CHECK(dialog->findChild<QComboBox *>(QStringLiteral("alertSource"))->currentText() ==
              core::alertSourceName(core::AlertSource::AlarmPhone));
        CHECK(dialog->findChild<QComboBox *>(QStringLiteral("craft"))->currentText() ==
              core::craftName(core::CraftType::RubberBoat));
        CHECK(dialog->findChild<QSpinBox *>(QStringLiteral("pobTotal"))->value() > 0);
        CHECK_FALSE(dialog->findChild<QLineEdit *>(QStringLiteral("position"))->text().isEmpty());
        CHECK_FALSE(dialog->findChild<QLineEdit *>(QStringLiteral("condition"))->text().isEmpty());
        checked = true;
        dialog->accept();
    });
    fromAlert->click();
    CHECK(checked);
    // The case is stamped in exercise time (T+0 here), not the wall clock's.
    auto cases = storage::IncidentService(*trainee.database, *trainee.clock).all();
    REQUIRE(cases);
    REQUIRE(cases->size() == 1);
    CHECK(cases->front().firstAlertUtc == kTZero);

    // Twenty minutes on: the radio call; the trainee's clock says so, tagged EXERCISE.
    wall.now = wall.now.addSecs(20 * 60);
    trainer.session().refresh();
    trainee.session().refresh();
    CHECK(trainee.window->findChild<QLabel *>(QStringLiteral("clockLabel"))
              ->text()
              .contains(QStringLiteral("T+00:20:00")));
    CHECK(trainee.window->findChild<QLabel *>(QStringLiteral("exerciseClockTag"))->text() ==
          QStringLiteral("EXERCISE"));
    CHECK(messages.shownText(0).contains(QStringLiteral("T+00:20:00")));
    CHECK(messages.shownText(0).contains(QStringLiteral("Radio call: Alarm Phone, second call")));
    CHECK(messages.count() == 3);
    // Never the trainer's notes.
    for (int i = 0; i < messages.count(); ++i) {
        CHECK_FALSE(messages.shownText(i).contains(QStringLiteral("Watch for")));
    }
    // Every message's text shows whole, above its alert's button, never under it (once the
    // scroll area has laid the new cards out: a grab straight after they arrive shows them half done).
    QTest::qWait(50);
    const auto texts = messages.findChildren<QLabel *>(QStringLiteral("exerciseMessageText"));
    REQUIRE(texts.size() == 3);
    for (const QLabel *text : texts) {
        CHECK(text->height() >= text->heightForWidth(text->width()));
        if (const auto *button = text->parentWidget()->findChild<QPushButton *>(
                QStringLiteral("newCaseFromAlert"), Qt::FindDirectChildrenOnly)) {
            CHECK(text->geometry().bottom() < button->geometry().top());
        }
    }
    // The Event log's first case event shows whole: its columns follow the rows that came later.
    const auto *caseEvents = trainee.window->findChild<QTableView *>(QStringLiteral("caseEventsView"));
    REQUIRE(caseEvents != nullptr);
    REQUIRE(caseEvents->model()->rowCount() > 0);
    for (int column = 0; column + 1 < caseEvents->model()->columnCount(); ++column) {
        CHECK(caseEvents->columnWidth(column) >=
              static_cast<const QAbstractItemView *>(caseEvents)->sizeHintForColumn(column));
    }
    shoot(view, "trainer-view.png");
    shoot(*trainee.window, "exercise-console-messages.png");

    // Pause: the clock stands on both consoles.
    view.findChild<QPushButton *>(QStringLiteral("pauseExercise"))->click();
    wall.now = wall.now.addSecs(600);
    trainee.session().refresh();
    CHECK(trainee.clock->nowUtc() == kTZero.addSecs(20 * 60));
    CHECK(trainee.bannerText().contains(QStringLiteral("Paused")));

    // End, confirmed: "Exercise ended" on every console.
    test::whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    view.findChild<QPushButton *>(QStringLiteral("endExercise"))->click();
    trainee.session().refresh();
    CHECK(trainee.clock->run().state == storage::ExerciseState::Ended);
    CHECK(trainee.bannerText().contains(QStringLiteral("Exercise ended")));
    CHECK(trainer.bannerText().contains(QStringLiteral("Exercise ended")));
    wall.now = wall.now.addSecs(3600);
    CHECK(trainee.clock->nowUtc() == kTZero.addSecs(20 * 60));
}

TEST_CASE("The trainer's chart shows where the alerted boat truly is, and no trainee's does", "[exercise]") {
    test::Console ops;
    const QString path = ops.folder.filePath(QStringLiteral("truth.sqlite"));
    storage::ExerciseScript script;
    script.scenarioText = scenarioText();
    script.startUtc = kTZero;
    REQUIRE(storage::createExerciseDatabase(*ops.database, path, QStringLiteral("Zuwara night"), script));
    ops.window.reset();
    test::FixedClock wall;
    ExerciseConsole trainer(path, kTZero, *ops.srrs, wall, QStringLiteral("trainer"),
                            ops.folder.filePath(QStringLiteral("t.ini")));
    ExerciseConsole trainee(path, kTZero, *ops.srrs, wall, QStringLiteral("cg.officer"),
                            ops.folder.filePath(QStringLiteral("o.ini")));
    const QString truthId = QLatin1String(chart::ScenarioTruthLayer::kId);
    CHECK(trainer.layers.indexOf(truthId) < 0);

    auto opened = trainer.window->openTrainerView();
    REQUIRE(opened);
    app::TrainerView &view = *opened.value();
    const replay::Scenario &scenario = view.director().scenario();
    REQUIRE_FALSE(scenario.cases.empty());
    const replay::ScenarioCase &boat = scenario.cases.front();
    const int index = trainer.layers.indexOf(truthId);
    REQUIRE(index >= 0);
    const auto *layer = dynamic_cast<const chart::ScenarioTruthLayer *>(trainer.layers.at(index));
    REQUIRE(layer != nullptr);
    CHECK(index > trainer.layers.indexOf(QStringLiteral("incidents"))); // drawn over the cases

    view.findChild<QPushButton *>(QStringLiteral("startExercise"))->click();
    wall.now = wall.now.addSecs(boat.alertAt.seconds + 3600); // an hour after its alert
    trainer.session().refresh();
    QCoreApplication::processEvents();
    REQUIRE(layer->marks().size() >= 1);
    const chart::TruthMark &mark = layer->marks().front();
    CHECK(mark.caseId == boat.id);
    // It has drifted from where it was reported, along the scenario's own drift.
    const replay::Offset at{boat.alertAt.seconds + 3600};
    const geo::LatLon expected = replay::positionOnTrack(replay::driftTrack(scenario, boat, at), at);
    CHECK(geo::rangeBearing(mark.now, expected).distanceNm < 0.001);
    CHECK(geo::rangeBearing(mark.now, boat.position).distanceNm > 0.1);
    CHECK(mark.track.front().latitude == boat.position.latitude);
    CHECK(chart::ScenarioTruthLayer::labelOf(mark) == QStringLiteral("True: ") + boat.id);
    // The trainee's console has no such layer, and its Layers panel no such line.
    trainee.session().refresh();
    CHECK(trainee.layers.indexOf(truthId) < 0);
    shoot(*trainer.window, "trainer-console-truth.png");

    // Closing the trainer view takes the truth off the trainer's chart too.
    view.close();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(trainer.layers.indexOf(truthId) < 0);
}

TEST_CASE("The true positions a trainer sees stop at the exercise's time", "[exercise]") {
    replay::Scenario scenario;
    replay::ScenarioCase boat;
    boat.id = QStringLiteral("given");
    boat.alertAt = replay::Offset{600};
    boat.position = geo::LatLon{33.0, 12.0};
    boat.drift.kind = replay::Drift::Kind::Positions;
    boat.drift.positions = {{replay::Offset{600}, geo::LatLon{33.0, 12.0}},
                            {replay::Offset{4200}, geo::LatLon{33.1, 12.0}},
                            {replay::Offset{7800}, geo::LatLon{33.2, 12.1}}};
    scenario.cases.push_back(boat);
    CHECK(app::TrainerTruth::marksAt(scenario, 599).empty()); // before its alert: nothing to show
    const auto marks = app::TrainerTruth::marksAt(scenario, 600 + 1800 + 1800 + 1800);
    REQUIRE(marks.size() == 1);
    // The given positions up to then, never the ones to come, and the way between them.
    REQUIRE(marks.front().track.size() == 2);
    CHECK(marks.front().track.back().latitude == 33.1);
    const geo::RangeBearing leg = geo::rangeBearing(geo::LatLon{33.1, 12.0}, geo::LatLon{33.2, 12.1});
    const geo::LatLon halfway =
        geo::destination(geo::LatLon{33.1, 12.0}, leg.initialBearingDeg, leg.distanceNm / 2);
    CHECK(geo::rangeBearing(marks.front().now, halfway).distanceNm < 0.0001);
}
