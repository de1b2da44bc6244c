#include "app/write_gate.h"

namespace marsa::app {

core::Decision WriteGate::check(const core::Decision &decision) const {
    if (!decision.allowed || isOpen()) {
        return decision;
    }
    return core::Decision::refuse(reason());
}

QString WriteGate::reason() const {
    return m_reasons.empty() ? QString() : m_reasons.begin()->second;
}

void WriteGate::shut(Cause cause, const QString &reason) {
    Q_ASSERT(!reason.isEmpty());
    const QString before = this->reason();
    m_reasons[cause] = reason;
    if (this->reason() != before) {
        Q_EMIT changed();
    }
}

void WriteGate::open(Cause cause) {
    const bool wasOpen = isOpen();
    const QString before = reason();
    m_reasons.erase(cause);
    if (isOpen() != wasOpen || reason() != before) {
        Q_EMIT changed();
    }
}

core::Decision throughGate(const WriteGate *gate, const core::Decision &decision) {
    return gate != nullptr ? gate->check(decision) : decision;
}

} // namespace marsa::app
