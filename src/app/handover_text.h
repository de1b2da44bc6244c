#pragma once

#include "core/disembarkation.h"
#include "core/handover_rules.h"

#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace marsa::app {

// How the handover reads in the console's own words: its timeline events, signatures and values.

/// The translated name of a case timeline event the handover writes ("handover_declared" → "Handover
/// declared"); empty for any other kind.
QString handoverEventName(const QString &kind);
/// What the Event column of a timeline shows: a handover event's translated name before its stored
/// summary, any other event's summary ("Log entry" when it has none).
QString timelineEventText(const QString &kind, const QString &summary);

/// "80 persons (58 men, 12 women, 7 boys, 3 girls, 0 unknown)".
QString personCountsText(const core::PersonCounts &counts);

/// "Ahmed Salem (cg.officer), Coast Guard watch officer, 2026-11-23 07:10 UTC".
QString signatureText(const core::Signature &signature);

/// One line of a step's values, for the history: every count, where persons went, remarks.
QString valuesText(
    const std::variant<core::Declaration, core::Acknowledgement, core::MedicalReport, core::Review> &values,
    const core::HandoverLists &lists, bool arabic);

/// The values a step (1 to 3) holds now, if it was signed.
std::optional<core::StepValues> signedValues(const core::Disembarkation &d, core::HandoverStep step);

/// valuesText() of a step's values (1 to 3).
QString stepValuesText(const core::StepValues &values, const core::HandoverLists &lists, bool arabic);

/// One value of a record with its label, as a comparison shows it.
struct LabelledValue {
    QString label;
    QString text;
};

/// A step's values one by one (persons by sex and age, counts, places, remarks), in the order the
/// form shows them: what the conflict dialog sets side by side.
std::vector<LabelledValue> stepFields(const core::StepValues &values, const core::HandoverLists &lists,
                                      bool arabic);

} // namespace marsa::app
