#pragma once

#include "core/incident.h"
#include "core/permissions.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

// A disembarkation and its handover between the Coast Guard, DCIM and the Libyan Red Crescent.
// Counts only: Marsa records no names, photographs or identity documents of rescued persons.

namespace marsa::core {

struct DisembarkationId {
    std::int64_t value = 0;
    auto operator<=>(const DisembarkationId &) const = default;
};

/// Persons by sex and age group, as IOM counts them (children: under 18).
struct PersonCounts {
    int men = 0;
    int women = 0;
    int boys = 0;
    int girls = 0;
    int unknown = 0; ///< sex or age not known

    int children() const { return boys + girls; }
    int adults() const { return men + women; }
    int total() const { return adults() + children() + unknown; }
    bool hasNegative() const { return men < 0 || women < 0 || boys < 0 || girls < 0 || unknown < 0; }
    bool operator==(const PersonCounts &) const = default;
};

/// How many persons of one nationality: an ISO 3166-1 alpha-2 code ("SD") or kUnknownNationality
/// (core/countries.h).
struct NationalityCount {
    QString country;
    int count = 0;
    bool operator==(const NationalityCount &) const = default;
};

/// The organisations that may watch a disembarkation.
enum class MonitoringParty { Iom, Unhcr, Imc, Irc, Other };

/// The two lists the administrator keeps for the handover.
enum class FacilityKind { DetentionCentre, Hospital };

/// A detention centre or a hospital of the administrator's lists. A facility no longer in use is
/// deactivated, never deleted: old handovers still name it.
struct Facility {
    std::int64_t id = 0;
    FacilityKind kind = FacilityKind::DetentionCentre;
    QString name;
    QString nameArabic;
    QString city;
    bool isActive = true;
    int version = 1; ///< of the stored entry, moved by each change (a save over another is refused)
};

/// Where DCIM sent persons it received.
enum class TransferKind { DetentionCentre, Released, Other };

struct Transfer {
    TransferKind kind = TransferKind::DetentionCentre;
    std::int64_t facilityId = 0; ///< DetentionCentre: a centre of the administrator's list
    QString note;                ///< Other: where they went (required); otherwise optional
    int count = 0;
    bool operator==(const Transfer &) const = default;
};

/// Persons the Red Crescent evacuated to a hospital.
struct Evacuation {
    std::int64_t hospitalId = 0; ///< a hospital of the administrator's list
    int count = 0;
    bool operator==(const Evacuation &) const = default;
};

/// The steps of a handover, each by its own agency, in this order.
enum class HandoverStep {
    Declaration = 1,     ///< the Coast Guard declares the counts handed over
    Acknowledgement = 2, ///< DCIM acknowledges the counts received and where they went
    Medical = 3,         ///< the Red Crescent records medical cases, evacuations and bodies
    Review = 4,          ///< a supervisor approves, or returns the handover to a step
};

/// Step 1, by the Coast Guard: where, when and by which unit, and the counts handed over.
/// Positions are WGS84 degrees.
struct Declaration {
    QString placeKey;                       ///< a port or place of the places layer ("tripoli")...
    std::optional<QGeoCoordinate> position; ///< ...or, when empty, a position
    QString placeNote;                      ///< what the position is ("beach east of Zuwara")
    QDateTime timeUtc;                      ///< when the persons were brought ashore
    QString unit;                           ///< the disembarking unit ("Ubari", a merchant vessel)
    PersonCounts persons;
    int unaccompaniedMinors = 0;
    std::vector<NationalityCount> nationalities; ///< empty: not recorded
    int medicalCasesReferred = 0;                ///< persons the unit refers to medical care
    int bodiesRecovered = 0;                     ///< bodies brought ashore
    std::vector<MonitoringParty> monitoringParties;
    QString otherMonitoringParty; ///< its name, when MonitoringParty::Other is present
    QString remarks;
    bool operator==(const Declaration &) const = default;
};

/// Step 2, by DCIM: the counts received and where the persons went.
struct Acknowledgement {
    PersonCounts received;
    std::vector<Transfer> transfers; ///< add up to received.total()
    QString remarks;

    int transferred() const;
    bool operator==(const Acknowledgement &) const = default;
};

/// Step 3, by the Libyan Red Crescent: medical cases, evacuations, and the bodies and where they went.
struct MedicalReport {
    int medicalCases = 0; ///< persons given medical care at the disembarkation point
    std::vector<Evacuation> evacuations;
    int bodies = 0;
    std::int64_t bodiesHospitalId = 0; ///< where the bodies were taken: a hospital of the list...
    QString bodiesTakenTo;             ///< ...or a place in words (a morgue, a cemetery)
    QString remarks;

