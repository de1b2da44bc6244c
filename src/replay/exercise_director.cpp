#include "replay/exercise_director.h"

#include "replay/scenario_reader.h"
#include "storage/database.h"
#include "storage/exercise.h"
#include "storage/exercise_run.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>

namespace marsa::replay {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::replay::ExerciseDirector)
};

QByteArray json(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject alertPayload(const ScenarioCase &boat, const QString &summary) {
    QJsonObject o;
    o[QStringLiteral("text")] =
        boat.report.isEmpty() ? summary : QString(summary + QStringLiteral("\n") + boat.report);
    o[QStringLiteral("case")] = boat.id;
    o[QStringLiteral("source")] = core::alertSourceKey(boat.source);
    o[QStringLiteral("lat")] = boat.position.latitude;
    o[QStringLiteral("lon")] = boat.position.longitude;
    o[QStringLiteral("uncertainty_nm")] = boat.uncertaintyNm;
    o[QStringLiteral("persons")] = boat.personsOnBoard.total;
    for (const auto &[key, count] :
         {std::pair{"men", boat.personsOnBoard.men}, std::pair{"women", boat.personsOnBoard.women},
          std::pair{"children", boat.personsOnBoard.children}}) {
        if (count) {
            o[QLatin1String(key)] = *count;
        }
    }
    o[QStringLiteral("craft")] = core::craftKey(boat.craft);
    o[QStringLiteral("condition")] = boat.condition;
    o[QStringLiteral("phase")] = core::phaseKey(boat.phase);
    return o;
}

// The messages the trainees receive, from the scripted moments: never a trainer's note.
std::vector<ScriptedMessage> scriptedMessages(const Scenario &scenario,
                                              const std::vector<ScenarioEvent> &timeline) {
    std::vector<ScriptedMessage> messages;
    std::vector<bool> used(scenario.injects.size(), false);
    for (std::size_t i = 0; i < timeline.size(); ++i) {
        const ScenarioEvent &event = timeline[i];
        ScriptedMessage message{QStringLiteral("event:%1").arg(i), event.at, {}, {}, i};
        QJsonObject payload;
        payload[QStringLiteral("text")] = event.summary;
        switch (event.kind) {
        case ScenarioEvent::Kind::Alert:
            if (const ScenarioCase *boat = scenario.findCase(event.caseId)) {
                message.kind = QStringLiteral("alert");
                payload = alertPayload(*boat, event.summary);
            }
            break;
        case ScenarioEvent::Kind::Weather:
            message.kind = QStringLiteral("weather");
            break;
        case ScenarioEvent::Kind::AssetReady:
            message.kind = QStringLiteral("asset_ready");
            payload[QStringLiteral("asset")] = event.asset;
            break;
        case ScenarioEvent::Kind::Inject: {
            // The timeline keeps the injects' file order at equal times: find this one.
            const Inject *inject = nullptr;
            for (std::size_t k = 0; k < scenario.injects.size() && inject == nullptr; ++k) {
                const Inject &candidate = scenario.injects[k];
                if (!used[k] && candidate.at == event.at && candidate.kind == event.inject) {
                    inject = &candidate;
                    used[k] = true;
                }
            }
            if (inject == nullptr || inject->kind == InjectKind::Note) {
                break;
            }
            message.kind = injectKindKey(inject->kind);
            if (!inject->caseId.isEmpty()) {
                payload[QStringLiteral("case")] = inject->caseId;
            }
            if (!inject->asset.isEmpty()) {
                payload[QStringLiteral("asset")] = inject->asset;
            }
            if (!inject->text.isEmpty() && inject->kind != InjectKind::RadioCall) {
                payload[QStringLiteral("text")] =
                    QString(event.summary + QStringLiteral("\n") + inject->text);
            }
            if (inject->kind == InjectKind::AssetUnavailable && inject->until) {
                ScriptedMessage back{
                    QStringLiteral("back:%1").arg(i), *inject->until, QStringLiteral("asset_back"), {}, i};
                QJsonObject backPayload;
                backPayload[QStringLiteral("text")] = Text::tr("%1 back in service").arg(inject->asset);
                backPayload[QStringLiteral("asset")] = inject->asset;
                back.payload = json(backPayload);
                messages.push_back(back);
            }
            break;
        }
        case ScenarioEvent::Kind::VesselAppears:
        case ScenarioEvent::Kind::End:
            break;
        }
        if (!message.kind.isEmpty()) {
            message.payload = json(payload);
            messages.push_back(message);
        }
    }
    std::stable_sort(messages.begin(), messages.end(),
                     [](const ScriptedMessage &a, const ScriptedMessage &b) { return a.at < b.at; });
    return messages;
}

} // namespace

