#pragma once

#include "storage/track_retention.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

class QTimer;

namespace marsa::core {
class Clock;
}

namespace marsa::app {

/// The console's scheduled thinning of the stored vessel tracks: shortly after start and every
/// six hours, storage::thinByRetention (TrackStore::thin with the retention stored in the
/// database) on a thread of its own, with its own connection to the database file, and the
/// outcome logged.
///
/// Not on the GUI thread: a pass over a large archive takes seconds. Not on the feed worker
/// either: while it ran, the sources would not be read and UDP datagrams would be lost once the
/// socket's buffer filled. SQLite lets one connection write at a time; thinning commits one
/// vessel at a time, so the feed's batches wait milliseconds, well within the busy timeout.
class TrackThinning final : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 6 * 3600 * 1000;
    /// After start, so that the start-up's own reads of the store come first.
    static constexpr int kFirstDelayMs = 60 * 1000;

    /// `databasePath` empty (an in-memory database): nothing to thin, runNow() refuses.
    TrackThinning(QString databasePath, const core::Clock &clock, QObject *parent = nullptr);
    /// Waits for a run under way (a vessel's transaction at a time, so not long).
    ~TrackThinning() override;

    /// Runs after firstDelayMs, then every intervalMs.
    void start(int firstDelayMs = kFirstDelayMs, int intervalMs = kIntervalMs);
    /// Starts a run now, by the clock's time, and returns at once; false while one is under way
    /// or without a database file. finished() or failed() follows, on this object's thread.
    bool runNow();
    bool isRunning() const { return m_running; }
    bool isScheduled() const;

Q_SIGNALS:
    void finished(const marsa::storage::RetentionRun &run);
    /// The message is translated.
    void failed(const QString &message);

private:
    void report(const core::Result<storage::RetentionRun> &run, qint64 elapsedMs);

    QString m_databasePath;
    const core::Clock &m_clock;
    QTimer *m_timer = nullptr;
    QThreadPool m_pool;
    bool m_running = false;
};

} // namespace marsa::app
