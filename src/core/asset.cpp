#include "core/asset.h"

#include <cmath>

#include <QCoreApplication>

namespace marsa::core {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::TaskingRules)
};

} // namespace

QString assetKindKey(AssetKind kind) {
    switch (kind) {
    case AssetKind::PatrolBoat:
        return QStringLiteral("patrol_boat");
    case AssetKind::Aircraft:
        return QStringLiteral("aircraft");
    }
    return {};
}

std::optional<AssetKind> assetKindFromKey(const QString &key) {
    for (AssetKind kind : {AssetKind::PatrolBoat, AssetKind::Aircraft}) {
        if (assetKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString assetKindName(AssetKind kind) {
    switch (kind) {
    case AssetKind::PatrolBoat:
        return Text::tr("Patrol boat");
    case AssetKind::Aircraft:
        return Text::tr("Aircraft");
    }
    return {};
}

bool isValidMmsi(std::int64_t mmsi) {
    // ITU-R M.585: ship stations are MID followed by six digits, MIDs run from 201 to 775.
    return mmsi >= 201'000'000 && mmsi <= 775'999'999;
}

bool isValidAssetSpeed(double knots) {
    return std::isfinite(knots) && knots > 0.0 && knots <= kMaxAssetKnots;
}

Decision TaskingRules::task(const Incident &incident, const Asset &asset,
                            const std::optional<Tasking> &busyWith,
                            const std::optional<CaseNumber> &busyCase) {
    if (isFinal(incident.status)) {
        return Decision::refuse(Text::tr("Case %1 is %2: no asset can be tasked to it.")
                                    .arg(incident.caseNumber.text(), statusName(incident.status)));
    }
    if (incident.status == IncidentStatus::RescueComplete || incident.status == IncidentStatus::Disembarked) {
        return Decision::refuse(
            Text::tr("The rescue of case %1 is complete.").arg(incident.caseNumber.text()));
    }
    if (!asset.isActive) {
        return Decision::refuse(Text::tr("%1 is out of service.").arg(asset.name));
    }
    if (busyWith && busyWith->isOpen()) {
        if (busyWith->incident == incident.id) {
            return Decision::refuse(
                Text::tr("%1 is already tasked to case %2.").arg(asset.name, incident.caseNumber.text()));
        }
        return Decision::refuse(Text::tr("%1 is tasked to case %2: release it there first.")
                                    .arg(asset.name, busyCase ? busyCase->text() : QString()));
    }
    return Decision::allow();
}

Decision TaskingRules::onScene(const Tasking &tasking, const QDateTime &at) {
    if (!tasking.isOpen()) {
        return Decision::refuse(Text::tr("The asset was already released from this case."));
    }
    if (tasking.onSceneUtc.isValid()) {
        return Decision::refuse(Text::tr("The asset is already on scene."));
    }
    if (at < tasking.taskedUtc) {
        return Decision::refuse(Text::tr("An asset cannot be on scene before it was tasked."));
    }
    return Decision::allow();
}

Decision TaskingRules::release(const Tasking &tasking, const QDateTime &at) {
    if (!tasking.isOpen()) {
        return Decision::refuse(Text::tr("The asset was already released from this case."));
    }
    if (at < tasking.taskedUtc) {
        return Decision::refuse(Text::tr("An asset cannot be released before it was tasked."));
    }
    return Decision::allow();
}

std::optional<IncidentStatus> TaskingRules::statusWhenTasked(IncidentStatus current) {
    switch (current) {
    case IncidentStatus::Reported:
    case IncidentStatus::Assessing:
    case IncidentStatus::LostContact:
        return IncidentStatus::AssetTasked;
    default:
        return std::nullopt;
    }
}

std::optional<IncidentStatus> TaskingRules::statusWhenOnScene(IncidentStatus current) {
    return current == IncidentStatus::AssetTasked ? std::optional(IncidentStatus::OnScene) : std::nullopt;
}

} // namespace marsa::core
