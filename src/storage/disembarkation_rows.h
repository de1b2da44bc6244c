#pragma once

// How DisembarkationService reads and writes its rows: shared by its write side
// (disembarkation_service.cpp) and its read side (disembarkation_queries.cpp). Not part of the
// storage layer's interface.

#include "core/disembarkation.h"
#include "core/result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantList>

#include <cstdint>
#include <map>
#include <vector>

namespace marsa::storage::handover_rows {

/// One row of handover_steps with its lists: the values of the step it holds.
struct StepRow {
    std::int64_t id = 0;
    std::int64_t disembarkationId = 0;
    core::HandoverStep step = core::HandoverStep::Declaration;
    core::Signature signature;
    core::Declaration declaration;
    core::Acknowledgement acknowledgement;
    core::MedicalReport medical;
    core::Review review;
};

/// What load() returns: the records, and every step row of them (old values included), by id.
struct Loaded {
    std::vector<core::Disembarkation> disembarkations;
    std::map<std::int64_t, StepRow> steps;
    /// Per disembarkation: the ids of its current steps (declaration, acknowledgement, medical, review).
    std::map<std::int64_t, std::vector<std::int64_t>> current;
};

/// The disembarkations WHERE `condition` holds, ORDER BY `order`. The condition may name d
/// (disembarkations), s (its current declaration) and i (its incident); `binds` fill its '?'.
core::Result<Loaded> load(QSqlDatabase db, const QString &condition, const QVariantList &binds,
                          const QString &order);

/// Per case: the current declared persons and bodies of each of its disembarkations.
struct Landing {
    std::int64_t disembarkationId = 0;
    int persons = 0;
    int bodies = 0;
};
core::Result<std::map<std::int64_t, std::vector<Landing>>>
landingsOf(QSqlDatabase db, const std::vector<std::int64_t> &incidents);
/// The totals of a case's disembarkations other than `id`.
core::OtherDisembarkations othersThan(const std::vector<Landing> &landings, core::DisembarkationId id);

/// Inserts the values of step 1, 2 or 3 as signed; answers the new row's id.
core::Result<std::int64_t> insertStep(QSqlDatabase db, core::DisembarkationId id,
                                      const core::StepValues &values, const core::Signature &signature);
core::Result<std::int64_t> insertReview(QSqlDatabase db, core::DisembarkationId id,
                                        const core::Review &review, const core::Signature &signature);
core::Result<void> insertExplanation(QSqlDatabase db, core::DisembarkationId id,
                                     const core::Explanation &explanation);
core::Result<void> insertAmendment(QSqlDatabase db, core::DisembarkationId id, core::HandoverStep step,
                                   std::int64_t beforeId, std::int64_t afterId, const QString &reason,
                                   const core::Signature &signature);

/// The values as the audit log's details: keys, numbers and ids, never a translated word.
QJsonObject json(const core::StepValues &values);
QJsonObject json(const core::Review &review);

/// A comma-separated list of ids for an IN (...) clause (integers only, so nothing to bind).
QString idList(const std::vector<std::int64_t> &ids);

} // namespace marsa::storage::handover_rows
