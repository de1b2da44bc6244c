#include "core/disembarkation.h"

#include "core/key_table.h"

#include <QCoreApplication>

#include <numeric>
#include <utility>

namespace marsa::core {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::Disembarkation)
};

const std::pair<MonitoringParty, const char *> kParties[] = {{MonitoringParty::Iom, "iom"},
                                                             {MonitoringParty::Unhcr, "unhcr"},
                                                             {MonitoringParty::Imc, "imc"},
                                                             {MonitoringParty::Irc, "irc"},
                                                             {MonitoringParty::Other, "other"}};
const std::pair<FacilityKind, const char *> kFacilityKinds[] = {
    {FacilityKind::DetentionCentre, "detention_centre"}, {FacilityKind::Hospital, "hospital"}};
const std::pair<TransferKind, const char *> kTransferKinds[] = {
    {TransferKind::DetentionCentre, "detention_centre"},
    {TransferKind::Released, "released"},
    {TransferKind::Other, "other"}};
const std::pair<HandoverStep, const char *> kSteps[] = {{HandoverStep::Declaration, "declaration"},
                                                        {HandoverStep::Acknowledgement, "acknowledgement"},
                                                        {HandoverStep::Medical, "medical"},
                                                        {HandoverStep::Review, "review"}};
const std::pair<HandoverState, const char *> kStates[] = {
    {HandoverState::Declared, "declared"},
    {HandoverState::Acknowledged, "acknowledged"},
    {HandoverState::MedicalRecorded, "medical_recorded"},
    {HandoverState::Returned, "returned"},
    {HandoverState::Approved, "approved"}};
const std::pair<DiscrepancyRule, const char *> kRules[] = {
    {DiscrepancyRule::PersonsOnBoard, "persons_on_board"},
    {DiscrepancyRule::RescuedDisembarked, "rescued_disembarked"},
    {DiscrepancyRule::HandedOverReceived, "handed_over_received"},
    {DiscrepancyRule::DeadBodies, "dead_bodies"},
    {DiscrepancyRule::BodiesRecorded, "bodies_recorded"},
    {DiscrepancyRule::MedicalReferred, "medical_referred"}};

} // namespace

int Acknowledgement::transferred() const {
    return std::accumulate(transfers.begin(), transfers.end(), 0,
                           [](int sum, const Transfer &transfer) { return sum + transfer.count; });
}

int MedicalReport::evacuated() const {
    return std::accumulate(evacuations.begin(), evacuations.end(), 0,
                           [](int sum, const Evacuation &evacuation) { return sum + evacuation.count; });
}

Signature signatureOf(const User &user, const QDateTime &timeUtc) {
    return {user.userName, user.displayName, user.agency, user.role, timeUtc.toUTC()};
}

HandoverStep stepOf(const StepValues &values) {
    switch (values.index()) {
    case 0:
        return HandoverStep::Declaration;
    case 1:
        return HandoverStep::Acknowledgement;
    default:
        return HandoverStep::Medical;
    }
}

QString Discrepancy::figuresKey() const {
    QStringList parts;
    for (const Figure &figure : figures) {
        parts << figure.key + QLatin1Char('=') + QString::number(figure.value);
    }
    return parts.join(QLatin1Char(';'));
}

QString Disembarkation::reference() const {
    return caseNumber.text() + QLatin1Char('/') + QString::number(sequence);
}

std::optional<HandoverStep> Disembarkation::returnedTo() const {
    if (state != HandoverState::Returned || !review || review->values.approved) {
        return std::nullopt;
    }
    return review->values.returnedTo;
}

std::optional<Signature> Disembarkation::signerOf(HandoverStep step) const {
    switch (step) {
    case HandoverStep::Declaration:
        return declaration.signature;
    case HandoverStep::Acknowledgement:
        return acknowledgement ? std::optional(acknowledgement->signature) : std::nullopt;
    case HandoverStep::Medical:
        return medical ? std::optional(medical->signature) : std::nullopt;
    case HandoverStep::Review:
        return review ? std::optional(review->signature) : std::nullopt;
    }
    return std::nullopt;
}

