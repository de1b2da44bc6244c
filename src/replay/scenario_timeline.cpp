#include "replay/scenario_timeline.h"

#include "geo/coordinate_format.h"

#include <QCoreApplication>

#include <algorithm>

namespace marsa::replay {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("marsa::replay::ScenarioTimeline", text);
}

QString alertSummary(const ScenarioCase &boat) {
    return tr("Alert %1 from %2: %3 persons, %4, at %5 (%6)")
        .arg(boat.id, core::alertSourceName(boat.source))
        .arg(boat.personsOnBoard.total)
        .arg(core::craftName(boat.craft), geo::formatPosition(boat.position, 1), core::phaseCode(boat.phase));
}

QString injectSummary(const Scenario &scenario, const Inject &inject) {
    const ScenarioCase *boat = scenario.findCase(inject.caseId);
    switch (inject.kind) {
    case InjectKind::SecondBoat:
        return tr("Second boat sighted: %1").arg(inject.caseId);
    case InjectKind::ManOverboard:
        return tr("Persons overboard from %1: %2").arg(inject.caseId).arg(inject.persons);
    case InjectKind::CountMismatch:
        return tr("Landing count for %1: %2 counted, %3 reported on board")
            .arg(inject.caseId)
            .arg(inject.counted)
            .arg(boat != nullptr ? boat->personsOnBoard.total : 0);
    case InjectKind::RadioCall:
        return tr("Radio call: %1").arg(inject.text);
    case InjectKind::AssetUnavailable:
        return inject.until ? tr("%1 out of service until %2").arg(inject.asset, inject.until->text())
                            : tr("%1 out of service").arg(inject.asset);
    case InjectKind::Note:
        return tr("Trainer note: %1").arg(inject.text);
    }
    return {};
}

} // namespace

std::vector<ScenarioEvent> scenarioTimeline(const Scenario &scenario) {
    std::vector<ScenarioEvent> events;
    for (const ScenarioCase &boat : scenario.cases) {
        events.push_back(
            {boat.alertAt, ScenarioEvent::Kind::Alert, boat.id, {}, std::nullopt, alertSummary(boat)});
    }
    for (const WeatherEntry &w : scenario.weather) {
        if (!w.recorded) {
            events.push_back({w.at,
                              ScenarioEvent::Kind::Weather,
                              {},
                              {},
                              std::nullopt,
                              w.remarks.isEmpty()
                                  ? tr("Weather: not recorded")
                                  : tr("Weather: not recorded (the case's report: %1)").arg(w.remarks)});
            continue;
        }
        events.push_back({w.at,
                          ScenarioEvent::Kind::Weather,
                          {},
                          {},
                          std::nullopt,
                          tr("Weather: wind from %1° at %2 kn, sea state %3, visibility %4 NM")
                              .arg(w.wind.fromDeg)
                              .arg(w.wind.knots)
                              .arg(w.seaState)
                              .arg(w.visibilityNm)});
    }
    for (const ScenarioAsset &asset : scenario.assets) {
        if (asset.readyAt.seconds > 0) {
            events.push_back({asset.readyAt,
                              ScenarioEvent::Kind::AssetReady,
                              {},
                              asset.name,
                              std::nullopt,
                              tr("%1 ready to be tasked").arg(asset.name)});
        }
    }
    for (const TrafficVessel &vessel : scenario.traffic) {
        if (vessel.appears.seconds > 0) {
            events.push_back({vessel.appears,
                              ScenarioEvent::Kind::VesselAppears,
                              {},
                              {},
                              std::nullopt,
                              tr("%1 (MMSI %2) appears on AIS").arg(vessel.name).arg(vessel.mmsi)});
        }
    }
    for (const Inject &inject : scenario.injects) {
        events.push_back({inject.at, ScenarioEvent::Kind::Inject, inject.caseId, inject.asset, inject.kind,
                          injectSummary(scenario, inject)});
    }
    events.push_back(
        {scenario.duration, ScenarioEvent::Kind::End, {}, {}, std::nullopt, tr("End of the exercise")});
    std::stable_sort(events.begin(), events.end(),
                     [](const ScenarioEvent &a, const ScenarioEvent &b) { return a.at < b.at; });
    return events;
}

} // namespace marsa::replay
