#include "core/incident.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    const char *context = "marsa::core::IncidentStatus";
    switch (status) {
    case IncidentStatus::Reported:
        return QCoreApplication::translate(context, "Reported");
    case IncidentStatus::Assessing:
        return QCoreApplication::translate(context, "Assessing");
    case IncidentStatus::AssetTasked:
        return QCoreApplication::translate(context, "Asset tasked");
    case IncidentStatus::OnScene:
        return QCoreApplication::translate(context, "On scene");
    case IncidentStatus::RescueComplete:
        return QCoreApplication::translate(context, "Rescue complete");
    case IncidentStatus::Disembarked:
        return QCoreApplication::translate(context, "Disembarked");
    case IncidentStatus::Closed:
        return QCoreApplication::translate(context, "Closed");
    case IncidentStatus::TransferredToOtherRcc:
        return QCoreApplication::translate(context, "Transferred to another RCC");
    case IncidentStatus::FalseAlarm:
        return QCoreApplication::translate(context, "False alarm");
    case IncidentStatus::LostContact:
        return QCoreApplication::translate(context, "Lost contact");
    }
    return {};
}

bool isFinal(IncidentStatus status) {
    return status == IncidentStatus::Closed || status == IncidentStatus::TransferredToOtherRcc ||
           status == IncidentStatus::FalseAlarm;
}

} // namespace marsa::core
