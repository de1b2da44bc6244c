#pragma once

#include "core/asset.h"
#include "core/disembarkation.h"
#include "core/incident.h"
#include "core/place.h"
#include "core/vessel.h"
#include "geo/lat_lon.h"
#include "replay/scenario.h"
#include "storage/disembarkation_service.h"
#include "storage/incident_service.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

// The debrief of an exercise (docs/exercises.md, "Debrief"): what the trainees did, measured
// against the scenario they ran. QtCore only; the records come from storage (debrief_records.cpp).

namespace marsa::replay {

/// The phase a case held from a moment on (the journal's snapshot after each change).
struct PhaseChange {
    QDateTime timeUtc;
    core::EmergencyPhase phase = core::EmergencyPhase::Uncertainty;
};

/// One case the trainees opened, with everything the debrief measures.
struct DebriefIncident {
    core::Incident incident;         ///< latitude/longitude: the position reported when it was opened
    QDateTime openedUtc;             ///< its "created" event
    std::vector<PhaseChange> phases; ///< oldest first, the first at the opening
    std::vector<storage::IncidentEvent> events; ///< its timeline, oldest first
    std::vector<core::Tasking> taskings;        ///< every tasking, released ones too
    std::vector<storage::DisembarkationRow> disembarkations;
};

/// What storage holds of an exercise's run.
struct DebriefRecords {
    std::vector<DebriefIncident> incidents;
    std::vector<core::Asset> assets; ///< the database's units
    std::vector<core::Place> places; ///< home ports
    /// The exercise's track store's positions of the units that have an MMSI, by MMSI, oldest
    /// first, up to the last tasking: where each unit was when a case was tasked.
    std::map<std::int64_t, std::vector<core::VesselPosition>> unitTracks;
};

/// The rules a debrief applies (docs/exercises.md, "Debrief"): the trainer's expectations.
struct DebriefLimits {
    double matchNm = 10.0;               ///< a case answers an alert within this + the alert's uncertainty
    std::int64_t openSeconds = 10 * 60;  ///< from the alert to the case opened
    std::int64_t phaseSeconds = 15 * 60; ///< from the alert (or the inject) to the right phase
    std::int64_t taskSeconds = 30 * 60;  ///< from the alert to the first unit tasked
    std::int64_t onSceneMarginSeconds = 30 * 60; ///< on scene at the latest: tasked + ETA + this
    /// Transit speed of a unit neither the scenario nor the database gives a speed for ("assumed").
    double defaultKnots = 20.0;
};

/// How a measure compares with what the trainer expects. Never shown by colour alone.
enum class DebriefMark { Good, Late, Missed, NotNearest, Incomplete, NotApplicable };

/// A moment the trainees reached, timed from a reference moment of the scenario.
struct TimedMeasure {
    std::int64_t fromSeconds = 0;          ///< the reference moment, seconds after T+0
    std::optional<std::int64_t> atSeconds; ///< when it was reached, after T+0; none: never
    std::int64_t limitSeconds = 0;         ///< good when reached within this of the reference
    DebriefMark mark = DebriefMark::NotApplicable;

