#pragma once

#include "core/clock.h"

#include <QDateTime>

#include <chrono>
#include <functional>

namespace marsa::replay {

/// The clock of a replay or an exercise: simulated time that runs at a chosen speed from a
/// chosen instant, pauses, and seeks. Real elapsed time comes from a monotonic source, which
/// tests replace.
class SimulatedClock final : public core::Clock {
public:
    using MonotonicSource = std::function<std::chrono::nanoseconds()>;

    explicit SimulatedClock(QDateTime startUtc, MonotonicSource monotonic = steadyNow);

    [[nodiscard]] QDateTime nowUtc() const override;
    [[nodiscard]] bool isSimulated() const override { return true; }

    /// Speed as a multiple of real time, 1 to 3600 (values outside are clamped).
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    /// Jumps to an instant; the speed and the paused state stay.
    void seek(const QDateTime &instantUtc);

    static constexpr double kMinSpeed = 1.0;
    static constexpr double kMaxSpeed = 3600.0;
    static std::chrono::nanoseconds steadyNow();

private:
    // Simulated time = m_anchorUtc + (monotonic() - m_anchorMonotonic) * speed, unless paused.
    void reanchor();
    MonotonicSource m_monotonic;
    QDateTime m_anchorUtc;
    std::chrono::nanoseconds m_anchorMonotonic{};
    double m_speed = 1.0;
    bool m_paused = false;
};

} // namespace marsa::replay
