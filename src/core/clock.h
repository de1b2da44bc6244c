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

} // namespace marsa::core
