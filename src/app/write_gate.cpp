#include "app/write_gate.h"

namespace marsa::app {

core::Decision WriteGate::check(const core::Decision &decision) const {
    if (!decision.allowed || isOpen()) {
        return decision;
    }
    return core::Decision::refuse(m_reason);
}

void WriteGate::shut(const QString &reason) {
    Q_ASSERT(!reason.isEmpty());
    if (m_reason != reason) {
        m_reason = reason;
        Q_EMIT changed();
    }
}

void WriteGate::open() {
    if (!m_reason.isEmpty()) {
        m_reason.clear();
        Q_EMIT changed();
    }
}

core::Decision throughGate(const WriteGate *gate, const core::Decision &decision) {
    return gate != nullptr ? gate->check(decision) : decision;
}

} // namespace marsa::app
