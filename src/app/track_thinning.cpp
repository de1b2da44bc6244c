#include "app/track_thinning.h"

#include "core/clock.h"
#include "storage/track_store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace marsa::app {

TrackThinning::TrackThinning(QString databasePath, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock) {
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("marsa-track-thinning"));
    m_timer = new QTimer(this);
}

TrackThinning::~TrackThinning() {
    // The run reports to this object: it must be over before the object goes.
    m_pool.waitForDone();
}

void TrackThinning::start(int firstDelayMs, int intervalMs) {
    if (m_databasePath.isEmpty()) {
        return;
    }
    m_timer->disconnect(this);
    m_timer->start(firstDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this, intervalMs] {
        m_timer->setInterval(intervalMs);
        runNow();
    });
}

bool TrackThinning::isScheduled() const {
    return m_timer->isActive();
}

bool TrackThinning::runNow() {
    if (m_running || m_databasePath.isEmpty()) {
        return false;
    }
    m_running = true;
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    m_pool.start([this, path = m_databasePath, nowMs] {
        QElapsedTimer elapsed;
        elapsed.start();
        // A connection of this thread's own, opened and closed here (Qt SQL connections belong
        // to the thread that opened them).
        const auto run = [&path, nowMs]() -> core::Result<storage::RetentionRun> {
            auto store = storage::TrackStore::open(path);
            if (!store) {
                return store.error();
            }
            return storage::thinByRetention(store.value(), nowMs);
        }();
        const qint64 elapsedMs = elapsed.elapsed();
        QMetaObject::invokeMethod(
            this, [this, run, elapsedMs] { report(run, elapsedMs); }, Qt::QueuedConnection);
    });
    return true;
}

void TrackThinning::report(const core::Result<storage::RetentionRun> &run, qint64 elapsedMs) {
    m_running = false;
    if (!run) {
        spdlog::error("track thinning: {}", run.errorMessage().toStdString());
        Q_EMIT failed(run.errorMessage());
        return;
    }
    const storage::RetentionRun &done = run.value();
    spdlog::info("track thinning: removed {} of {} positions older than {} ({} vessels; every report kept "
                 "{} days, tolerance {} m, a point at least every {} min) in {} ms",
                 done.thinned.removed, done.thinned.examined,
                 QDateTime::fromMSecsSinceEpoch(done.cutoffMs, Qt::UTC).toString(Qt::ISODate).toStdString(),
                 done.thinned.vessels, done.retention.fullDetailDays, done.retention.toleranceMetres,
                 done.retention.maxGapMinutes, elapsedMs);
    Q_EMIT finished(done);
}

} // namespace marsa::app
