#include "replay/replay_controller.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace marsa::replay {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::replay::Replay)
};

constexpr int kDefaultTickMs = 50;

QDateTime utc(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

ReplayController::ReplayController(QSqlDatabase database, core::LiveTargets &targets,
                                   SimulatedClock::MonotonicSource monotonic, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_targets(targets)
    , m_monotonic(std::move(monotonic))
    , m_replayer(targets)
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(kDefaultTickMs);
    connect(m_timer, &QTimer::timeout, this, &ReplayController::advance);
}

ReplayController::~ReplayController() = default;

void ReplayController::setTickInterval(int ms) {
    m_timer->setInterval(std::max(1, ms));
}

core::Result<void> ReplayController::open(std::int64_t fromMs, std::int64_t toMs) {
    return load(fromMs, toMs, std::nullopt);
}

core::Result<void> ReplayController::openIncident(const core::Incident &incident) {
    auto bounds = storage::Journal(m_database).caseBounds(incident.id);
    if (!bounds) {
        return bounds.error();
    }
    if (!bounds.value()) {
        return core::Error{Text::tr("The journal holds nothing of case %1.").arg(incident.caseNumber.text())};
    }
    // From the first alert (which may precede the case's creation) to its last change.
    std::int64_t fromMs = bounds.value()->first;
    if (incident.firstAlertUtc.isValid()) {
        fromMs = std::min<std::int64_t>(incident.firstAlertUtc.toMSecsSinceEpoch(), fromMs);
    }
    return load(fromMs, bounds.value()->second, incident.id.value);
}

core::Result<void> ReplayController::load(std::int64_t fromMs, std::int64_t toMs,
                                          std::optional<std::int64_t> caseId) {
    if (toMs <= fromMs) {
        return core::Error{Text::tr("The replay window must end after it starts.")};
    }
    storage::JournalQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.kind = storage::JournalKind::Case;
    query.source = caseId;
    query.limit = std::numeric_limits<int>::max();
    std::vector<ReplayEvent> events;
    auto scanned =
        storage::Journal(m_database).scan(query, [&events](const storage::JournalEntryView &entry) {
            events.push_back({entry.timeMs, entry.source});
        });
    if (!scanned) {
        return scanned.error();
    }
    m_timer->stop();
    m_events = std::move(events);
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_clock = std::make_unique<SimulatedClock>(utc(fromMs), m_monotonic);
    m_clock->pause();
    m_clock->setSpeed(m_speed);
    if (auto rebuilt = rebuild(fromMs); !rebuilt) {
        m_clock.reset();
        return rebuilt.error();
    }
    return {};
}

core::Result<void> ReplayController::rebuild(std::int64_t atMs) {
    m_targets.clear();
    m_replayer.reset();
    const std::int64_t fromMs = atMs - m_targets.settings().dropAfterMs;
    if (auto played = replayWindow(m_database, m_replayer, fromMs, atMs); !played) {
        return played.error();
    }
    m_targets.age(atMs);
    auto cases = casesAt(m_database, atMs);
    if (!cases) {
        return cases.error();
    }
    m_byCase.clear();
    for (storage::CaseSnapshot &snapshot : cases.value()) {
        const std::int64_t id = snapshot.incident.id.value;
        m_byCase[id] = std::move(snapshot);
    }
    m_playedMs = atMs;
    publishCases();
    Q_EMIT targetsChanged();
    Q_EMIT timeChanged(atMs);
    return {};
}

core::Result<bool> ReplayController::playCases(std::int64_t fromMs, std::int64_t toMs) {
    storage::JournalQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.kind = storage::JournalKind::Case;
    query.limit = std::numeric_limits<int>::max();
    bool changed = false;
    QString failure;
    auto scanned = storage::Journal(m_database).scan(query, [&](const storage::JournalEntryView &entry) {
        auto snapshot = storage::caseSnapshotFrom(entry.payload.toByteArray());
        if (!snapshot) {
            failure = snapshot.errorMessage();
            return;
        }
        m_byCase[entry.source] = std::move(snapshot.value());
        changed = true;
    });
    if (!scanned) {
        return scanned.error();
    }
    if (!failure.isEmpty()) {
        return core::Error{failure};
    }
    return changed;
}

void ReplayController::publishCases() {
    m_cases.clear();
    m_cases.reserve(m_byCase.size());
    for (const auto &[id, snapshot] : m_byCase) {
        m_cases.push_back(snapshot);
    }
    std::sort(m_cases.begin(), m_cases.end(),
              [](const auto &a, const auto &b) { return a.incident.caseNumber < b.incident.caseNumber; });
    Q_EMIT casesChanged(m_cases);
}

void ReplayController::fail(const QString &text) {
    pause();
    Q_EMIT failed(text);
}

void ReplayController::play() {
    if (!m_clock || isPlaying()) {
        return;
    }
    if (m_playedMs >= m_toMs) {
        seek(m_fromMs); // played to the end: play again from the start
    }
    m_clock->seek(utc(m_playedMs));
    m_clock->resume();
    m_timer->start();
    Q_EMIT playingChanged(true);
}

void ReplayController::pause() {
    if (!isPlaying()) {
        return;
    }
    advance();
    if (!isPlaying()) {
        return; // it reached the end
    }
    m_clock->pause();
    m_clock->seek(utc(m_playedMs));
    m_timer->stop();
    Q_EMIT playingChanged(false);
}

void ReplayController::setSpeed(double speed) {
    m_speed = std::clamp(speed, SimulatedClock::kMinSpeed, SimulatedClock::kMaxSpeed);
    if (m_clock) {
        m_clock->setSpeed(m_speed);
    }
}

void ReplayController::stepToNextEvent() {
    const auto next =
        std::upper_bound(m_events.begin(), m_events.end(), m_playedMs,
                         [](std::int64_t at, const ReplayEvent &event) { return at < event.timeMs; });
    if (next != m_events.end()) {
        seek(next->timeMs);
    }
}

void ReplayController::seek(std::int64_t atMs) {
    if (!m_clock) {
        return;
    }
    const std::int64_t at = std::clamp(atMs, m_fromMs, m_toMs);
    m_clock->seek(utc(at));
    if (auto rebuilt = rebuild(at); !rebuilt) {
        fail(rebuilt.errorMessage());
    }
}

void ReplayController::advance() {
    if (!m_clock) {
        return;
    }
    const std::int64_t clockMs = m_clock->nowUtc().toMSecsSinceEpoch();
    const std::int64_t nowMs = std::min(clockMs, m_toMs);
    if (nowMs > m_playedMs) {
        const std::int64_t fromMs = m_playedMs + 1;
        if (auto played = replayLines(m_database, m_replayer, fromMs, nowMs); !played) {
            fail(played.errorMessage());
            return;
        }
        m_targets.age(nowMs);
        auto cases = playCases(fromMs, nowMs);
        if (!cases) {
            fail(cases.errorMessage());
            return;
        }
        m_playedMs = nowMs;
        if (cases.value()) {
            publishCases();
        }
        Q_EMIT targetsChanged();
        Q_EMIT timeChanged(nowMs);
    }
    if (clockMs >= m_toMs && isPlaying()) {
        m_clock->pause();
        m_clock->seek(utc(m_toMs));
        m_timer->stop();
        Q_EMIT playingChanged(false);
        Q_EMIT finished();
    }
}

} // namespace marsa::replay
