#include "feeds/line_splitter.h"

namespace marsa::feeds {

LineSplitter::LineSplitter(qsizetype maxLineLength)
    : m_maxLineLength(maxLineLength) {
    m_buffer.reserve(m_maxLineLength);
}

void LineSplitter::reset() {
    if (!m_discarding && !m_buffer.isEmpty()) {
        ++m_damaged;
    }
    m_buffer.clear();
    m_discarding = false;
}

void LineSplitter::markDamaged() {
    ++m_damaged;
    m_buffer.clear();
    m_discarding = true;
}

bool LineSplitter::isClean(QByteArrayView bytes) {
    for (const char c : bytes) {
        if (c < 0x20 || c > 0x7e) {
            return false;
        }
    }
    return true;
}

QByteArrayView LineSplitter::withoutPadding(QByteArrayView bytes) {
    qsizetype first = 0;
    while (first < bytes.size() && bytes[first] == '\0') {
        ++first;
    }
    return bytes.sliced(first);
}

bool LineSplitter::append(QByteArrayView segment) {
    if (m_discarding) {
        return false;
    }
    if (m_buffer.isEmpty()) {
        segment = withoutPadding(segment);
    }
    if (!isClean(segment) || m_buffer.size() + segment.size() > m_maxLineLength) {
        markDamaged();
        return false;
    }
    m_buffer.append(segment);
    return true;
}

} // namespace marsa::feeds
