#include "core/clock.h"

namespace marsa::core {

QDateTime SystemClock::nowUtc() const {
    return QDateTime::currentDateTimeUtc();
}

} // namespace marsa::core
