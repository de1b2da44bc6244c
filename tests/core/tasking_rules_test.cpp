#include "core/asset.h"

#include "catch_qt.h"

using namespace marsa::core;

namespace {

Incident caseIn(IncidentStatus status) {
    Incident incident;
    incident.id = {7};
    incident.caseNumber = {2026, 7};
    incident.status = status;
    return incident;
}

Asset boat() {
    Asset asset;
    asset.id = {1};
    asset.name = QStringLiteral("Ubari");
    return asset;
}

const QDateTime kTasked(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);

} // namespace

TEST_CASE("An asset is tasked to an open case that still needs it") {
    for (IncidentStatus status :
         {IncidentStatus::Reported, IncidentStatus::Assessing, IncidentStatus::AssetTasked,
          IncidentStatus::OnScene, IncidentStatus::LostContact}) {
        INFO(statusKey(status).toStdString());
        CHECK(TaskingRules::task(caseIn(status), boat(), std::nullopt, std::nullopt));
    }
    for (IncidentStatus status :
         {IncidentStatus::RescueComplete, IncidentStatus::Disembarked, IncidentStatus::Closed,
          IncidentStatus::TransferredToOtherRcc, IncidentStatus::FalseAlarm}) {
        INFO(statusKey(status).toStdString());
        const Decision refused = TaskingRules::task(caseIn(status), boat(), std::nullopt, std::nullopt);
        CHECK_FALSE(refused);
        CHECK(refused.reason.contains(QStringLiteral("LY-2026-0007")));
    }
}

TEST_CASE("A busy or out-of-service asset is not tasked") {
    Asset broken = boat();
    broken.isActive = false;
    CHECK(TaskingRules::task(caseIn(IncidentStatus::Reported), broken, std::nullopt, std::nullopt).reason ==
          QStringLiteral("Ubari is out of service."));
    Tasking elsewhere{3, {9}, {1}, kTasked, {}, {}};
    CHECK(
        TaskingRules::task(caseIn(IncidentStatus::Reported), boat(), elsewhere, CaseNumber{2026, 9}).reason ==
        QStringLiteral("Ubari is tasked to case LY-2026-0009: release it there first."));
    Tasking here{3, {7}, {1}, kTasked, {}, {}};
    CHECK(TaskingRules::task(caseIn(IncidentStatus::AssetTasked), boat(), here, CaseNumber{2026, 7}).reason ==
          QStringLiteral("Ubari is already tasked to case LY-2026-0007."));
    Tasking released = elsewhere;
    released.releasedUtc = kTasked.addSecs(3600);
    CHECK(TaskingRules::task(caseIn(IncidentStatus::Reported), boat(), released, CaseNumber{2026, 9}));
}

TEST_CASE("On scene and release follow the tasking, once each") {
    Tasking tasking{3, {7}, {1}, kTasked, {}, {}};
    CHECK_FALSE(TaskingRules::onScene(tasking, kTasked.addSecs(-60)));
    CHECK(TaskingRules::onScene(tasking, kTasked.addSecs(3600)));
    tasking.onSceneUtc = kTasked.addSecs(3600);
    CHECK_FALSE(TaskingRules::onScene(tasking, kTasked.addSecs(4000)));
    CHECK(TaskingRules::release(tasking, kTasked.addSecs(5000)));
    CHECK_FALSE(TaskingRules::release(tasking, kTasked.addSecs(-1)));
    tasking.releasedUtc = kTasked.addSecs(5000);
    CHECK_FALSE(TaskingRules::release(tasking, kTasked.addSecs(6000)));
    CHECK_FALSE(
        TaskingRules::onScene(Tasking{4, {7}, {1}, kTasked, {}, kTasked.addSecs(10)}, kTasked.addSecs(20)));
}

TEST_CASE("Tasking moves a case forward only from the statuses before it") {
    CHECK(TaskingRules::statusWhenTasked(IncidentStatus::Reported) == IncidentStatus::AssetTasked);
    CHECK(TaskingRules::statusWhenTasked(IncidentStatus::Assessing) == IncidentStatus::AssetTasked);
    CHECK(TaskingRules::statusWhenTasked(IncidentStatus::LostContact) == IncidentStatus::AssetTasked);
    CHECK_FALSE(TaskingRules::statusWhenTasked(IncidentStatus::OnScene));
    CHECK_FALSE(TaskingRules::statusWhenTasked(IncidentStatus::AssetTasked));
    CHECK(TaskingRules::statusWhenOnScene(IncidentStatus::AssetTasked) == IncidentStatus::OnScene);
    CHECK_FALSE(TaskingRules::statusWhenOnScene(IncidentStatus::OnScene));
    CHECK_FALSE(TaskingRules::statusWhenOnScene(IncidentStatus::RescueComplete));
}

TEST_CASE("An MMSI of a ship is nine digits from MID 201 to 775") {
    CHECK(isValidMmsi(642000101));
    CHECK(isValidMmsi(201000000));
    CHECK(isValidMmsi(775999999));
    CHECK_FALSE(isValidMmsi(111000000)); // an aircraft's SAR MMSI is not a ship
    CHECK_FALSE(isValidMmsi(970012345)); // an AIS-SART
    CHECK_FALSE(isValidMmsi(64200010));
    CHECK_FALSE(isValidMmsi(0));
}

TEST_CASE("Asset kinds keep stable keys") {
    for (AssetKind kind : {AssetKind::PatrolBoat, AssetKind::Aircraft}) {
        CHECK(assetKindFromKey(assetKindKey(kind)) == kind);
        CHECK_FALSE(assetKindName(kind).isEmpty());
    }
    CHECK_FALSE(assetKindFromKey(QStringLiteral("submarine")));
}
