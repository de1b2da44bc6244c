#include "replay/exercise_clock.h"

#include <algorithm>

namespace marsa::replay {

ExerciseClock::ExerciseClock(QDateTime startUtc, const core::Clock &wall)
    : m_startUtc(std::move(startUtc))
    , m_wall(wall) {
    m_run.anchorExerciseMs = m_startUtc.toMSecsSinceEpoch();
}

QDateTime ExerciseClock::nowUtc() const {
    return QDateTime::fromMSecsSinceEpoch(m_run.exerciseMsAt(m_wall.nowUtc().toMSecsSinceEpoch()), Qt::UTC);
}

std::int64_t ExerciseClock::elapsedSeconds() const {
    return std::max<std::int64_t>(0, (nowUtc().toMSecsSinceEpoch() - m_startUtc.toMSecsSinceEpoch()) / 1000);
}

QString ExerciseClock::offsetText(std::int64_t seconds) {
    const std::int64_t s = std::max<std::int64_t>(0, seconds);
    return QStringLiteral("T+%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace marsa::replay
