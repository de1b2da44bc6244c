// The run state of an exercise (migration 9) shared by the consoles on it, and its messages sent
// once whoever sends them.

#include "storage_fixture.h"

#include "storage/exercise.h"
#include "storage/exercise_run.h"

using namespace marsa;

namespace {

const QDateTime kTZero(QDate(2026, 11, 23), QTime(1, 40, 0), Qt::UTC);

struct Exercise : test::Fixture {
    Exercise() {
        storage::ExerciseScript script;
        script.scenarioText = QStringLiteral("{\"marsaScenario\": 1}");
        script.startUtc = kTZero;
        REQUIRE(storage::markAsExercise(*database, QStringLiteral("Course 3"), QStringLiteral("ops.sqlite"),
                                        clock.now, script));
    }
    std::int64_t exerciseMs(const storage::ExerciseRun &run) const {
        return run.exerciseMsAt(clock.now.toMSecsSinceEpoch());
    }
};

std::int64_t ms(const QDateTime &t) {
    return t.toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("The exercise clock stands at T+0, runs, pauses, changes speed and ends, across two connections",
          "[engines]") {
    Exercise f;
    auto opened = storage::ExerciseRunStore::open(*f.database, f.clock);
    REQUIRE(opened);
    storage::ExerciseRunStore &trainer = opened.value();
    auto other = storage::Database::open(f.where.location());
    REQUIRE(other);
    auto trainee = storage::ExerciseRunStore::open(other.value(), f.clock);
    REQUIRE(trainee);

    auto run = trainee->read();
    REQUIRE(run);
    CHECK(run->state == storage::ExerciseState::NotStarted);
    f.clock.now = f.clock.now.addSecs(600);
    CHECK(f.exerciseMs(run.value()) == ms(kTZero));

    REQUIRE(trainer.start());
    f.clock.now = f.clock.now.addSecs(90);
    run = trainee->read();
    CHECK(run->state == storage::ExerciseState::Running);
    CHECK(f.exerciseMs(run.value()) == ms(kTZero.addSecs(90)));
    CHECK_FALSE(trainer.start());

    REQUIRE(trainer.pause());
    f.clock.now = f.clock.now.addSecs(300);
    run = trainee->read();
    CHECK(run->state == storage::ExerciseState::Paused);
    CHECK(f.exerciseMs(run.value()) == ms(kTZero.addSecs(90)));

    REQUIRE(trainee->resume()); // any console that may: the store itself does not ask who
    REQUIRE(trainer.setSpeed(10.0));
    f.clock.now = f.clock.now.addSecs(6);
    run = trainer.read();
    CHECK(run->speed == 10.0);
    CHECK(f.exerciseMs(run.value()) == ms(kTZero.addSecs(150)));
    CHECK_FALSE(trainer.setSpeed(3.0));

    REQUIRE(trainer.end());
    f.clock.now = f.clock.now.addSecs(3600);
    run = trainee->read();
    CHECK(run->state == storage::ExerciseState::Ended);
    CHECK(f.exerciseMs(run.value()) == ms(kTZero.addSecs(150)));
    CHECK_FALSE(trainer.resume());
    CHECK_FALSE(trainer.setSpeed(2.0));
}

TEST_CASE("An exercise message is stored once whoever sends it, and never on an operational database",
          "[engines]") {
    Exercise f;
    auto other = storage::Database::open(f.where.location());
    REQUIRE(other);
    storage::ExerciseMessage message;
    message.key = QStringLiteral("event:0");
    message.timeMs = ms(kTZero);
    message.kind = QStringLiteral("alert");
    message.payload = R"({"text":"Alert"})";
    CHECK(storage::ExerciseMessages(*f.database).publish(message).value());
    CHECK_FALSE(storage::ExerciseMessages(other.value()).publish(message).value());
    message.key = QStringLiteral("event:1");
    CHECK(storage::ExerciseMessages(other.value()).publish(message).value());
    auto all = storage::ExerciseMessages(*f.database).after(0);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->front().key == QLatin1String("event:0"));
    CHECK(all->front().payload == R"({"text":"Alert"})");
    CHECK(storage::ExerciseMessages(*f.database).after(all->front().id)->size() == 1);

    test::Fixture operational;
    CHECK_FALSE(storage::ExerciseMessages(*operational.database).publish(message));
    CHECK_FALSE(storage::ExerciseRunStore::open(*operational.database, operational.clock));
}
