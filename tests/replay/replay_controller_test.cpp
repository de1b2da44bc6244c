#include "replay/replay_controller.h"

#include "replay_journal.h"

#include "replay/replay_state.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>

#include <chrono>
#include <map>

using namespace marsa;
using namespace std::chrono_literals;

namespace {

// What the chart and the Vessels panel show of a target.
struct Shown {
    double lat = 0;
    double lon = 0;
    std::int64_t heardMs = 0;
    core::TargetState state = core::TargetState::Live;
    QString name;
    bool operator==(const Shown &) const = default;
};

std::map<std::uint32_t, Shown> shown(const core::LiveTargets &targets) {
    std::map<std::uint32_t, Shown> result;
    for (const core::LiveTarget &target : targets.targets()) {
        result[target.mmsi] = {target.position.lat, target.position.lon, target.position.timeMs, target.state,
                               target.displayName()};
    }
    return result;
}

// (case number, phase, status, version) of each case.
std::vector<std::tuple<QString, core::EmergencyPhase, core::IncidentStatus, int>>
caseStates(const std::vector<storage::CaseSnapshot> &cases) {
    std::vector<std::tuple<QString, core::EmergencyPhase, core::IncidentStatus, int>> result;
    for (const storage::CaseSnapshot &snapshot : cases) {
        result.emplace_back(snapshot.incident.caseNumber.text(), snapshot.incident.phase,
                            snapshot.incident.status, snapshot.incident.version);
    }
    return result;
}

// A database with a journal, a controller on it and the monotonic time the test moves.
struct Replay {
    QTemporaryDir folder;
    std::unique_ptr<storage::Database> database;
    test::ReplayJournal run;
    std::chrono::nanoseconds monotonic{1s};
    core::LiveTargets targets;
    std::unique_ptr<replay::ReplayController> controller;

    Replay() {
        auto db = storage::Database::open(folder.filePath(QStringLiteral("m.sqlite")));
        REQUIRE(db);
        database = std::make_unique<storage::Database>(std::move(db.value()));
        run = test::writeReplayJournal(*database);
        controller = std::make_unique<replay::ReplayController>(database->connection(), targets,
                                                                [this] { return monotonic; });
    }
    // Wall time passes and the timer fires.
    void wait(std::chrono::nanoseconds wall) {
        monotonic += wall;
        controller->advance();
    }
    void requireAsStateAt(std::int64_t atMs) const {
        auto expected = replay::stateAt(database->connection(), atMs);
        REQUIRE(expected);
        CHECK(controller->nowMs() == atMs);
        CHECK(shown(targets) == shown(expected->targets));
        CHECK(targets.size() == expected->targets.size());
        CHECK(caseStates(controller->cases()) == caseStates(expected->cases));
    }
};

} // namespace

