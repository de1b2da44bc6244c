// HandoverDialog: signing a step over the version the officer opened, and what happens when someone
// else signed, returned or explained the handover meanwhile (issue 6, "Concurrent signing" in
// docs/handover.md).

#include "app/conflict_dialog.h"
#include "app/handover_dialog.h"
#include "app/handover_forms.h"
#include "app/handover_text.h"
#include "core/bidi.h"
#include "core/clock.h"
#include "storage/incident_service.h"

#include <QLabel>

#include <algorithm>

namespace marsa::app {
namespace {

// A conflict answered by applying may meet another one (a third console); after this many the
// officer is asked to reload instead of being asked again and again.
constexpr int kMostConflictsInARow = 5;

QString utc(const QDateTime &time) {
    return core::isolated(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC"));
}

/// Whether the rules let `user` sign these values on the handover as `context` holds it now.
core::Decision signingRule(const core::User &user, const storage::DisembarkationService::Context &context,
                           const core::StepValues &values, const QDateTime &now) {
    const core::Disembarkation &d = context.disembarkation;
    if (const auto *declaration = std::get_if<core::Declaration>(&values)) {
        return core::HandoverRules::redeclare(user, context.incident, d, *declaration, context.lists, now);
    }
    if (const auto *acknowledgement = std::get_if<core::Acknowledgement>(&values)) {
        return core::HandoverRules::acknowledge(user, context.incident, d, *acknowledgement, context.lists);
    }
    return core::HandoverRules::recordMedical(user, context.incident, d,
                                              std::get<core::MedicalReport>(values), context.lists);
}

} // namespace

std::optional<HandoverDialog::Saved> HandoverDialog::readSaved() {
    storage::DisembarkationService service(m_database, m_clock);
    auto now = service.context(m_id);
    auto history = service.history(m_id);
    if (!now || !history) {
        showRefusal(!now ? now.errorMessage() : history.errorMessage());
        return std::nullopt;
    }
    return Saved{std::move(now.value()), std::move(history.value())};
}

void HandoverDialog::setCautionColour(const QColor &colour) {
    m_caution = colour;
}

bool HandoverDialog::signValues(const core::StepValues &values, int seenVersion, int conflictsSoFar) {
    storage::DisembarkationService service(m_database, m_clock);
    core::Result<core::Disembarkation> result = [&]() -> core::Result<core::Disembarkation> {
        if (const auto *declaration = std::get_if<core::Declaration>(&values)) {
            return service.declareAgain(m_user, m_id, *declaration, seenVersion);
        }
        if (const auto *acknowledgement = std::get_if<core::Acknowledgement>(&values)) {
            return service.acknowledge(m_user, m_id, *acknowledgement, seenVersion);
        }
        return service.recordMedical(m_user, m_id, std::get<core::MedicalReport>(values), seenVersion);
    }();
    if (result.isConflict() && conflictsSoFar < kMostConflictsInARow) {
        return resolveSigningConflict(values, seenVersion, conflictsSoFar + 1);
    }
    return written(result);
}

QStringList HandoverDialog::changesSinceSeen(const storage::DisembarkationService::Context &now,
                                             const std::vector<storage::HandoverRevision> &history) const {
    // What the others signed since the version the officer opened: the revisions this window had not
    // read, and the explanations given meanwhile.
    const core::Disembarkation &d = now.disembarkation;
    QStringList meanwhile;
    for (const storage::HandoverRevision &revision : history) {
        if (std::any_of(m_history.begin(), m_history.end(),
                        [&](const storage::HandoverRevision &seen) { return seen.id == revision.id; })) {
            continue;
        }
        QString what = tr("signed");
        if (const auto *review = std::get_if<core::Review>(&revision.values)) {
            what = valuesText(*review, now.lists, m_arabic);
        } else if (revision.isAmendment) {
            what = tr("amended");
        }
        meanwhile << tr("%1 — %2 (%3), %4 — step %5 (%6): %7")
                         .arg(utc(revision.signature.timeUtc), revision.signature.displayName,
                              revision.signature.userName, core::agencyName(revision.signature.agency))
                         .arg(static_cast<int>(revision.step))
                         .arg(core::handoverStepName(revision.step), what);
    }
    for (std::size_t i = m_context.disembarkation.explanations.size(); i < d.explanations.size(); ++i) {
        const core::Explanation &explanation = d.explanations[i];
        meanwhile << tr("%1 — %2 (%3), %4 — discrepancy “%5” explained: %6")
                         .arg(utc(explanation.signature.timeUtc), explanation.signature.displayName,
                              explanation.signature.userName, core::agencyName(explanation.signature.agency),
                              core::discrepancyRuleName(explanation.rule), explanation.text);
    }
    return meanwhile;
}

ConflictComparison
HandoverDialog::signingConflict(const core::StepValues &mine, int seenVersion,
                                const storage::DisembarkationService::Context &now,
                                const std::vector<storage::HandoverRevision> &history) const {
    const core::Disembarkation &d = now.disembarkation;
    const core::HandoverStep step = core::stepOf(mine);
    ConflictComparison comparison;
    comparison.record = tr("Handover %1, step %2 (%3)")
                            .arg(core::isolated(d.reference()))
                            .arg(static_cast<int>(step))
                            .arg(core::handoverStepName(step));
    comparison.mineHeading = tr("Your values (on version %1)").arg(seenVersion);
    comparison.theirsHeading = tr("Signed now (version %1)").arg(d.version);
    const std::vector<LabelledValue> mineFields = stepFields(mine, now.lists, m_arabic);
    const auto theirs = signedValues(d, step);
    const std::vector<LabelledValue> theirFields =
        theirs ? stepFields(*theirs, now.lists, m_arabic) : std::vector<LabelledValue>{};
    for (std::size_t i = 0; i < mineFields.size(); ++i) {
        comparison.fields.push_back({mineFields[i].label, mineFields[i].text,
                                     i < theirFields.size() ? theirFields[i].text : QString()});
    }
    comparison.fields.push_back({tr("Handover state"), core::handoverStatusText(m_context.disembarkation),
                                 core::handoverStatusText(d)});

    comparison.meanwhile = changesSinceSeen(now, history);
    comparison.applyLabel = tr("Sign my values on version %1").arg(d.version);
    if (const core::Decision rule = signingRule(m_user, now, mine, m_clock.nowUtc()); !rule) {
        comparison.applyRefusal = rule.reason;
    }
    comparison.keepNote = tr("Keeping the signed version writes your values to the case's log as not signed "
                             "(“Not signed after a conflict”), so nothing is lost.");
    comparison.caution = m_caution;
    return comparison;
}

bool HandoverDialog::resolveSigningConflict(const core::StepValues &mine, int seenVersion,
                                            int conflictsSoFar) {
    auto saved = readSaved();
    if (!saved) {
        return false;
    }
    const auto &[now, history] = *saved;
    const ConflictComparison comparison = signingConflict(mine, seenVersion, now, history);
    if (askConflict(comparison, this) == ConflictChoice::ApplyMine) {
        // Signed again over the version just compared: the rules are asked again by the service, and
        // the history keeps the others' signature.
        return signValues(mine, now.disembarkation.version, conflictsSoFar);
    }
    keepUnsigned(mine, seenVersion, now.disembarkation.version);
    return false;
}

void HandoverDialog::keepUnsigned(const core::StepValues &mine, int seenVersion, int savedVersion) {
    const core::HandoverStep step = core::stepOf(mine);
    const core::Disembarkation &d = m_context.disembarkation;
    // Written in the writer's language, as every timeline summary is.
    const QString entry = tr("Not signed after a conflict: step %1 (%2) of handover %3, typed on version %4 "
                             "while version %5 was saved by someone else — %6")
                              .arg(static_cast<int>(step))
                              .arg(core::handoverStepName(step), d.reference())
                              .arg(seenVersion)
                              .arg(savedVersion)
                              .arg(stepValuesText(mine, m_context.lists, m_arabic));
    storage::IncidentService incidents(m_database, m_clock);
    const core::Result<void> logged = incidents.addLogEntry(m_user, d.incident, entry);
    reload();
    Q_EMIT changed(m_id);
    if (logged) {
        showRefusal(tr("Your values were not signed: the form shows the version signed now, and your values "
                       "are in case %1's log as “Not signed after a conflict”.")
                        .arg(core::isolated(d.caseNumber.text())));
        return;
    }
    // Nothing may be lost silently: the values stay on screen, selectable, with the reason.
    showRefusal(
        tr("Your values were not signed and could not be written to the case's log (%1). They were: %2")
            .arg(logged.errorMessage(), stepValuesText(mine, m_context.lists, m_arabic)));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace marsa::app

namespace marsa::app {

bool HandoverDialog::writeOverSeen(const QString &action, const VersionedWrite &write, const ReviewGate &gate,
                                   int version, int conflictsSoFar) {
    core::Result<core::Disembarkation> result = write(version);
    if (!result.isConflict() || conflictsSoFar >= kMostConflictsInARow) {
        return written(result);
    }
    auto saved = readSaved();
    if (!saved) {
        return false;
    }
    const auto &[now, history] = *saved;
    const core::Disembarkation &seen = m_context.disembarkation;
    const core::Disembarkation &d = now.disembarkation;
    ConflictComparison comparison;
    comparison.record = tr("Handover %1").arg(core::isolated(d.reference()));
    comparison.mineHeading = tr("As you saw it (version %1)").arg(seen.version);
    comparison.theirsHeading = tr("Saved now (version %1)").arg(d.version);
    comparison.fields.push_back({tr("Your action, not written yet"), action, QString()});
    comparison.fields.push_back(
        {tr("Handover state"), core::handoverStatusText(seen), core::handoverStatusText(d)});
    for (core::HandoverStep step : {core::HandoverStep::Declaration, core::HandoverStep::Acknowledgement,
                                    core::HandoverStep::Medical}) {
        const auto before = signedValues(seen, step);
        const auto after = signedValues(d, step);
        comparison.fields.push_back(
            {tr("%1. %2").arg(static_cast<int>(step)).arg(core::handoverStepName(step)),
             before ? stepValuesText(*before, now.lists, m_arabic) : QString(),
             after ? stepValuesText(*after, now.lists, m_arabic) : QString()});
    }
    comparison.fields.push_back({tr("Explanations"), QString::number(seen.explanations.size()),
                                 QString::number(d.explanations.size())});
    comparison.meanwhile = changesSinceSeen(now, history);
    comparison.applyLabel = tr("Do it on version %1").arg(d.version);
    if (const core::Decision allowed = gate(now); !allowed) {
        comparison.applyRefusal = allowed.reason;
    }
    comparison.keepNote = tr("Keeping the saved version writes nothing; your action stays under the form, "
                             "to copy or do again.");
    comparison.caution = m_caution;
    if (askConflict(comparison, this) == ConflictChoice::ApplyMine) {
        return writeOverSeen(action, write, gate, d.version, conflictsSoFar + 1);
    }
    reload();
    Q_EMIT changed(m_id);
    showRefusal(
        tr("Not written after a conflict (the window shows version %1 now): %2").arg(d.version).arg(action));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return false;
}

} // namespace marsa::app
