// An exercise made from a copy of a replay window (docs/exercises.md): the scenario derived from the
// operational journal, the exercise made from it (all or nothing, no operational case, the window's
// lines copied) and those lines played at their exercise times, once.

#include "window_ops.h"

#include "feeds/ais_decoder.h"
#include "replay/exercise_clock.h"
#include "replay/exercise_traffic.h"
#include "replay/scenario_from_window.h"
#include "replay/scenario_reader.h"
#include "replay/scenario_timeline.h"
#include "storage/exercise.h"
#include "storage/exercise_run.h"
#include "storage/exercise_traffic.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace marsa;

namespace {

struct Ops {
    QTemporaryDir folder;
    std::unique_ptr<storage::Database> database;
    test::WindowJournal journal;
    Ops() {
        auto db = storage::Database::open(folder.filePath(QStringLiteral("ops.sqlite")));
        REQUIRE(db);
        database = std::make_unique<storage::Database>(std::move(db.value()));
        journal = test::writeWindowJournal(*database);
    }
    QString path(const char *name) const { return folder.filePath(QString::fromLatin1(name)); }
};

std::int64_t ms(const QDateTime &t) {
    return t.toMSecsSinceEpoch();
}

std::int64_t countOf(const storage::Database &database, const QString &sql) {
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

std::int64_t linesIn(const storage::Database &database, const QDateTime &from, const QDateTime &to) {
    storage::JournalQuery query;
    query.fromMs = ms(from);
    query.toMs = ms(to);
    query.kind = storage::JournalKind::Line;
    auto lines = storage::Journal(database.connection()).read(query);
    REQUIRE(lines);
    return static_cast<std::int64_t>(lines->size());
}

} // namespace

TEST_CASE("A window of the journal becomes a scenario: its case's alert, the watch's actions as notes",
          "[exercise]") {
    Ops ops;
    auto derived = replay::scenarioFromWindow(*ops.database, ms(test::kWindowFrom), ms(test::kWindowTo));
    INFO((derived ? QString() : derived.errorMessage()).toStdString());
    REQUIRE(derived);
    const replay::Scenario &s = derived.value();
    CHECK(s.start.kind == replay::ScenarioStart::Kind::Utc);
    CHECK(s.start.utc == test::kWindowFrom);
    CHECK(s.duration.seconds == 90 * 60);
    REQUIRE(s.origin);
    CHECK(s.traffic.empty());
    // Only the case that started in the window; the earlier one is not the window's.
    REQUIRE(s.cases.size() == 1);
    const replay::ScenarioCase &boat = s.cases.front();
    CHECK(boat.id == QLatin1String("boat-1")); // never the real case number: the trainees number theirs
    CHECK(boat.alertAt.seconds == 3 * 60);     // the alert at 02:03, before the case was opened at 02:05
    CHECK(boat.source == core::AlertSource::AlarmPhone);
    CHECK(boat.position.latitude == Approx(33.30));
    CHECK(boat.position.longitude == Approx(12.50));
    CHECK(boat.uncertaintyNm == Approx(2.0));
    CHECK(boat.personsOnBoard.total == 80);
    CHECK(boat.craft == core::CraftType::RubberBoat);
    CHECK(boat.condition == QLatin1String("engine stopped, taking water"));
    CHECK(boat.phase == core::EmergencyPhase::Alert); // its first phase, not DETRESFA
    CHECK(boat.drift.kind == replay::Drift::Kind::Positions);
    REQUIRE_FALSE(boat.drift.positions.empty());
    CHECK(boat.drift.positions.front().at == boat.alertAt);
    // The weather: not recorded, never a wind invented.
    REQUIRE(s.weather.size() == 1);
    CHECK_FALSE(s.weather.front().recorded);

    // The watch's actions, at their times, as trainer notes only.
    std::map<std::int64_t, QStringList> notes;
    for (const replay::Inject &inject : s.injects) {
        CHECK(inject.kind == replay::InjectKind::Note);
        CHECK_FALSE(inject.text.contains(ops.journal.officer.userName));
        CHECK_FALSE(inject.text.contains(ops.journal.officer.displayName));
        notes[inject.at.seconds] << inject.text;
    }
    const auto noted = [&notes](int minutes, const QString &what) {
        return notes[minutes * 60].join(QLatin1Char('|')).contains(what);
    };
    CHECK(noted(5, QStringLiteral("case opened at ALERFA")));
    CHECK(noted(15, QStringLiteral("phase ALERFA → DETRESFA")));
    CHECK(noted(20, ops.journal.unitName + QStringLiteral(" tasked")));
    CHECK(noted(50, ops.journal.unitName + QStringLiteral(" on scene")));
    CHECK(noted(70, QStringLiteral("78 rescued, 0 dead, 2 missing")));
    // The earlier case's change inside the window is none of the exercise's.
    for (const auto &[at, texts] : notes) {
        CHECK_FALSE(texts.join(QString()).contains(ops.journal.earlierCase.text()));
    }

    // Its file reads back as any scenario, and says the weather was not recorded.
    const replay::ScenarioReadResult read =
        replay::readScenario(replay::derivedScenarioJson(s), replay::ScenarioContext{});
    INFO((read.issues.empty() ? QString() : read.issues.front().text(QStringLiteral("derived")))
             .toStdString());
    REQUIRE(read.scenario);
    CHECK(read.scenario->cases.front().alertAt == boat.alertAt);
    CHECK(read.scenario->injects.size() == s.injects.size());
    bool weatherSaid = false;
    for (const replay::ScenarioEvent &event : replay::scenarioTimeline(*read.scenario)) {
        if (event.kind == replay::ScenarioEvent::Kind::Weather) {
            weatherSaid = event.summary.contains(QStringLiteral("not recorded")) &&
                          !event.summary.contains(QStringLiteral("wind from"));
        }
    }
    CHECK(weatherSaid);
}

TEST_CASE("A window is refused when it is empty, too long, has no case start or is an exercise's",
          "[exercise]") {
    Ops ops;
    auto refused = [&](std::int64_t from, std::int64_t to) {
        auto derived = replay::scenarioFromWindow(*ops.database, from, to);
        REQUIRE_FALSE(derived);
        return derived.errorMessage();
    };
    CHECK(refused(ms(test::kWindowTo), ms(test::kWindowFrom)).contains(QStringLiteral("empty")));
    CHECK(refused(ms(test::kWindowFrom), ms(test::kWindowFrom.addSecs(25 * 3600)))
              .contains(QStringLiteral("at most 24 hours")));
    // Lines, and the earlier case's change, but no case's start.
    CHECK(refused(ms(test::kWindowFrom), ms(test::kWindowFrom.addSecs(4 * 60)))
              .contains(QStringLiteral("No case starts")));
    CHECK(refused(ms(test::kWindowFrom.addYears(1)), ms(test::kWindowTo.addYears(1)))
              .contains(QStringLiteral("holds nothing")));
    // Nothing was written anywhere: the operational database holds what it held.
    auto made = replay::createWindowExercise(*ops.database, ops.path("none.sqlite"), QStringLiteral("None"),
                                             ms(test::kWindowFrom), ms(test::kWindowFrom.addSecs(4 * 60)));
    REQUIRE_FALSE(made);
    CHECK_FALSE(QFileInfo::exists(ops.path("none.sqlite")));

    // An exercise is never made from another exercise.
    auto exercise =
        replay::createWindowExercise(*ops.database, ops.path("first.sqlite"), QStringLiteral("First"),
                                     ms(test::kWindowFrom), ms(test::kWindowTo));
    REQUIRE(exercise);
    auto opened = storage::Database::open(ops.path("first.sqlite"));
    REQUIRE(opened);
    auto again =
        replay::createWindowExercise(opened.value(), ops.path("second.sqlite"), QStringLiteral("Second"),
                                     ms(test::kWindowFrom), ms(test::kWindowTo));
    REQUIRE_FALSE(again);
    CHECK(again.errorMessage().contains(QStringLiteral("exercise database")));
    CHECK_FALSE(QFileInfo::exists(ops.path("second.sqlite")));
}

TEST_CASE("An exercise from a window holds its lines and script, never an operational case", "[exercise]") {
    Ops ops;
    const QString path = ops.path("window.sqlite");
    auto made = replay::createWindowExercise(*ops.database, path, QStringLiteral("Night of 10 March"),
                                             ms(test::kWindowFrom), ms(test::kWindowTo));
    INFO((made ? QString() : made.errorMessage()).toStdString());
    REQUIRE(made);
    auto exercise = storage::Database::open(path);
    REQUIRE(exercise);
    CHECK(exercise->isExercise());
    const std::int64_t expected = linesIn(*ops.database, test::kWindowFrom, test::kWindowTo);
    CHECK(expected > 500);
    CHECK(storage::ExerciseTraffic(exercise.value()).count().value() == expected);
    bool reported = false;
    for (const storage::ExerciseCopy &copy : made->report.tables) {
        reported = reported || (copy.table == QLatin1String("exercise_traffic") && copy.rows == expected);
    }
    CHECK(reported);
    // No case, no journal entry, no timeline: the trainees start empty.
    CHECK(countOf(exercise.value(), QStringLiteral("SELECT COUNT(*) FROM incidents")) == 0);
    CHECK(countOf(exercise.value(), QStringLiteral("SELECT COUNT(*) FROM journal")) == 0);
    CHECK(countOf(exercise.value(), QStringLiteral("SELECT COUNT(*) FROM taskings")) == 0);
    auto script = storage::exerciseScriptOf(exercise->connection());
    REQUIRE(script);
    REQUIRE(script.value());
    CHECK(script.value()->startUtc == test::kWindowFrom);
    CHECK(replay::readScenario(script.value()->scenarioText.toUtf8(), {}).scenario.has_value());
    // The copied lines are append-only as the table says.
    QSqlQuery update(exercise->connection());
    CHECK_FALSE(update.exec(QStringLiteral("UPDATE exercise_traffic SET line = 'x'")));

    // A target that exists is refused and left as it is.
    auto twice = replay::createWindowExercise(*ops.database, path, QStringLiteral("Again"),
                                              ms(test::kWindowFrom), ms(test::kWindowTo));
    REQUIRE_FALSE(twice);
    CHECK(storage::ExerciseTraffic(exercise.value()).count().value() == expected);
}

TEST_CASE("The exercise plays the window's lines when its clock passes their times, once", "[exercise]") {
    Ops ops;
    const QString path = ops.path("window.sqlite");
    REQUIRE(replay::createWindowExercise(*ops.database, path, QStringLiteral("Night"), ms(test::kWindowFrom),
                                         ms(test::kWindowTo)));
    auto exercise = storage::Database::open(path);
    REQUIRE(exercise);
    test::SettableClock wall;
    replay::ExerciseClock clock(test::kWindowFrom, wall);
    auto run = storage::ExerciseRunStore::open(exercise.value(), wall);
    REQUIRE(run);
    auto made = replay::ExerciseTraffic::create(exercise.value(), clock, {});
    REQUIRE(made);
    replay::ExerciseTraffic &traffic = *made.value();
    CHECK(traffic.hasRecordedLines());
    std::vector<feeds::ReceivedLine> played;
    traffic.setLineSink([&played](std::vector<feeds::ReceivedLine> lines) {
        played.insert(played.end(), lines.begin(), lines.end());
    });
    auto follow = [&] { clock.setRun(run->read().value()); };
    CHECK(traffic.tick().value() == 0); // not started
    REQUIRE(run->start());
    follow();
    REQUIRE(traffic.tick());
    CHECK(played.size() == 3); // the report and the two-sentence type 5 of 02:00:00, the window's start
    wall.now = wall.now.addSecs(25);
    follow();
    REQUIRE(traffic.tick());
    CHECK(traffic.tick().value() == 0); // nothing twice
    // 02:00:00 to 02:00:25: three position reports, the first at T+0, and the ship's name.
    REQUIRE(played.size() == 5);
    feeds::AisDecoder decoder;
    std::vector<std::int64_t> reports;
    for (const feeds::ReceivedLine &line : played) {
        CHECK(line.sourceId == replay::ExerciseTraffic::kFeedId);
        feeds::AisMessage message;
        if (!decoder.decodeLine(line.line, message, line.receivedMs).hasMessage()) {
            continue; // the first half of the type 5
        }
        CHECK(message.mmsi == test::kWindowShip);
        if (const auto *data = message.as<feeds::ais::StaticVoyageData>()) {
            CHECK(data->shipName.view() == "WINDOW TRADER");
            continue;
        }
        const auto *report = message.as<feeds::ais::ClassAPositionReport>();
        REQUIRE(report);
        reports.push_back(line.receivedMs);
        const auto decoded =
            feeds::ais::latLonDegrees(report->lat, report->lon, feeds::ais::kPositionUnitsPerDegree);
        const geo::LatLon expected =
            test::windowShipAt(QDateTime::fromMSecsSinceEpoch(line.receivedMs, Qt::UTC));
        CHECK(decoded->second == Approx(expected.longitude).margin(1e-5));
    }
    CHECK(reports == std::vector<std::int64_t>{ms(test::kWindowFrom), ms(test::kWindowFrom.addSecs(10)),
                                               ms(test::kWindowFrom.addSecs(20))});

    // Ten minutes away (a console that was closed): only the last minute, never a flood.
    played.clear();
    wall.now = wall.now.addSecs(600);
    follow();
    REQUIRE(traffic.tick());
    CHECK(played.size() == 6); // the six reports of 02:09:30 to 02:10:20
    CHECK(played.back().receivedMs <= clock.nowUtc().toMSecsSinceEpoch());
    CHECK(played.front().receivedMs > clock.nowUtc().toMSecsSinceEpoch() - 60'000);
}
