#include "feeds/feed_worker.h"

#include "feeds/feed_source.h"
#include "feeds/line_sink.h"
#include "feeds/nmea_line.h"
#include "feeds/own_ship.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace marsa::feeds {

std::uint64_t FeedStatus::rejectedLines() const {
    std::uint64_t total = 0;
    for (const std::uint64_t count : rejected) {
        total += count;
    }
    return total;
}

double totalLinesPerSecond(const QList<FeedStatus> &status) {
    double total = 0;
    for (const FeedStatus &feed : status) {
        total += feed.linesPerSecond;
    }
    return total;
}

namespace detail {

FeedWorker::FeedWorker() {
    m_batch.reserve(kMaxBatch);
}

FeedWorker::~FeedWorker() {
    stopAll();
}

void FeedWorker::initialise() {
    m_clock.start();
    m_ownShip = new OwnShip(this);
    connect(m_ownShip, &OwnShip::positionUpdated, this, &FeedWorker::ownShipPosition);
    connect(m_ownShip, &OwnShip::headingUpdated, this, &FeedWorker::ownShipHeading);
    m_publishTimer = new QTimer(this);
    connect(m_publishTimer, &QTimer::timeout, this, &FeedWorker::publish);
    m_publishTimer->start(kPublishIntervalMs);
}

void FeedWorker::setSink(LineSink *sink) {
    flush(); // what came before goes to the sink that was there
    m_sink = sink;
}

void FeedWorker::removeFeed(quint16 id) {
    const auto it = m_feeds.find(id);
    if (it == m_feeds.end()) {
        return;
    }
    if (it->second->source) {
        // Quietly: no status from a feed on its way out (nor from a worker being destroyed).
        it->second->source->disconnect(this);
        it->second->source->setLineHandler({});
        it->second->source->stop();
    }
    m_deduplicator.forgetSource(id);
    if (m_sink != nullptr) {
        m_sink->forgetFeed(id); // its decoding counts start again with it, as its own counts do
    }
    m_feeds.erase(it);
}

void FeedWorker::apply(const QList<FeedConfig> &configs) {
    flush();
    QList<quint16> wanted;
    for (const FeedConfig &config : configs) {
        wanted << config.id;
    }
    for (auto it = m_feeds.begin(); it != m_feeds.end();) {
        const quint16 id = (it++)->first; // removeFeed erases the current element
        if (!wanted.contains(id)) {
            removeFeed(id);
        }
    }
    for (const FeedConfig &config : configs) {
        if (const auto it = m_feeds.find(config.id); it != m_feeds.end() && it->second->config == config) {
            continue;
        }
        removeFeed(config.id);
        auto feed = std::make_unique<Feed>();
        feed->config = config;
        if (config.enabled) {
            feed->source = createSource(config);
            Feed *raw = feed.get();
            feed->source->setLineHandler([this, raw](QByteArrayView line) { onLine(*raw, line); });
            connect(feed->source.get(), &FeedSource::stateChanged, this, &FeedWorker::publish);
        }
        FeedSource *source = feed->source.get();
        m_feeds[config.id] = std::move(feed);
        if (source != nullptr) {
            source->start();
        }
    }
    m_order = wanted;
    publish();
}

void FeedWorker::stopAll() {
    flush();
    while (!m_feeds.empty()) {
        removeFeed(m_feeds.begin()->first);
    }
    m_order.clear();
}

void FeedWorker::onLine(Feed &feed, QByteArrayView line) {
    switch (classifyLine(line)) {
    case LineKind::Damaged:
        ++feed.checksumDamaged;
        return;
    case LineKind::OwnShipGps:
        ++feed.gpsLines;
        if (feed.config.ownShipGps && m_ownShip != nullptr) {
            m_ownShip->acceptLine(line);
        }
        return;
    case LineKind::Encapsulated:
        m_deduplicator.offer({line.toByteArray(), QDateTime::currentMSecsSinceEpoch(), feed.config.id},
                             m_clock.elapsed(), m_batch);
        break;
    case LineKind::Parametric:
        m_batch.push_back({line.toByteArray(), QDateTime::currentMSecsSinceEpoch(), feed.config.id});
        break;
    }
    if (m_batch.size() >= kMaxBatch) {
        flush();
    } else if (!m_batch.empty() && !m_flushPosted) {
        // Whatever else arrives before the event loop turns goes in the same batch.
        m_flushPosted = true;
        QMetaObject::invokeMethod(this, &FeedWorker::flush, Qt::QueuedConnection);
    }
}

void FeedWorker::flush() {
    m_flushPosted = false;
    if (m_batch.empty()) {
        return;
    }
    if (m_sink != nullptr) {
        m_sink->acceptLines(m_batch);
    }
    m_batch.clear();
}

FeedStatus FeedWorker::statusOf(Feed &feed, qint64 nowMs) {
    FeedStatus status;
    status.id = feed.config.id;
    status.name = feed.config.name;
    status.enabled = feed.config.enabled;
    status.gpsLines = feed.gpsLines;
    const Deduplicator::Counts counts = m_deduplicator.counts(feed.config.id);
    status.duplicates = counts.duplicates;
    status.incomplete = counts.incomplete;
    status.damaged = feed.checksumDamaged;
    // The sink decodes on this thread: its counts are read here, between two of its batches.
    if (const auto decoded = m_sink != nullptr ? m_sink->decodeStats(feed.config.id) : std::nullopt) {
        status.messages = decoded->messages();
        status.rejected = decoded->rejectedByReason;
    }
    if (!feed.source) {
        return status;
    }
    const FeedSource &source = *feed.source;
    status.state = source.state();
    status.message = source.message();
    status.lines = source.lines();
    status.bytes = source.bytes();
    status.damaged += source.damagedLines();
    // The rate over the last 5 s: the oldest sample kept is the last one at least 5 s old.
    feed.samples.emplace_back(nowMs, status.lines);
    while (feed.samples.size() > 1 && nowMs - feed.samples[1].first >= kRateWindowMs) {
        feed.samples.pop_front();
    }
    const auto &[firstMs, firstLines] = feed.samples.front();
    if (nowMs > firstMs) {
        status.linesPerSecond =
            static_cast<double>(status.lines - firstLines) * 1000.0 / static_cast<double>(nowMs - firstMs);
    }
    return status;
}

void FeedWorker::publish() {
    const qint64 now = m_clock.elapsed();
    m_deduplicator.expire(now);
    QList<FeedStatus> status;
    for (const quint16 id : std::as_const(m_order)) {
        if (const auto it = m_feeds.find(id); it != m_feeds.end()) {
            status << statusOf(*it->second, now);
        }
    }
    Q_EMIT snapshot(status);
}

} // namespace detail
} // namespace marsa::feeds
