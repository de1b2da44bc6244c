#include "replay/scenario_from_window.h"

#include "core/asset.h"
#include "core/clock.h"
#include "replay/scenario_reader.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/incident_service.h"
#include "storage/journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <set>

namespace marsa::replay {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::replay::ScenarioFromWindow)
};

constexpr std::int64_t kShortestScenarioS = 10 * 60; // a scenario lasts at least ten minutes
constexpr double kMostUncertaintyNm = 100.0;

QString utcText(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// One case's snapshots in the window, in journal order, with their journal times.
struct CaseRecord {
    std::vector<std::pair<std::int64_t, storage::CaseSnapshot>> snapshots;
    int index = 0; ///< 1, 2... in the order of the cases' first snapshots
};

class Deriver {
public:
    Deriver(std::int64_t startMs, Offset duration, std::map<std::int64_t, QString> assetNames)
        : m_startMs(startMs)
        , m_duration(duration)
        , m_assetNames(std::move(assetNames)) {}

    Offset offsetOf(std::int64_t ms) const {
        return Offset{std::clamp<std::int64_t>((ms - m_startMs) / 1000, 0, m_duration.seconds)};
    }
    Offset offsetOf(const QDateTime &utc) const { return offsetOf(utc.toMSecsSinceEpoch()); }
    QString unit(const core::Tasking &tasking) const {
        const auto it = m_assetNames.find(tasking.asset.value);
        return it != m_assetNames.end() ? it->second : Text::tr("unit %1").arg(tasking.asset.value);
    }

    ScenarioCase boat(const CaseRecord &record) const;
    void notes(const CaseRecord &record, std::vector<Inject> &injects) const;

private:
    std::int64_t m_startMs;
    Offset m_duration;
    std::map<std::int64_t, QString> m_assetNames;
};

ScenarioCase Deriver::boat(const CaseRecord &record) const {
    const auto &[firstMs, first] = record.snapshots.front();
    const core::Incident &incident = first.incident;
    ScenarioCase boat;
    // Not the real case number: the trainees number their own cases.
    boat.id = QStringLiteral("boat-%1").arg(record.index);
    const std::int64_t alertMs =
        incident.firstAlertUtc.isValid()
            ? std::min<std::int64_t>(incident.firstAlertUtc.toMSecsSinceEpoch(), firstMs)
            : firstMs;
    boat.alertAt = offsetOf(alertMs);
    boat.source = incident.alertSource;
    boat.position = geo::LatLon{incident.latitude, incident.longitude};
    boat.uncertaintyNm = std::clamp(incident.positionUncertaintyNm, 0.0, kMostUncertaintyNm);
    boat.personsOnBoard.total = std::clamp(incident.personsOnBoard.total, 0, 2000);
    // The split only when it agrees with the total (the reader refuses one that does not).
    const core::PersonsOnBoard &pob = incident.personsOnBoard;
    const int known = pob.men.value_or(0) + pob.women.value_or(0) + pob.children.value_or(0);
    const int parts = int(pob.men.has_value()) + int(pob.women.has_value()) + int(pob.children.has_value());
    if (boat.personsOnBoard.total > 0 && known <= boat.personsOnBoard.total &&
        (parts < 3 || known == boat.personsOnBoard.total)) {
        boat.personsOnBoard.men = pob.men;
        boat.personsOnBoard.women = pob.women;
        boat.personsOnBoard.children = pob.children;
    }
    boat.craft = incident.craft;
    boat.condition = incident.craftCondition;
    boat.phase = incident.phase;
    boat.drift.kind = Drift::Kind::Positions;
    boat.drift.positions.push_back({boat.alertAt, boat.position});
    for (const auto &[timeMs, snapshot] : record.snapshots) {
        const geo::LatLon position{snapshot.incident.latitude, snapshot.incident.longitude};
        const TimedPosition &last = boat.drift.positions.back();
        if (position.latitude == last.position.latitude && position.longitude == last.position.longitude) {
            continue;
        }
        boat.drift.positions.push_back({std::max(offsetOf(timeMs), last.at), position});
    }
    return boat;
}

// The real watch's actions, as the trainer reads them beside the trainees': what changed from one
// snapshot to the next, at the time the journal recorded it (a tasking's own times where it has
// them). The watch is named by its role, never by a person.
void Deriver::notes(const CaseRecord &record, std::vector<Inject> &injects) const {
    const QString number = QStringLiteral("%1 (boat-%2)")
                               .arg(record.snapshots.front().second.incident.caseNumber.text())
                               .arg(record.index);
    auto note = [&](Offset at, const QString &what) {
        Inject inject;
        inject.at = at;
        inject.kind = InjectKind::Note;
        inject.text = Text::tr("The real watch, %1: %2").arg(number, what);
        injects.push_back(inject);
    };
    const storage::CaseSnapshot *previous = nullptr;
    for (const auto &[timeMs, snapshot] : record.snapshots) {
        const core::Incident &now = snapshot.incident;
        const Offset at = offsetOf(timeMs);
        if (previous == nullptr) {
            note(at, Text::tr("case opened at %1, %2")
                         .arg(core::phaseCode(now.phase), core::statusName(now.status)));
        } else {
            const core::Incident &was = previous->incident;
            if (was.phase != now.phase) {
                note(at,
                     Text::tr("phase %1 → %2").arg(core::phaseCode(was.phase), core::phaseCode(now.phase)));
            }
            if (was.status != now.status) {
                note(at, Text::tr("status %1 → %2")
                             .arg(core::statusName(was.status), core::statusName(now.status)));
            }
            if (now.outcome &&
                (!was.outcome || was.outcome->rescued != now.outcome->rescued ||
                 was.outcome->dead != now.outcome->dead || was.outcome->missing != now.outcome->missing)) {
                note(at, Text::tr("outcome recorded: %1 rescued, %2 dead, %3 missing")
                             .arg(now.outcome->rescued)
                             .arg(now.outcome->dead)
                             .arg(now.outcome->missing));
            }
        }
        for (const core::Tasking &tasking : snapshot.taskings) {
            const core::Tasking *before = nullptr;
            if (previous != nullptr) {
                for (const core::Tasking &t : previous->taskings) {
                    before = t.id == tasking.id ? &t : before;
                }
            }
            if (before == nullptr) {
                note(tasking.taskedUtc.isValid() ? offsetOf(tasking.taskedUtc) : at,
                     Text::tr("%1 tasked").arg(unit(tasking)));
            }
            if (tasking.onSceneUtc.isValid() && (before == nullptr || !before->onSceneUtc.isValid())) {
                note(offsetOf(tasking.onSceneUtc), Text::tr("%1 on scene").arg(unit(tasking)));
            }
            if (tasking.releasedUtc.isValid() && (before == nullptr || !before->releasedUtc.isValid())) {
                note(offsetOf(tasking.releasedUtc), Text::tr("%1 released").arg(unit(tasking)));
            }
        }
        previous = &snapshot;
    }
}

// What the journal's snapshots do not keep (the craft's condition, the persons' split, the weather
// as typed): read from the case's record as it stands now, the same text the watch wrote.
void completeFromRecord(const storage::Database &operational, std::int64_t caseId, core::Incident &incident) {
    QSqlQuery query(operational.connection());
    query.prepare(QStringLiteral("SELECT craft_condition, pob_men, pob_women, pob_children, weather FROM "
                                 "incidents WHERE incident_id = ?"));
    query.addBindValue(QVariant::fromValue<qlonglong>(caseId));
    if (!query.exec() || !query.next()) {
        return;
    }
    incident.craftCondition = query.value(0).toString();
    std::optional<int> *parts[] = {&incident.personsOnBoard.men, &incident.personsOnBoard.women,
                                   &incident.personsOnBoard.children};
    for (int i = 0; i < 3; ++i) {
        if (!query.value(1 + i).isNull()) {
            *parts[i] = query.value(1 + i).toInt();
        }
    }
    incident.weather = query.value(4).toString();
}

QJsonObject latLon(const geo::LatLon &position) {
    return {{QStringLiteral("lat"), position.latitude}, {QStringLiteral("lon"), position.longitude}};
}

} // namespace

