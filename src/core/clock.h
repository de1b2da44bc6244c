#pragma once

#include <QDateTime>

namespace marsa::core {

/// Where the application reads the time. Live mode follows the wall clock; replay follows a
/// simulated clock that the trainer drives (src/replay). Always UTC.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
    /// True while the time shown is not the real present (replay, exercise).
    [[nodiscard]] virtual bool isSimulated() const { return false; }
};

/// The wall clock.
class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime nowUtc() const override;
};

/// A clock that follows another one, and for a while a second one instead (the console's views
/// follow the replay's simulated clock while it runs, the wall clock otherwise).
class FollowingClock final : public Clock {
public:
    explicit FollowingClock(const Clock &normal)
        : m_normal(normal) {}
    [[nodiscard]] QDateTime nowUtc() const override { return current().nowUtc(); }
    [[nodiscard]] bool isSimulated() const override { return current().isSimulated(); }
    /// Follows `other` until follow(nullptr).
    void follow(const Clock *other) { m_other = other; }

private:
    const Clock &current() const { return m_other != nullptr ? *m_other : m_normal; }
    const Clock &m_normal;
    const Clock *m_other = nullptr;
};

} // namespace marsa::core
