#pragma once

#include "core/disembarkation.h"
#include "core/incident.h"
#include "core/permissions.h"
#include "core/place.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace marsa::core {

/// What the checks of a handover look values up in: the ports and places layer and the
/// administrator's lists of detention centres and hospitals.
struct HandoverLists {
    std::vector<Place> places;
    std::vector<Facility> facilities; ///< both kinds, active or not

    const Place *place(const QString &key) const;
    const Facility *facility(std::int64_t id, FacilityKind kind) const;
};

/// The handover state machine: who signs which step, in which order, which values make sense, and
/// which numbers disagree. Each answer is a Decision with a reason the user can read; the service
/// asks again before it writes, so a refusal here is final whatever the UI did.
///
/// Declared → Acknowledged → MedicalRecorded → Approved (locked), or → Returned to step N, which its
/// agency signs again (the later steps keep their values) and the handover waits for review again.
class HandoverRules {
public:
    /// The agency that signs a step (none for the review: a supervisor of any of the three agencies).
    static std::optional<Agency> agencyOf(HandoverStep step);
    /// The permission a step needs: DeclareHandover, AcknowledgeHandover, RecordMedical, ReviewHandover.
    static Action actionOf(HandoverStep step);
    /// Whether `user` may sign `step` of a handover of `incident` at all: the step's agency (a
    /// supervisor for the review), then the permission matrix (trainers on exercise cases only,
    /// nothing on a closed case).
    [[nodiscard]] static Decision authorizeStep(const User &user, HandoverStep step,
                                                const Incident &incident);

    /// Whether `user` may declare a new disembarkation of `incident`, before any value is typed: the
    /// Coast Guard's step, a case on scene, rescued or disembarked, and its outcome recorded.
    [[nodiscard]] static Decision mayDeclare(const User &user, const Incident &incident);
    /// Whether `user` may sign `step` of this handover now, before any value is typed: the step's agency
    /// and permission (authorizeStep), whose turn it is, and for the review the four eyes. The signing
    /// rules below ask this first, so a greyed button gives the reason the service would give.
    [[nodiscard]] static Decision mayStart(const User &user, HandoverStep step, const Incident &incident,
                                           const Disembarkation &disembarkation);
    /// Whether `user` may amend this handover now, before the values and the reason are typed: a
    /// supervisor (a trainer on an exercise), an approved handover.
    [[nodiscard]] static Decision mayAmend(const User &user, const Incident &incident,
                                           const Disembarkation &disembarkation);
    /// Whether `user` may explain a discrepancy of this handover now, before the text is typed.
    [[nodiscard]] static Decision mayExplain(const User &user, const Incident &incident,
                                             const Disembarkation &disembarkation);

    /// Step 1: a new disembarkation of a case that has a unit on scene, its rescue complete or its
    /// persons disembarked, and an outcome recorded.
    [[nodiscard]] static Decision declare(const User &user, const Incident &incident,
                                          const Declaration &declaration, const HandoverLists &lists,
                                          const QDateTime &nowUtc);
    /// Step 1 signed again, after a supervisor returned the handover to it.
    [[nodiscard]] static Decision redeclare(const User &user, const Incident &incident,
                                            const Disembarkation &disembarkation,
                                            const Declaration &declaration, const HandoverLists &lists,
                                            const QDateTime &nowUtc);
    /// Step 2, after the declaration or after a return to it.
    [[nodiscard]] static Decision acknowledge(const User &user, const Incident &incident,
                                              const Disembarkation &disembarkation,
                                              const Acknowledgement &acknowledgement,
                                              const HandoverLists &lists);
    /// Step 3, after the acknowledgement or after a return to it.
    [[nodiscard]] static Decision recordMedical(const User &user, const Incident &incident,
                                                const Disembarkation &disembarkation,
                                                const MedicalReport &report, const HandoverLists &lists);
    /// A remark that explains one of the current discrepancies, by anyone who signs a step of the
    /// handover or reviews it, until it is approved.
    [[nodiscard]] static Decision explain(const User &user, const Incident &incident,
                                          const Disembarkation &disembarkation, DiscrepancyRule rule,
                                          const QString &text, const std::vector<Discrepancy> &current);
    /// The explanation alone: some text, for a discrepancy the handover has now.
    [[nodiscard]] static Decision checkExplanation(const Disembarkation &disembarkation, DiscrepancyRule rule,
                                                   const QString &text,
                                                   const std::vector<Discrepancy> &current);
    /// Step 4, approved: all three steps signed, every discrepancy explained (`unexplained` empty), and
    /// the reviewer signed none of the steps (four eyes; a trainer in an exercise plays every part).
    [[nodiscard]] static Decision approve(const User &user, const Incident &incident,
                                          const Disembarkation &disembarkation,
                                          const std::vector<Discrepancy> &unexplained);
    /// Step 4, returned to step 1, 2 or 3 with a reason.
    [[nodiscard]] static Decision returnTo(const User &user, const Incident &incident,
                                           const Disembarkation &disembarkation, HandoverStep step,
                                           const QString &reason);
    /// A correction of an approved handover by a supervisor, with a reason; the discrepancies the
    /// new values leave must be explained with it (`unexplainedAfter` empty). Allowed on a closed case.
    [[nodiscard]] static Decision amend(const User &user, const Incident &incident,
                                        const Disembarkation &disembarkation, const StepValues &values,
                                        const QString &reason, const HandoverLists &lists,
                                        const QDateTime &nowUtc,
                                        const std::vector<Discrepancy> &unexplainedAfter);

    /// The values of a step alone. Impossible values are refused (negative counts, more
    /// unaccompanied minors than children, more received than handed over without a remark, ...).
    [[nodiscard]] static Decision checkDeclaration(const Declaration &declaration, const Incident &incident,
                                                   const HandoverLists &lists, const QDateTime &nowUtc);
    [[nodiscard]] static Decision checkAcknowledgement(const Acknowledgement &acknowledgement,
                                                       const Declaration &declaration,
                                                       const HandoverLists &lists);
    [[nodiscard]] static Decision checkMedical(const MedicalReport &report, const Declaration &declaration,
                                               const HandoverLists &lists);

    /// A declaration as it is stored: nationalities as alpha-2 codes or "unknown" in that order, texts
    /// trimmed, monitoring parties once each in their order, the time in UTC.
    static Declaration normalized(const Declaration &declaration);
    /// The state after `step` (1 to 3) is signed.
    static HandoverState stateAfterSigning(const Disembarkation &disembarkation, HandoverStep step);
    /// The step that signs next; nothing when the handover is approved.
    static std::optional<HandoverStep> nextStep(const Disembarkation &disembarkation);

    /// Every rule that fires for this disembarkation, with its numbers. `others`: the totals of the
    /// case's other disembarkations (rescued and dead are counts of the whole case).
    static std::vector<Discrepancy> discrepancies(const Incident &incident,
                                                  const Disembarkation &disembarkation,
                                                  const OtherDisembarkations &others);
    /// The discrepancies no explanation covers for their current numbers.
    static std::vector<Discrepancy> unexplained(const std::vector<Discrepancy> &discrepancies,
                                                const std::vector<Explanation> &explanations);
};

} // namespace marsa::core
