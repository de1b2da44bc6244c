#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace marsa::feeds {

/// Cuts a byte stream into NMEA lines, whatever the sender's line ends (CR, LF, CRLF, or one
/// line per datagram) and however the reads cut it. NMEA 0183 is printable ASCII: a line with any
/// other byte (a NUL inside it, line noise on a serial port) is dropped and counted as damaged;
/// NULs before a line are padding and skipped. A line longer than the cap without an end is cut
/// there, counted once as damaged, and the rest up to the next line end discarded, so the buffer
/// never holds more than the cap however long the garbage runs.
class LineSplitter {
public:
    /// An NMEA sentence is at most 82 characters and a tag block adds some tens; 1 KB leaves room
    /// for long proprietary lines while keeping each feed's buffer small.
    static constexpr qsizetype kDefaultMaxLineLength = 1024;

    explicit LineSplitter(qsizetype maxLineLength = kDefaultMaxLineLength);

    /// Feeds bytes; calls `onLine(QByteArrayView)` for each complete clean line, without its end.
    /// The view is valid only during the call.
    template <typename OnLine>
    void feed(QByteArrayView bytes, OnLine &&onLine);

    /// The end of a datagram or of a file: a pending partial line is a line if clean.
    template <typename OnLine>
    void finish(OnLine &&onLine) {
        if (!m_discarding && !m_buffer.isEmpty()) {
            ++m_lines;
            onLine(QByteArrayView(m_buffer));
        }
        m_buffer.clear();
        m_discarding = false;
    }

    /// Drops a pending partial line (a connection lost in the middle of one): counted as damaged.
    void reset();

    quint64 lines() const { return m_lines; }
    quint64 damaged() const { return m_damaged; }
    /// Bytes held while waiting for a line's end; never more than the cap.
    qsizetype pendingBytes() const { return m_buffer.size(); }
    qsizetype maxLineLength() const { return m_maxLineLength; }

private:
    /// Adds bytes of the pending line (no line end among them); false when the line is damaged.
    bool append(QByteArrayView segment);
    void markDamaged();
    /// True when every byte is printable ASCII, as NMEA 0183 allows.
    static bool isClean(QByteArrayView bytes);
    /// Without the NULs some devices send between sentences.
    static QByteArrayView withoutPadding(QByteArrayView bytes);

    qsizetype m_maxLineLength;
    QByteArray m_buffer;
    bool m_discarding = false; ///< inside a damaged line, until its end
    quint64 m_lines = 0;
    quint64 m_damaged = 0;
};

template <typename OnLine>
void LineSplitter::feed(QByteArrayView bytes, OnLine &&onLine) {
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype start = 0;
    while (start < size) {
        qsizetype end = start;
        while (end < size && data[end] != '\n' && data[end] != '\r') {
            ++end;
        }
        const QByteArrayView segment(data + start, end - start);
        if (end == size) { // no line end in what is left: keep it for the next read
            append(segment);
            return;
        }
        if (m_discarding) {
            // the end of a damaged line, already counted
        } else if (m_buffer.isEmpty()) {
            // The common case: a whole line inside one read, passed on without a copy.
            const QByteArrayView line = withoutPadding(segment);
            if (line.isEmpty()) {
                // an empty line: the LF of a CRLF, or padding
            } else if (!isClean(line) || line.size() > m_maxLineLength) {
                ++m_damaged;
            } else {
                ++m_lines;
                onLine(line);
            }
        } else if (append(segment)) {
            ++m_lines;
            onLine(QByteArrayView(m_buffer));
        }
        m_buffer.clear();
        m_discarding = false;
        start = end + 1;
    }
}

} // namespace marsa::feeds
