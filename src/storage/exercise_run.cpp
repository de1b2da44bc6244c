#include "storage/exercise_run.h"

#include "storage/change_feed.h"
#include "storage/database.h"
#include "storage/exercise.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::ExerciseRun)
};

constexpr const char *kStateKeys[] = {"not_started", "running", "paused", "ended"};

core::Error notAnExercise() {
    return core::Error{Text::tr("This database is not an exercise with a scenario: an exercise runs only "
                                "in an exercise database made with marsa-cli exercise create --scenario.")};
}

core::Error readError(const QSqlQuery &query) {
    return core::Error{Text::tr("Cannot read the exercise's run state: %1").arg(query.lastError().text())};
}

} // namespace

QString exerciseStateKey(ExerciseState state) {
    return QString::fromLatin1(kStateKeys[static_cast<int>(state)]);
}

std::optional<ExerciseState> exerciseStateFromKey(const QString &key) {
    for (int i = 0; i < 4; ++i) {
        if (key == QLatin1String(kStateKeys[i])) {
            return static_cast<ExerciseState>(i);
        }
    }
    return std::nullopt;
}

QString exerciseStateName(ExerciseState state) {
    switch (state) {
    case ExerciseState::NotStarted:
        return Text::tr("Not started");
    case ExerciseState::Running:
        return Text::tr("Running");
    case ExerciseState::Paused:
        return Text::tr("Paused");
    case ExerciseState::Ended:
        return Text::tr("Exercise ended");
    }
    return {};
}

std::int64_t ExerciseRun::exerciseMsAt(std::int64_t wallMs) const {
    if (state != ExerciseState::Running) {
        return anchorExerciseMs;
    }
    const auto elapsed = static_cast<double>(std::max<std::int64_t>(0, wallMs - anchorWallMs));
    return anchorExerciseMs + static_cast<std::int64_t>(std::llround(elapsed * speed));
}

std::vector<double> exerciseSpeeds() {
    return {1.0, 2.0, 5.0, 10.0, 60.0};
}

core::Result<ExerciseRunStore> ExerciseRunStore::open(const Database &database, const core::Clock &wall) {
    auto script = exerciseScriptOf(database.connection());
    if (!script) {
        return script.error();
    }
    if (!script.value()) {
        return notAnExercise();
    }
    return ExerciseRunStore(database, wall, script.value()->startUtc);
}

core::Result<ExerciseRun> ExerciseRunStore::read() const {
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT state, speed, anchor_exercise_ms, anchor_wall_ms, version FROM "
                                   "exercise_run WHERE run_id = 1"))) {
        return readError(query);
    }
    ExerciseRun run;
    run.anchorExerciseMs = m_startUtc.toMSecsSinceEpoch();
    if (!query.next()) {
        return run;
    }
    const auto state = exerciseStateFromKey(query.value(0).toString());
    if (!state) {
        return core::Error{
            Text::tr("The exercise's run state \"%1\" is not known.").arg(query.value(0).toString())};
    }
    run.state = *state;
    run.speed = query.value(1).toDouble();
    run.anchorExerciseMs = query.value(2).toLongLong();
    run.anchorWallMs = query.value(3).toLongLong();
    run.version = query.value(4).toInt();
    return run;
}

template <typename Apply>
core::Result<ExerciseRun> ExerciseRunStore::change(Apply &&apply) {
    Transaction transaction(m_database->connection());
    auto current = read();
    if (!current) {
        return current;
    }
    const std::int64_t wallMs = m_wall->nowUtc().toMSecsSinceEpoch();
    ExerciseRun next = current.value();
    if (auto refused = apply(next, wallMs); !refused.isEmpty()) {
        return core::Error{refused};
    }
    next.version = current->version + 1;
    QSqlQuery query(m_database->connection());
    if (current->version == 0) {
        query.prepare(
            QStringLiteral("INSERT INTO exercise_run (state, speed, anchor_exercise_ms, anchor_wall_ms, "
                           "version, run_id) VALUES (?, ?, ?, ?, ?, 1)"));
    } else {
        query.prepare(QStringLiteral("UPDATE exercise_run SET state = ?, speed = ?, anchor_exercise_ms = ?, "
                                     "anchor_wall_ms = ?, version = ? WHERE run_id = 1 AND version = ?"));
    }
    query.addBindValue(exerciseStateKey(next.state));
    query.addBindValue(next.speed);
    query.addBindValue(QVariant::fromValue<qlonglong>(next.anchorExerciseMs));
    query.addBindValue(QVariant::fromValue<qlonglong>(next.anchorWallMs));
    query.addBindValue(next.version);
    if (current->version != 0) {
        query.addBindValue(current->version);
    }
    if (!query.exec() || query.numRowsAffected() != 1) {
        return core::Error{Text::tr("The exercise's run state changed on another console meanwhile; "
                                    "look again and repeat. %1")
                               .arg(query.lastError().text())};
    }
    Change announced;
    announced.kind = QStringLiteral("exercise");
    announced.id = 1;
    announced.version = next.version;
    if (auto sent = announceChange(m_database->connection(), announced); !sent) {
        return sent.error();
    }
    if (!transaction.commit()) {
        return core::Error{Text::tr("Cannot write the exercise's run state: %1")
                               .arg(m_database->connection().lastError().text())};
    }
    return next;
}

