#pragma once

#include "feeds/feed_config.h"
#include "feeds/feed_status.h"

#include <QGeoPositionInfo>
#include <QList>
#include <QObject>
#include <QThread>

namespace marsa::feeds {

class LineSink;

namespace detail {
class FeedWorker;
}

/// Runs the configured feeds on one worker thread, so that reading, deduplicating and decoding
/// never hold up the GUI thread. Used from the GUI thread only: every call is handed to the
/// worker as a queued call and returns at once; the worker reports back through signals, which
/// arrive on the thread that owns the manager.
///
/// Lines flow, on the worker thread: source → line splitter → checksum check → own-ship GPS
/// sentences to the own-ship reader, AIS sentences through the deduplicator, other sentences
/// as they are → the LineSink, in batches.
class FeedManager final : public QObject {
    Q_OBJECT
public:
    explicit FeedManager(QObject *parent = nullptr);
    /// Stops every feed and the worker thread (waits for it).
    ~FeedManager() override;

    /// Where the lines go (the decoder); null drops them. Blocks until the worker has switched,
    /// so once it returns the old sink is no longer called. The sink is called on the worker
    /// thread and must outlive the manager or be replaced first.
    void setLineSink(LineSink *sink);

    /// The worker thread, for objects that must live with the sink (moveToThread).
    QThread *workerThread() { return &m_thread; }

    /// The last status the worker sent, in the configured order.
    const QList<FeedStatus> &status() const { return m_status; }

public Q_SLOTS:
    /// Runs the enabled feeds of `feeds` and stops the others; feeds whose configuration did not
    /// change keep running (their counts too).
    void setFeeds(const QList<marsa::feeds::FeedConfig> &feeds);
    void stopAll();
    /// Asks the worker for a status now, instead of at its next half-second.
    void requestStatus();

Q_SIGNALS:
    /// About twice a second, and when a feed's state changes.
    void statusChanged(const QList<marsa::feeds::FeedStatus> &status);
    /// Own ship's fix from the GPS sentences of the feeds that give own ship (FeedConfig::ownShipGps).
    void ownShipPositionUpdated(const QGeoPositionInfo &position);
    /// Own ship's true heading from HDT, degrees (Qt Positioning does not read HDT).
    void ownShipHeadingUpdated(double headingDeg);

private:
    QThread m_thread;
    detail::FeedWorker *m_worker = nullptr;
    QList<FeedStatus> m_status;
};

} // namespace marsa::feeds
