#include "feeds/log_file_source.h"

#include "feeds/feed_config.h"
#include "feeds/nmea_line.h"

#include <QDir>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace marsa::feeds {
namespace {

// Small enough that a paced file holds little in memory; large enough that playing as fast as
// possible costs few reads.
constexpr qint64 kChunkBytes = 16 * 1024;
// Lines passed on before going back to the event loop, so stop() and the status timer run.
constexpr int kLinesPerTurn = 2000;

} // namespace

LogFileSource::LogFileSource(const FeedConfig &config, QObject *parent)
    : FeedSource(config.id, parent)
    , m_path(config.filePath)
    , m_paced(config.playback == Playback::RecordedSpeed)
    , m_speed(std::clamp(config.speed, kMinimumSpeed, kMaximumSpeed))
    , m_loop(config.loop) {
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &LogFileSource::pump);
}

LogFileSource::~LogFileSource() = default;

void LogFileSource::start() {
    stop();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        setState(FeedState::Error, tr("Cannot open the log %1: %2.")
                                       .arg(QChar(0x2066) + QDir::toNativeSeparators(m_path) + QChar(0x2069),
                                            m_file.errorString()));
        return;
    }
    m_running = true;
    m_passes = 0;
    m_linesThisPass = 0;
    m_anchorRecordedMs.reset();
    m_clock.start();
    setState(FeedState::Connected);
    m_timer->start(0);
}

void LogFileSource::stop() {
    m_running = false;
    m_timer->stop();
    m_pending.clear();
    splitter().reset();
    if (m_file.isOpen()) {
        m_file.close();
    }
    setState(FeedState::Stopped);
}

qint64 LogFileSource::waitFor(const QByteArray &line) {
    if (!m_paced) {
        return 0;
    }
    const NmeaLineParts parts = splitTagBlock(line);
    const std::optional<qint64> recordedMs = tagBlockTimeMs(parts.tagBlock);
    if (!recordedMs) {
        return 0;
    }
    const qint64 now = m_clock.elapsed();
    if (!m_anchorRecordedMs || *recordedMs < *m_anchorRecordedMs) {
        m_anchorRecordedMs = recordedMs;
        m_anchorClockMs = now;
        return 0;
    }
    const auto dueMs =
        m_anchorClockMs +
        static_cast<qint64>(std::llround(static_cast<double>(*recordedMs - *m_anchorRecordedMs) / m_speed));
    return std::max<qint64>(0, dueMs - now);
}

bool LogFileSource::readChunk() {
    const QByteArray chunk = m_file.read(kChunkBytes);
    auto keep = [this](QByteArrayView line) { m_pending.emplace_back(line.toByteArray()); };
    if (chunk.isEmpty()) {
        splitter().finish(keep); // a last line without a line end
        return !m_pending.empty();
    }
    countBytes(chunk.size());
    splitter().feed(chunk, keep);
    return true;
}

void LogFileSource::pump() {
    int budget = kLinesPerTurn;
    while (m_running) {
        while (!m_pending.empty()) {
            if (const qint64 wait = waitFor(m_pending.front()); wait > 0) {
                m_timer->start(static_cast<int>(std::min<qint64>(wait, 24 * 3600 * 1000)));
                return;
            }
            const QByteArray line = std::move(m_pending.front());
            m_pending.pop_front();
            ++m_linesThisPass;
            deliver(line);
            if (--budget == 0) {
                m_timer->start(0);
                return;
            }
        }
        if (m_file.error() != QFileDevice::NoError) {
            setState(FeedState::Error, tr("Reading the log failed: %1.").arg(m_file.errorString()));
            m_running = false;
            return;
        }
        if (readChunk()) {
            continue;
        }
        ++m_passes;
        // A file without a single line would loop forever doing nothing.
        if (m_loop && m_linesThisPass > 0 && m_file.seek(0)) {
            m_linesThisPass = 0;
            m_anchorRecordedMs.reset();
            continue;
        }
        m_running = false;
        m_file.close();
        setState(FeedState::Finished);
    }
}

} // namespace marsa::feeds
