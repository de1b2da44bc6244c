#pragma once

#include "feeds/line_splitter.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace marsa::feeds {

struct FeedConfig;

/// Where a feed stands, as the Feeds dialog and the status bar say it.
enum class FeedState {
    Stopped,      ///< disabled, or not started
    Connecting,   ///< TCP: connecting; serial: opening
    Connected,    ///< TCP connected, serial port open, file playing
    Listening,    ///< UDP socket bound
    Disconnected, ///< TCP or serial: lost, waiting to try again
    Error,        ///< cannot run; the message says why and what to do
    Finished,     ///< log file: played to its end
};

/// "Connected", "Listening"... (translated).
QString stateName(FeedState state);

/// One NMEA source: reads bytes, cuts them into lines and hands each line to its handler. Lives
/// on the feed worker thread; the handler is called there, synchronously.
class FeedSource : public QObject {
    Q_OBJECT
public:
    using LineHandler = std::function<void(QByteArrayView line)>;

    explicit FeedSource(quint16 id, QObject *parent = nullptr);

    quint16 id() const { return m_id; }
    void setLineHandler(LineHandler handler) { m_handler = std::move(handler); }

    virtual void start() = 0;
    virtual void stop() = 0;

    FeedState state() const { return m_state; }
    /// Why the state is Error or Disconnected; empty otherwise.
    const QString &message() const { return m_message; }

    quint64 bytes() const { return m_bytes; }
    quint64 lines() const { return m_splitter.lines(); }
    /// Lines the splitter refused: unprintable bytes, longer than the cap, cut by a lost link.
    quint64 damagedLines() const { return m_splitter.damaged(); }

Q_SIGNALS:
    void stateChanged(marsa::feeds::FeedState state, const QString &message);

protected:
    void setState(FeedState state, const QString &message = {});
    /// Bytes from a stream: lines may run across reads.
    void receive(QByteArrayView bytes);
    /// One datagram: its last line ends with it, line end or not.
    void receiveDatagram(QByteArrayView bytes);
    /// The stream broke: a partial line is lost (counted as damaged).
    void dropPartialLine() { m_splitter.reset(); }
    /// For sources that hold lines before passing them on (a paced log file): the splitter, the
    /// byte count and the hand-over, separately.
    LineSplitter &splitter() { return m_splitter; }
    void countBytes(qsizetype bytes) { m_bytes += static_cast<quint64>(bytes); }
    void deliver(QByteArrayView line);

private:
    quint16 m_id;
    LineHandler m_handler;
    LineSplitter m_splitter;
    FeedState m_state = FeedState::Stopped;
    QString m_message;
    quint64 m_bytes = 0;
};

/// The source a configuration describes, not started.
std::unique_ptr<FeedSource> createSource(const FeedConfig &config);

/// Reconnection delays: the first retry after `initialMs`, each next one twice as long up to
/// `maximumMs`; back to the first after a success.
class Backoff {
public:
    Backoff(int initialMs = 1000, int maximumMs = 30000)
        : m_initialMs(initialMs)
        , m_maximumMs(maximumMs)
        , m_nextMs(initialMs) {}
    /// The delay before the next attempt, doubling the one after it.
    int next();
    void reset() { m_nextMs = m_initialMs; }
    int initialMs() const { return m_initialMs; }
    int maximumMs() const { return m_maximumMs; }

private:
    int m_initialMs;
    int m_maximumMs;
    int m_nextMs;
};

} // namespace marsa::feeds
