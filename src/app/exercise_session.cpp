#include "app/exercise_session.h"

#include "replay/exercise_clock.h"
#include "storage/database.h"

#include <QTimer>

#include <spdlog/spdlog.h>

namespace marsa::app {

ExerciseSession::ExerciseSession(storage::Database &database, replay::ExerciseClock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock) {
    setObjectName(QStringLiteral("exerciseSession"));
    if (auto store = storage::ExerciseRunStore::open(database, clock.wall())) {
        m_store = std::make_unique<storage::ExerciseRunStore>(std::move(store.value()));
    } else {
        spdlog::error("exercise run state unavailable: {}", store.errorMessage().toStdString());
    }
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &ExerciseSession::refresh);
    m_timer->start(1000);
    refresh();
}

ExerciseSession::~ExerciseSession() = default;

const storage::ExerciseRun &ExerciseSession::run() const {
    return m_clock.run();
}

void ExerciseSession::refresh() {
    if (!m_store) {
        return;
    }
    if (auto run = m_store->read()) {
        m_clock.setRun(run.value());
        if (run->version != m_lastVersion) {
            m_lastVersion = run->version;
            Q_EMIT runChanged(run.value());
        }
    } else {
        Q_EMIT failed(run.errorMessage());
        return;
    }
    if (auto fresh = storage::ExerciseMessages(m_database).after(m_lastMessageId); fresh && !fresh->empty()) {
        m_lastMessageId = fresh->back().id;
        m_messages.insert(m_messages.end(), fresh->begin(), fresh->end());
        Q_EMIT messagesArrived(fresh.value());
    }
    Q_EMIT ticked();
}

QString ExerciseSession::apply(const core::Result<storage::ExerciseRun> &changed) {
    if (!changed) {
        refresh();
        return changed.errorMessage();
    }
    refresh();
    return {};
}

QString ExerciseSession::start() {
    return m_store ? apply(m_store->start()) : QString();
}

QString ExerciseSession::pause() {
    return m_store ? apply(m_store->pause()) : QString();
}

QString ExerciseSession::resume() {
    return m_store ? apply(m_store->resume()) : QString();
}

QString ExerciseSession::setSpeed(double speed) {
    return m_store ? apply(m_store->setSpeed(speed)) : QString();
}

QString ExerciseSession::end() {
    return m_store ? apply(m_store->end()) : QString();
}

} // namespace marsa::app