core::Result<std::pair<std::int64_t, std::int64_t>> caseWindow(storage::Database &operational,
                                                               const core::CaseNumber &number) {
    const core::SystemClock clock; // only read with
    auto found = storage::IncidentService(operational, clock).find(number);
    if (!found) {
        return found.error();
    }
    auto bounds = storage::Journal(operational.connection()).caseBounds(found->id);
    if (!bounds) {
        return bounds.error();
    }
    if (!bounds.value()) {
        return core::Error{Text::tr("The journal holds nothing of case %1.").arg(number.text())};
    }
    return std::pair{std::min<std::int64_t>(found->firstAlertUtc.toMSecsSinceEpoch(), bounds.value()->first),
                     bounds.value()->second};
}

core::Result<Scenario> scenarioFromWindow(const storage::Database &operational, std::int64_t fromMs,
                                          std::int64_t toMs) {
    if (operational.isExercise()) {
        return core::Error{Text::tr("%1 is an exercise database: an exercise is made from an operational "
                                    "database's window, never from another exercise.")
                               .arg(operational.path())};
    }
    if (toMs <= fromMs) {
        return core::Error{Text::tr("The window is empty: it must end after it starts.")};
    }
    if (toMs - fromMs > kLongestWindowMs) {
        return core::Error{Text::tr("The window lasts %1 hours: an exercise is made from at most %2 hours.")
                               .arg(QLocale().toString(double(toMs - fromMs) / 3'600'000.0, 'f', 1))
                               .arg(kLongestWindowMs / 3'600'000)};
    }
    const storage::Journal journal(operational.connection());
    storage::JournalQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.limit = 1;
    auto any = journal.read(query);
    if (!any) {
        return any.error();
    }
    if (any->empty()) {
        return core::Error{Text::tr("The journal holds nothing from %1 to %2 UTC: the window is empty.")
                               .arg(utcText(fromMs), utcText(toMs))};
    }
    query.kind = storage::JournalKind::Case;
    query.limit = 100'000;
    auto entries = journal.read(query);
    if (!entries) {
        return entries.error();
    }
    std::map<std::int64_t, CaseRecord> records; // by case id
    std::set<std::int64_t> startedBefore;
    for (const storage::JournalEntry &entry : entries.value()) {
        if (startedBefore.contains(entry.source)) {
            continue;
        }
        if (!records.contains(entry.source)) {
            // A case whose first snapshot is before the window started before it: not the window's.
            auto bounds = journal.caseBounds(core::IncidentId{entry.source});
            if (!bounds) {
                return bounds.error();
            }
            if (bounds.value() && bounds.value()->first < fromMs) {
                startedBefore.insert(entry.source);
                continue;
            }
        }
        auto snapshot = storage::caseSnapshotFrom(entry.payload);
        if (!snapshot) {
            continue; // a payload that is not a case's: nothing to derive
        }
        CaseRecord &record = records[entry.source];
        if (record.snapshots.empty()) {
            record.index = static_cast<int>(records.size());
        }
        record.snapshots.emplace_back(entry.timeMs, std::move(snapshot.value()));
    }
    if (records.empty()) {
        return core::Error{
            Text::tr("No case starts from %1 to %2 UTC (%3 started before the window): an exercise from a "
                     "window needs a case's first alert in it. Widen the window or take the case with "
                     "--incident.")
                .arg(utcText(fromMs), utcText(toMs))
                .arg(startedBefore.size())};
    }
    const core::SystemClock clock; // only read with
    std::map<std::int64_t, QString> assetNames;
    if (auto assets = storage::AssetRepository(operational.connection(), clock).all()) {
        for (const core::Asset &asset : assets.value()) {
            assetNames[asset.id.value] = asset.name;
        }
    }
    const std::int64_t startMs = fromMs / 1000 * 1000;
    Scenario scenario;
    scenario.start.kind = ScenarioStart::Kind::Utc;
    scenario.start.utc = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    scenario.duration = Offset{std::max<std::int64_t>((toMs - startMs + 999) / 1000, kShortestScenarioS)};
    ReplayOrigin origin;
    origin.fromUtc = scenario.start.utc;
    origin.toUtc = QDateTime::fromMSecsSinceEpoch((toMs + 999) / 1000 * 1000, Qt::UTC);
    scenario.origin = origin;
    scenario.title = Text::tr("The watch of %1 to %2 UTC").arg(utcText(fromMs), utcText(toMs));
    const Deriver deriver(startMs, scenario.duration, std::move(assetNames));
    QStringList numbers;
    QString weatherRemarks;
    for (auto &[id, record] : records) {
        completeFromRecord(operational, id, record.snapshots.front().second.incident);
        scenario.cases.push_back(deriver.boat(record));
        deriver.notes(record, scenario.injects);
        numbers << QString(record.snapshots.front().second.incident.caseNumber.text() +
                           QStringLiteral(" = ") + scenario.cases.back().id);
        if (weatherRemarks.isEmpty()) {
            weatherRemarks = record.snapshots.front().second.incident.weather.trimmed();
        }
    }
    std::stable_sort(scenario.cases.begin(), scenario.cases.end(),
                     [](const ScenarioCase &a, const ScenarioCase &b) { return a.alertAt < b.alertAt; });
    std::stable_sort(scenario.injects.begin(), scenario.injects.end(),
                     [](const Inject &a, const Inject &b) { return a.at < b.at; });
    WeatherEntry weather;
    weather.recorded = false;
    weather.remarks = weatherRemarks;
    scenario.weather.push_back(weather);
    scenario.trainerNotes =
        Text::tr("Made from the operational journal, %1 to %2 UTC: the AIS is what the feeds received "
                 "then, the alerts are the cases as the watch first recorded them (%3), and the real "
                 "watch's actions are the trainer notes of the timeline, at their times. The weather was "
                 "not recorded. The trainees start with no case: they open their own from the alerts.")
            .arg(utcText(fromMs), utcText(toMs), numbers.join(QStringLiteral(", ")));
    return scenario;
}

