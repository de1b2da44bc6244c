#pragma once

#include "core/clock.h"
#include "core/disembarkation.h"
#include "core/handover_rules.h"
#include "core/handover_statistics.h"
#include "core/permissions.h"
#include "core/result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace marsa::storage {

class Database;

/// What the Disembarkations panel and `marsa-cli disembarkation list` ask for: every condition set
/// narrows the list.
struct DisembarkationFilter {
    QString placeKey; ///< a place of the list, core::kOtherPlaceKey for positions; empty for any
    QDate from;       ///< brought ashore on or after this day (UTC); invalid for no bound
    QDate to;         ///< brought ashore on or before this day (UTC); invalid for no bound
    std::optional<core::HandoverState> state;
    std::optional<core::IncidentId> incident;
    std::optional<core::DisembarkationId> disembarkation; ///< this one only (a change notice)
    bool withDiscrepancyOnly = false;                     ///< only those with a discrepancy, explained or not
    bool unexplainedOnly = false; ///< only those with a discrepancy no remark explains yet
    bool includeExercises = true;
};

/// A disembarkation with the discrepancies of its numbers as they stand now.
struct DisembarkationRow {
    core::Disembarkation disembarkation;
    std::vector<core::Discrepancy> discrepancies;
    std::vector<core::Discrepancy> unexplained; ///< those no explanation covers for their numbers
};

/// An explanation given with an approval or an amendment.
struct ExplanationText {
    core::DiscrepancyRule rule = core::DiscrepancyRule::PersonsOnBoard;
    QString text;
};

/// Every signature a handover received, old values included: a step signed again after a return and
/// an amendment keep what they replaced.
struct HandoverRevision {
    std::int64_t id = 0;
    core::HandoverStep step = core::HandoverStep::Declaration;
    std::variant<core::Declaration, core::Acknowledgement, core::MedicalReport, core::Review> values;
    core::Signature signature;
    bool isCurrent = false; ///< the values the handover holds now
    bool isAmendment = false;
};

/// The handover service: every step is checked by core::HandoverRules (who signs, in which order,
/// which values), then written with an event on the case's timeline and a row of the audit log in one
/// transaction. A refusal or a failure changes nothing.
///
/// Each call after the declaration takes `expectedVersion`, the handover's version the officer saw:
/// when the stored one differs (someone signed, returned or explained meanwhile) the call is refused
/// as an ErrorKind::Conflict before any rule is asked, and nothing is written; the caller shows both
/// versions and the officer decides. Without it, the version read at the start of the call is the
/// one written over (a change by another console in between is a Conflict too).
class DisembarkationService {
public:
    DisembarkationService(Database &database, const core::Clock &clock);
    /// The database it writes to (an exercise's stamps every record: storage/exercise.h).
    const Database &database() const { return m_database; }

    /// Step 1: a new disembarkation of a case, declared by the Coast Guard.
    core::Result<core::Disembarkation> declare(const core::User &user, core::IncidentId incident,
                                               const core::Declaration &declaration);
    /// Step 1 signed again, after a supervisor returned the handover to it.
    core::Result<core::Disembarkation> declareAgain(const core::User &user, core::DisembarkationId id,
                                                    const core::Declaration &declaration,
                                                    std::optional<int> expectedVersion = std::nullopt);
    /// Step 2, by DCIM (also after a return to it).
    core::Result<core::Disembarkation> acknowledge(const core::User &user, core::DisembarkationId id,
                                                   const core::Acknowledgement &acknowledgement,
                                                   std::optional<int> expectedVersion = std::nullopt);
    /// Step 3, by the Red Crescent (also after a return to it).
    core::Result<core::Disembarkation> recordMedical(const core::User &user, core::DisembarkationId id,
                                                     const core::MedicalReport &report,
                                                     std::optional<int> expectedVersion = std::nullopt);
    /// A remark that explains one of the current discrepancies.
    core::Result<core::Disembarkation> explain(const core::User &user, core::DisembarkationId id,
                                               core::DiscrepancyRule rule, const QString &text,
                                               std::optional<int> expectedVersion = std::nullopt);
    /// Step 4, approved: the explanations given here count with those already written.
    core::Result<core::Disembarkation> approve(const core::User &user, core::DisembarkationId id,
                                               const std::vector<ExplanationText> &explanations = {},
                                               std::optional<int> expectedVersion = std::nullopt);
    /// Step 4, returned to step 1, 2 or 3 with a reason.
    core::Result<core::Disembarkation> returnTo(const core::User &user, core::DisembarkationId id,
                                                core::HandoverStep step, const QString &reason,
                                                std::optional<int> expectedVersion = std::nullopt);
    /// A correction of an approved handover: new values of one step and the reason; the old values
    /// stay in amendments() and history().
    core::Result<core::Disembarkation> amend(const core::User &user, core::DisembarkationId id,
                                             const core::StepValues &values, const QString &reason,
                                             const std::vector<ExplanationText> &explanations = {},
                                             std::optional<int> expectedVersion = std::nullopt);

    core::Result<core::Disembarkation> find(core::DisembarkationId id) const;
    /// The disembarkations of a case, in their order.
    core::Result<std::vector<core::Disembarkation>> ofIncident(core::IncidentId incident) const;
    /// The discrepancies of one disembarkation now, with those still unexplained.
    core::Result<DisembarkationRow> row(core::DisembarkationId id) const;
    /// The disembarkations the filter selects, the latest brought ashore first.
    core::Result<std::vector<DisembarkationRow>> list(const DisembarkationFilter &filter) const;
    /// The handovers waiting for a supervisor: those with unexplained discrepancies first, then the
    /// oldest brought ashore first.
    core::Result<std::vector<DisembarkationRow>> reviewQueue() const;
    /// What reviewQueue() selects: narrowed further, it reads some of the queue again.
    static DisembarkationFilter reviewFilter();
    /// The order of list(): the latest brought ashore first.
    static bool listedBefore(const DisembarkationRow &a, const DisembarkationRow &b);
    /// The order of reviewQueue(): unexplained discrepancies first, then the oldest brought ashore.
    static bool queuedBefore(const DisembarkationRow &a, const DisembarkationRow &b);
    /// Every signature of a handover, oldest first.
    core::Result<std::vector<HandoverRevision>> history(core::DisembarkationId id) const;
    /// What the checks look values up in: the places and the administrator's lists.
    core::Result<core::HandoverLists> lists() const;

    /// Persons disembarked by week or month, by place, by sex and age group; dead and missing; medical
    /// cases; boats (core::computeHandoverStatistics over the stored records).
    core::Result<core::HandoverStatistics> statistics(const core::StatisticsRequest &request) const;

    /// A handover with what its checks need: its case, the lists, and the case's other disembarkations.
    struct Context {
        core::Incident incident;
        core::Disembarkation disembarkation;
        core::HandoverLists lists;
        core::OtherDisembarkations others;
    };
    core::Result<Context> context(core::DisembarkationId id) const;

private:
    core::Result<core::Disembarkation> signStep(const core::User &user, core::DisembarkationId id,
                                                const core::StepValues &values, bool again,
                                                std::optional<int> expectedVersion);
    /// The handover with what its checks need, refused as a conflict when its version is not the
    /// expected one.
    core::Result<Context> contextAt(core::DisembarkationId id, std::optional<int> expectedVersion) const;

    Database &m_database;
    const core::Clock &m_clock;
};

} // namespace marsa::storage
