#pragma once

#include "core/asset.h"
#include "core/vessel.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace marsa::core {

/// How a target stands: heard recently, not heard for `lostAfterMs`, or gone from the table.
enum class TargetState : std::uint8_t { Live, Lost, Removed };

/// One point of a target's past track: 16 bytes, because a console keeps a million of them.
/// Positions are floats: 2e-6° (about 0.2 m) at the Libyan coast, 1.5 m at 180°, finer than any
/// track the chart draws. Latitude before longitude (ISO 6709).
struct TrackPoint {
    std::int64_t timeMs = 0; ///< UTC milliseconds since the epoch
    float lat = 0;           ///< degrees north
    float lon = 0;           ///< degrees east
};

/// When a target is lost, when it is removed and how much track it keeps.
///
/// Lost after 8 minutes: the slowest regular reporters (a Class A ship at anchor or moored, a
/// Class B CS unit under 2 kn, an AtoN) report every 3 minutes (ITU-R M.1371-5, table 1), so
/// two missed reports and a margin for a patchy shore receiver; OpenCPN uses 8 as well.
/// Removed after 20 minutes (OpenCPN: 10): in SAR a contact that falls silent is itself news
/// (boats switch AIS off; shore coverage 40 NM out has gaps of 10 to 15 minutes), and the
/// officer needs the crossed-out symbol on the chart long enough to see where it went quiet.
/// Alarms (SART, MOB, EPIRB, navigational status 14) are never removed until acknowledged.
struct LiveTargetSettings {
    std::int64_t lostAfterMs = 8 * 60'000;
    std::int64_t dropAfterMs = 20 * 60'000;
    std::int64_t trackMaxAgeMs = 6 * 3'600'000; ///< points older than this are dropped
    std::size_t trackMaxPoints = 720;           ///< six hours at one point every 30 s
    /// A track point is kept at most this often: Class A ships underway report every 2 to 10 s,
    /// which a track at chart scale does not need. The latest position is always kept apart.
    std::int64_t trackMinIntervalMs = 30'000;
};

/// One target of the live table: its latest report, what is known about it and its past track.
struct LiveTarget {
    std::uint32_t mmsi = 0;
    StationKind kind = StationKind::Other;
    VesselPosition position; ///< the latest report; its timeMs is when the target was last heard
    VesselStatic statics;    ///< merged static and voyage data; empty fields were never reported
    TargetState state = TargetState::Live;
    bool isClassB = false;        ///< the latest position came in a type 18 or 19 report
    bool isAlarm = false;         ///< SART, MOB or EPIRB, or navigational status 14
    bool isAcknowledged = false;  ///< an alarm the officer has acknowledged
    std::optional<AssetId> asset; ///< a Coast Guard unit of ours, by its MMSI
    QString assetName;
    /// Past positions, oldest first, bounded by the settings' age and count. Appended at the
    /// back, trimmed at the front: a reader that caches them (the chart projects them once)
    /// follows by serial numbers.
    std::deque<TrackPoint> track;
    std::uint64_t trackFirstSerial = 0; ///< serial of track.front(); a point's serial never changes
    std::uint64_t createdVersion = 0;   ///< the table version that added the target
    std::uint64_t changedVersion = 0;   ///< the table version of its last change

    std::uint64_t trackEndSerial() const { return trackFirstSerial + track.size(); }
    bool isOwnAsset() const { return asset.has_value(); }
    /// An alarm the officer has not acknowledged yet: it flashes and never ages out.
    bool isUnacknowledgedAlarm() const { return isAlarm && !isAcknowledged; }
    /// The Coast Guard name of an own asset, else the AIS name; empty when neither is known.
    QString displayName() const { return isOwnAsset() && !assetName.isEmpty() ? assetName : statics.name; }
};

/// What changed in the table since a version a reader last saw.
struct TargetChanges {
    std::vector<std::uint32_t> added;   ///< created since (removed ones not included)
    std::vector<std::uint32_t> updated; ///< known then and changed since
    /// Removed since; may name targets the reader never saw, and a target both removed and
    /// added again (apply removals first).
    std::vector<std::uint32_t> removed;
    /// False when the removal log no longer reaches back to the reader's version: read everything.
    bool complete = true;
    std::uint64_t version = 0; ///< the table's version now: ask from this one next time
};