    std::optional<std::int64_t> elapsed() const {
        return atSeconds ? std::optional<std::int64_t>(*atSeconds - fromSeconds) : std::nullopt;
    }
};

/// Where a unit's distance to a case is measured from.
enum class UnitStart {
    HomePort,         ///< its home port (in port at T+0)
    ScenarioPosition, ///< the scenario's position of it at T+0 (at sea)
    AisPosition,      ///< its last AIS position at or before the tasking (the exercise's track store)
};

/// A unit as the debrief weighs it at the tasking time: how far from the case and how long to get there.
struct AssetOption {
    QString name;
    UnitStart start = UnitStart::HomePort;
    QString from;     ///< HomePort: the port's key; empty otherwise
    QString fromName; ///< HomePort: the port's label ("Tripoli")
    geo::LatLon fromPosition;
    std::optional<std::int64_t> positionSeconds; ///< AisPosition: the report's time, after T+0
    double distanceNm = 0.0;
    double knots = 0.0;
    bool knotsAssumed = false; ///< the default speed: neither the scenario nor the database gives one
    std::int64_t etaSeconds = 0;
    bool available = true;
    QString unavailableWhy; ///< translated: "not ready until T+03:00:00", "busy on LY-2026-0001"
};

/// The unit chosen against the nearest available one, at the first tasking.
struct AssetChoice {
    std::optional<std::int64_t> atSeconds; ///< the first tasking; none: no unit was tasked
    geo::LatLon casePosition;              ///< the boat's (drifted) position then
    std::optional<AssetOption> chosen;
    std::optional<AssetOption> nearest; ///< the nearest available unit; none when none was
    bool chosenWasNearest = false;      ///< also when the chosen unit is as near as the nearest
    DebriefMark mark = DebriefMark::NotApplicable;
};

/// One disembarkation of the case and the steps of its handover.
struct HandoverDone {
    QString reference; ///< "LY-2026-0001/1"
    core::HandoverState state = core::HandoverState::Declared;
    bool acknowledged = false;
    bool medical = false;
    bool approved = false;
    int declaredPersons = 0;
    std::optional<int> receivedPersons;
    int discrepancies = 0;
    int unexplained = 0;
};

/// Whether the case's handover is complete and its counts agree with the scenario.
struct HandoverMeasure {
    std::vector<HandoverDone> disembarkations;
    int reportedPersons = 0;             ///< on board at the alert
    int overboard = 0;                   ///< man_overboard injects about the case
    int expectedPersons = 0;             ///< reported − overboard
    std::optional<int> countedAtLanding; ///< the count_mismatch inject's count
    int declaredPersons = 0;
    std::optional<int> receivedPersons; ///< when every disembarkation is acknowledged
    bool stepsDone = false;             ///< at least one disembarkation, each approved after every step
    /// declared = expected (or = the scripted landing count), and received = the landing count when
    /// one is scripted
    bool countsAgree = false;
    int unexplained = 0;
    DebriefMark mark = DebriefMark::NotApplicable;
};

/// The debrief of one scripted case.
struct CaseDebrief {
    QString caseId;
    std::int64_t alertSeconds = 0;
    int persons = 0;
    core::EmergencyPhase alertPhase = core::EmergencyPhase::Uncertainty;
    std::optional<std::int64_t> overboardSeconds; ///< the first man_overboard inject about it
    /// The trainees' case that answers it; none: "no case opened".
    std::optional<core::IncidentId> incident;
    QString caseNumber;
    double matchDistanceNm = 0.0;
    std::optional<core::EmergencyPhase> phaseReached; ///< the first phase that met alertPhase
    TimedMeasure opened;
    TimedMeasure rightPhase;
    std::optional<TimedMeasure> distressAfterOverboard; ///< DETRESFA from the man_overboard inject
    TimedMeasure tasked;
    TimedMeasure onScene;
    AssetChoice asset;
    HandoverMeasure handover;
};

/// One line of the merged timeline: a scripted event or a trainee's action.
struct DebriefLine {
    std::int64_t seconds = 0; ///< after T+0 (negative before it)
    bool scripted = false;
    QString who;     ///< the trainee's user name; empty for the scenario
    QString caseRef; ///< the scenario case's id, or the trainee's case number
    QString what;
};

struct Debrief {
    QString title;
    QDateTime startUtc;
    std::vector<CaseDebrief> cases; ///< in the scenario's order
    QStringList otherCases;         ///< trainees' cases that answer no scripted alert
    std::vector<DebriefLine> timeline;
};

/// Measures the trainees' records against the scenario (docs/exercises.md, "Debrief").
Debrief computeDebrief(const Scenario &scenario, const QDateTime &startUtc, const DebriefRecords &records,
                       const DebriefLimits &limits = {});

// Words and forms (debrief_text.cpp).

/// "T+01:30:00"; "T-00:02:00" before T+0.
QString debriefOffsetText(std::int64_t seconds);
/// "00:09:00"; "-00:01:00" for a negative span.
QString debriefDurationText(std::int64_t seconds);
/// "good", "late", "missed", "—" (translated): every mark is said in words.
QString debriefMarkName(DebriefMark mark);
QString debriefMarkKey(DebriefMark mark);
/// One measure's line: "00:09:00 (T+00:09:00), limit 00:15:00" or "not reached".
/// `isolate`: times and numbers in left-to-right isolates, for text shown right to left.
QString timedMeasureText(const TimedMeasure &measure, bool isolate = false);
/// "Fezzan: 39.9 NM from Tripoli (home port) at 24 kn, ETA 01:39:45"; "… at 20 kn (assumed) …",
/// "… from its AIS position at tasking (T+00:11:30) …".
QString unitStartKey(UnitStart start);
QString assetOptionText(const AssetOption &option, bool isolate = false);
/// "declared 96, received 94, 1 discrepancy unexplained".
QString handoverText(const HandoverMeasure &handover);

/// The whole debrief as a trainer reads it in a terminal.
QString debriefText(const Debrief &debrief);
/// The debrief for tools (keys in English, times in seconds after T+0).
QByteArray debriefJson(const Debrief &debrief, const QString &exerciseName);

} // namespace marsa::replay