QString monitoringPartyKey(MonitoringParty party) {
    return keyOf(party, kParties);
}
QString facilityKindKey(FacilityKind kind) {
    return keyOf(kind, kFacilityKinds);
}
QString transferKindKey(TransferKind kind) {
    return keyOf(kind, kTransferKinds);
}
QString handoverStepKey(HandoverStep step) {
    return keyOf(step, kSteps);
}
QString handoverStateKey(HandoverState state) {
    return keyOf(state, kStates);
}
QString discrepancyRuleKey(DiscrepancyRule rule) {
    return keyOf(rule, kRules);
}
std::optional<MonitoringParty> monitoringPartyFromKey(const QString &key) {
    return fromKey(key, kParties);
}
std::optional<FacilityKind> facilityKindFromKey(const QString &key) {
    return fromKey(key, kFacilityKinds);
}
std::optional<TransferKind> transferKindFromKey(const QString &key) {
    return fromKey(key, kTransferKinds);
}
std::optional<HandoverStep> handoverStepFromKey(const QString &key) {
    return fromKey(key, kSteps);
}
std::optional<HandoverState> handoverStateFromKey(const QString &key) {
    return fromKey(key, kStates);
}
std::optional<DiscrepancyRule> discrepancyRuleFromKey(const QString &key) {
    return fromKey(key, kRules);
}

QString monitoringPartyName(MonitoringParty party) {
    switch (party) {
    case MonitoringParty::Iom:
        return QStringLiteral("IOM");
    case MonitoringParty::Unhcr:
        return QStringLiteral("UNHCR");
    case MonitoringParty::Imc:
        return QStringLiteral("IMC");
    case MonitoringParty::Irc:
        return QStringLiteral("IRC");
    case MonitoringParty::Other:
        return Text::tr("Other");
    }
    return {};
}

QString facilityKindName(FacilityKind kind) {
    switch (kind) {
    case FacilityKind::DetentionCentre:
        return Text::tr("Detention centre");
    case FacilityKind::Hospital:
        return Text::tr("Hospital");
    }
    return {};
}

QString transferKindName(TransferKind kind) {
    switch (kind) {
    case TransferKind::DetentionCentre:
        return Text::tr("Detention centre");
    case TransferKind::Released:
        return Text::tr("Released");
    case TransferKind::Other:
        return Text::tr("Other");
    }
    return {};
}

QString handoverStepName(HandoverStep step) {
    switch (step) {
    case HandoverStep::Declaration:
        return Text::tr("Coast Guard declaration");
    case HandoverStep::Acknowledgement:
        return Text::tr("DCIM acknowledgement");
    case HandoverStep::Medical:
        return Text::tr("Red Crescent medical record");
    case HandoverStep::Review:
        return Text::tr("Supervisor review");
    }
    return {};
}

QString handoverStateName(HandoverState state) {
    switch (state) {
    case HandoverState::Declared:
        return Text::tr("Declared by the Coast Guard");
    case HandoverState::Acknowledged:
        return Text::tr("Acknowledged by DCIM");
    case HandoverState::MedicalRecorded:
        return Text::tr("Waiting for review");
    case HandoverState::Returned:
        return Text::tr("Returned");
    case HandoverState::Approved:
        return Text::tr("Approved");
    }
    return {};
}

QString handoverStatusText(const Disembarkation &disembarkation) {
    if (const auto step = disembarkation.returnedTo()) {
        return Text::tr("Returned to step %1 (%2)").arg(static_cast<int>(*step)).arg(handoverStepName(*step));
    }
    return handoverStateName(disembarkation.state);
}

QString discrepancyRuleName(DiscrepancyRule rule) {
    switch (rule) {
    case DiscrepancyRule::PersonsOnBoard:
        return Text::tr("Persons on board");
    case DiscrepancyRule::RescuedDisembarked:
        return Text::tr("Rescued and disembarked");
    case DiscrepancyRule::HandedOverReceived:
        return Text::tr("Handed over and received");
    case DiscrepancyRule::DeadBodies:
        return Text::tr("Dead and bodies brought ashore");
    case DiscrepancyRule::BodiesRecorded:
        return Text::tr("Bodies handed over and recorded");
    case DiscrepancyRule::MedicalReferred:
        return Text::tr("Medical cases referred and recorded");
    }
    return {};
}

} // namespace marsa::core
