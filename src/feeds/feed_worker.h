#pragma once

#include "feeds/deduplicator.h"
#include "feeds/feed_config.h"
#include "feeds/feed_status.h"

#include <QElapsedTimer>
#include <QGeoPositionInfo>
#include <QObject>

#include <deque>
#include <map>
#include <memory>
#include <vector>

class QTimer;

namespace marsa::feeds {

class FeedSource;
class LineSink;
class OwnShip;

namespace detail {

/// The feed manager's half on the worker thread: owns the sources, routes their lines (GPS to
/// own ship, AIS through the deduplicator to the sink, in batches) and measures each feed.
/// Every member function runs on the worker thread; FeedManager calls them through queued calls.
class FeedWorker final : public QObject {
    Q_OBJECT
public:
    FeedWorker();
    ~FeedWorker() override;

    /// Creates what must live on the worker thread (timers, own ship); the first call made.
    void initialise();
    /// Starts, stops, restarts and forgets feeds so that those enabled in `configs` run; a feed
    /// whose configuration did not change keeps running undisturbed.
    void apply(const QList<FeedConfig> &configs);
    void stopAll();
    void setSink(LineSink *sink);
    /// Sends the status now (it also goes out twice a second).
    void publish();

    /// Lines at most in one call of the sink.
    static constexpr std::size_t kMaxBatch = 1000;
    /// How often the status goes out, and over how long the rates are averaged.
    static constexpr int kPublishIntervalMs = 500;
    static constexpr qint64 kRateWindowMs = 5000;

Q_SIGNALS:
    void snapshot(const QList<marsa::feeds::FeedStatus> &status);
    void ownShipPosition(const QGeoPositionInfo &position);
    void ownShipHeading(double headingDeg);

private:
    struct Feed {
        FeedConfig config;
        std::unique_ptr<FeedSource> source;
        quint64 checksumDamaged = 0;
        quint64 gpsLines = 0;
        std::deque<std::pair<qint64, quint64>> samples; ///< (clock ms, lines) for the rate
    };

    void onLine(Feed &feed, QByteArrayView line);
    void flush();
    void removeFeed(quint16 id);
    FeedStatus statusOf(Feed &feed, qint64 nowMs);

    std::map<quint16, std::unique_ptr<Feed>> m_feeds;
    QList<quint16> m_order; ///< the configured order, for the status
    Deduplicator m_deduplicator;
    std::vector<ReceivedLine> m_batch;
    bool m_flushPosted = false;
    LineSink *m_sink = nullptr;
    OwnShip *m_ownShip = nullptr;
    QTimer *m_publishTimer = nullptr;
    QElapsedTimer m_clock;
};

} // namespace detail
} // namespace marsa::feeds