core::Result<ExerciseRun> ExerciseRunStore::start() {
    return change([this](ExerciseRun &run, std::int64_t wallMs) -> QString {
        if (run.state != ExerciseState::NotStarted) {
            return Text::tr("The exercise has started already.");
        }
        run.state = ExerciseState::Running;
        run.anchorExerciseMs = m_startUtc.toMSecsSinceEpoch();
        run.anchorWallMs = wallMs;
        return {};
    });
}

core::Result<ExerciseRun> ExerciseRunStore::pause() {
    return change([](ExerciseRun &run, std::int64_t wallMs) -> QString {
        if (run.state != ExerciseState::Running) {
            return Text::tr("Only a running exercise can be paused.");
        }
        run.anchorExerciseMs = run.exerciseMsAt(wallMs);
        run.anchorWallMs = wallMs;
        run.state = ExerciseState::Paused;
        return {};
    });
}

core::Result<ExerciseRun> ExerciseRunStore::resume() {
    return change([](ExerciseRun &run, std::int64_t wallMs) -> QString {
        if (run.state != ExerciseState::Paused) {
            return Text::tr("Only a paused exercise can be resumed.");
        }
        run.anchorWallMs = wallMs;
        run.state = ExerciseState::Running;
        return {};
    });
}

core::Result<ExerciseRun> ExerciseRunStore::setSpeed(double speed) {
    return change([speed](ExerciseRun &run, std::int64_t wallMs) -> QString {
        const auto speeds = exerciseSpeeds();
        if (std::find(speeds.begin(), speeds.end(), speed) == speeds.end()) {
            return Text::tr("An exercise runs at 1, 2, 5, 10 or 60 times real time.");
        }
        if (run.state == ExerciseState::Ended) {
            return Text::tr("The exercise has ended.");
        }
        run.anchorExerciseMs = run.exerciseMsAt(wallMs);
        run.anchorWallMs = wallMs;
        run.speed = speed;
        return {};
    });
}

core::Result<ExerciseRun> ExerciseRunStore::end() {
    return change([](ExerciseRun &run, std::int64_t wallMs) -> QString {
        if (run.state == ExerciseState::Ended) {
            return Text::tr("The exercise has ended already.");
        }
        run.anchorExerciseMs = run.exerciseMsAt(wallMs);
        run.anchorWallMs = wallMs;
        run.state = ExerciseState::Ended;
        return {};
    });
}

core::Result<bool> ExerciseMessages::publish(const ExerciseMessage &message) const {
    if (!m_database->isExercise()) {
        return notAnExercise();
    }
    Transaction transaction(m_database->connection());
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO exercise_messages (message_key, time_ms, kind, payload) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (message_key) DO NOTHING"));
    query.addBindValue(message.key);
    query.addBindValue(QVariant::fromValue<qlonglong>(message.timeMs));
    query.addBindValue(message.kind);
    query.addBindValue(QString::fromUtf8(message.payload));
    if (!query.exec()) {
        return core::Error{Text::tr("Cannot send the exercise message: %1").arg(query.lastError().text())};
    }
    const bool stored = query.numRowsAffected() == 1;
    if (stored) {
        Change announced;
        announced.kind = QStringLiteral("exercise_message");
        if (auto sent = announceChange(m_database->connection(), announced); !sent) {
            return sent.error();
        }
    }
    if (!transaction.commit()) {
        return core::Error{Text::tr("Cannot send the exercise message: %1")
                               .arg(m_database->connection().lastError().text())};
    }
    return stored;
}

core::Result<std::vector<ExerciseMessage>> ExerciseMessages::after(std::int64_t afterId) const {
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT message_id, message_key, time_ms, kind, payload FROM exercise_messages "
                       "WHERE message_id > ? ORDER BY message_id"));
    query.addBindValue(QVariant::fromValue<qlonglong>(afterId));
    if (!query.exec()) {
        return core::Error{Text::tr("Cannot read the exercise messages: %1").arg(query.lastError().text())};
    }
    std::vector<ExerciseMessage> messages;
    while (query.next()) {
        ExerciseMessage message;
        message.id = query.value(0).toLongLong();
        message.key = query.value(1).toString();
        message.timeMs = query.value(2).toLongLong();
        message.kind = query.value(3).toString();
        message.payload = query.value(4).toString().toUtf8();
        messages.push_back(std::move(message));
    }
    return messages;
}

core::Result<QSet<QString>> ExerciseMessages::keys() const {
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT message_key FROM exercise_messages"))) {
        return core::Error{Text::tr("Cannot read the exercise messages: %1").arg(query.lastError().text())};
    }
    QSet<QString> keys;
    while (query.next()) {
        keys.insert(query.value(0).toString());
    }
    return keys;
}

} // namespace marsa::storage
