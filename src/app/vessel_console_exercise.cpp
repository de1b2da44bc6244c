#include "app/feed_status_label.h"
#include "app/vessel_console.h"
#include "feeds/feed_manager.h"
#include "replay/exercise_traffic.h"
#include "storage/exercise_traffic.h"

#include <numeric>

#include <spdlog/spdlog.h>

namespace marsa::app {

// The exercise's AIS (docs/exercises.md): every console on an exercise plays it into its own live
// picture, so that a trainee's console shows the ships without a trainer view; one console records
// it (track store and journal), the holder of the recorder lease, so that the journal holds each
// line once however many consoles run. A lease rather than "the trainer's console": the exercise's
// clock runs without a trainer view open, two trainers may open one each, and a console that
// closes hands the recording to another within seconds.

void VesselConsole::startExerciseTraffic(std::unique_ptr<replay::ExerciseTraffic> traffic,
                                         std::unique_ptr<storage::ExerciseRecorderLease> lease) {
    m_exerciseTraffic = std::move(traffic);
    m_recorderLease = std::move(lease);
    feeds::AisPipeline *pipeline = m_pipeline.get();
    m_exerciseTraffic->setLineSink([this, pipeline](std::vector<feeds::ReceivedLine> lines) {
        // On the feed worker's thread, as a feed's lines: decoded there, recorded only here.
        const bool record = m_recordsExercise;
        QMetaObject::invokeMethod(
            pipeline, [pipeline, record, lines = std::move(lines)] { pipeline->acceptLines(lines, record); });
    });
    feeds::FeedStatus feed;
    feed.id = replay::ExerciseTraffic::kFeedId;
    feed.name = tr("Exercise traffic");
    feed.state = feeds::FeedState::Stopped;
    m_exerciseFeed = feed;
    m_statusLabel->showStatus(feedStatus());
}

void VesselConsole::stopExerciseTraffic() {
    if (m_recorderLease && m_recordsExercise) {
        m_recorderLease->release();
    }
    m_exerciseTraffic.reset();
    m_recorderLease.reset();
}

void VesselConsole::tickExerciseTraffic() {
    if (!m_exerciseTraffic) {
        return;
    }
    if (m_recorderLease) {
        auto held = m_recorderLease->hold();
        if (!held) {
            spdlog::warn("exercise traffic recorder: {}", held.errorMessage().toStdString());
        }
        const bool records = held && held.value();
        if (records != m_recordsExercise) {
            spdlog::info("this console {} the exercise's traffic", records ? "records" : "no longer records");
        }
        m_recordsExercise = records;
    }
    auto sent = m_exerciseTraffic->tick();
    if (!sent) {
        spdlog::error("exercise traffic: {}", sent.errorMessage().toStdString());
    }
    m_exerciseLinesPerTick.push_back(sent ? sent.value() : 0);
    while (m_exerciseLinesPerTick.size() > 5) {
        m_exerciseLinesPerTick.pop_front();
    }
    feeds::FeedStatus &feed = *m_exerciseFeed;
    feed.state = sent ? feeds::FeedState::Connected : feeds::FeedState::Error;
    feed.message = !sent               ? sent.errorMessage()
                   : m_recordsExercise ? tr("played by the exercise clock, recorded by this console")
                                       : tr("played by the exercise clock, recorded by another console");
    feed.lines = m_exerciseTraffic->linesSent();
    feed.linesPerSecond = static_cast<double>(std::accumulate(m_exerciseLinesPerTick.begin(),
                                                              m_exerciseLinesPerTick.end(), std::size_t{0})) /
                          static_cast<double>(m_exerciseLinesPerTick.size());
    m_statusLabel->showStatus(feedStatus());
}

QList<feeds::FeedStatus> VesselConsole::feedStatus() const {
    QList<feeds::FeedStatus> status = m_feeds->status();
    if (m_exerciseFeed) {
        status << *m_exerciseFeed;
    }
    return status;
}

} // namespace marsa::app