ExerciseDirector::ExerciseDirector(const storage::Database &database, const ExerciseClock &clock)
    : m_database(database)
    , m_clock(clock) {}

core::Result<std::unique_ptr<ExerciseDirector>> ExerciseDirector::create(const storage::Database &database,
                                                                         const ExerciseClock &exerciseClock) {
    auto script = storage::exerciseScriptOf(database.connection());
    if (!script) {
        return script.error();
    }
    if (!database.isExercise() || !script.value()) {
        return core::Error{
            Text::tr("%1 is not an exercise with a scenario: a scenario runs only in an exercise "
                     "database made with marsa-cli exercise create --scenario.")
                .arg(database.path())};
    }
    // Checked when the exercise was made; read again without the land mask.
    const ScenarioReadResult read = readScenario(script.value()->scenarioText.toUtf8(), ScenarioContext{});
    if (!read.scenario) {
        return core::Error{
            Text::tr("The exercise's scenario cannot be read: %1")
                .arg(read.issues.empty() ? QString() : read.issues.front().text(QStringLiteral("scenario")))};
    }
    std::unique_ptr<ExerciseDirector> director(new ExerciseDirector(database, exerciseClock));
    director->m_scenario = *read.scenario;
    director->m_startUtc = script.value()->startUtc;
    director->m_timeline = scenarioTimeline(director->m_scenario);
    director->m_messages = scriptedMessages(director->m_scenario, director->m_timeline);
    return director;
}

const ScriptedMessage *ExerciseDirector::messageOf(std::size_t eventIndex) const {
    const QString key = QStringLiteral("event:%1").arg(eventIndex);
    for (const ScriptedMessage &message : m_messages) {
        if (message.key == key) {
            return &message;
        }
    }
    return nullptr;
}

core::Result<bool> ExerciseDirector::publish(const ScriptedMessage &message, std::int64_t timeMs) {
    storage::ExerciseMessage stored;
    stored.key = message.key;
    stored.timeMs = timeMs;
    stored.kind = message.kind;
    stored.payload = message.payload;
    auto sent = storage::ExerciseMessages(m_database).publish(stored);
    if (sent) {
        m_sent.insert(message.key);
    }
    return sent;
}

core::Result<int> ExerciseDirector::tick() {
    if (m_clock.run().state != storage::ExerciseState::Running) {
        return 0; // before the start, paused and ended: nothing is due, nothing moves
    }
    const std::int64_t nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    const std::int64_t startMs = m_startUtc.toMSecsSinceEpoch();
    auto keys = storage::ExerciseMessages(m_database).keys();
    if (!keys) {
        return keys.error();
    }
    m_sent = keys.value();
    int stored = 0;
    for (const ScriptedMessage &message : m_messages) {
        const std::int64_t dueMs = startMs + message.at.seconds * 1000;
        if (dueMs > nowMs || m_sent.contains(message.key)) {
            continue;
        }
        auto sent = publish(message, dueMs);
        if (!sent) {
            return sent.error();
        }
        stored += sent.value() ? 1 : 0;
    }
    return stored;
}

core::Result<bool> ExerciseDirector::sendNow(std::size_t eventIndex) {
    const ScriptedMessage *message = messageOf(eventIndex);
    if (message == nullptr) {
        return core::Error{Text::tr("This moment of the scenario sends the trainees nothing.")};
    }
    return publish(*message, m_clock.nowUtc().toMSecsSinceEpoch());
}

core::Result<bool> ExerciseDirector::sendRadioCall(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return core::Error{Text::tr("Type what the caller says first.")};
    }
    ScriptedMessage call{QStringLiteral("radio:") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                         {},
                         injectKindKey(InjectKind::RadioCall),
                         {},
                         0};
    QJsonObject payload;
    payload[QStringLiteral("text")] = Text::tr("Radio call: %1").arg(trimmed);
    call.payload = json(payload);
    return publish(call, m_clock.nowUtc().toMSecsSinceEpoch());
}

} // namespace marsa::replay
