// Exercise databases (storage/exercise.h, docs/exercises.md): the mark and its lock, what an
// exercise takes from its operational database, every case stamped, and copies either way.

#include "storage/database_copy.h"
#include "storage/demo_data.h"
#include "storage/disembarkation_service.h"
#include "storage/exercise.h"
#include "storage_fixture.h"

#include <QFile>
#include <QSqlError>

using namespace marsa;
using test::rowsIn;

namespace {

const QDateTime kMarked(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);

bool runs(storage::Database &database, const QString &sql) {
    QSqlQuery query(database.connection());
    return query.exec(sql);
}

storage::Database openAt(const QString &path) {
    auto db = storage::Database::open(path);
    INFO((db ? QString() : db.errorMessage()).toStdString());
    REQUIRE(db);
    return std::move(db.value());
}

// An operational database with the demonstration data set: cases, handovers, audit rows.
struct Operational {
    QTemporaryDir folder;
    test::FixedClock clock;
    QString path = folder.filePath(QStringLiteral("ops.sqlite"));
    storage::Database database = openAt(path);
    Operational() {
        clock.now = QDateTime::currentDateTimeUtc();
        auto written = storage::writeDemoData(database, clock);
        INFO((written ? QString() : written.errorMessage()).toStdString());
        REQUIRE(written);
    }
};

} // namespace

