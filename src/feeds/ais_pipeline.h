#pragma once

#include "core/vessel.h"
#include "feeds/ais_stats.h"
#include "feeds/line_sink.h"

#include <QDeadlineTimer>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <vector>

class QTimer;

namespace marsa::storage {
class TrackStore;
class TrackWriter;
} // namespace marsa::storage

namespace marsa::feeds {

class AisDecoder;

/// What the feed worker hands the GUI thread a few times a second: the position reports and
/// static data decoded since the last batch, for the live target table.
struct TargetBatch {
    std::vector<core::VesselPosition> positions;
    std::vector<core::VesselStatic> statics;
};
using TargetBatchPtr = std::shared_ptr<const TargetBatch>;

/// The decoding end of the live feeds, living on the feed manager's worker thread (a LineSink):
/// lines → AisDecoder → the track store (its own connection to the database file, batched
/// transactions through storage::TrackWriter) and, every `batchIntervalMs`, one TargetBatch
/// to the GUI thread. Nothing of it runs on the GUI thread. Each feed has a decoder of its own,
/// so that its counts (what the Feeds dialog shows, through LineSink::decodeStats) are its own:
/// a fragment of one feed that expires is never counted against another.
///
///     feeds::AisPipeline pipeline(databasePath);
///     pipeline.moveToThread(manager.workerThread());   // before the first line
///     manager.setLineSink(&pipeline);
///     connect(&pipeline, &AisPipeline::batchReady, ...);  // queued to the GUI thread
class AisPipeline final
    : public QObject
    , public LineSink {
    Q_OBJECT
public:
    /// `databasePath` empty: decode only, store nothing (a console without a track store).
    explicit AisPipeline(QString databasePath, int batchIntervalMs = 250, QObject *parent = nullptr);
    ~AisPipeline() override;

    void acceptLines(std::span<const ReceivedLine> lines) override;
    /// As acceptLines, but `record` false decodes the lines for the live table only and stores
    /// nothing (neither track store nor journal): an exercise's AIS on a console that is not its
    /// recorder (replay::ExerciseTraffic, docs/exercises.md).
    void acceptLines(std::span<const ReceivedLine> lines, bool record);
    /// One feed's counts (zero for a feed not heard yet); on the worker thread only.
    std::optional<DecodeStats> decodeStats(quint16 feedId) const override;
    /// Drops the feed's decoder (its waiting fragments count as rejected in stats()).
    void forgetFeed(quint16 feedId) override;

    /// How long after a failure the store is opened again (30 s; tests shorten it).
    void setStoreRetryInterval(qint64 ms) { m_storeRetryMs = ms; }

    /// The decoders' counters, every feed's together (forgotten feeds too), safe to read from any
    /// thread.
    DecodeStats stats() const;

public Q_SLOTS:
    /// Sends what is pending now and writes the store's batch (also called by the timer).
    void flush();
    /// Writes what is queued, stops the timer and closes the store's connection: call on the
    /// worker thread (a blocking queued call) before the worker stops.
    void shutdown();

Q_SIGNALS:
    void batchReady(const marsa::feeds::TargetBatchPtr &batch);
    /// The track store could not be opened or written; the message is translated. Decoding and
    /// the live table go on; the store is opened again 30 s later, when lines come.
    void storageFailed(const QString &message);

private:
    void openStore();
    void failStore(const QString &message);
    void ensureTimer();
    AisDecoder &decoderFor(quint16 feedId);
    void updateStats();

    QString m_databasePath;
    int m_batchIntervalMs;
    std::map<quint16, std::unique_ptr<AisDecoder>> m_decoders; ///< by FeedConfig::id
    quint16 m_lastFeedId = 0;
    AisDecoder *m_lastDecoder = nullptr; ///< m_decoders[m_lastFeedId]: lines come in runs of one feed
    DecodeStats m_forgotten;             ///< the counts of the decoders of forgotten feeds
    std::unique_ptr<storage::TrackStore> m_store;
    std::unique_ptr<storage::TrackWriter> m_writer;
    bool m_storeTried = false;
    bool m_storeFailed = false;
    QDeadlineTimer m_retryStore;
    qint64 m_storeRetryMs = 30'000;
    std::shared_ptr<TargetBatch> m_pending;
    QTimer *m_timer = nullptr;
    mutable std::mutex m_statsMutex;
    DecodeStats m_stats;
};

} // namespace marsa::feeds

Q_DECLARE_METATYPE(marsa::feeds::TargetBatchPtr)
