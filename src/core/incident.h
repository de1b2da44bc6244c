#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace marsa::core {

struct IncidentId {
    std::int64_t value = 0;
    auto operator<=>(const IncidentId &) const = default;
};

/// The IAMSAR emergency phases (IAMSAR Manual Vol. II, chapter 3).
enum class EmergencyPhase { Uncertainty, Alert, Distress }; // INCERFA, ALERFA, DETRESFA

/// Where a case stands operationally. The last four end a case without a rescue by us.
enum class IncidentStatus {
    Reported,
    Assessing,
    AssetTasked,
    OnScene,
    RescueComplete,
    Disembarked,
    Closed,
    TransferredToOtherRcc,
    FalseAlarm,
    LostContact,
};

enum class AlertSource {
    DistressCall,
    AlarmPhone,
    MrccRome,
    RccValletta,
    AircraftSighting,
    OwnPatrol,
    MerchantVessel,
    Other,
};

enum class CraftType { RubberBoat, WoodenBoat, FibreglassBoat, Other };

/// Persons on board as reported: a total, and the split where it is known.
struct PersonsOnBoard {
    int total = 0;
    std::optional<int> men;
    std::optional<int> women;
    std::optional<int> children;
};

/// What the rescue ended with.
struct Outcome {
    int rescued = 0;
    int dead = 0; ///< bodies recovered
    int missing = 0;
};

/// "LY-2026-0153": unique per year, numbered from 1 in order of first alert.
struct CaseNumber {
    int year = 0;
    int sequence = 0;

    QString text() const;
    static std::optional<CaseNumber> parse(const QString &text);
    auto operator<=>(const CaseNumber &) const = default;
};

/// One search and rescue case. Positions latitude first (ISO 6709), WGS84 degrees.
struct Incident {
    IncidentId id;
    CaseNumber caseNumber;
    QDateTime firstAlertUtc;
    AlertSource alertSource = AlertSource::Other;
    double latitude = 0.0;
    double longitude = 0.0;
    double positionUncertaintyNm = 0.0;
    QStringList srrs; ///< ids of the SRRs the reported position lies in ("LBY", "MLT", ...)
    CraftType craft = CraftType::Other;
    QString craftCondition;
    PersonsOnBoard personsOnBoard;
    QString weather;
    EmergencyPhase phase = EmergencyPhase::Uncertainty;
    IncidentStatus status = IncidentStatus::Reported;
    std::optional<Outcome> outcome;
    bool isExercise = false; ///< created in an exercise database; never operational
    int version = 1;         ///< bumped by every change: a save over a newer version is refused
};

/// A latitude/longitude box in WGS84 degrees.
struct GeoBox {
    double south = 0.0;
    double west = 0.0;
    double north = 0.0;
    double east = 0.0;
    constexpr bool contains(double latitude, double longitude) const {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }
};

/// The area the chart covers (the land basemap's clip box, scripts/derive-basemap.sh): the Libyan
/// SRR and its neighbours. A case reported outside it cannot be shown, so it is refused.
inline constexpr GeoBox kChartArea{28.0, 4.0, 42.0, 33.0};

/// "INCERFA", "ALERFA", "DETRESFA": the phase's IAMSAR code word, never translated.
QString phaseCode(EmergencyPhase phase);
/// The translated name of a status, for tables and the timeline.
QString statusName(IncidentStatus status);
/// The translated names of an alert source and a craft type, for forms and lists.
QString alertSourceName(AlertSource source);
QString craftName(CraftType craft);
/// True for the statuses that end a case (closed, transferred, false alarm).
bool isFinal(IncidentStatus status);

/// Stable keys for storage and the audit log, never translated ("distress", "asset_tasked").
QString phaseKey(EmergencyPhase phase);
QString statusKey(IncidentStatus status);
QString alertSourceKey(AlertSource source);
QString craftKey(CraftType craft);
std::optional<EmergencyPhase> phaseFromKey(const QString &key);
std::optional<IncidentStatus> statusFromKey(const QString &key);
std::optional<AlertSource> alertSourceFromKey(const QString &key);
std::optional<CraftType> craftFromKey(const QString &key);

} // namespace marsa::core
