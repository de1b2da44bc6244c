#include "replay/simulated_clock.h"

#include <algorithm>
#include <cmath>

namespace marsa::replay {

std::chrono::nanoseconds SimulatedClock::steadyNow() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

SimulatedClock::SimulatedClock(QDateTime startUtc, MonotonicSource monotonic)
    : m_monotonic(std::move(monotonic))
    , m_anchorUtc(startUtc.toUTC())
    , m_anchorMonotonic(m_monotonic()) {}

QDateTime SimulatedClock::nowUtc() const {
    if (m_paused) {
        return m_anchorUtc;
    }
    const auto elapsed = m_monotonic() - m_anchorMonotonic;
    const auto simulatedMs =
        static_cast<qint64>(std::chrono::duration<double, std::milli>(elapsed).count() * m_speed);
    return m_anchorUtc.addMSecs(simulatedMs);
}

void SimulatedClock::reanchor() {
    m_anchorUtc = nowUtc();
    m_anchorMonotonic = m_monotonic();
}

void SimulatedClock::setSpeed(double speed) {
    if (!std::isfinite(speed)) {
        return; // not a speed: keep the current one
    }
    reanchor();
    m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
}

void SimulatedClock::pause() {
    if (!m_paused) {
        reanchor();
        m_paused = true;
    }
}

void SimulatedClock::resume() {
    if (m_paused) {
        m_anchorMonotonic = m_monotonic();
        m_paused = false;
    }
}

void SimulatedClock::seek(const QDateTime &instantUtc) {
    m_anchorUtc = instantUtc.toUTC();
    m_anchorMonotonic = m_monotonic();
}

} // namespace marsa::replay
