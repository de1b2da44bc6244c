#pragma once

#include "core/clock.h"
#include "storage/exercise_run.h"

#include <QDateTime>

namespace marsa::replay {

/// The clock of a console on an exercise with a scenario: exercise time from the shared run state
/// (storage::ExerciseRun) and the wall clock. Before the start it stands at T+0, paused it stands
/// still, ended it stays where the trainer ended it; running it moves at the chosen speed. Every
/// service of an exercise console stamps its records with it; the console sets the run state it
/// reads from the database (every second, and at once after the trainer changes it).
class ExerciseClock final : public core::Clock {
public:
    ExerciseClock(QDateTime startUtc, const core::Clock &wall);

    [[nodiscard]] QDateTime nowUtc() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }

    void setRun(const storage::ExerciseRun &run) { m_run = run; }
    const storage::ExerciseRun &run() const { return m_run; }
    QDateTime startUtc() const { return m_startUtc; }
    const core::Clock &wall() const { return m_wall; }
    /// Seconds since T+0 now (negative never: the clock starts at T+0).
    std::int64_t elapsedSeconds() const;
    /// "T+01:02:03".
    static QString offsetText(std::int64_t seconds);

private:
    QDateTime m_startUtc;
    const core::Clock &m_wall;
    storage::ExerciseRun m_run;
};

} // namespace marsa::replay