QByteArray derivedScenarioJson(const Scenario &scenario) {
    QJsonObject root;
    root[QStringLiteral("marsaScenario")] = 1;
    root[QStringLiteral("title")] = scenario.title;
    root[QStringLiteral("trainerNotes")] = scenario.trainerNotes;
    root[QStringLiteral("start")] = QString(
        scenario.start.utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z'));
    root[QStringLiteral("duration")] = scenario.duration.text();
    if (scenario.origin) {
        auto utc = [](const QDateTime &t) -> QString {
            return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
        };
        root[QStringLiteral("fromReplay")] =
            QJsonObject{{QStringLiteral("from"), utc(scenario.origin->fromUtc)},
                        {QStringLiteral("to"), utc(scenario.origin->toUtc)}};
    }
    QJsonArray weather;
    for (const WeatherEntry &w : scenario.weather) {
        QJsonObject entry{{QStringLiteral("at"), w.at.text()}};
        if (w.recorded) {
            entry[QStringLiteral("wind")] = QJsonObject{{QStringLiteral("fromDeg"), w.wind.fromDeg},
                                                        {QStringLiteral("knots"), w.wind.knots}};
            entry[QStringLiteral("seaState")] = w.seaState;
            entry[QStringLiteral("visibilityNm")] = w.visibilityNm;
        } else {
            entry[QStringLiteral("recorded")] = false;
        }
        if (!w.remarks.isEmpty()) {
            entry[QStringLiteral("remarks")] = w.remarks;
        }
        weather.append(entry);
    }
    root[QStringLiteral("weather")] = weather;
    QJsonArray cases;
    for (const ScenarioCase &boat : scenario.cases) {
        QJsonObject persons{{QStringLiteral("total"), boat.personsOnBoard.total}};
        for (const auto &[name, count] :
             {std::pair{"men", boat.personsOnBoard.men}, std::pair{"women", boat.personsOnBoard.women},
              std::pair{"children", boat.personsOnBoard.children}}) {
            if (count) {
                persons[QLatin1String(name)] = *count;
            }
        }
        QJsonObject alert{{QStringLiteral("at"), boat.alertAt.text()},
                          {QStringLiteral("source"), core::alertSourceKey(boat.source)},
                          {QStringLiteral("position"), latLon(boat.position)},
                          {QStringLiteral("uncertaintyNm"), boat.uncertaintyNm},
                          {QStringLiteral("personsOnBoard"), persons},
                          {QStringLiteral("craft"), core::craftKey(boat.craft)},
                          {QStringLiteral("phase"), core::phaseKey(boat.phase)}};
        if (!boat.condition.isEmpty()) {
            alert[QStringLiteral("condition")] = boat.condition;
        }
        if (!boat.report.isEmpty()) {
            alert[QStringLiteral("report")] = boat.report;
        }
        QJsonArray positions;
        for (const TimedPosition &p : boat.drift.positions) {
            QJsonObject point = latLon(p.position);
            point[QStringLiteral("at")] = p.at.text();
            positions.append(point);
        }
        cases.append(QJsonObject{
            {QStringLiteral("id"), boat.id},
            {QStringLiteral("alert"), alert},
            {QStringLiteral("drift"), QJsonObject{{QStringLiteral("model"), QStringLiteral("positions")},
                                                  {QStringLiteral("positions"), positions}}}});
    }
    root[QStringLiteral("cases")] = cases;
    QJsonArray assets;
    for (const ScenarioAsset &asset : scenario.assets) {
        assets.append(QJsonObject{{QStringLiteral("name"), asset.name}});
    }
    root[QStringLiteral("assets")] = assets;
    QJsonArray injects;
    for (const Inject &inject : scenario.injects) {
        if (inject.kind == InjectKind::Note) {
            injects.append(QJsonObject{{QStringLiteral("at"), inject.at.text()},
                                       {QStringLiteral("kind"), injectKindKey(inject.kind)},
                                       {QStringLiteral("text"), inject.text}});
        }
    }
    root[QStringLiteral("injects")] = injects;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

core::Result<WindowExercise> createWindowExercise(const storage::Database &operational,
                                                  const QString &targetPath, const QString &name,
                                                  std::int64_t fromMs, std::int64_t toMs) {
    auto scenario = scenarioFromWindow(operational, fromMs, toMs);
    if (!scenario) {
        return scenario.error();
    }
    const QByteArray text = derivedScenarioJson(scenario.value());
    // What the exercise will read back: checked as any scenario is (without the land mask: a
    // position the watch recorded stays as recorded).
    const ScenarioReadResult read = readScenario(text, ScenarioContext{});
    if (!read.scenario) {
        return core::Error{
            Text::tr("The scenario derived from the window is not valid: %1")
                .arg(read.issues.empty() ? QString() : read.issues.front().text(QStringLiteral("scenario")))};
    }
    storage::ExerciseScript script;
    script.scenarioText = QString::fromUtf8(text);
    script.startUtc = scenario->start.utc;
    auto made =
        storage::createExerciseDatabase(operational, targetPath, name, script, {}, std::pair{fromMs, toMs});
    if (!made) {
        return made.error();
    }
    return WindowExercise{made.value(), *read.scenario};
}

} // namespace marsa::replay