TEST_CASE("A marked exercise database stays an exercise whatever SQL tries", "[engines]") {
    test::Fixture f;
    CHECK_FALSE(f.database->isExercise());
    auto marked = storage::markAsExercise(*f.database, QStringLiteral("  Zuwara night  "),
                                          QStringLiteral("/srv/ops.sqlite"), kMarked);
    INFO((marked ? QString() : marked.errorMessage()).toStdString());
    REQUIRE(marked);
    CHECK(f.database->isExercise());
    CHECK(f.database->exerciseName() == QStringLiteral("Zuwara night"));
    CHECK(f.database->meta(QStringLiteral("exercise_source")) == QStringLiteral("/srv/ops.sqlite"));
    CHECK(f.database->meta(QStringLiteral("exercise_created_utc")) == QStringLiteral("2026-11-23T08:00:00Z"));

    CHECK_FALSE(
        runs(*f.database, QStringLiteral("UPDATE meta SET value = 'operational' WHERE key = 'mode'")));
    CHECK_FALSE(runs(*f.database, QStringLiteral("UPDATE meta SET value = 'x' WHERE key = 'exercise_name'")));
    CHECK_FALSE(runs(*f.database, QStringLiteral("DELETE FROM meta WHERE key = 'mode'")));
    CHECK_FALSE(runs(*f.database, QStringLiteral("DELETE FROM meta")));
    CHECK_FALSE(
        runs(*f.database, QStringLiteral("INSERT INTO meta (key, value) VALUES ('mode', 'operational') "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
    if (f.database->dialect().isPostgreSql()) {
        CHECK_FALSE(runs(*f.database, QStringLiteral("TRUNCATE meta")));
    } else {
        CHECK_FALSE(runs(*f.database,
                         QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('mode', 'x')")));
    }
    CHECK(f.database->meta(QStringLiteral("mode")) == QStringLiteral("exercise"));
    // Other settings of the meta table stay writable (track retention, the demo data's time).
    CHECK(runs(*f.database,
               QStringLiteral("INSERT INTO meta (key, value) VALUES ('track_retention.days', '7')")));
    CHECK(
        runs(*f.database, QStringLiteral("UPDATE meta SET value = '9' WHERE key = 'track_retention.days'")));
    CHECK(runs(*f.database, QStringLiteral("DELETE FROM meta WHERE key = 'track_retention.days'")));

    // Marked once, for good: a second mark is refused.
    CHECK_FALSE(storage::markAsExercise(*f.database, QStringLiteral("Other"), QString(), kMarked));
    CHECK(f.database->exerciseName() == QStringLiteral("Zuwara night"));
}

TEST_CASE("An exercise's scenario is written with its mark and locked with it", "[engines]") {
    test::Fixture f;
    const QDateTime start(QDate(2026, 11, 23), QTime(1, 40, 0, 250), Qt::UTC);
    const QString text = QStringLiteral("{\"marsaScenario\": 1, \"title\": \"Zuwara night\"}");
    REQUIRE(storage::markAsExercise(*f.database, QStringLiteral("Zuwara night"), QString(), kMarked,
                                    storage::ExerciseScript{text, start}));
    auto script = storage::exerciseScriptOf(f.database->connection());
    REQUIRE(script);
    REQUIRE(script->has_value());
    CHECK(script->value().scenarioText == text);
    CHECK(script->value().startUtc == start);
    CHECK_FALSE(
        runs(*f.database, QStringLiteral("UPDATE meta SET value = '{}' WHERE key = 'exercise_scenario'")));
    CHECK_FALSE(runs(*f.database, QStringLiteral("DELETE FROM meta WHERE key = 'exercise_start_utc'")));
    CHECK(storage::exerciseScriptOf(f.database->connection())->value().startUtc == start);
}

TEST_CASE("An exercise made without a scenario never takes one later", "[engines]") {
    test::Fixture f;
    CHECK_FALSE(storage::markAsExercise(*f.database, QStringLiteral("Drill"), QString(), kMarked,
                                        storage::ExerciseScript{QStringLiteral(" "), kMarked}));
    CHECK(rowsIn(*f.database, "meta") == 0);
    REQUIRE(storage::markAsExercise(*f.database, QStringLiteral("Drill"), QString(), kMarked));
    auto script = storage::exerciseScriptOf(f.database->connection());
    REQUIRE(script);
    CHECK_FALSE(script->has_value());
    CHECK_FALSE(runs(*f.database, QStringLiteral("INSERT INTO meta (key, value) VALUES "
                                                 "('exercise_scenario', '{}'), ('exercise_start_utc', "
                                                 "'2026-11-23T01:40:00.000Z')")));
    CHECK_FALSE(storage::exerciseScriptOf(f.database->connection())->has_value());
}

TEST_CASE("A database that holds cases never becomes an exercise", "[engines]") {
    test::Fixture f;
    REQUIRE(f.service->create(test::kOfficer, test::rubberBoatOffZuwara(), QString()));
    auto marked = storage::markAsExercise(*f.database, QStringLiteral("Drill"), QString(), kMarked);
    REQUIRE_FALSE(marked);
    CHECK(marked.errorMessage().contains(QStringLiteral("1 cases")));
    CHECK_FALSE(f.database->isExercise());
    CHECK(rowsIn(*f.database, "meta") == 0);
}

TEST_CASE("An exercise name is one line of 1 to 80 characters") {
    CHECK(storage::checkExerciseName(QStringLiteral(" Tobruk, course 3 ")).value() ==
          QStringLiteral("Tobruk, course 3"));
    CHECK_FALSE(storage::checkExerciseName(QStringLiteral("   ")));
    CHECK_FALSE(storage::checkExerciseName(QStringLiteral("two\nlines")));
    CHECK_FALSE(storage::checkExerciseName(QString(81, QLatin1Char('x'))));
    CHECK(storage::checkExerciseName(QString(80, QLatin1Char('x'))));
}

TEST_CASE("An exercise takes places, users, assets and facilities from its database, never a case") {
    Operational ops;
    REQUIRE(rowsIn(ops.database, "incidents") > 0);
    const QString target = ops.folder.filePath(QStringLiteral("drill.sqlite"));
    auto made = storage::createExerciseDatabase(ops.database, target, QStringLiteral("Zuwara night"));
    INFO((made ? QString() : made.errorMessage()).toStdString());
    REQUIRE(made);
    CHECK(made->tables.size() == 4);

    storage::Database exercise = openAt(target);
    CHECK(exercise.isExercise());
    CHECK(exercise.exerciseName() == QStringLiteral("Zuwara night"));
    CHECK(exercise.meta(QStringLiteral("exercise_source")) == ops.database.path());
    for (const char *table : {"places", "users", "assets", "handover_facilities"}) {
        INFO(table);
        CHECK(rowsIn(exercise, table) == rowsIn(ops.database, table));
        CHECK(rowsIn(exercise, table) > 0);
    }
    for (const char *table :
         {"incidents", "incident_events", "taskings", "disembarkations", "handover_steps", "audit_log",
          "vessel_positions", "vessel_positions_recent", "vessel_static", "journal"}) {
        INFO(table);
        CHECK(rowsIn(exercise, table) == 0);
    }
    // The trainees sign in with their own passwords: the hashes come as they are.
    QSqlQuery hashes(exercise.connection());
    REQUIRE(hashes.exec(QStringLiteral("SELECT user_name, password_hash FROM users ORDER BY user_id")));
    QSqlQuery original(ops.database.connection());
    REQUIRE(original.exec(QStringLiteral("SELECT user_name, password_hash FROM users ORDER BY user_id")));
    while (original.next()) {
        REQUIRE(hashes.next());
        CHECK(hashes.value(0) == original.value(0));
        CHECK(hashes.value(1) == original.value(1));
    }
    // The source is only read.
    CHECK_FALSE(ops.database.isExercise());
}

TEST_CASE("An exercise goes only into a new SQLite file, and a refusal leaves no file") {
    Operational ops;
    const QString existing = ops.folder.filePath(QStringLiteral("existing.sqlite"));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    CHECK_FALSE(storage::createExerciseDatabase(ops.database, existing, QStringLiteral("Drill")));
    QFile kept(existing);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArrayLiteral("keep me"));

    const QString fresh = ops.folder.filePath(QStringLiteral("fresh.sqlite"));
    CHECK_FALSE(storage::createExerciseDatabase(ops.database, fresh, QStringLiteral(" ")));
    CHECK_FALSE(QFile::exists(fresh));
    auto toServer = storage::createExerciseDatabase(
        ops.database, QStringLiteral("postgresql://marsa@localhost:5432/drill"), QStringLiteral("Drill"));
    REQUIRE_FALSE(toServer);
    CHECK(toServer.errorMessage().contains(QStringLiteral("db copy")));
}

TEST_CASE("In an exercise database every case is stamped an exercise, whatever the caller says",
          "[engines]") {
    test::Fixture f;
    auto marked = storage::markAsExercise(*f.database, QStringLiteral("Drill"), QString(), kMarked);
    INFO((marked ? QString() : marked.errorMessage()).toStdString());
    REQUIRE(marked);
    storage::NewIncident fresh = test::rubberBoatOffZuwara();
    fresh.isExercise = false;
    auto created = f.service->create(test::kOfficer, fresh, QString());
    REQUIRE(created);
    CHECK(created->isExercise);
    CHECK(f.service->find(created->id)->isExercise);
    QSqlQuery query(f.database->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE is_exercise = 0")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("An operational database keeps its cases operational") {
    test::Fixture f;
    auto created = f.service->create(test::kOfficer, test::rubberBoatOffZuwara(), QString());
    REQUIRE(created);
    CHECK_FALSE(created->isExercise);
}

TEST_CASE("A copy of an exercise is an exercise whose mark is locked too") {
    Operational ops;
    const QString drill = ops.folder.filePath(QStringLiteral("drill.sqlite"));
    REQUIRE(storage::createExerciseDatabase(ops.database, drill, QStringLiteral("Drill")));
    storage::Database exercise = openAt(drill);
    storage::Database copy = openAt(ops.folder.filePath(QStringLiteral("laptop.sqlite")));
    auto copied = storage::copyDatabase(exercise, copy);
    INFO((copied ? QString() : copied.errorMessage()).toStdString());
    REQUIRE(copied);
    CHECK(copy.isExercise());
    CHECK(copy.exerciseName() == QStringLiteral("Drill"));
    CHECK_FALSE(runs(copy, QStringLiteral("DELETE FROM meta WHERE key = 'mode'")));
    CHECK_FALSE(runs(copy, QStringLiteral("UPDATE meta SET value = 'operational' WHERE key = 'mode'")));
}

TEST_CASE(
    "A copy never carries an exercise into operational records, nor operational records into an exercise") {
    Operational ops;
    const QString drill = ops.folder.filePath(QStringLiteral("drill.sqlite"));
    REQUIRE(storage::createExerciseDatabase(ops.database, drill, QStringLiteral("Drill")));
    storage::Database exercise = openAt(drill);

    // An operational database that holds records (users only) refuses the exercise.
    storage::Database station = openAt(ops.folder.filePath(QStringLiteral("station.sqlite")));
    REQUIRE(runs(station,
                 QStringLiteral("INSERT INTO users (user_name, display_name, agency, role, password_hash, "
                                "created_at) VALUES ('a', 'A', 'coast_guard', 'supervisor', 'x', 'now')")));
    auto intoOperational = storage::copyDatabase(exercise, station);
    REQUIRE_FALSE(intoOperational);
    CHECK(intoOperational.errorMessage().contains(QStringLiteral("operational")));
    CHECK(rowsIn(station, "places") == 0);
    CHECK_FALSE(station.isExercise());

    // An exercise refuses the operational database's records.
    auto intoExercise = storage::copyDatabase(ops.database, exercise);
    REQUIRE_FALSE(intoExercise);
    CHECK(intoExercise.errorMessage().contains(QStringLiteral("exercise")));
    CHECK(rowsIn(exercise, "incidents") == 0);
}

TEST_CASE("In an exercise database a case not stamped as an exercise takes no disembarkation") {
    test::Fixture f;
    auto created = f.service->create(test::kOfficer, test::rubberBoatOffZuwara(), QString());
    REQUIRE(created);
    // Marked behind the service's back (markAsExercise refuses a database with cases).
    REQUIRE(runs(*f.database, QStringLiteral("INSERT INTO meta (key, value) VALUES ('mode', 'exercise')")));
    REQUIRE(f.database->isExercise());
    storage::DisembarkationService handovers(*f.database, f.clock);
    core::Declaration declaration;
    declaration.placeKey = QStringLiteral("tripoli");
    declaration.timeUtc = f.clock.now;
    declaration.persons = {60, 15, 5, 5, 0};
    auto declared = handovers.declare(test::kOfficer, created->id, declaration);
    REQUIRE_FALSE(declared);
    CHECK(declared.errorMessage().contains(QStringLiteral("not stamped as an exercise")));
    CHECK(rowsIn(*f.database, "disembarkations") == 0);
}
