#pragma once

#include "core/incident.h"
#include "core/live_targets.h"
#include "core/result.h"
#include "replay/replay_state.h"
#include "replay/simulated_clock.h"
#include "storage/journal.h"

#include <QObject>
#include <QSqlDatabase>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace marsa::replay {

/// One case entry of the replayed window: a mark on the timeline, a stop of "step to next event".
struct ReplayEvent {
    std::int64_t timeMs = 0;
    std::int64_t caseId = 0;
};

/// Plays a window of a database's journal into a live target table, as the console showed it:
/// a simulated clock (speed, pause, seek) drives it; every `tickMs` of wall time the received
/// lines up to the clock's instant go through the live decoder (LineReplayer) into the table,
/// which is aged by simulated time, and each case's latest state at that instant is told.
/// A seek rebuilds the table as stateAt() does, so any instant shows exactly what it showed.
/// The table belongs to the caller (the console shows it while replaying).
class ReplayController final : public QObject {
    Q_OBJECT
public:
    ReplayController(QSqlDatabase database, core::LiveTargets &targets,
                     SimulatedClock::MonotonicSource monotonic = SimulatedClock::steadyNow,
                     QObject *parent = nullptr);
    ~ReplayController() override;

    /// Opens [fromMs, toMs] paused at fromMs. An empty or reversed window, or a journal that cannot
    /// be read, is an error and changes nothing.
    core::Result<void> open(std::int64_t fromMs, std::int64_t toMs);
    /// "This incident": from its first alert (or its first journal entry if earlier) to its last
    /// change; the timeline marks only its own entries.
    core::Result<void> openIncident(const core::Incident &incident);
    bool isOpen() const { return m_clock != nullptr; }

    std::int64_t fromMs() const { return m_fromMs; }
    std::int64_t toMs() const { return m_toMs; }
    /// The instant shown: what has been played, which the clock may already have passed by a tick.
    std::int64_t nowMs() const { return m_playedMs; }
    const core::LiveTargets &targets() const { return m_targets; }
    /// Each case's state at nowMs(), by case number.
    const std::vector<storage::CaseSnapshot> &cases() const { return m_cases; }
    /// The case entries of the window, in time order.
    const std::vector<ReplayEvent> &events() const { return m_events; }
    /// The simulated clock that drives the replay; null until opened.
    const SimulatedClock *clock() const { return m_clock.get(); }
    /// The instant shown, as a clock for the views (the ages in the Vessels panel): it lasts as
    /// long as the controller, whatever window is opened.
    const core::Clock &shownClock() const { return m_shownClock; }

    bool isPlaying() const { return m_clock && !m_clock->isPaused(); }
    double speed() const { return m_speed; }
    /// Wall milliseconds between two advances while playing (50 by default).
    void setTickInterval(int ms);

public Q_SLOTS:
    void play();
    void pause();
    /// 1x to 3600x (clamped).
    void setSpeed(double speed);
    /// Jumps to the first case entry after the instant shown; at the last one, nothing happens.
    void stepToNextEvent();
    /// Shows the instant (clamped to the window) exactly as stateAt() rebuilds it, then goes on
    /// playing or stays paused as before.
    void seek(std::int64_t atMs);
    /// Plays what lies between the instant shown and the clock's (the timer calls it).
    void advance();

Q_SIGNALS:
    void timeChanged(qint64 atMs);
    void targetsChanged();
    void casesChanged(const std::vector<marsa::storage::CaseSnapshot> &cases);
    void playingChanged(bool playing);
    /// The end of the window was reached: the replay pauses there.
    void finished();
    /// The journal could not be read: the replay pauses.
    void failed(const QString &text);

private:
    class ShownClock final : public core::Clock {
    public:
        explicit ShownClock(const ReplayController &controller)
            : m_controller(controller) {}
        [[nodiscard]] QDateTime nowUtc() const override {
            return QDateTime::fromMSecsSinceEpoch(m_controller.nowMs(), Qt::UTC);
        }
        [[nodiscard]] bool isSimulated() const override { return true; }

    private:
        const ReplayController &m_controller;
    };

    core::Result<void> load(std::int64_t fromMs, std::int64_t toMs, std::optional<std::int64_t> caseId);
    core::Result<void> rebuild(std::int64_t atMs);
    core::Result<bool> playCases(std::int64_t fromMs, std::int64_t toMs);
    void publishCases();
    void fail(const QString &text);

    QSqlDatabase m_database;
    core::LiveTargets &m_targets;
    SimulatedClock::MonotonicSource m_monotonic;
    std::unique_ptr<SimulatedClock> m_clock;
    LineReplayer m_replayer;
    QTimer *m_timer = nullptr;
    std::int64_t m_fromMs = 0;
    std::int64_t m_toMs = 0;
    std::int64_t m_playedMs = 0;
    double m_speed = 1.0;
    std::vector<ReplayEvent> m_events;
    std::map<std::int64_t, storage::CaseSnapshot> m_byCase; ///< by case id
    std::vector<storage::CaseSnapshot> m_cases;
    ShownClock m_shownClock{*this};
};

} // namespace marsa::replay
