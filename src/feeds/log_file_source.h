#pragma once

#include "feeds/feed_source.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>

#include <deque>
#include <optional>

class QTimer;

namespace marsa::feeds {

/// Plays an NMEA log (one sentence a line, as receivers and tools like gpsd or AISHub record
/// them). At recorded speed, a line whose tag block has a "c:" time is passed on when that
/// much time, divided by the speed, has gone by since the first timed line; lines without a
/// time follow the line before them, and a time going backwards starts the pacing afresh. As
/// fast as possible, lines go as fast as the pipeline takes them: the sink runs on the same
/// thread, so each chunk is decoded before the next is read. Gzip is not read (Qt has no gzip
/// stream); FeedConfig's validation asks for a decompressed file.
class LogFileSource final : public FeedSource {
    Q_OBJECT
public:
    explicit LogFileSource(const FeedConfig &config, QObject *parent = nullptr);
    ~LogFileSource() override;

    void start() override;
    void stop() override;

    /// How many times the file was played to its end.
    int passes() const { return m_passes; }

private:
    void pump();
    /// Reads the next chunk into m_pending; false at the end of the file.
    bool readChunk();
    /// Milliseconds to wait before this line is due; 0 when due now.
    qint64 waitFor(const QByteArray &line);

    QString m_path;
    bool m_paced;
    double m_speed;
    bool m_loop;
    QFile m_file;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    std::deque<QByteArray> m_pending;         ///< lines of the last chunk not yet passed on
    std::optional<qint64> m_anchorRecordedMs; ///< the tag block time that started the pacing
    qint64 m_anchorClockMs = 0;               ///< m_clock's reading then
    quint64 m_linesThisPass = 0;
    int m_passes = 0;
    bool m_running = false;
};

} // namespace marsa::feeds
