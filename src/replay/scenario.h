#pragma once

#include "core/incident.h"
#include "geo/lat_lon.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace marsa::replay {

/// A time in an exercise, as seconds after T+0 (the first alert). Written "T+01:30:00".
struct Offset {
    std::int64_t seconds = 0;
    auto operator<=>(const Offset &) const = default;

    QString text() const;
    /// "T+hh:mm:ss" (hours may have more than two digits; minutes and seconds below 60).
    static std::optional<Offset> parse(const QString &text);
};

/// When an exercise's T+0 falls: a fixed UTC instant, a UTC time of day on the day the exercise
/// is created, or the moment it is created.
struct ScenarioStart {
    enum class Kind { Utc, TimeOfDay, Now };
    Kind kind = Kind::Now;
    QDateTime utc;   ///< Kind::Utc
    QTime timeOfDay; ///< Kind::TimeOfDay, UTC

    /// The UTC instant of T+0 for an exercise created at `createdUtc`.
    QDateTime resolve(const QDateTime &createdUtc) const;
};

struct Wind {
    double fromDeg = 0.0; ///< where the wind blows from, degrees true
    double knots = 0.0;
};

/// A water current: where it sets to and its speed.
struct Current {
    double towardDeg = 0.0;
    double knots = 0.0;
};

/// The weather from `at` until the next entry.
struct WeatherEntry {
    Offset at;
    Wind wind;
    int seaState = 0; ///< Douglas, 0 to 9
    double visibilityNm = 10.0;
    QString remarks;
    /// False when the records the exercise was made from hold no weather (an exercise from a replay
    /// window): wind, sea state and visibility are then unknown, never told to the trainees.
    bool recorded = true;
};

struct TimedPosition {
    Offset at;
    geo::LatLon position;
};

/// How a distressed boat moves: given positions (linear between them), or drift computed by the
/// product from the leeway of an object class in the scenario's wind, plus an optional current.
struct Drift {
    enum class Kind { Positions, Leeway };
    Kind kind = Kind::Leeway;
    std::vector<TimedPosition> positions; ///< Kind::Positions, the first at the alert
    QString leewayClass;                  ///< Kind::Leeway: "LIFE-RAFT-NB-1"
    bool rightOfDownwind = true;          ///< Kind::Leeway: which branch of crosswind leeway
    Current current;                      ///< Kind::Leeway
    int stepMinutes = 10;                 ///< Kind::Leeway
};

/// One distressed boat: its alert and how it moves.
struct ScenarioCase {
    QString id; ///< referenced by injects: "zuwara-rubber"
    Offset alertAt;
    core::AlertSource source = core::AlertSource::Other;
    geo::LatLon position;
    double uncertaintyNm = 0.0;
    core::PersonsOnBoard personsOnBoard;
    core::CraftType craft = core::CraftType::Other;
    QString condition;
    core::EmergencyPhase phase = core::EmergencyPhase::Uncertainty;
    QString report; ///< what the caller said, as the trainer reads it out
    Drift drift;
};

struct Waypoint {
    geo::LatLon position;
    std::optional<double> knots; ///< speed from this waypoint on (the vessel's speed if not given)
};

/// A vessel of the AIS picture around the case, moving along waypoints.
struct TrafficVessel {
    std::int64_t mmsi = 0;
    QString name;
    QString callSign;
    int shipType = 0; ///< ITU-R M.1371 type of ship and cargo
    QString typeKey;  ///< as written: "cargo", "tanker"...
    Offset appears;
    double knots = 0.0;
    std::vector<Waypoint> waypoints;
};

/// A unit the trainees may task: an existing asset of the exercise database (by name), or a
/// new one the scenario brings.
struct ScenarioAsset {
    QString name;
    bool isNew = false;
    QString homePort;                    ///< new: a place key ("tobruk")
    double knots = 0.0;                  ///< new: transit speed
    QString callSign;                    ///< new, optional
    std::optional<std::int64_t> mmsi;    ///< new, optional
    std::optional<geo::LatLon> position; ///< at sea at T+0 (in port at its home if not given)
    Offset readyAt;                      ///< when it can be tasked
};

enum class InjectKind { SecondBoat, ManOverboard, CountMismatch, RadioCall, AssetUnavailable, Note };

/// Something the trainer (or the exercise) puts in at a given time.
struct Inject {
    Offset at;
    InjectKind kind = InjectKind::Note;
    QString caseId;              ///< second_boat, man_overboard, count_mismatch, radio_call (optional)
    QString asset;               ///< asset_unavailable; radio_call (optional: who calls)
    int persons = 0;             ///< man_overboard: how many
    int counted = 0;             ///< count_mismatch: the DCIM's count at the landing
    std::optional<Offset> until; ///< asset_unavailable: back in service
    QString text;
};

QString injectKindKey(InjectKind kind);
std::optional<InjectKind> injectKindFromKey(const QString &key);

/// Where a scenario derived from the operational journal comes from (replay::scenarioFromWindow):
/// the window of the journal, UTC.
struct ReplayOrigin {
    QDateTime fromUtc;
    QDateTime toUtc;
};

/// A scripted exercise (docs/scenarios.md).
struct Scenario {
    QString title;
    QString trainerNotes;
    ScenarioStart start;
    Offset duration;
    std::vector<WeatherEntry> weather;
    std::vector<ScenarioCase> cases;
    std::vector<TrafficVessel> traffic;
    std::vector<ScenarioAsset> assets;
    std::vector<Inject> injects;
    /// Set for a scenario derived from a replay window ("fromReplay"): its cases' alerts may come
    /// after T+0, persons on board may be unknown (0) and it may list no unit (the exercise's units).
    std::optional<ReplayOrigin> origin;

    /// The weather in force at `at` (the scenario has at least one entry, at T+0).
    const WeatherEntry &weatherAt(Offset at) const;
    const ScenarioCase *findCase(const QString &id) const;
    const ScenarioAsset *findAsset(const QString &name) const;
};

} // namespace marsa::replay