    int evacuated() const;
    bool operator==(const MedicalReport &) const = default;
};

/// Step 4, by a supervisor.
struct Review {
    bool approved = false;
    HandoverStep returnedTo = HandoverStep::Declaration; ///< when not approved
    QString reason;                                      ///< required when returned
    bool operator==(const Review &) const = default;
};

/// Who signed a step, and when.
struct Signature {
    QString userName;
    QString displayName;
    Agency agency = Agency::CoastGuard;
    Role role = Role::WatchOfficer;
    QDateTime timeUtc;
    bool operator==(const Signature &) const = default;
};

Signature signatureOf(const User &user, const QDateTime &timeUtc);

template <typename Values>
struct Signed {
    Values values;
    Signature signature;
};

/// Where a handover stands. Approved is final: the record is locked, and only an amendment changes it.
enum class HandoverState { Declared, Acknowledged, MedicalRecorded, Returned, Approved };

/// The checks between the numbers of a handover and of its case. They are computed, never typed.
enum class DiscrepancyRule {
    PersonsOnBoard,     ///< reported on board vs rescued + dead + missing
    RescuedDisembarked, ///< rescued (case outcome) vs disembarked (all the case's disembarkations)
    HandedOverReceived, ///< handed over by the Coast Guard vs received by DCIM + evacuated to hospital
    DeadBodies,         ///< dead (case outcome) vs bodies brought ashore (all the case's disembarkations)
    BodiesRecorded,     ///< bodies handed over by the Coast Guard vs recorded by the Red Crescent
    MedicalReferred,    ///< referred to medical care by the Coast Guard vs medical cases recorded
};

/// One number a discrepancy compares, under a stable key ("rescued", "disembarked").
struct Figure {
    QString key;
    int value = 0;
    bool operator==(const Figure &) const = default;
};

/// A disagreement between numbers, shown with them; a supervisor approves only once each is explained.
struct Discrepancy {
    DiscrepancyRule rule = DiscrepancyRule::PersonsOnBoard;
    QString description; ///< translated, with the numbers
    std::vector<Figure> figures;

    /// "rescued=80;disembarked=78": an explanation holds for these numbers only.
    QString figuresKey() const;
};

/// A remark that explains a discrepancy, for the numbers it was written about.
struct Explanation {
    DiscrepancyRule rule = DiscrepancyRule::PersonsOnBoard;
    QString figuresKey; ///< Discrepancy::figuresKey() when written
    QString text;
    Signature signature;
};

/// The values of one of the first three steps.
using StepValues = std::variant<Declaration, Acknowledgement, MedicalReport>;

HandoverStep stepOf(const StepValues &values);

/// A correction of an approved handover: the step's values before and after, both kept.
struct Amendment {
    std::int64_t id = 0;
    HandoverStep step = HandoverStep::Declaration;
    StepValues before;
    StepValues after;
    QString reason;
    Signature signature;
};

/// One disembarkation of a case (a case can end in several, e.g. at two ports) and its handover.
struct Disembarkation {
    DisembarkationId id;
    IncidentId incident;
    CaseNumber caseNumber;
    int sequence = 1;        ///< 1, 2, ... within its case
    bool isExercise = false; ///< its case is an exercise
    QString placeName;       ///< the place's label, or the position's note (filled by storage)
    HandoverState state = HandoverState::Declared;
    Signed<Declaration> declaration; ///< current values (after any amendment)
    std::optional<Signed<Acknowledgement>> acknowledgement;
    std::optional<Signed<MedicalReport>> medical;
    std::optional<Signed<Review>> review; ///< the latest review
    std::vector<Explanation> explanations;
    std::vector<Amendment> amendments; ///< oldest first
    int version = 1;                   ///< bumped by every change: a save over a newer version is refused

    /// "LY-2026-0153/1": the case number and the disembarkation's sequence.
    QString reference() const;
    bool isLocked() const { return state == HandoverState::Approved; }
    /// The step a returned handover waits for.
    std::optional<HandoverStep> returnedTo() const;
    /// Who signed a step (its current values), if it was signed.
    std::optional<Signature> signerOf(HandoverStep step) const;
};

/// The totals of a case's other disembarkations, for the discrepancies of one of them.
struct OtherDisembarkations {
    int count = 0;
    int persons = 0;
    int bodies = 0;
};

/// Stable keys for storage, exports and the audit log, never translated.
QString monitoringPartyKey(MonitoringParty party);
QString facilityKindKey(FacilityKind kind);
QString transferKindKey(TransferKind kind);
QString handoverStepKey(HandoverStep step);
QString handoverStateKey(HandoverState state);
QString discrepancyRuleKey(DiscrepancyRule rule);
std::optional<MonitoringParty> monitoringPartyFromKey(const QString &key);
std::optional<FacilityKind> facilityKindFromKey(const QString &key);
std::optional<TransferKind> transferKindFromKey(const QString &key);
std::optional<HandoverStep> handoverStepFromKey(const QString &key);
std::optional<HandoverState> handoverStateFromKey(const QString &key);
std::optional<DiscrepancyRule> discrepancyRuleFromKey(const QString &key);

/// Translated names for forms and tables. MonitoringParty: the organisations' own acronyms.
QString monitoringPartyName(MonitoringParty party);
QString facilityKindName(FacilityKind kind);
QString transferKindName(TransferKind kind);
/// "DCIM acknowledgement": what the step is, with its agency.
QString handoverStepName(HandoverStep step);
/// "Acknowledged by DCIM", "Returned": where a handover stands (a filter's choices).
QString handoverStateName(HandoverState state);
/// As handoverStateName, with the step a returned handover waits for: "Returned to step 2 (DCIM)".
QString handoverStatusText(const Disembarkation &disembarkation);
QString discrepancyRuleName(DiscrepancyRule rule);

} // namespace marsa::core
