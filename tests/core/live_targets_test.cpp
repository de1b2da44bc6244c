#include "core/live_targets.h"

#include "catch_qt.h"

#include <algorithm>
#include <vector>

using namespace marsa::core;

namespace {

constexpr std::int64_t kT0 = 1'790'000'000'000; // 2026-09-20, UTC ms
constexpr std::int64_t kMinute = 60'000;
constexpr std::uint32_t kFishing = 642'123'456; // a Libyan vessel (MID 642)
constexpr std::uint32_t kCargo = 215'000'001;   // Malta
constexpr std::uint32_t kSart = 970'123'456;

VesselPosition report(std::uint32_t mmsi, std::int64_t timeMs, double lat = 33.0, double lon = 13.0) {
    VesselPosition p;
    p.mmsi = mmsi;
    p.timeMs = timeMs;
    p.lat = lat;
    p.lon = lon;
    p.sog = 8.0F;
    p.cog = 45.0F;
    p.heading = 44;
    p.navStatus = 0;
    p.messageType = 1;
    return p;
}

void applyOne(LiveTargets &targets, const VesselPosition &p) {
    targets.apply(std::span<const VesselPosition>(&p, 1));
}

std::vector<std::uint32_t> sorted(std::vector<std::uint32_t> v) {
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

TEST_CASE("The live table keeps the latest report of each MMSI and ignores older ones") {
    LiveTargets targets;
    const std::vector<VesselPosition> batch{report(kFishing, kT0 + 10'000, 33.1), report(kCargo, kT0),
                                            report(kFishing, kT0 + 5'000, 33.2),   // older: ignored
                                            report(kFishing, kT0 + 10'000, 33.3)}; // same time: ignored
    CHECK(targets.apply(batch) == 2);
    REQUIRE(targets.size() == 2);
    const LiveTarget *fishing = targets.find(kFishing);
    REQUIRE(fishing != nullptr);
    CHECK(fishing->position.lat == 33.1);
    CHECK(fishing->position.timeMs == kT0 + 10'000);
    CHECK(fishing->kind == StationKind::Vessel);
    CHECK(fishing->state == TargetState::Live);
    CHECK(targets.find(kSart) == nullptr);
    CHECK(targets.latestTimeMs() == kT0 + 10'000);

    // A later batch with an older report changes nothing, not even the version.
    const std::uint64_t version = targets.version();
    applyOne(targets, report(kFishing, kT0 + 1'000, 34.0));
    CHECK(targets.find(kFishing)->position.lat == 33.1);
    CHECK(targets.version() == version);
}

TEST_CASE("Reports without a position or with not-available values are cleaned or ignored") {
    LiveTargets targets;
    applyOne(targets, report(kFishing, kT0, 91.0, 181.0)); // AIS "not available"
    CHECK(targets.isEmpty());
    VesselPosition p = report(kFishing, kT0);
    p.sog = 102.3F;
    p.cog = 360.0F;
    p.heading = 511;
    applyOne(targets, p);
    const LiveTarget *target = targets.find(kFishing);
    REQUIRE(target != nullptr);
    CHECK_FALSE(target->position.hasSog());
    CHECK_FALSE(target->position.hasCog());
    CHECK_FALSE(target->position.hasHeading());
}

TEST_CASE("Class B, SAR aircraft, AtoN and base stations are told apart") {
    LiveTargets targets;
    VesselPosition classB = report(kCargo, kT0);
    classB.messageType = 18;
    VesselPosition aircraft = report(111'642'001, kT0);
    aircraft.messageType = 9;
    VesselPosition aton = report(992'351'019, kT0);
    aton.messageType = 21;
    VesselPosition base = report(6'420'001, kT0); // 00MIDxxxx with MID 642
    base.messageType = 4;
    targets.apply(std::vector<VesselPosition>{classB, aircraft, aton, base});
    CHECK(targets.find(kCargo)->isClassB);
    CHECK(targets.find(111'642'001)->kind == StationKind::SarAircraft);
    CHECK(targets.find(992'351'019)->kind == StationKind::AidToNav);
    CHECK(targets.find(6'420'001)->kind == StationKind::BaseStation);
    // The same ship reporting as Class A again.
    applyOne(targets, report(kCargo, kT0 + 1'000));
    CHECK_FALSE(targets.find(kCargo)->isClassB);
}

TEST_CASE("Static data merges: empty fields never erase what is known") {
    LiveTargets targets;
    VesselStatic partA; // type 24 part A: the name only, padded as AIS pads it
    partA.mmsi = kFishing;
    partA.name = QStringLiteral("AL KHALIJ@@@@ ");
    targets.apply(partA); // before any position: kept aside
    CHECK(targets.isEmpty());
    applyOne(targets, report(kFishing, kT0));
    REQUIRE(targets.find(kFishing) != nullptr);
    CHECK(targets.find(kFishing)->statics.name == QStringLiteral("AL KHALIJ"));

    VesselStatic partB; // part B: type, call sign and size, no name
    partB.mmsi = kFishing;
    partB.shipType = 30;
    partB.callSign = QStringLiteral("5AB12");
    partB.toBow = 12;
    partB.toStern = 6;
    const std::uint64_t before = targets.version();
    targets.apply(partB);
    CHECK(targets.version() > before);
    const LiveTarget &t = *targets.find(kFishing);
    CHECK(t.statics.name == QStringLiteral("AL KHALIJ"));
    CHECK(t.statics.shipType == 30);
    CHECK(t.statics.callSign == QStringLiteral("5AB12"));
    CHECK(t.statics.length() == 18);
    CHECK(t.displayName() == QStringLiteral("AL KHALIJ"));

    // The same data again is no change.
    const std::uint64_t same = targets.version();
    targets.apply(partB);
    CHECK(targets.version() == same);
}

TEST_CASE("Targets are lost after eight minutes and removed after twenty") {
    LiveTargets targets;
    CHECK(targets.settings().lostAfterMs == 8 * kMinute);
    CHECK(targets.settings().dropAfterMs == 20 * kMinute);
    applyOne(targets, report(kFishing, kT0));
    CHECK(targets.age(kT0 + 8 * kMinute - 1) == 0);
    CHECK(targets.find(kFishing)->state == TargetState::Live);
    CHECK(targets.age(kT0 + 8 * kMinute) == 1);
    CHECK(targets.find(kFishing)->state == TargetState::Lost);
    CHECK(targets.counts().lost == 1);
    CHECK(targets.age(kT0 + 10 * kMinute) == 0); // already lost: no change
    // Heard again: live.
    applyOne(targets, report(kFishing, kT0 + 11 * kMinute));
    CHECK(targets.find(kFishing)->state == TargetState::Live);
    CHECK(targets.age(kT0 + 31 * kMinute - 1) == 1); // lost again
    CHECK(targets.age(kT0 + 31 * kMinute) == 1);     // 20 minutes after the last report
    CHECK(targets.find(kFishing) == nullptr);
    CHECK(targets.isEmpty());
}

TEST_CASE("The lost and removal times are settings") {
    LiveTargets targets({.lostAfterMs = 3 * kMinute, .dropAfterMs = 10 * kMinute});
    applyOne(targets, report(kFishing, kT0));
    targets.age(kT0 + 3 * kMinute);
    CHECK(targets.find(kFishing)->state == TargetState::Lost);
    targets.age(kT0 + 10 * kMinute);
    CHECK(targets.find(kFishing) == nullptr);
}

TEST_CASE("Alarms are never removed until acknowledged") {
    LiveTargets targets;
    VesselPosition sart = report(kSart, kT0);
    sart.navStatus = kNavStatusSartActive;
    VesselPosition distressed = report(kFishing, kT0); // an ordinary MMSI with status 14
    distressed.navStatus = kNavStatusSartActive;
    targets.apply(std::vector<VesselPosition>{sart, distressed, report(kCargo, kT0)});
    CHECK(targets.find(kSart)->isAlarm);
    CHECK(targets.find(kSart)->kind == StationKind::Sart);
    CHECK(targets.find(kFishing)->isAlarm);
    CHECK_FALSE(targets.find(kCargo)->isAlarm);
    CHECK(targets.counts().unacknowledgedAlarms == 2);

    targets.age(kT0 + 5 * 60 * kMinute); // five hours of silence
    CHECK(targets.find(kCargo) == nullptr);
    REQUIRE(targets.find(kSart) != nullptr);
    CHECK(targets.find(kSart)->state == TargetState::Lost);
    CHECK(targets.find(kFishing) != nullptr);

    CHECK(targets.acknowledgeAlarm(kSart));
    CHECK_FALSE(targets.acknowledgeAlarm(kSart));  // already acknowledged
    CHECK_FALSE(targets.acknowledgeAlarm(kCargo)); // not there
    CHECK(targets.counts().unacknowledgedAlarms == 1);
    targets.age(kT0 + 5 * 60 * kMinute + 1);
    CHECK(targets.find(kSart) == nullptr);
    CHECK(targets.find(kFishing) != nullptr);
}

TEST_CASE("A ship that starts sending status 14 raises a new, unacknowledged alarm") {
    LiveTargets targets;
    VesselPosition p = report(kFishing, kT0);
    p.navStatus = kNavStatusSartActive;
    applyOne(targets, p);
    targets.acknowledgeAlarm(kFishing);
    p.timeMs += 10'000;
    applyOne(targets, p); // still the same alarm: stays acknowledged
    CHECK(targets.find(kFishing)->isAcknowledged);
    p.navStatus = 0;
    p.timeMs += 10'000;
    applyOne(targets, p);
    CHECK_FALSE(targets.find(kFishing)->isAlarm);
    p.navStatus = kNavStatusSartActive;
    p.timeMs += 10'000;
    applyOne(targets, p);
    CHECK(targets.find(kFishing)->isUnacknowledgedAlarm());
}

TEST_CASE("The track keeps a point every 30 seconds, at most six hours and 720 points") {
    LiveTargets targets;
    // A report every 10 s for 7 hours.
    std::vector<VesselPosition> reports;
    for (std::int64_t t = 0; t <= 7 * 3'600'000; t += 10'000) {
        reports.push_back(report(kFishing, kT0 + t, 33.0 + t / 1e9));
    }
    targets.apply(reports);
    const LiveTarget &target = *targets.find(kFishing);
    CHECK(target.position.timeMs == kT0 + 7 * 3'600'000);
    // One point in three kept: 7 h = 840 points, trimmed to six hours (the 720-point cap agrees).
    REQUIRE(target.track.size() == 720);
    CHECK(target.track.back().timeMs == kT0 + 7 * 3'600'000);
    CHECK(target.track.front().timeMs == kT0 + 7 * 3'600'000 - 719 * 30'000);
    CHECK(target.trackEndSerial() == 841);
    CHECK(target.trackFirstSerial == 121);

    LiveTargets capped({.trackMaxPoints = 10});
    capped.apply(reports);
    CHECK(capped.find(kFishing)->track.size() == 10);
    LiveTargets young({.trackMaxAgeMs = 3'600'000});
    young.apply(reports);
    CHECK(young.find(kFishing)->track.size() == 121); // 0 to 60 minutes inclusive
}

TEST_CASE("Readers follow the table by version: added, updated and removed MMSIs") {
    LiveTargets targets;
    CHECK(targets.version() == 0);
    targets.apply(std::vector<VesselPosition>{report(kFishing, kT0), report(kCargo, kT0)});
    TargetChanges first = targets.changesSince(0);
    CHECK(sorted(first.added) == std::vector<std::uint32_t>{kCargo, kFishing});
    CHECK(first.updated.empty());
    CHECK(first.complete);
    const std::uint64_t seen = first.version;
    CHECK(targets.changesSince(seen).added.empty());

    applyOne(targets, report(kFishing, kT0 + 10'000));
    applyOne(targets, report(kSart, kT0 + 10'000));
    TargetChanges second = targets.changesSince(seen);
    CHECK(second.added == std::vector<std::uint32_t>{kSart});
    CHECK(second.updated == std::vector<std::uint32_t>{kFishing});
    CHECK(second.removed.empty());

    targets.age(kT0 + 20 * kMinute); // the cargo ship goes; the others are lost (the SART stays)
    TargetChanges third = targets.changesSince(second.version);
    CHECK(third.removed == std::vector<std::uint32_t>{kCargo});
    CHECK(sorted(third.updated) == std::vector<std::uint32_t>{kFishing, kSart});
    CHECK(targets.changesSince(seen).removed == std::vector<std::uint32_t>{kCargo});

    // Removed and heard again: removed, then added.
    applyOne(targets, report(kCargo, kT0 + 21 * kMinute));
    TargetChanges fourth = targets.changesSince(second.version);
    CHECK(fourth.removed == std::vector<std::uint32_t>{kCargo});
    CHECK(fourth.added == std::vector<std::uint32_t>{kCargo});

    targets.clear();
    TargetChanges cleared = targets.changesSince(fourth.version);
    CHECK(sorted(cleared.removed) == std::vector<std::uint32_t>{kCargo, kFishing, kSart});
    CHECK(targets.isEmpty());
}

TEST_CASE("Coast Guard assets are recognised by their MMSI") {
    LiveTargets targets;
    applyOne(targets, report(kFishing, kT0));
    Asset fezzan;
    fezzan.id = {3};
    fezzan.name = QStringLiteral("Fezzan");
    fezzan.mmsi = kFishing;
    Asset noMmsi;
    noMmsi.id = {4};
    noMmsi.name = QStringLiteral("Helicopter");
    const std::uint64_t before = targets.version();
    targets.setAssets(std::vector<Asset>{fezzan, noMmsi});
    CHECK(targets.version() > before);
    const LiveTarget &target = *targets.find(kFishing);
    CHECK(target.isOwnAsset());
    CHECK(target.asset->value == 3);
    CHECK(target.displayName() == QStringLiteral("Fezzan"));
    // An asset heard later is recognised on its first report.
    fezzan.mmsi = kCargo;
    targets.setAssets(std::vector<Asset>{fezzan});
    CHECK_FALSE(targets.find(kFishing)->isOwnAsset());
    applyOne(targets, report(kCargo, kT0));
    CHECK(targets.find(kCargo)->isOwnAsset());
}
