#include "core/live_targets.h"

#include "core/static_merge.h"

#include <algorithm>
#include <cmath>

namespace marsa::core {
namespace {

// Removals kept for readers that fall behind; one older than this reads everything again.
constexpr std::size_t kRemovalLogLength = 65'536;

bool hasValidPosition(const VesselPosition &report) {
    // AIS "not available" is 91° / 181°: a decoder may pass it through.
    return std::isfinite(report.lat) && std::isfinite(report.lon) && std::abs(report.lat) <= 90.0 &&
           std::abs(report.lon) <= 180.0;
}

// The not-available sentinels of ITU-R M.1371 (SOG 102.3, COG 360, heading 511) as NaN / -1, in
// case a decoder passes them through.
VesselPosition normalised(VesselPosition report) {
    if (report.hasSog() && (report.sog < 0.0F || report.sog > 102.25F)) {
        report.sog = std::numeric_limits<float>::quiet_NaN();
    }
    if (report.hasCog() && (report.cog < 0.0F || report.cog >= 360.0F)) {
        report.cog = std::numeric_limits<float>::quiet_NaN();
    }
    if (report.heading > 359) {
        report.heading = -1;
    }
    return report;
}

// The message type says more than the MMSI for three kinds of station (vessel.h).
StationKind kindOf(const VesselPosition &report) {
    switch (report.messageType) {
    case 4:
        return StationKind::BaseStation;
    case 9:
        return StationKind::SarAircraft;
    case 21:
        return StationKind::AidToNav;
    default:
        return stationKindOf(report.mmsi);
    }
}

// AIS text is padded with "@" and spaces (DOMAIN-FACTS 6.1); a decoder should strip them.
QString cleanText(const QString &text) {
    QString clean = text;
    while (!clean.isEmpty() && (clean.back() == QLatin1Char('@') || clean.back().isSpace())) {
        clean.chop(1);
    }
    return clean.trimmed();
}

// Merges `from` into `into` by the one rule of core::mergedStatic (a blank never erases; the
// newer report wins), after cleaning the texts; answers whether anything shown changed.
bool mergeStatic(VesselStatic &into, const VesselStatic &from) {
    VesselStatic clean = from;
    clean.name = cleanText(from.name);
    clean.callSign = cleanText(from.callSign);
    clean.destination = cleanText(from.destination);
    VesselStatic merged = mergedStatic(into, clean);
    const std::int64_t confirmedMs = merged.confirmedMs;
    merged.confirmedMs = into.confirmedMs;
    const bool changed = !(merged == into);
    into = std::move(merged);
    into.confirmedMs = confirmedMs;
    return changed;
}

} // namespace

bool isAlarmReport(StationKind kind, const VesselPosition &report) {
    return isAlarm(kind) || report.navStatus == kNavStatusSartActive;
}

LiveTargets::LiveTargets(LiveTargetSettings settings)
    : m_settings(settings) {}

const LiveTarget *LiveTargets::find(std::uint32_t mmsi) const {
    const auto it = m_index.find(mmsi);
    return it == m_index.end() ? nullptr : &m_targets[it->second];
}

LiveTarget *LiveTargets::findMutable(std::uint32_t mmsi) {
    const auto it = m_index.find(mmsi);
    return it == m_index.end() ? nullptr : &m_targets[it->second];
}

std::size_t LiveTargets::apply(std::span<const VesselPosition> reports) {
    const std::uint64_t next = m_version + 1;
    std::size_t applied = 0;
    for (const VesselPosition &report : reports) {
        if (applyOne(report, next)) {
            ++applied;
        }
    }
    if (applied > 0) {
        m_version = next;
    }
    return applied;
}

bool LiveTargets::applyOne(const VesselPosition &raw, std::uint64_t next) {
    if (raw.mmsi == 0 || !hasValidPosition(raw)) {
        return false;
    }
    LiveTarget *target = findMutable(raw.mmsi);
    if (target == nullptr) {
        LiveTarget created;
        created.mmsi = raw.mmsi;
        created.statics.mmsi = raw.mmsi;
        created.createdVersion = next;
        if (const auto pending = m_pendingStatics.find(raw.mmsi); pending != m_pendingStatics.end()) {
            created.statics = std::move(pending->second.statics);
            m_pendingStatics.erase(pending);
        }
        applyAsset(created);
        m_index.emplace(raw.mmsi, m_targets.size());
        m_targets.push_back(std::move(created));
        target = &m_targets.back();
    } else if (raw.timeMs <= target->position.timeMs) {
        return false;
    }
    const VesselPosition report = normalised(raw);
    target->position = report;
    target->kind = kindOf(report);
    if (report.messageType == 18 || report.messageType == 19) {
        target->isClassB = true;
    } else if (report.messageType >= 1 && report.messageType <= 3) {
        target->isClassB = false;
    }
    const bool alarm = isAlarmReport(target->kind, report);
    if (alarm != target->isAlarm) {
        target->isAlarm = alarm;
        target->isAcknowledged = false; // a new alarm is always unacknowledged
    }
    target->state = TargetState::Live;
    target->changedVersion = next;
    appendTrack(*target, report);
    m_latestMs = std::max(m_latestMs, report.timeMs);
    return true;
}

void LiveTargets::appendTrack(LiveTarget &target, const VesselPosition &report) {
    auto &track = target.track;
    if (track.empty() || report.timeMs - track.back().timeMs >= m_settings.trackMinIntervalMs) {
        track.push_back({report.timeMs, static_cast<float>(report.lat), static_cast<float>(report.lon)});
    }
    // Trimmed here only, when a point arrives: ageing the whole table would otherwise mark every
    // target changed every few seconds. The chart fades and hides what is older anyway.
    const std::int64_t oldest = report.timeMs - m_settings.trackMaxAgeMs;
    while (!track.empty() && (track.size() > m_settings.trackMaxPoints || track.front().timeMs < oldest)) {
        track.pop_front();
        ++target.trackFirstSerial;
    }
}

void LiveTargets::apply(const VesselStatic &statics) {
    if (statics.mmsi == 0) {
        return;
    }
    if (LiveTarget *target = findMutable(statics.mmsi)) {
        if (mergeStatic(target->statics, statics)) {
            target->changedVersion = ++m_version;
        }
        return;
    }
    PendingStatic &pending = m_pendingStatics[statics.mmsi];
    pending.statics.mmsi = statics.mmsi;
    mergeStatic(pending.statics, statics);
    pending.receivedMs = std::max({pending.receivedMs, statics.confirmedMs, m_latestMs});
}

bool LiveTargets::applyAsset(LiveTarget &target) const {
    std::optional<AssetId> id;
    QString name;
    if (const auto it = m_assets.find(target.mmsi); it != m_assets.end()) {
        id = it->second.id;
        name = it->second.name;
    }
    if (id == target.asset && name == target.assetName) {
        return false;
    }
    target.asset = id;
    target.assetName = name;
    return true;
}

void LiveTargets::setAssets(std::span<const Asset> assets) {
    m_assets.clear();
    for (const Asset &asset : assets) {
        if (asset.mmsi && isValidMmsi(*asset.mmsi)) {
            m_assets[static_cast<std::uint32_t>(*asset.mmsi)] = {asset.id, asset.name};
        }
    }
    const std::uint64_t next = m_version + 1;
    bool changed = false;
    for (LiveTarget &target : m_targets) {
        if (applyAsset(target)) {
            target.changedVersion = next;
            changed = true;
        }
    }
    if (changed) {
        m_version = next;
    }
}

int LiveTargets::age(std::int64_t nowMs) {
    const std::uint64_t next = m_version + 1;
    int changed = 0;
    // Backwards: a removal moves the last target, already seen, into the freed place.
    for (std::size_t i = m_targets.size(); i-- > 0;) {
        LiveTarget &target = m_targets[i];
        const std::int64_t silentMs = nowMs - target.position.timeMs;
        if (silentMs >= m_settings.dropAfterMs && !target.isUnacknowledgedAlarm()) {
            remove(i, next);
            ++changed;
        } else if (silentMs >= m_settings.lostAfterMs && target.state == TargetState::Live) {
            target.state = TargetState::Lost;
            target.changedVersion = next;
            ++changed;
        }
    }
    std::erase_if(m_pendingStatics, [this, nowMs](const auto &entry) {
        return nowMs - entry.second.receivedMs >= m_settings.dropAfterMs;
    });
    if (changed > 0) {
        m_version = next;
    }
    return changed;
}

bool LiveTargets::acknowledgeAlarm(std::uint32_t mmsi) {
    LiveTarget *target = findMutable(mmsi);
    if (target == nullptr || !target->isUnacknowledgedAlarm()) {
        return false;
    }
    target->isAcknowledged = true;
    target->changedVersion = ++m_version;
    return true;
}

void LiveTargets::clear() {
    m_pendingStatics.clear();
    if (m_targets.empty()) {
        return;
    }
    const std::uint64_t next = m_version + 1;
    for (const LiveTarget &target : m_targets) {
        logRemoval(target.mmsi, next);
    }
    m_targets.clear();
    m_index.clear();
    m_latestMs = 0;
    m_version = next;
}

void LiveTargets::remove(std::size_t index, std::uint64_t next) {
    const std::uint32_t mmsi = m_targets[index].mmsi;
    logRemoval(mmsi, next);
    m_index.erase(mmsi);
    if (index + 1 != m_targets.size()) {
        m_targets[index] = std::move(m_targets.back());
        m_index[m_targets[index].mmsi] = index;
    }
    m_targets.pop_back();
}

void LiveTargets::logRemoval(std::uint32_t mmsi, std::uint64_t version) {
    m_removals.emplace_back(version, mmsi);
    if (m_removals.size() > kRemovalLogLength) {
        m_removalsLostBefore = m_removals.front().first;
        m_removals.pop_front();
    }
}

LiveTargets::Counts LiveTargets::counts() const {
    Counts counts;
    for (const LiveTarget &target : m_targets) {
        if (target.state == TargetState::Lost) {
            ++counts.lost;
        } else {
            ++counts.live;
        }
        if (target.isAlarm) {
            ++counts.alarms;
            if (!target.isAcknowledged) {
                ++counts.unacknowledgedAlarms;
            }
        }
    }
    return counts;
}

TargetChanges LiveTargets::changesSince(std::uint64_t version) const {
    TargetChanges changes;
    changes.version = m_version;
    changes.complete = version >= m_removalsLostBefore;
    if (version >= m_version) {
        return changes;
    }
    for (const LiveTarget &target : m_targets) {
        if (target.createdVersion > version) {
            changes.added.push_back(target.mmsi);
        } else if (target.changedVersion > version) {
            changes.updated.push_back(target.mmsi);
        }
    }
    for (auto it = m_removals.rbegin(); it != m_removals.rend() && it->first > version; ++it) {
        changes.removed.push_back(it->second);
    }
    std::reverse(changes.removed.begin(), changes.removed.end());
    return changes;
}

} // namespace marsa::core
