#pragma once

#include "storage/exercise_run.h"

#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace marsa::replay {
class ExerciseClock;
}
namespace marsa::storage {
class Database;
}

namespace marsa::app {

/// A console's hold on a running scenario exercise: it reads the shared run state and the new
/// exercise messages every second (and at once on a change notice), keeps the console's exercise
/// clock on that run state, and moves the run state for the trainer view.
class ExerciseSession final : public QObject {
    Q_OBJECT
public:
    ExerciseSession(storage::Database &database, replay::ExerciseClock &clock, QObject *parent = nullptr);
    ~ExerciseSession() override;

    storage::Database &database() { return m_database; }
    replay::ExerciseClock &clock() { return m_clock; }
    const storage::ExerciseRun &run() const;
    /// Every message received so far, oldest first.
    const std::vector<storage::ExerciseMessage> &messages() const { return m_messages; }

    /// Reads the run state and the new messages now.
    void refresh();
    /// The trainer's controls; a refusal comes back as its message (empty when done).
    QString start();
    QString pause();
    QString resume();
    QString setSpeed(double speed);
    QString end();

Q_SIGNALS:
    void runChanged(const marsa::storage::ExerciseRun &run);
    /// Messages newly read, oldest first.
    void messagesArrived(const std::vector<marsa::storage::ExerciseMessage> &messages);
    /// Every second after the run state was read (the trainer view's director ticks on it).
    void ticked();
    void failed(const QString &message);

private:
    QString apply(const core::Result<storage::ExerciseRun> &changed);

    storage::Database &m_database;
    replay::ExerciseClock &m_clock;
    std::unique_ptr<storage::ExerciseRunStore> m_store;
    std::vector<storage::ExerciseMessage> m_messages;
    std::int64_t m_lastMessageId = 0;
    int m_lastVersion = -1;
    QTimer *m_timer = nullptr;
};

} // namespace marsa::app
