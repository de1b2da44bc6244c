#include "replay/simulated_clock.h"

#include "catch_qt.h"

#include <QTimeZone>

#include <chrono>
#include <limits>

using marsa::replay::SimulatedClock;
using namespace std::chrono_literals;

namespace {

const QDateTime kStart(QDate(2024, 9, 1), QTime(4, 30), QTimeZone::utc());

// A monotonic source the test advances by hand.
struct FakeMonotonic {
    std::chrono::nanoseconds now{1'000'000'000'000}; // any origin: only differences count
    SimulatedClock::MonotonicSource source() {
        return [this] { return now; };
    }
};

} // namespace

TEST_CASE("The simulated clock starts at its start instant and runs at real time") {
    FakeMonotonic real;
    SimulatedClock clock(kStart, real.source());
    CHECK(clock.nowUtc() == kStart);
    CHECK(clock.speed() == 1.0);
    CHECK_FALSE(clock.isPaused());
    real.now += 2500ms;
    CHECK(clock.nowUtc() == kStart.addMSecs(2500));
    CHECK(clock.nowUtc().timeSpec() == Qt::UTC);
}

TEST_CASE("One real second at speed 60 is one simulated minute") {
    FakeMonotonic real;
    SimulatedClock clock(kStart, real.source());
    clock.setSpeed(60.0);
    real.now += 1s;
    CHECK(clock.nowUtc() == kStart.addSecs(60));
    real.now += 30s;
    CHECK(clock.nowUtc() == kStart.addSecs(31 * 60));
}

TEST_CASE("Changing speed keeps the simulated time already elapsed") {
    FakeMonotonic real;
    SimulatedClock clock(kStart, real.source());
    clock.setSpeed(10.0);
    real.now += 6s; // +60 s
    clock.setSpeed(3600.0);
    CHECK(clock.nowUtc() == kStart.addSecs(60));
    real.now += 1s; // +1 h
    CHECK(clock.nowUtc() == kStart.addSecs(60 + 3600));
}

TEST_CASE("A paused simulated clock stands still and resumes where it stopped") {
    FakeMonotonic real;
    SimulatedClock clock(kStart, real.source());
    clock.setSpeed(60.0);
    real.now += 1s;
    clock.pause();
    CHECK(clock.isPaused());
    const QDateTime frozen = clock.nowUtc();
    CHECK(frozen == kStart.addSecs(60));
    real.now += 1h;
    CHECK(clock.nowUtc() == frozen);
    clock.pause(); // pausing twice changes nothing
    CHECK(clock.nowUtc() == frozen);

    clock.resume();
    CHECK_FALSE(clock.isPaused());
    CHECK(clock.nowUtc() == frozen);
    real.now += 2s;
    CHECK(clock.nowUtc() == frozen.addSecs(120));
    clock.resume(); // resuming a running clock changes nothing
    CHECK(clock.nowUtc() == frozen.addSecs(120));
}

TEST_CASE("Seeking jumps to an instant and keeps speed and pause") {
    FakeMonotonic real;
    SimulatedClock clock(kStart, real.source());
    clock.setSpeed(60.0);
    const QDateTime target(QDate(2024, 9, 2), QTime(18, 0), QTimeZone::utc());
    clock.seek(target);
    CHECK(clock.nowUtc() == target);
    real.now += 1s;
    CHECK(clock.nowUtc() == target.addSecs(60));
    CHECK(clock.speed() == 60.0);

    clock.pause();
    clock.seek(kStart);
    CHECK(clock.isPaused());
    CHECK(clock.nowUtc() == kStart);
    real.now += 10s;
    CHECK(clock.nowUtc() == kStart);
}

TEST_CASE("An instant given with a UTC offset is kept as the same instant in UTC") {
    FakeMonotonic real;
    const QDateTime tripoliTime(QDate(2024, 9, 1), QTime(6, 30), QTimeZone(2 * 3600)); // Libya is UTC+2
    SimulatedClock clock(tripoliTime, real.source());
    CHECK(clock.nowUtc() == kStart);
    CHECK(clock.nowUtc().timeSpec() == Qt::UTC);
    CHECK(clock.nowUtc().time() == QTime(4, 30));
}

TEST_CASE("The simulated clock speed is clamped to 1 to 3600") {
    FakeMonotonic real;
    SimulatedClock clock(kStart, real.source());
    clock.setSpeed(0.1);
    CHECK(clock.speed() == SimulatedClock::kMinSpeed);
    CHECK(clock.speed() == 1.0);
    clock.setSpeed(-5.0);
    CHECK(clock.speed() == 1.0);
    clock.setSpeed(10000.0);
    CHECK(clock.speed() == SimulatedClock::kMaxSpeed);
    CHECK(clock.speed() == 3600.0);
    clock.setSpeed(120.0);
    CHECK(clock.speed() == 120.0);
}

TEST_CASE("A speed that is not a number leaves the simulated clock at a valid speed") {
    FakeMonotonic real;
    SimulatedClock clock(kStart, real.source());
    clock.setSpeed(std::numeric_limits<double>::quiet_NaN());
    CHECK(clock.speed() >= SimulatedClock::kMinSpeed);
    CHECK(clock.speed() <= SimulatedClock::kMaxSpeed);
}

TEST_CASE("The simulated clock says it is simulated") {
    FakeMonotonic real;
    const SimulatedClock clock(kStart, real.source());
    const marsa::core::Clock &base = clock;
    CHECK(base.isSimulated());
}

TEST_CASE("The simulated clock runs on the steady clock by default") {
    SimulatedClock clock(kStart);
    const QDateTime first = clock.nowUtc();
    CHECK(first >= kStart);
    CHECK(first.msecsTo(clock.nowUtc()) >= 0);
    CHECK(kStart.msecsTo(first) < 1000);
}
