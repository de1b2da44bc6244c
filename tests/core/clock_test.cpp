#include "core/clock.h"

#include "catch_qt.h"

#include <QDateTime>

#include <cstdlib>

using marsa::core::Clock;
using marsa::core::SystemClock;

TEST_CASE("The system clock reads the present time in UTC") {
    const SystemClock clock;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = clock.nowUtc();
    const QDateTime after = QDateTime::currentDateTimeUtc();

    CHECK(now.timeSpec() == Qt::UTC);
    CHECK(now.isValid());
    CHECK(before.msecsTo(now) >= 0);
    CHECK(now.msecsTo(after) >= 0);
    // Not the epoch or some default: within a second of the wall clock.
    CHECK(std::abs(now.msecsTo(QDateTime::currentDateTimeUtc())) < 1000);
}

TEST_CASE("The system clock is not simulated") {
    const SystemClock clock;
    const Clock &base = clock;
    CHECK_FALSE(base.isSimulated());
}
