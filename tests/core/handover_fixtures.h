#pragma once

// What the handover tests share: users of each agency, a rescued case, the lists, and the values each
// agency enters at a typical disembarkation at Tripoli.

#include "core/disembarkation.h"
#include "core/handover_rules.h"

namespace handover_test {

using namespace marsa::core;

inline User user(const char *name, Agency agency, Role role = Role::WatchOfficer) {
    User u;
    u.userName = QString::fromLatin1(name);
    u.displayName = u.userName;
    u.agency = agency;
    u.role = role;
    return u;
}

inline const User kCoastGuard = user("a.salem", Agency::CoastGuard);
inline const User kDcim = user("k.nasser", Agency::Dcim);
inline const User kRedCrescent = user("h.omar", Agency::RedCrescent);
inline const User kSupervisor = user("m.fathi", Agency::CoastGuard, Role::Supervisor);
inline const User kDcimSupervisor = user("s.ali", Agency::Dcim, Role::Supervisor);
inline const User kObserver = user("iom.obs", Agency::Observer);
inline const User kAdministrator = user("admin", Agency::CoastGuard, Role::Administrator);
inline const User kTrainer = user("trainer", Agency::CoastGuard, Role::Trainer);

inline const QDateTime kAlert(QDate(2026, 11, 23), QTime(1, 40), Qt::UTC);
inline const QDateTime kAshore(QDate(2026, 11, 23), QTime(7, 10), Qt::UTC);
inline const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

/// A rubber boat with 85 on board: 80 rescued, 2 dead, 3 missing; its rescue complete.
inline Incident rescuedCase() {
    Incident incident;
    incident.id = {12};
    incident.caseNumber = {2026, 153};
    incident.firstAlertUtc = kAlert;
    incident.personsOnBoard.total = 85;
    incident.status = IncidentStatus::RescueComplete;
    incident.outcome = Outcome{80, 2, 3};
    return incident;
}

inline HandoverLists lists() {
    HandoverLists lists;
    Place tripoli;
    tripoli.key = QStringLiteral("tripoli");
    tripoli.label = QStringLiteral("Tripoli");
    lists.places.push_back(tripoli);
    lists.facilities = {
        {1,
         FacilityKind::DetentionCentre,
         QStringLiteral("Tariq al-Sikka"),
         {},
         QStringLiteral("Tripoli"),
         true},
        {2, FacilityKind::DetentionCentre, QStringLiteral("Tajoura"), {}, QStringLiteral("Tripoli"), false},
        {3,
         FacilityKind::Hospital,
         QStringLiteral("Tripoli Central Hospital"),
         {},
         QStringLiteral("Tripoli"),
         true},
    };
    return lists;
}

/// 80 persons (58 men, 12 women, 7 boys, 3 girls), 4 unaccompanied, 2 bodies, 3 referred to care.
inline Declaration declaration() {
    Declaration d;
    d.placeKey = QStringLiteral("tripoli");
    d.timeUtc = kAshore;
    d.unit = QStringLiteral("Ubari");
    d.persons = {58, 12, 7, 3, 0};
    d.unaccompaniedMinors = 4;
    d.nationalities = {{QStringLiteral("SD"), 30},
                       {QStringLiteral("ERI"), 18},
                       {QStringLiteral("ng"), 12},
                       {QStringLiteral("unknown"), 20}};
    d.medicalCasesReferred = 3;
    d.bodiesRecovered = 2;
    d.monitoringParties = {MonitoringParty::Unhcr, MonitoringParty::Iom};
    return d;
}

/// 78 received (2 went to hospital), all to Tariq al-Sikka.
inline Acknowledgement acknowledgement() {
    Acknowledgement a;
    a.received = {57, 11, 7, 3, 0};
    a.transfers = {{TransferKind::DetentionCentre, 1, {}, 78}};
    return a;
}

/// 3 medical cases, 2 evacuated to Tripoli Central Hospital, 2 bodies taken there.
inline MedicalReport medicalReport() {
    MedicalReport m;
    m.medicalCases = 3;
    m.evacuations = {{3, 2}};
    m.bodies = 2;
    m.bodiesHospitalId = 3;
    return m;
}

/// The disembarkation as the Coast Guard declared it.
inline Disembarkation declared() {
    Disembarkation d;
    d.id = {5};
    d.incident = {12};
    d.caseNumber = {2026, 153};
    d.sequence = 1;
    d.placeName = QStringLiteral("Tripoli");
    d.state = HandoverState::Declared;
    d.declaration = {HandoverRules::normalized(declaration()), signatureOf(kCoastGuard, kAshore)};
    return d;
}

/// The disembarkation waiting for review: all three steps signed.
inline Disembarkation waitingForReview() {
    Disembarkation d = declared();
    d.acknowledgement = Signed<Acknowledgement>{acknowledgement(), signatureOf(kDcim, kAshore.addSecs(1800))};
    d.medical = Signed<MedicalReport>{medicalReport(), signatureOf(kRedCrescent, kAshore.addSecs(2400))};
    d.state = HandoverState::MedicalRecorded;
    return d;
}

} // namespace handover_test