/// The live target table: every station heard recently, as the chart and the Vessels panel show
/// it. Owned by the GUI thread; the feed worker posts batches of reports to it. Readers follow it
/// by version: each change of the table gets a new version, and changesSince() tells a reader
/// which MMSIs to update, so a model refreshes rows and the chart re-projects tracks, not all.
class LiveTargets {
public:
    struct Counts {
        int live = 0;
        int lost = 0;
        int alarms = 0;
        int unacknowledgedAlarms = 0;
    };

    explicit LiveTargets(LiveTargetSettings settings = {});

    const LiveTargetSettings &settings() const { return m_settings; }
    void setSettings(const LiveTargetSettings &settings) { m_settings = settings; }

    /// Applies position reports, in any order. A report no newer than the latest already applied
    /// for its MMSI is ignored (a second feed repeating it, a late fragment), as is one without a
    /// valid position. Returns how many were applied.
    std::size_t apply(std::span<const VesselPosition> reports);
    /// Merges static data: a field that is empty or zero does not erase what is known (a type 24
    /// part A carries only the name, part B only the type, call sign and size).
    void apply(const VesselStatic &statics);
    /// Our Coast Guard units, recognised by their MMSI and drawn and listed as such.
    void setAssets(std::span<const Asset> assets);
    /// Moves targets to Lost, and removes them after dropAfterMs, at the given time (from the
    /// application's Clock, so replay ages targets in simulated time). Unacknowledged alarms
    /// become Lost but stay. Returns how many targets changed state.
    int age(std::int64_t nowMs);
    /// The officer has seen the alarm: it stops flashing and ages out like any target. False
    /// when there is no such unacknowledged alarm.
    bool acknowledgeAlarm(std::uint32_t mmsi);
    /// Empties the table (a replay seeking backwards); readers see every target removed.
    void clear();

    const LiveTarget *find(std::uint32_t mmsi) const;
    /// Every target, in no particular order (a removal moves the last into its place).
    const std::vector<LiveTarget> &targets() const { return m_targets; }
    std::size_t size() const { return m_targets.size(); }
    bool isEmpty() const { return m_targets.empty(); }
    Counts counts() const;
    /// The newest report time applied: a clock for tests and for tracks' fading without one.
    std::int64_t latestTimeMs() const { return m_latestMs; }

    std::uint64_t version() const { return m_version; }
    /// What changed after `version` (0: everything there is, as added).
    TargetChanges changesSince(std::uint64_t version) const;

private:
    struct PendingStatic {
        VesselStatic statics;
        std::int64_t receivedMs = 0;
    };
    struct AssetRef {
        AssetId id;
        QString name;
    };

    LiveTarget *findMutable(std::uint32_t mmsi);
    bool applyOne(const VesselPosition &report, std::uint64_t next);
    void appendTrack(LiveTarget &target, const VesselPosition &report);
    void remove(std::size_t index, std::uint64_t next);
    bool applyAsset(LiveTarget &target) const;
    void logRemoval(std::uint32_t mmsi, std::uint64_t version);

    LiveTargetSettings m_settings;
    std::vector<LiveTarget> m_targets;
    std::unordered_map<std::uint32_t, std::size_t> m_index;
    std::unordered_map<std::uint32_t, PendingStatic> m_pendingStatics; // heard before any position
    std::unordered_map<std::uint32_t, AssetRef> m_assets;
    std::deque<std::pair<std::uint64_t, std::uint32_t>> m_removals; // (version, mmsi), oldest first
    std::uint64_t m_removalsLostBefore = 0;                         // readers older than this missed removals
    std::uint64_t m_version = 0;
    std::int64_t m_latestMs = 0;
};

/// The navigational status, station kind and MMSI make an alarm: SART, MOB, EPIRB or status 14.
bool isAlarmReport(StationKind kind, const VesselPosition &report);

} // namespace marsa::core