TEST_CASE("A paused replay holds its instant however much wall time passes", "[replay]") {
    Replay replay;
    REQUIRE(replay.controller->open(replay.run.startMs, replay.run.endMs));
    QSignalSpy times(replay.controller.get(), &replay::ReplayController::timeChanged);
    CHECK_FALSE(replay.controller->isPlaying());
    replay.wait(10s);
    CHECK(replay.controller->nowMs() == replay.run.startMs);

    replay.controller->setSpeed(60);
    replay.controller->play();
    replay.wait(1s);
    CHECK(replay.controller->nowMs() == replay.run.startMs + 60'000);
    replay.controller->pause();
    const int told = static_cast<int>(times.size());
    replay.wait(30s);
    CHECK(replay.controller->nowMs() == replay.run.startMs + 60'000);
    CHECK(times.size() == told);
    CHECK(replay.controller->clock()->nowUtc().toMSecsSinceEpoch() == replay.run.startMs + 60'000);

    // Playing again goes on from where it stopped.
    replay.controller->play();
    replay.wait(500ms);
    CHECK(replay.controller->nowMs() == replay.run.startMs + 90'000);
}

TEST_CASE("A replay's speed changes from the instant it is changed", "[replay]") {
    Replay replay;
    REQUIRE(replay.controller->open(replay.run.startMs, replay.run.endMs));
    replay.controller->play();
    replay.wait(2s);
    CHECK(replay.controller->nowMs() == replay.run.startMs + 2'000);
    replay.controller->setSpeed(600);
    replay.wait(1s);
    CHECK(replay.controller->nowMs() == replay.run.startMs + 602'000);
    replay.controller->setSpeed(10'000); // clamped to 3600x
    CHECK(replay.controller->speed() == 3600);
    replay.controller->setSpeed(1);
    replay.wait(3s);
    CHECK(replay.controller->nowMs() == replay.run.startMs + 605'000);
}

TEST_CASE("Seeking back and forth shows exactly the state rebuilt at each instant", "[replay]") {
    Replay replay;
    REQUIRE(replay.controller->open(replay.run.startMs, replay.run.endMs));
    QSignalSpy cases(replay.controller.get(), &replay::ReplayController::casesChanged);
    const std::int64_t start = replay.run.startMs;
    for (const std::int64_t at : {start + 8 * 60'000, start + 4 * 60'000, start + 11 * 60'000 + 250,
                                  start + 60'000, replay.run.endMs, start + 7 * 60'000}) {
        INFO("second " << (at - start) / 1000);
        replay.controller->seek(at);
        replay.requireAsStateAt(at);
    }
    CHECK(cases.size() == 6);
    // Out of the window: its nearest end.
    replay.controller->seek(start - 3'600'000);
    CHECK(replay.controller->nowMs() == start);

    // Played rather than sought, the targets are the same too.
    replay.controller->seek(start + 3 * 60'000);
    replay.controller->setSpeed(60);
    replay.controller->play();
    for (int i = 0; i < 100; ++i) {
        replay.wait(50ms);
    }
    replay.controller->pause();
    const std::int64_t played = start + 8 * 60'000;
    auto expected = replay::stateAt(replay.database->connection(), played);
    REQUIRE(expected);
    CHECK(replay.controller->nowMs() == played);
    CHECK(shown(replay.targets) == shown(expected->targets));
    CHECK(caseStates(replay.controller->cases()) == caseStates(expected->cases));
    REQUIRE(replay.controller->cases().size() == 1);
    CHECK(replay.controller->cases().front().incident.phase == core::EmergencyPhase::Distress);
}

TEST_CASE("Step to the next event lands on the case's next change", "[replay]") {
    Replay replay;
    REQUIRE(replay.controller->open(replay.run.startMs, replay.run.endMs));
    REQUIRE(replay.controller->events().size() == 3);
    CHECK(replay.controller->cases().empty());

    replay.controller->stepToNextEvent();
    replay.requireAsStateAt(replay.run.changesMs[0]);
    REQUIRE(replay.controller->cases().size() == 1);
    CHECK(replay.controller->cases().front().incident.phase == core::EmergencyPhase::Alert);
    replay.controller->stepToNextEvent();
    replay.requireAsStateAt(replay.run.changesMs[1]);
    CHECK(replay.controller->cases().front().incident.phase == core::EmergencyPhase::Distress);
    replay.controller->stepToNextEvent();
    CHECK(replay.controller->nowMs() == replay.run.changesMs[2]);
    CHECK(replay.controller->cases().front().taskings.size() == 1);
    // After the last one: it stays.
    replay.controller->stepToNextEvent();
    CHECK(replay.controller->nowMs() == replay.run.changesMs[2]);
}

TEST_CASE("A replay played to the end of its window stops there and says so", "[replay]") {
    Replay replay;
    const std::int64_t end = replay.run.startMs + 5 * 60'000;
    REQUIRE(replay.controller->open(replay.run.startMs, end));
    QSignalSpy finished(replay.controller.get(), &replay::ReplayController::finished);
    replay.controller->setSpeed(3600);
    replay.controller->play();
    replay.wait(50ms);
    CHECK(finished.isEmpty());
    replay.wait(1s);
    CHECK(finished.size() == 1);
    CHECK_FALSE(replay.controller->isPlaying());
    replay.requireAsStateAt(end);
    replay.wait(10s);
    CHECK(finished.size() == 1);
    CHECK(replay.controller->nowMs() == end);
    // Play again: from the start.
    replay.controller->play();
    CHECK(replay.controller->nowMs() == replay.run.startMs);
}

TEST_CASE("This incident's replay runs from its first alert to its last change", "[replay]") {
    Replay replay;
    auto incident = storage::IncidentService(*replay.database, test::JournalClock{}).find(replay.run.caseId);
    REQUIRE(incident);
    REQUIRE(replay.controller->openIncident(incident.value()));
    // The first alert, a minute before the case was opened (stored to the second).
    CHECK(replay.controller->fromMs() == incident->firstAlertUtc.toMSecsSinceEpoch());
    CHECK(replay.controller->fromMs() < replay.run.changesMs[0]);
    CHECK(replay.controller->toMs() == replay.run.changesMs[2]);
    CHECK(replay.controller->events().size() == 3);
}

TEST_CASE("A replay window that ends before it starts is refused and changes nothing", "[replay]") {
    Replay replay;
    REQUIRE(replay.controller->open(replay.run.startMs, replay.run.endMs));
    replay.controller->seek(replay.run.startMs + 60'000);
    auto refused = replay.controller->open(replay.run.endMs, replay.run.startMs);
    REQUIRE_FALSE(refused);
    CHECK_FALSE(refused.errorMessage().isEmpty());
    CHECK(replay.controller->fromMs() == replay.run.startMs);
    CHECK(replay.controller->nowMs() == replay.run.startMs + 60'000);
}
