#include "feeds/feed_manager.h"

#include "feeds/feed_worker.h"

namespace marsa::feeds {

FeedManager::FeedManager(QObject *parent)
    : QObject(parent) {
    m_thread.setObjectName(QStringLiteral("marsa-feeds"));
    m_worker = new detail::FeedWorker;
    m_worker->moveToThread(&m_thread);
    // Queued: the worker's signals come from its thread and are delivered on this one.
    connect(m_worker, &detail::FeedWorker::snapshot, this, [this](const QList<FeedStatus> &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_worker, &detail::FeedWorker::ownShipPosition, this, &FeedManager::ownShipPositionUpdated);
    connect(m_worker, &detail::FeedWorker::ownShipHeading, this, &FeedManager::ownShipHeadingUpdated);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &detail::FeedWorker::initialise, Qt::QueuedConnection);
}

FeedManager::~FeedManager() {
    // The sockets, timers and own-ship reader belong to the worker thread: destroy them there.
    detail::FeedWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread.quit();
    m_thread.wait();
}

void FeedManager::setLineSink(LineSink *sink) {
    Q_ASSERT(QThread::currentThread() != &m_thread);
    detail::FeedWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, sink] { worker->setSink(sink); }, Qt::BlockingQueuedConnection);
}

void FeedManager::setFeeds(const QList<FeedConfig> &feeds) {
    detail::FeedWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, feeds] { worker->apply(feeds); }, Qt::QueuedConnection);
}

void FeedManager::stopAll() {
    detail::FeedWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker] {
            worker->stopAll();
            worker->publish();
        },
        Qt::QueuedConnection);
}

void FeedManager::requestStatus() {
    QMetaObject::invokeMethod(m_worker, &detail::FeedWorker::publish, Qt::QueuedConnection);
}

} // namespace marsa::feeds
