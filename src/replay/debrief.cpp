#include "replay/debrief.h"

#include "geo/geodesy.h"
#include "replay/drift.h"
#include "replay/scenario_timeline.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <tuple>

namespace marsa::replay {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::replay::Debrief)
};

std::int64_t secondsAfter(const QDateTime &startUtc, const QDateTime &time) {
    const std::int64_t ms = startUtc.msecsTo(time);
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

void markTimed(TimedMeasure &measure) {
    if (!measure.atSeconds) {
        measure.mark = DebriefMark::Missed;
    } else {
        measure.mark = *measure.elapsed() <= measure.limitSeconds ? DebriefMark::Good : DebriefMark::Late;
    }
}

int rank(core::EmergencyPhase phase) {
    return static_cast<int>(phase);
}

/// The first moment at or after `from` the case held a phase at least `wanted`.
std::optional<std::pair<std::int64_t, core::EmergencyPhase>> phaseReached(const DebriefIncident &incident,
                                                                          const QDateTime &startUtc,
                                                                          core::EmergencyPhase wanted,
                                                                          std::int64_t from) {
    // The phase held at `from` counts from `from` on; after it, the first change that meets it.
    std::size_t next = 0;
    std::optional<core::EmergencyPhase> held;
    for (; next < incident.phases.size() && secondsAfter(startUtc, incident.phases[next].timeUtc) <= from;
         ++next) {
        held = incident.phases[next].phase;
    }
    if (held && rank(*held) >= rank(wanted)) {
        return std::pair{from, *held};
    }
    for (; next < incident.phases.size(); ++next) {
        if (rank(incident.phases[next].phase) >= rank(wanted)) {
            return std::pair{secondsAfter(startUtc, incident.phases[next].timeUtc),
                             incident.phases[next].phase};
        }
    }
    return std::nullopt;
}

/// The unit behind a name: the scenario's entry (readiness, T+0 position, speed) and the database's.
struct Unit {
    QString name;
    const ScenarioAsset *scripted = nullptr;
    const core::Asset *stored = nullptr;
};

const core::Place *findPlace(const DebriefRecords &records, const QString &key) {
    for (const core::Place &place : records.places) {
        if (place.key == key) {
            return &place;
        }
    }
    return nullptr;
}

const core::Asset *findStoredAsset(const DebriefRecords &records, const QString &name) {
    for (const core::Asset &asset : records.assets) {
        if (asset.name == name) {
            return &asset;
        }
    }
    return nullptr;
}

const core::Asset *findStoredAsset(const DebriefRecords &records, core::AssetId id) {
    for (const core::Asset &asset : records.assets) {
        if (asset.id == id) {
            return &asset;
        }
    }
    return nullptr;
}

/// Where the unit is measured from when tasked at `atMs`; none when nothing says where.
struct Start {
    geo::LatLon position;
    UnitStart kind = UnitStart::HomePort;
    const core::Place *port = nullptr;
    std::int64_t fixMs = 0; ///< AisPosition: the report's time
};

std::optional<std::int64_t> unitMmsi(const Unit &unit) {
    if (unit.stored != nullptr && unit.stored->mmsi) {
        return unit.stored->mmsi;
    }
    if (unit.scripted != nullptr && unit.scripted->mmsi) {
        return unit.scripted->mmsi;
    }
    return std::nullopt;
}

std::optional<Start> unitStart(const Unit &unit, const DebriefRecords &records, std::int64_t atMs) {
    // A unit with an MMSI: its last AIS report at or before the tasking, when the exercise has one.
    if (const auto mmsi = unitMmsi(unit)) {
        if (const auto track = records.unitTracks.find(*mmsi); track != records.unitTracks.end()) {
            const auto after = std::upper_bound(
                track->second.begin(), track->second.end(), atMs,
                [](std::int64_t at, const core::VesselPosition &position) { return at < position.timeMs; });
            if (after != track->second.begin()) {
                const core::VesselPosition &fix = *std::prev(after);
                return Start{{fix.lat, fix.lon}, UnitStart::AisPosition, nullptr, fix.timeMs};
            }
        }
    }
    if (unit.scripted != nullptr && unit.scripted->position) {
        return Start{*unit.scripted->position, UnitStart::ScenarioPosition, nullptr, 0};
    }
    QString port;
    if (unit.scripted != nullptr && unit.scripted->isNew) {
        port = unit.scripted->homePort;
    } else if (unit.stored != nullptr) {
        port = unit.stored->homePort;
    }
    if (const core::Place *place = findPlace(records, port)) {
        return Start{{place->latitude, place->longitude}, UnitStart::HomePort, place, 0};
    }
    return std::nullopt;
}

/// The unit's transit speed: the scenario's for a unit it brings, else the database's, else the
/// default (assumed).
std::pair<double, bool> unitKnots(const Unit &unit, const DebriefLimits &limits) {
    if (unit.scripted != nullptr && unit.scripted->isNew && unit.scripted->knots > 0.0) {
        return {unit.scripted->knots, false};
    }
    if (unit.stored != nullptr && unit.stored->speedKnots && *unit.stored->speedKnots > 0.0) {
        return {*unit.stored->speedKnots, false};
    }
    return {limits.defaultKnots, true};
}

/// Why a unit cannot be tasked at `t`, or empty when it can.
QString unavailableWhy(const Scenario &scenario, const Unit &unit, const DebriefRecords &records,
                       const DebriefIncident *forCase, const QDateTime &startUtc, std::int64_t t) {
    if (unit.scripted == nullptr && !scenario.assets.empty()) {
        return Text::tr("not one of the scenario's units");
    }
    if (unit.stored != nullptr && !unit.stored->isActive &&
        (unit.scripted == nullptr || !unit.scripted->isNew)) {
        return Text::tr("out of service in the database");
    }
    if (unit.scripted != nullptr && unit.scripted->readyAt.seconds > t) {
        return Text::tr("not ready until %1").arg(debriefOffsetText(unit.scripted->readyAt.seconds));
    }
    for (const Inject &inject : scenario.injects) {
        if (inject.kind == InjectKind::AssetUnavailable && inject.asset == unit.name &&
            inject.at.seconds <= t && (!inject.until || t < inject.until->seconds)) {
            return inject.until ? Text::tr("unavailable from %1 until %2")
                                      .arg(debriefOffsetText(inject.at.seconds),
                                           debriefOffsetText(inject.until->seconds))
                                : Text::tr("unavailable from %1").arg(debriefOffsetText(inject.at.seconds));
        }
    }
    if (unit.stored != nullptr) {
        for (const DebriefIncident &other : records.incidents) {
            if (&other == forCase) {
                continue;
            }
            for (const core::Tasking &tasking : other.taskings) {
                if (tasking.asset != unit.stored->id) {
                    continue;
                }
                const std::int64_t from = secondsAfter(startUtc, tasking.taskedUtc);
                const bool open =
                    !tasking.releasedUtc.isValid() || secondsAfter(startUtc, tasking.releasedUtc) > t;
                if (from <= t && open) {
                    return Text::tr("busy on %1").arg(other.incident.caseNumber.text());
                }
            }
        }
    }
    return {};
}

std::optional<AssetOption> weigh(const Scenario &scenario, const Unit &unit, const DebriefRecords &records,
                                 const DebriefIncident *forCase, const QDateTime &startUtc,
                                 const QDateTime &taskedUtc, const geo::LatLon &target,
                                 const DebriefLimits &limits) {
    const auto start = unitStart(unit, records, taskedUtc.toMSecsSinceEpoch());
    if (!start) {
        return std::nullopt;
    }
    AssetOption option;
    option.name = unit.name;
    option.start = start->kind;
    option.fromPosition = start->position;
    if (start->port != nullptr) {
        option.from = start->port->key;
        option.fromName = start->port->label;
    }
    if (start->kind == UnitStart::AisPosition) {
        option.positionSeconds =
            secondsAfter(startUtc, QDateTime::fromMSecsSinceEpoch(start->fixMs, Qt::UTC));
    }
    option.distanceNm = geo::rangeBearing(start->position, target).distanceNm;
    std::tie(option.knots, option.knotsAssumed) = unitKnots(unit, limits);
    option.etaSeconds = std::llround(option.distanceNm / option.knots * 3600.0);
    option.unavailableWhy =
        unavailableWhy(scenario, unit, records, forCase, startUtc, secondsAfter(startUtc, taskedUtc));
    option.available = option.unavailableWhy.isEmpty();
    return option;
}

std::vector<Unit> candidateUnits(const Scenario &scenario, const DebriefRecords &records) {
    std::vector<Unit> units;
    if (!scenario.assets.empty()) {
        for (const ScenarioAsset &asset : scenario.assets) {
            units.push_back({asset.name, &asset, findStoredAsset(records, asset.name)});
        }
    } else {
        for (const core::Asset &asset : records.assets) {
            if (asset.isActive) {
                units.push_back({asset.name, nullptr, &asset});
            }
        }
    }
    return units;
}

AssetChoice chooseAsset(const Scenario &scenario, const ScenarioCase &boat, const DebriefIncident &incident,
                        const DebriefRecords &records, const QDateTime &startUtc,
                        const DebriefLimits &limits) {
    AssetChoice choice;
    const core::Tasking *first = nullptr;
    for (const core::Tasking &tasking : incident.taskings) {
        if (first == nullptr || tasking.taskedUtc < first->taskedUtc) {
            first = &tasking;
        }
    }
    if (first == nullptr) {
        choice.mark = DebriefMark::Missed;
        return choice;
    }
    const std::int64_t t = secondsAfter(startUtc, first->taskedUtc);
    choice.atSeconds = t;
    const auto track = driftTrack(scenario, boat, Offset{std::max(t, boat.alertAt.seconds)});
    choice.casePosition = positionOnTrack(track, Offset{t});

    for (const Unit &unit : candidateUnits(scenario, records)) {
        const auto option = weigh(scenario, unit, records, &incident, startUtc, first->taskedUtc,
                                  choice.casePosition, limits);
        if (option && option->available &&
            (!choice.nearest || option->etaSeconds < choice.nearest->etaSeconds)) {
            choice.nearest = option;
        }
    }
    if (const core::Asset *stored = findStoredAsset(records, first->asset)) {
        Unit unit{stored->name, scenario.findAsset(stored->name), stored};
        choice.chosen = weigh(scenario, unit, records, &incident, startUtc, first->taskedUtc,
                              choice.casePosition, limits);
        if (!choice.chosen) {
            AssetOption unknown;
            unknown.name = stored->name;
            unknown.available = false;
            unknown.unavailableWhy = Text::tr("its home port is not a known place");
            choice.chosen = unknown;
        }
    }
    choice.chosenWasNearest = choice.chosen && choice.chosen->available &&
                              (!choice.nearest || choice.chosen->etaSeconds <= choice.nearest->etaSeconds);
    choice.mark = choice.chosenWasNearest ? DebriefMark::Good : DebriefMark::NotNearest;
    return choice;
}

HandoverMeasure measureHandover(const Scenario &scenario, const ScenarioCase &boat,
                                const DebriefIncident *incident) {
    HandoverMeasure measure;
    measure.reportedPersons = boat.personsOnBoard.total;
    for (const Inject &inject : scenario.injects) {
        if (inject.caseId != boat.id) {
            continue;
        }
        if (inject.kind == InjectKind::ManOverboard) {
            measure.overboard += inject.persons;
        } else if (inject.kind == InjectKind::CountMismatch) {
            measure.countedAtLanding = inject.counted;
        }
    }
    measure.expectedPersons = measure.reportedPersons - measure.overboard;
    if (incident == nullptr) {
        measure.mark = DebriefMark::Missed;
        return measure;
    }
    bool allAcknowledged = !incident->disembarkations.empty();
    int received = 0;
    measure.stepsDone = !incident->disembarkations.empty();
    for (const storage::DisembarkationRow &row : incident->disembarkations) {
        const core::Disembarkation &d = row.disembarkation;
        HandoverDone done;
        done.reference = d.reference();
        done.state = d.state;
        done.acknowledged = d.acknowledgement.has_value();
        done.medical = d.medical.has_value();
        done.approved = d.state == core::HandoverState::Approved;
        done.declaredPersons = d.declaration.values.persons.total();
        if (d.acknowledgement) {
            done.receivedPersons = d.acknowledgement->values.received.total();
            received += *done.receivedPersons;
        } else {
            allAcknowledged = false;
        }
        done.discrepancies = int(row.discrepancies.size());
        done.unexplained = int(row.unexplained.size());
        measure.declaredPersons += done.declaredPersons;
        measure.unexplained += done.unexplained;
        measure.stepsDone = measure.stepsDone && done.acknowledged && done.medical && done.approved;
        measure.disembarkations.push_back(done);
    }
    if (allAcknowledged) {
        measure.receivedPersons = received;
    }
    // The Coast Guard declares what it brought ashore: the persons on board less those overboard,
    // or the landing count when the scenario has DCIM count otherwise; DCIM's received count must be
    // the scripted landing count.
    const bool declaredRight =
        measure.declaredPersons == measure.expectedPersons ||
        (measure.countedAtLanding && measure.declaredPersons == *measure.countedAtLanding);
    const bool receivedRight =
        !measure.countedAtLanding ||
        (measure.receivedPersons && *measure.receivedPersons == *measure.countedAtLanding);
    measure.countsAgree = !measure.disembarkations.empty() && declaredRight && receivedRight;
    if (measure.disembarkations.empty()) {
        measure.mark = DebriefMark::Missed;
    } else {
        measure.mark = measure.stepsDone && measure.countsAgree && measure.unexplained == 0
                           ? DebriefMark::Good
                           : DebriefMark::Incomplete;
    }
    return measure;
}

/// Pairs each scripted case with the trainees' case that answers it: opened at or after the alert,
/// reported within limits.matchNm + the alert's uncertainty of the alert's position; the nearest
/// pairs first, each case used once.
std::vector<std::optional<std::size_t>> matchCases(const Scenario &scenario, const QDateTime &startUtc,
                                                   const DebriefRecords &records, const DebriefLimits &limits,
                                                   std::vector<double> &distances) {
    struct Pair {
        double nm;
        std::int64_t opened;
        std::size_t boat;
        std::size_t incident;
    };
    std::vector<Pair> pairs;
    for (std::size_t b = 0; b < scenario.cases.size(); ++b) {
        const ScenarioCase &boat = scenario.cases[b];
        for (std::size_t i = 0; i < records.incidents.size(); ++i) {
            const DebriefIncident &incident = records.incidents[i];
            const std::int64_t opened = secondsAfter(startUtc, incident.openedUtc);
            if (opened < boat.alertAt.seconds) {
                continue;
            }
            const double nm =
                geo::rangeBearing(boat.position, {incident.incident.latitude, incident.incident.longitude})
                    .distanceNm;
            if (nm <= limits.matchNm + boat.uncertaintyNm) {
                pairs.push_back({nm, opened, b, i});
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair &a, const Pair &b) { return a.nm != b.nm ? a.nm < b.nm : a.opened < b.opened; });
    std::vector<std::optional<std::size_t>> match(scenario.cases.size());
    std::vector<bool> used(records.incidents.size(), false);
    distances.assign(scenario.cases.size(), 0.0);
    for (const Pair &pair : pairs) {
        if (!match[pair.boat] && !used[pair.incident]) {
            match[pair.boat] = pair.incident;
            used[pair.incident] = true;
            distances[pair.boat] = pair.nm;
        }
    }
    return match;
}

CaseDebrief debriefCase(const Scenario &scenario, const ScenarioCase &boat, const DebriefIncident *incident,
                        double matchNm, const QDateTime &startUtc, const DebriefRecords &records,
                        const DebriefLimits &limits) {
    CaseDebrief out;
    out.caseId = boat.id;
    out.alertSeconds = boat.alertAt.seconds;
    out.persons = boat.personsOnBoard.total;
    out.alertPhase = boat.phase;
    for (const Inject &inject : scenario.injects) {
        if (inject.kind == InjectKind::ManOverboard && inject.caseId == boat.id && !out.overboardSeconds) {
            out.overboardSeconds = inject.at.seconds;
        }
    }
    const std::int64_t alert = boat.alertAt.seconds;
    out.opened = {alert, std::nullopt, limits.openSeconds, DebriefMark::Missed};
    out.rightPhase = {alert, std::nullopt, limits.phaseSeconds, DebriefMark::Missed};
    out.tasked = {alert, std::nullopt, limits.taskSeconds, DebriefMark::Missed};
    out.onScene = {alert, std::nullopt, 0, DebriefMark::Missed};
    if (out.overboardSeconds) {
        out.distressAfterOverboard =
            TimedMeasure{*out.overboardSeconds, std::nullopt, limits.phaseSeconds, DebriefMark::Missed};
    }
    out.handover = measureHandover(scenario, boat, incident);
    out.asset.mark = DebriefMark::Missed;
    if (incident == nullptr) {
        return out;
    }
    out.incident = incident->incident.id;
    out.caseNumber = incident->incident.caseNumber.text();
    out.matchDistanceNm = matchNm;

    out.opened.atSeconds = secondsAfter(startUtc, incident->openedUtc);
    markTimed(out.opened);
    if (const auto reached = phaseReached(*incident, startUtc, boat.phase, alert)) {
        out.rightPhase.atSeconds = reached->first;
        out.phaseReached = reached->second;
    }
    markTimed(out.rightPhase);
    if (out.distressAfterOverboard) {
        if (const auto reached =
                phaseReached(*incident, startUtc, core::EmergencyPhase::Distress, *out.overboardSeconds)) {
            out.distressAfterOverboard->atSeconds = reached->first;
        }
        markTimed(*out.distressAfterOverboard);
    }

    std::optional<std::int64_t> onScene;
    for (const core::Tasking &tasking : incident->taskings) {
        const std::int64_t tasked = secondsAfter(startUtc, tasking.taskedUtc);
        if (!out.tasked.atSeconds || tasked < *out.tasked.atSeconds) {
            out.tasked.atSeconds = tasked;
        }
        if (tasking.onSceneUtc.isValid()) {
            const std::int64_t at = secondsAfter(startUtc, tasking.onSceneUtc);
            if (!onScene || at < *onScene) {
                onScene = at;
            }
        }
    }
    markTimed(out.tasked);
    out.asset = chooseAsset(scenario, boat, *incident, records, startUtc, limits);
    out.onScene.atSeconds = onScene;
    if (out.asset.atSeconds && out.asset.chosen) {
        // On time when the unit arrived within its ETA from the tasking plus a margin.
        out.onScene.limitSeconds =
            *out.asset.atSeconds - alert + out.asset.chosen->etaSeconds + limits.onSceneMarginSeconds;
    }
    markTimed(out.onScene);
    return out;
}

QString scenarioCaseOf(const ScenarioEvent &event) {
    return event.caseId.isEmpty() ? event.asset : event.caseId;
}

} // namespace

Debrief computeDebrief(const Scenario &scenario, const QDateTime &startUtc, const DebriefRecords &records,
                       const DebriefLimits &limits) {
    Debrief debrief;
    debrief.title = scenario.title;
    debrief.startUtc = startUtc;
    std::vector<double> distances;
    const auto match = matchCases(scenario, startUtc, records, limits, distances);
    std::vector<bool> answered(records.incidents.size(), false);
    for (std::size_t b = 0; b < scenario.cases.size(); ++b) {
        const DebriefIncident *incident = nullptr;
        if (match[b]) {
            incident = &records.incidents[*match[b]];
            answered[*match[b]] = true;
        }
        debrief.cases.push_back(
            debriefCase(scenario, scenario.cases[b], incident, distances[b], startUtc, records, limits));
    }
    for (std::size_t i = 0; i < records.incidents.size(); ++i) {
        if (!answered[i]) {
            debrief.otherCases << records.incidents[i].incident.caseNumber.text();
        }
    }

    for (const ScenarioEvent &event : scenarioTimeline(scenario)) {
        DebriefLine line;
        line.seconds = event.at.seconds;
        line.scripted = true;
        line.caseRef = scenarioCaseOf(event);
        line.what = event.summary;
        debrief.timeline.push_back(line);
    }
    for (const DebriefIncident &incident : records.incidents) {
        for (const storage::IncidentEvent &event : incident.events) {
            DebriefLine line;
            line.seconds = secondsAfter(startUtc, event.timeUtc);
            line.who = event.userName;
            line.caseRef = incident.incident.caseNumber.text();
            line.what = event.summary;
            if (!event.remarks.isEmpty()) {
                line.what += QStringLiteral(": ") + event.remarks;
            }
            debrief.timeline.push_back(line);
        }
    }
    std::stable_sort(debrief.timeline.begin(), debrief.timeline.end(),
                     [](const DebriefLine &a, const DebriefLine &b) {
                         return a.seconds != b.seconds ? a.seconds < b.seconds : a.scripted && !b.scripted;
                     });
    return debrief;
}

} // namespace marsa::replay
