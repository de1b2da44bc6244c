#include "feeds/ais_pipeline.h"

#include "feeds/ais_convert.h"
#include "feeds/ais_decoder.h"
#include "storage/track_store.h"
#include "storage/track_writer.h"

#include <QCoreApplication>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace marsa::feeds {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::feeds::AisPipeline)
};

} // namespace

AisPipeline::AisPipeline(QString databasePath, int batchIntervalMs, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_batchIntervalMs(batchIntervalMs)
    , m_pending(std::make_shared<TargetBatch>()) {
    qRegisterMetaType<TargetBatchPtr>();
}

AisPipeline::~AisPipeline() = default;

void AisPipeline::openStore() {
    m_storeTried = true;
    m_storeFailed = false;
    if (m_databasePath.isEmpty()) {
        return;
    }
    // A connection of this thread's own: Qt SQL connections may only be used by the thread that
    // opened them, and WAL lets the console read while the feed writes.
    auto store = storage::TrackStore::open(m_databasePath);
    if (!store) {
        failStore(Text::tr("Vessel tracks are not being stored: %1").arg(store.errorMessage()));
        return;
    }
    m_store = std::make_unique<storage::TrackStore>(std::move(store.value()));
    m_writer = std::make_unique<storage::TrackWriter>(*m_store);
}

void AisPipeline::ensureTimer() {
    if (m_timer != nullptr) {
        return;
    }
    // Created on first use, so that it belongs to the worker thread the pipeline was moved to.
    m_timer = new QTimer(this);
    m_timer->setInterval(m_batchIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AisPipeline::flush);
    m_timer->start();
}

void AisPipeline::failStore(const QString &message) {
    // The live table goes on; the store is closed and tried again in a while (a locked or full
    // disk may come back), and the officer is told once a failure.
    m_storeFailed = true;
    m_retryStore.setRemainingTime(m_storeRetryMs);
    m_writer.reset();
    m_store.reset();
    spdlog::error("track store: {}", message.toStdString());
    Q_EMIT storageFailed(message);
}

void AisPipeline::acceptLines(std::span<const ReceivedLine> lines) {
    acceptLines(lines, true);
}

void AisPipeline::acceptLines(std::span<const ReceivedLine> lines, bool record) {
    if (record && (!m_storeTried || (m_storeFailed && m_retryStore.hasExpired()))) {
        openStore();
    }
    ensureTimer();
    AisMessage message;
    for (const ReceivedLine &received : lines) {
        if (record && m_writer && !m_storeFailed) {
            // Every line, decodable or not, as received: a replay decodes it again (src/replay).
            m_writer->addLine(received.receivedMs, received.sourceId, received.line);
        }
        if (!decoderFor(received.sourceId)
                 .decodeLine(received.line, message, received.receivedMs, received.sourceId)
                 .hasMessage()) {
            continue;
        }
        const qint64 timeMs = message.timeMs != 0 ? message.timeMs : received.receivedMs;
        if (auto position = positionOf(message, timeMs, received.sourceId)) {
            m_pending->positions.push_back(*position);
            if (record && m_writer && !m_storeFailed) {
                if (auto added = m_writer->add(*position); !added) {
                    failStore(added.errorMessage());
                }
            }
        }
        if (auto statics = staticOf(message, timeMs)) {
            m_pending->statics.push_back(*statics);
            if (record && m_writer && !m_storeFailed) {
                static_cast<void>(m_writer->add(*statics));
            }
        }
    }
    updateStats();
}

AisDecoder &AisPipeline::decoderFor(quint16 feedId) {
    if (m_lastDecoder == nullptr || feedId != m_lastFeedId) {
        std::unique_ptr<AisDecoder> &decoder = m_decoders[feedId];
        if (!decoder) {
            decoder = std::make_unique<AisDecoder>();
        }
        m_lastFeedId = feedId;
        m_lastDecoder = decoder.get();
    }
    return *m_lastDecoder;
}

void AisPipeline::updateStats() {
    DecodeStats total = m_forgotten;
    for (const auto &[feedId, decoder] : m_decoders) {
        total += decoder->stats();
    }
    const std::lock_guard lock(m_statsMutex);
    m_stats = total;
}

std::optional<DecodeStats> AisPipeline::decodeStats(quint16 feedId) const {
    const auto it = m_decoders.find(feedId);
    return it != m_decoders.end() ? it->second->stats() : DecodeStats{};
}

void AisPipeline::forgetFeed(quint16 feedId) {
    const auto it = m_decoders.find(feedId);
    if (it == m_decoders.end()) {
        return;
    }
    it->second->finish(); // its fragments will never complete now
    m_forgotten += it->second->stats();
    m_decoders.erase(it);
    m_lastDecoder = nullptr;
    updateStats();
}

void AisPipeline::flush() {
    if (m_writer && !m_storeFailed) {
        if (auto written = m_writer->flushIfDue(); !written) {
            failStore(written.errorMessage());
        }
    }
    if (m_pending->positions.empty() && m_pending->statics.empty()) {
        return;
    }
    TargetBatchPtr batch = std::move(m_pending);
    m_pending = std::make_shared<TargetBatch>();
    Q_EMIT batchReady(batch);
}

void AisPipeline::shutdown() {
    flush();
    if (m_writer && !m_storeFailed) {
        if (auto written = m_writer->flush(); !written) {
            spdlog::error("track store: {}", written.errorMessage().toStdString());
        }
    }
    delete m_timer;
    m_timer = nullptr;
    m_writer.reset();
    m_store.reset();
    m_storeTried = false;
}

DecodeStats AisPipeline::stats() const {
    const std::lock_guard lock(m_statsMutex);
    return m_stats;
}

} // namespace marsa::feeds
