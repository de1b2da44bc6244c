#include "feeds/nmea_pipe.h"

#include <algorithm>
#include <cstring>

namespace marsa::feeds {

NmeaPipe::NmeaPipe(QObject *parent)
    : QIODevice(parent) {
    open(QIODevice::ReadOnly);
}

void NmeaPipe::pushLine(QByteArrayView line) {
    if (m_buffer.size() + line.size() + 2 > kMaxBuffered) {
        m_buffer.clear(); // nobody reads: the old lines are stale anyway
    }
    m_buffer.append(line);
    m_buffer.append("\r\n");
    Q_EMIT readyRead();
}

qint64 NmeaPipe::bytesAvailable() const {
    return m_buffer.size() + QIODevice::bytesAvailable();
}

bool NmeaPipe::canReadLine() const {
    // QIODevice's own answer looks only at its read buffer, not at lines not yet read from
    // here: without this QNmeaPositionInfoSource never reads a line.
    return m_buffer.contains('\n') || QIODevice::canReadLine();
}

qint64 NmeaPipe::readData(char *data, qint64 maxSize) {
    const qint64 size = std::min<qint64>(maxSize, m_buffer.size());
    std::memcpy(data, m_buffer.constData(), static_cast<std::size_t>(size));
    m_buffer.remove(0, size);
    return size;
}

qint64 NmeaPipe::writeData(const char *, qint64) {
    return -1; // read-only: lines come in through pushLine()
}

} // namespace marsa::feeds
