#include "core/incident.h"

#include "core/key_table.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace marsa::core {

QString CaseNumber::text() const {
    return QStringLiteral("LY-%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

std::optional<CaseNumber> CaseNumber::parse(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^LY-(\\d{4})-(\\d{4,6})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toUpper());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const CaseNumber number{match.captured(1).toInt(), match.captured(2).toInt()};
    if (number.year < 2000 || number.sequence < 1) {
        return std::nullopt;
    }
    return number;
}

QString phaseCode(EmergencyPhase phase) {
    switch (phase) {
    case EmergencyPhase::Uncertainty:
        return QStringLiteral("INCERFA");
    case EmergencyPhase::Alert:
        return QStringLiteral("ALERFA");
    case EmergencyPhase::Distress:
        return QStringLiteral("DETRESFA");
    }
    return {};
}

QString statusName(IncidentStatus status) {
    switch (status) {
    case IncidentStatus::Reported:
        return QCoreApplication::translate("marsa::core::IncidentStatus", "Reported");
    case IncidentStatus::Assessing:
        return QCoreApplication::translate("marsa::core::IncidentStatus", "Assessing");
    case IncidentStatus::AssetTasked:
        return QCoreApplication::translate("marsa::core::IncidentStatus", "Asset tasked");
    case IncidentStatus::OnScene:
        return QCoreApplication::translate("marsa::core::IncidentStatus", "On scene");
    case IncidentStatus::RescueComplete:
        return QCoreApplication::translate("marsa::core::IncidentStatus", "Rescue complete");
    case IncidentStatus::Disembarked:
        return QCoreApplication::translate("marsa::core::IncidentStatus", "Disembarked");
    case IncidentStatus::Closed:
        return QCoreApplication::translate("marsa::core::IncidentStatus", "Closed");
    case IncidentStatus::TransferredToOtherRcc:
        return QCoreApplication::translate("marsa::core::IncidentStatus", "Transferred to another RCC");
    case IncidentStatus::FalseAlarm:
        return QCoreApplication::translate("marsa::core::IncidentStatus", "False alarm");
    case IncidentStatus::LostContact:
        return QCoreApplication::translate("marsa::core::IncidentStatus", "Lost contact");
    }
    return {};
}

QString alertSourceName(AlertSource source) {
    switch (source) {
    case AlertSource::DistressCall:
        return QCoreApplication::translate("marsa::core::AlertSource", "Distress call");
    case AlertSource::AlarmPhone:
        return QCoreApplication::translate("marsa::core::AlertSource", "Alarm Phone");
    case AlertSource::MrccRome:
        return QCoreApplication::translate("marsa::core::AlertSource", "MRCC Rome");
    case AlertSource::RccValletta:
        return QCoreApplication::translate("marsa::core::AlertSource", "RCC Valletta");
    case AlertSource::AircraftSighting:
        return QCoreApplication::translate("marsa::core::AlertSource", "Aircraft sighting");
    case AlertSource::OwnPatrol:
        return QCoreApplication::translate("marsa::core::AlertSource", "Own patrol");
    case AlertSource::MerchantVessel:
        return QCoreApplication::translate("marsa::core::AlertSource", "Merchant vessel");
    case AlertSource::Other:
        return QCoreApplication::translate("marsa::core::AlertSource", "Other");
    }
    return {};
}

QString craftName(CraftType craft) {
    switch (craft) {
    case CraftType::RubberBoat:
        return QCoreApplication::translate("marsa::core::CraftType", "Rubber boat");
    case CraftType::WoodenBoat:
        return QCoreApplication::translate("marsa::core::CraftType", "Wooden boat");
    case CraftType::FibreglassBoat:
        return QCoreApplication::translate("marsa::core::CraftType", "Fibreglass boat");
    case CraftType::Other:
        return QCoreApplication::translate("marsa::core::CraftType", "Other");
    }
    return {};
}

namespace {

const std::pair<EmergencyPhase, const char *> kPhases[] = {{EmergencyPhase::Uncertainty, "uncertainty"},
                                                           {EmergencyPhase::Alert, "alert"},
                                                           {EmergencyPhase::Distress, "distress"}};
const std::pair<IncidentStatus, const char *> kStatuses[] = {
    {IncidentStatus::Reported, "reported"},
    {IncidentStatus::Assessing, "assessing"},
    {IncidentStatus::AssetTasked, "asset_tasked"},
    {IncidentStatus::OnScene, "on_scene"},
    {IncidentStatus::RescueComplete, "rescue_complete"},
    {IncidentStatus::Disembarked, "disembarked"},
    {IncidentStatus::Closed, "closed"},
    {IncidentStatus::TransferredToOtherRcc, "transferred"},
    {IncidentStatus::FalseAlarm, "false_alarm"},
    {IncidentStatus::LostContact, "lost_contact"}};
const std::pair<AlertSource, const char *> kSources[] = {{AlertSource::DistressCall, "distress_call"},
                                                         {AlertSource::AlarmPhone, "alarm_phone"},
                                                         {AlertSource::MrccRome, "mrcc_rome"},
                                                         {AlertSource::RccValletta, "rcc_valletta"},
                                                         {AlertSource::AircraftSighting, "aircraft"},
                                                         {AlertSource::OwnPatrol, "own_patrol"},
                                                         {AlertSource::MerchantVessel, "merchant_vessel"},
                                                         {AlertSource::Other, "other"}};
const std::pair<CraftType, const char *> kCrafts[] = {{CraftType::RubberBoat, "rubber"},
                                                      {CraftType::WoodenBoat, "wooden"},
                                                      {CraftType::FibreglassBoat, "fibreglass"},
                                                      {CraftType::Other, "other"}};

} // namespace

QString phaseKey(EmergencyPhase phase) {
    return keyOf(phase, kPhases);
}
QString statusKey(IncidentStatus status) {
    return keyOf(status, kStatuses);
}
QString alertSourceKey(AlertSource source) {
    return keyOf(source, kSources);
}
QString craftKey(CraftType craft) {
    return keyOf(craft, kCrafts);
}
std::optional<EmergencyPhase> phaseFromKey(const QString &key) {
    return fromKey(key, kPhases);
}
std::optional<IncidentStatus> statusFromKey(const QString &key) {
    return fromKey(key, kStatuses);
}
std::optional<AlertSource> alertSourceFromKey(const QString &key) {
    return fromKey(key, kSources);
}
std::optional<CraftType> craftFromKey(const QString &key) {
    return fromKey(key, kCrafts);
}

bool isFinal(IncidentStatus status) {
    return status == IncidentStatus::Closed || status == IncidentStatus::TransferredToOtherRcc ||
           status == IncidentStatus::FalseAlarm;
}

} // namespace marsa::core
