#pragma once

#include "core/incident.h"
#include "core/permissions.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace marsa::core {

struct AssetId {
    std::int64_t value = 0;
    auto operator<=>(const AssetId &) const = default;
};

enum class AssetKind { PatrolBoat, Aircraft };

/// A Coast Guard unit that can be sent to a case: a patrol boat or an aircraft.
struct Asset {
    AssetId id;
    QString name;
    QString callSign;
    std::optional<std::int64_t> mmsi; ///< ships only: nine digits
    AssetKind kind = AssetKind::PatrolBoat;
    QString homePort; ///< place key of its home port ("tripoli")
    bool isActive = true;
    std::optional<double> speedKnots; ///< transit speed in knots; none when not known
};

/// The transit speeds an asset may have: above 0, at most 500 kn (the database's check).
inline constexpr double kMaxAssetKnots = 500.0;
bool isValidAssetSpeed(double knots);

/// An asset sent to a case: tasked, on scene when it arrives, released when it leaves.
struct Tasking {
    std::int64_t id = 0;
    IncidentId incident;
    AssetId asset;
    QDateTime taskedUtc;
    QDateTime onSceneUtc;  ///< invalid until the asset reports on scene
    QDateTime releasedUtc; ///< invalid while the asset is still on the case

    bool isOpen() const { return !releasedUtc.isValid(); }
};

QString assetKindKey(AssetKind kind);
std::optional<AssetKind> assetKindFromKey(const QString &key);
QString assetKindName(AssetKind kind);

/// A Maritime Mobile Service Identity: nine digits, the first (the MID's) from 2 to 7.
bool isValidMmsi(std::int64_t mmsi);

/// The rules of tasking, next to the incident state machine.
class TaskingRules {
public:
    /// `busyWith` is the open tasking of the asset on any case, if it has one.
    [[nodiscard]] static Decision task(const Incident &incident, const Asset &asset,
                                       const std::optional<Tasking> &busyWith,
                                       const std::optional<CaseNumber> &busyCase);
    [[nodiscard]] static Decision onScene(const Tasking &tasking, const QDateTime &at);
    [[nodiscard]] static Decision release(const Tasking &tasking, const QDateTime &at);

    /// The status a case moves to when an asset is tasked or reaches the scene, if it moves.
    static std::optional<IncidentStatus> statusWhenTasked(IncidentStatus current);
    static std::optional<IncidentStatus> statusWhenOnScene(IncidentStatus current);
};

} // namespace marsa::core
