#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace marsa::storage {

class Database;

/// Where an exercise stands (migration 9, table exercise_run; docs/exercises.md).
enum class ExerciseState { NotStarted, Running, Paused, Ended };
QString exerciseStateKey(ExerciseState state);
std::optional<ExerciseState> exerciseStateFromKey(const QString &key);
QString exerciseStateName(ExerciseState state);

/// The run state every console on an exercise shares: the state, the speed, and the anchor (the
/// exercise instant and the wall instant of the last change). While running, exercise time is
/// anchorExerciseMs + (wall − anchorWallMs) × speed; otherwise it stands at anchorExerciseMs.
struct ExerciseRun {
    ExerciseState state = ExerciseState::NotStarted;
    double speed = 1.0;
    std::int64_t anchorExerciseMs = 0; ///< UTC ms; T+0 before the start
    std::int64_t anchorWallMs = 0;     ///< UTC ms of the wall clock
    int version = 0;                   ///< 0 before the first change (no row yet)

    /// Exercise time (UTC ms) at wall instant wallMs.
    std::int64_t exerciseMsAt(std::int64_t wallMs) const;
};

/// The speeds a trainer may pick.
std::vector<double> exerciseSpeeds();

/// Reads and moves the run state of the exercise of a database. Refused on a database that is not
/// an exercise with a scenario (storage/exercise.h). Each change is written over the version read
/// (a trainer on another console moving it meanwhile makes the change start again from theirs).
class ExerciseRunStore {
public:
    /// `wall` is the real clock (never the exercise's).
    static core::Result<ExerciseRunStore> open(const Database &database, const core::Clock &wall);

    QDateTime startUtc() const { return m_startUtc; }
    core::Result<ExerciseRun> read() const;

    core::Result<ExerciseRun> start();
    core::Result<ExerciseRun> pause();
    core::Result<ExerciseRun> resume();
    core::Result<ExerciseRun> setSpeed(double speed);
    core::Result<ExerciseRun> end();

private:
    ExerciseRunStore(const Database &database, const core::Clock &wall, QDateTime startUtc)
        : m_database(&database)
        , m_wall(&wall)
        , m_startUtc(std::move(startUtc)) {}
    template <typename Apply>
    core::Result<ExerciseRun> change(Apply &&apply);

    const Database *m_database;
    const core::Clock *m_wall;
    QDateTime m_startUtc;
};

/// One message the exercise sent its trainees.
struct ExerciseMessage {
    std::int64_t id = 0;
    QString key;             ///< "event:12" (a scripted moment), "radio:…" (the trainer's own)
    std::int64_t timeMs = 0; ///< exercise time, UTC ms
    QString kind;            ///< "alert", "radio_call", "second_boat", "man_overboard", ...
    QByteArray payload;      ///< JSON object: "text" and the kind's fields
};

/// The exercise's messages (table exercise_messages): each key at most once, whoever sends it.
class ExerciseMessages {
public:
    explicit ExerciseMessages(const Database &database)
        : m_database(&database) {}

    /// Stores the message unless its key was sent already; answers whether it was stored now.
    /// Refused on a database that is not an exercise.
    core::Result<bool> publish(const ExerciseMessage &message) const;
    /// The messages after `afterId`, oldest first.
    core::Result<std::vector<ExerciseMessage>> after(std::int64_t afterId) const;
    core::Result<QSet<QString>> keys() const;

private:
    const Database *m_database;
};

} // namespace marsa::storage
