#include "replay/debrief_records.h"

#include "core/clock.h"
#include "replay/scenario_reader.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/disembarkation_service.h"
#include "storage/exercise.h"
#include "storage/incident_service.h"
#include "storage/journal.h"
#include "storage/place_repository.h"
#include "storage/track_store.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace marsa::replay {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::replay::Debrief)
};

/// The phase a timeline event left the case in, from the phase's code word (never translated):
/// the last one its summary names ("Case opened: ALERFA, …", "Phase INCERFA → DETRESFA").
std::optional<core::EmergencyPhase> phaseNamedIn(const QString &summary) {
    std::optional<core::EmergencyPhase> found;
    qsizetype where = -1;
    for (auto phase :
         {core::EmergencyPhase::Uncertainty, core::EmergencyPhase::Alert, core::EmergencyPhase::Distress}) {
        const qsizetype at = summary.lastIndexOf(core::phaseCode(phase));
        if (at > where) {
            where = at;
            found = phase;
        }
    }
    return found;
}

core::Result<std::vector<PhaseChange>> phaseHistory(const storage::Database &database,
                                                    const DebriefIncident &incident) {
    storage::JournalQuery query;
    query.fromMs = std::numeric_limits<std::int64_t>::min() / 2;
    query.toMs = std::numeric_limits<std::int64_t>::max() / 2;
    query.kind = storage::JournalKind::Case;
    query.source = incident.incident.id.value;
    auto entries = storage::Journal(database.connection()).read(query);
    if (!entries) {
        return entries.error();
    }
    std::vector<PhaseChange> phases;
    for (const storage::JournalEntry &entry : entries.value()) {
        auto snapshot = storage::caseSnapshotFrom(entry.payload);
        if (!snapshot) {
            continue;
        }
        if (phases.empty() || phases.back().phase != snapshot->incident.phase) {
            phases.push_back(
                {QDateTime::fromMSecsSinceEpoch(entry.timeMs, Qt::UTC), snapshot->incident.phase});
        }
    }
    if (phases.empty()) {
        // A database without the journal's case entries: the timeline's created and phase events.
        for (const storage::IncidentEvent &event : incident.events) {
            if (event.kind == QLatin1String("created") || event.kind == QLatin1String("phase") ||
                event.kind == QLatin1String("undone")) {
                if (const auto phase = phaseNamedIn(event.summary)) {
                    phases.push_back({event.timeUtc, *phase});
                }
            }
        }
    }
    return phases;
}

/// The units' AIS positions up to the last tasking, from the exercise's track store.
core::Result<void> unitTracks(storage::Database &database, DebriefRecords &records) {
    std::optional<std::int64_t> lastTaskedMs;
    for (const DebriefIncident &incident : records.incidents) {
        for (const core::Tasking &tasking : incident.taskings) {
            lastTaskedMs =
                std::max<std::int64_t>(lastTaskedMs.value_or(std::numeric_limits<std::int64_t>::min()),
                                       tasking.taskedUtc.toMSecsSinceEpoch());
        }
    }
    if (!lastTaskedMs) {
        return {};
    }
    const storage::TrackStore store(database);
    for (const core::Asset &asset : records.assets) {
        if (!asset.mmsi || *asset.mmsi <= 0 || *asset.mmsi > std::numeric_limits<std::uint32_t>::max()) {
            continue;
        }
        auto track = store.track(static_cast<std::uint32_t>(*asset.mmsi),
                                 std::numeric_limits<std::int64_t>::min() / 2, *lastTaskedMs);
        if (!track) {
            return track.error();
        }
        if (!track->empty()) {
            records.unitTracks[*asset.mmsi] = std::move(track.value());
        }
    }
    return {};
}

} // namespace

core::Result<DebriefSource> readDebriefSource(storage::Database &database) {
    DebriefSource source;
    source.exerciseName = database.exerciseName();
    if (source.exerciseName.isEmpty()) {
        return core::Error{
            Text::tr("%1 is not an exercise database: a debrief is made only from an exercise, "
                     "never from operational records.")
                .arg(database.path())};
    }
    auto script = storage::exerciseScriptOf(database.connection());
    if (!script) {
        return script.error();
    }
    if (!script.value()) {
        return core::Error{Text::tr("The exercise \"%1\" was made without a scenario: there is nothing to "
                                    "measure its records against.")
                               .arg(source.exerciseName)};
    }
    const ScenarioReadResult read = readScenario(script.value()->scenarioText.toUtf8(), ScenarioContext{});
    if (!read.scenario) {
        const QString first =
            read.issues.empty() ? QString() : read.issues.front().text(QStringLiteral("scenario"));
        return core::Error{Text::tr("The exercise's scenario cannot be read: %1").arg(first)};
    }
    source.scenario = *read.scenario;
    source.startUtc = script.value()->startUtc;

    const core::SystemClock clock; // never asked: the services only read here
    storage::IncidentService incidents(database, clock);
    storage::DisembarkationService disembarkations(database, clock);
    auto all = incidents.all();
    if (!all) {
        return all.error();
    }
    for (const core::Incident &incident : all.value()) {
        DebriefIncident record;
        record.incident = incident;
        auto events = incidents.timeline(incident.id);
        if (!events) {
            return events.error();
        }
        record.events = std::move(events.value());
        std::stable_sort(record.events.begin(), record.events.end(),
                         [](const storage::IncidentEvent &a, const storage::IncidentEvent &b) {
                             return a.timeUtc < b.timeUtc;
                         });
        record.openedUtc = incident.firstAlertUtc;
        for (const storage::IncidentEvent &event : record.events) {
            if (event.kind == QLatin1String("created")) {
                record.openedUtc = event.timeUtc;
                break;
            }
        }
        auto phases = phaseHistory(database, record);
        if (!phases) {
            return phases.error();
        }
        record.phases = std::move(phases.value());
        auto taskings = incidents.taskings(incident.id);
        if (!taskings) {
            return taskings.error();
        }
        record.taskings = std::move(taskings.value());
        storage::DisembarkationFilter filter;
        filter.incident = incident.id;
        auto rows = disembarkations.list(filter);
        if (!rows) {
            return rows.error();
        }
        record.disembarkations = std::move(rows.value());
        std::sort(record.disembarkations.begin(), record.disembarkations.end(),
                  [](const storage::DisembarkationRow &a, const storage::DisembarkationRow &b) {
                      return a.disembarkation.sequence < b.disembarkation.sequence;
                  });
        source.records.incidents.push_back(std::move(record));
    }
    std::sort(source.records.incidents.begin(), source.records.incidents.end(),
              [](const DebriefIncident &a, const DebriefIncident &b) { return a.openedUtc < b.openedUtc; });
    auto assets = storage::AssetRepository(database.connection(), clock).all();
    if (!assets) {
        return assets.error();
    }
    source.records.assets = std::move(assets.value());
    auto places = storage::PlaceRepository(database.connection()).all();
    if (!places) {
        return places.error();
    }
    source.records.places = std::move(places.value());
    if (auto tracks = unitTracks(database, source.records); !tracks) {
        return tracks.error();
    }
    return source;
}

core::Result<Debrief> debriefOf(storage::Database &database, QString *exerciseName) {
    auto source = readDebriefSource(database);
    if (!source) {
        return source.error();
    }
    if (exerciseName != nullptr) {
        *exerciseName = source->exerciseName;
    }
    return computeDebrief(source->scenario, source->startUtc, source->records);
}

} // namespace marsa::replay
