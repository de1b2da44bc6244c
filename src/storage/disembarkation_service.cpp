#include "storage/disembarkation_service.h"

#include "storage/audit_log.h"
#include "storage/change_feed.h"
#include "storage/connection_errors.h"
#include "storage/database.h"
#include "storage/disembarkation_rows.h"
#include "storage/incident_rows.h"
#include "storage/incident_service.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

// The write side of DisembarkationService: each step checked by core::HandoverRules, then its rows,
// the case's timeline event and the audit row in one transaction.

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::DisembarkationService)
};

using core::Disembarkation;
using core::Error;
using core::Result;
using rows::databaseError;

/// The case's timeline event ("handover_<kind>") and the audit row ("handover.<kind>", the handover's
/// reference as subject, the values as details).
Result<void> record(QSqlDatabase db, const core::Incident &incident, const QString &reference,
                    const core::User &user, const QDateTime &time, const QString &kind,
                    const QString &summary, const QString &remarks, QJsonObject details) {
    if (auto event = rows::insertEvent(db, incident.id, user, time, QStringLiteral("handover_") + kind,
                                       summary, remarks);
        !event) {
        return event;
    }
    details.insert(QStringLiteral("case"), incident.caseNumber.text());
    auto row =
        AuditLog(db).append(user, QStringLiteral("handover.") + kind, reference,
                            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), time);
    if (!row) {
        return row.error();
    }
    return {};
}

/// An explanation's row, its timeline event and its audit row.
Result<void> writeExplanation(QSqlDatabase db, const DisembarkationService::Context &c,
                              const core::Explanation &explanation, const core::User &user) {
    if (auto row = handover_rows::insertExplanation(db, c.disembarkation.id, explanation); !row) {
        return row;
    }
    const QJsonObject details{{QStringLiteral("rule"), core::discrepancyRuleKey(explanation.rule)},
                              {QStringLiteral("figures"), explanation.figuresKey},
                              {QStringLiteral("text"), explanation.text.trimmed()}};
    return record(db, c.incident, c.disembarkation.reference(), user, explanation.signature.timeUtc,
                  QStringLiteral("explained"),
                  Text::tr("Disembarkation %1: discrepancy “%2” explained")
                      .arg(c.disembarkation.reference(), core::discrepancyRuleName(explanation.rule)),
                  explanation.text.trimmed(), details);
}

/// The explanations given with an approval or an amendment, for the discrepancies `current` holds.
Result<std::vector<core::Explanation>> explanationsFor(const Disembarkation &d,
                                                       const std::vector<ExplanationText> &given,
                                                       const std::vector<core::Discrepancy> &current,
                                                       const core::Signature &signature) {
    std::vector<core::Explanation> explanations;
    for (const ExplanationText &text : given) {
        if (const core::Decision valid =
                core::HandoverRules::checkExplanation(d, text.rule, text.text, current);
            !valid) {
            return Error{valid.reason};
        }
        const auto discrepancy = std::find_if(
            current.begin(), current.end(), [&](const core::Discrepancy &x) { return x.rule == text.rule; });
        explanations.push_back({text.rule, discrepancy->figuresKey(), text.text.trimmed(), signature});
    }
    return explanations;
}

/// Moves the handover to `state`, setting the step columns given, over the version it was read at.
Result<void> update(QSqlDatabase db, const Disembarkation &d, core::HandoverState state,
                    const std::vector<std::pair<QString, std::int64_t>> &pointers) {
    QString assignments = QStringLiteral("state = ?, version = version + 1");
    for (const auto &[column, id] : pointers) {
        assignments += QStringLiteral(", ") + column + QStringLiteral(" = ?");
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE disembarkations SET ") + assignments +
                  QStringLiteral(" WHERE disembarkation_id = ? AND version = ?"));
    query.addBindValue(core::handoverStateKey(state));
    for (const auto &[column, id] : pointers) {
        query.addBindValue(static_cast<qlonglong>(id));
    }
    query.addBindValue(static_cast<qlonglong>(d.id.value));
    query.addBindValue(d.version);
    if (!query.exec()) {
        return databaseError(query);
    }
    if (query.numRowsAffected() != 1) {
        return Error{
            Text::tr("Handover %1 was changed by someone else in the meantime: reload it and try again.")
                .arg(d.reference()),
            core::ErrorKind::Conflict};
    }
    return announceChange(db, {QStringLiteral("disembarkation"), d.id.value, d.version + 1});
}

QString pointerColumn(core::HandoverStep step) {
    switch (step) {
    case core::HandoverStep::Declaration:
        return QStringLiteral("declaration_id");
    case core::HandoverStep::Acknowledgement:
        return QStringLiteral("acknowledgement_id");
    case core::HandoverStep::Medical:
        return QStringLiteral("medical_id");
    case core::HandoverStep::Review:
        return QStringLiteral("review_id");
    }
    return {};
}

Result<void> commit(QSqlDatabase db, Transaction &transaction) {
    if (!transaction.commit()) {
        return connectionFailure(db,
                                 Text::tr("The database refused the change: %1").arg(db.lastError().text()));
    }
    return {};
}

QString placeText(const core::Declaration &declaration, const core::HandoverLists &lists) {
    if (const core::Place *place = lists.place(declaration.placeKey)) {
        return place->label;
    }
    return declaration.placeNote.isEmpty() ? Text::tr("a position") : declaration.placeNote;
}

QString stepSummary(const Disembarkation &d, const core::StepValues &values, bool again) {
    if (const auto *declared = std::get_if<core::Declaration>(&values)) {
        return again ? Text::tr("Disembarkation %1 declared again: %2 persons, %3 bodies")
                           .arg(d.reference())
                           .arg(declared->persons.total())
                           .arg(declared->bodiesRecovered)
                     : QString();
    }
    if (const auto *acknowledged = std::get_if<core::Acknowledgement>(&values)) {
        return Text::tr("Disembarkation %1 acknowledged by DCIM: %2 persons received")
            .arg(d.reference())
            .arg(acknowledged->received.total());
    }
    const auto &medical = std::get<core::MedicalReport>(values);
    return Text::tr("Disembarkation %1: %2 medical cases, %3 evacuated to hospital, %4 bodies")
        .arg(d.reference())
        .arg(medical.medicalCases)
        .arg(medical.evacuated())
        .arg(medical.bodies);
}

/// A review: its row, the handover's new state, the case's timeline event and the audit row.
Result<void> writeReview(QSqlDatabase db, const DisembarkationService::Context &c, const core::Review &review,
                         const core::User &user, const QDateTime &now, const QString &summary,
                         QJsonObject details) {
    const Disembarkation &d = c.disembarkation;
    auto reviewId = handover_rows::insertReview(db, d.id, review, core::signatureOf(user, now));
    if (!reviewId) {
        return reviewId.error();
    }
    if (auto done =
            update(db, d, review.approved ? core::HandoverState::Approved : core::HandoverState::Returned,
                   {{pointerColumn(core::HandoverStep::Review), *reviewId}});
        !done) {
        return done;
    }
    return record(db, c.incident, d.reference(), user, now,
                  review.approved ? QStringLiteral("approved") : QStringLiteral("returned"), summary,
                  review.reason, std::move(details));
}

QString kindOf(core::HandoverStep step, bool again) {
    switch (step) {
    case core::HandoverStep::Declaration:
        return again ? QStringLiteral("declared_again") : QStringLiteral("declared");
    case core::HandoverStep::Acknowledgement:
        return QStringLiteral("acknowledged");
    default:
        return QStringLiteral("medical");
    }
}

} // namespace

DisembarkationService::DisembarkationService(Database &database, const core::Clock &clock)
    : m_database(database)
    , m_clock(clock) {}

Result<Disembarkation> DisembarkationService::declare(const core::User &user, core::IncidentId incidentId,
                                                      const core::Declaration &typed) {
    auto incident = IncidentService(m_database, m_clock).find(incidentId);
    if (!incident) {
        return incident.error();
    }
    // A disembarkation is its case's: in an exercise database that case is stamped an exercise
    // (IncidentService::create), and one that is not (written by other means) takes none.
    if (m_database.isExercise() && !incident->isExercise) {
        return Error{Text::tr("Case %1 is not stamped as an exercise case in this exercise database; "
                              "nothing is declared for it.")
                         .arg(incident->caseNumber.text())};
    }
    auto known = lists();
    if (!known) {
        return known.error();
    }
    const core::Declaration declaration = core::HandoverRules::normalized(typed);
    const QDateTime now = m_clock.nowUtc();
    if (const core::Decision rule =
            core::HandoverRules::declare(user, incident.value(), declaration, known.value(), now);
        !rule) {
        return Error{rule.reason};
    }
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM disembarkations WHERE incident_id = ?"));
    query.addBindValue(static_cast<qlonglong>(incidentId.value));
    if (!query.exec() || !query.next()) {
        return databaseError(query);
    }
    Disembarkation d;
    d.incident = incidentId;
    d.caseNumber = incident->caseNumber;
    d.sequence = query.value(0).toInt();
    query.finish();
    query.prepare(
        QStringLiteral("INSERT INTO disembarkations (incident_id, sequence, state) VALUES (?, ?, ?)"));
    query.addBindValue(static_cast<qlonglong>(incidentId.value));
    query.addBindValue(d.sequence);
    query.addBindValue(core::handoverStateKey(core::HandoverState::Declared));
    if (!query.exec()) {
        return databaseError(query);
    }
    d.id = {query.lastInsertId().toLongLong()};
    if (auto announced = announceChange(db, {QStringLiteral("disembarkation"), d.id.value, 1}); !announced) {
        return announced.error();
    }
    auto stepId = handover_rows::insertStep(db, d.id, declaration, core::signatureOf(user, now));
    if (!stepId) {
        return stepId.error();
    }
    query.prepare(
        QStringLiteral("UPDATE disembarkations SET declaration_id = ? WHERE disembarkation_id = ?"));
    query.addBindValue(static_cast<qlonglong>(stepId.value()));
    query.addBindValue(static_cast<qlonglong>(d.id.value));
    if (!query.exec()) {
        return databaseError(query);
    }
    const core::PersonCounts &persons = declaration.persons;
    const QString summary =
        Text::tr("Disembarkation %1 at %2 declared: %3 persons (%4 men, %5 women, %6 children, "
                 "%7 unknown), %8 bodies")
            .arg(d.reference(), placeText(declaration, known.value()))
            .arg(persons.total())
            .arg(persons.men)
            .arg(persons.women)
            .arg(persons.children())
            .arg(persons.unknown)
            .arg(declaration.bodiesRecovered);
    if (auto done = record(db, incident.value(), d.reference(), user, now, QStringLiteral("declared"),
                           summary, declaration.remarks, handover_rows::json(declaration));
        !done) {
        return done.error();
    }
    if (auto done = commit(db, transaction); !done) {
        return done.error();
    }
    return find(d.id);
}

Result<Disembarkation> DisembarkationService::declareAgain(const core::User &user, core::DisembarkationId id,
                                                           const core::Declaration &declaration,
                                                           std::optional<int> expectedVersion) {
    return signStep(user, id, core::HandoverRules::normalized(declaration), true, expectedVersion);
}

Result<Disembarkation> DisembarkationService::acknowledge(const core::User &user, core::DisembarkationId id,
                                                          const core::Acknowledgement &acknowledgement,
                                                          std::optional<int> expectedVersion) {
    core::Acknowledgement values = acknowledgement;
    values.remarks = acknowledgement.remarks.trimmed();
    return signStep(user, id, values, false, expectedVersion);
}

Result<Disembarkation> DisembarkationService::recordMedical(const core::User &user, core::DisembarkationId id,
                                                            const core::MedicalReport &report,
                                                            std::optional<int> expectedVersion) {
    core::MedicalReport values = report;
    values.remarks = report.remarks.trimmed();
    values.bodiesTakenTo = report.bodiesTakenTo.trimmed();
    return signStep(user, id, values, false, expectedVersion);
}

Result<DisembarkationService::Context> DisembarkationService::contextAt(core::DisembarkationId id,
                                                                        std::optional<int> expected) const {
    auto loaded = context(id);
    if (loaded && expected && *expected != loaded->disembarkation.version) {
        const Disembarkation &d = loaded->disembarkation;
        return Error{Text::tr("Handover %1 was changed by someone else in the meantime (version %2, you "
                              "saw version %3): nothing was written.")
                         .arg(d.reference())
                         .arg(d.version)
                         .arg(*expected),
                     core::ErrorKind::Conflict};
    }
    return loaded;
}

Result<Disembarkation> DisembarkationService::signStep(const core::User &user, core::DisembarkationId id,
                                                       const core::StepValues &values, bool again,
                                                       std::optional<int> expectedVersion) {
    auto loaded = contextAt(id, expectedVersion);
    if (!loaded) {
        return loaded.error();
    }
    const Context &c = loaded.value();
    const Disembarkation &d = c.disembarkation;
    const QDateTime now = m_clock.nowUtc();
    const core::HandoverStep step = core::stepOf(values);
    core::Decision rule;
    if (const auto *declaration = std::get_if<core::Declaration>(&values)) {
        rule = core::HandoverRules::redeclare(user, c.incident, d, *declaration, c.lists, now);
    } else if (const auto *acknowledgement = std::get_if<core::Acknowledgement>(&values)) {
        rule = core::HandoverRules::acknowledge(user, c.incident, d, *acknowledgement, c.lists);
    } else {
        rule = core::HandoverRules::recordMedical(user, c.incident, d, std::get<core::MedicalReport>(values),
                                                  c.lists);
    }
    if (!rule) {
        return Error{rule.reason};
    }
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    auto stepId = handover_rows::insertStep(db, d.id, values, core::signatureOf(user, now));
    if (!stepId) {
        return stepId.error();
    }
    if (auto done =
            update(db, d, core::HandoverRules::stateAfterSigning(d, step), {{pointerColumn(step), *stepId}});
        !done) {
        return done.error();
    }
    const QString remarks = std::visit([](const auto &v) { return v.remarks; }, values);
    if (auto done = record(db, c.incident, d.reference(), user, now, kindOf(step, again),
                           stepSummary(d, values, again), remarks, handover_rows::json(values));
        !done) {
        return done.error();
    }
    if (auto done = commit(db, transaction); !done) {
        return done.error();
    }
    return find(id);
}

Result<Disembarkation> DisembarkationService::explain(const core::User &user, core::DisembarkationId id,
                                                      core::DiscrepancyRule rule, const QString &text,
                                                      std::optional<int> expectedVersion) {
    auto loaded = contextAt(id, expectedVersion);
    if (!loaded) {
        return loaded.error();
    }
    const Context &c = loaded.value();
    const auto current = core::HandoverRules::discrepancies(c.incident, c.disembarkation, c.others);
    if (const core::Decision allowed =
            core::HandoverRules::explain(user, c.incident, c.disembarkation, rule, text, current);
        !allowed) {
        return Error{allowed.reason};
    }
    const QDateTime now = m_clock.nowUtc();
    auto explanations =
        explanationsFor(c.disembarkation, {{rule, text}}, current, core::signatureOf(user, now));
    if (!explanations) {
        return explanations.error();
    }
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto done = writeExplanation(db, c, explanations->front(), user); !done) {
        return done.error();
    }
    // An explanation is part of the handover: the version moves, so a review over older numbers fails.
    if (auto done = update(db, c.disembarkation, c.disembarkation.state, {}); !done) {
        return done.error();
    }
    if (auto done = commit(db, transaction); !done) {
        return done.error();
    }
    return find(id);
}

Result<Disembarkation> DisembarkationService::approve(const core::User &user, core::DisembarkationId id,
                                                      const std::vector<ExplanationText> &given,
                                                      std::optional<int> expectedVersion) {
    auto loaded = contextAt(id, expectedVersion);
    if (!loaded) {
        return loaded.error();
    }
    const Context &c = loaded.value();
    const Disembarkation &d = c.disembarkation;
    const QDateTime now = m_clock.nowUtc();
    const auto current = core::HandoverRules::discrepancies(c.incident, d, c.others);
    if (const core::Decision allowed =
            core::HandoverRules::authorizeStep(user, core::HandoverStep::Review, c.incident);
        !allowed) {
        return Error{allowed.reason};
    }
    auto fresh = explanationsFor(d, given, current, core::signatureOf(user, now));
    if (!fresh) {
        return fresh.error();
    }
    std::vector<core::Explanation> all = d.explanations;
    all.insert(all.end(), fresh->begin(), fresh->end());
    if (const core::Decision rule =
            core::HandoverRules::approve(user, c.incident, d, core::HandoverRules::unexplained(current, all));
        !rule) {
        return Error{rule.reason};
    }
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    for (const core::Explanation &explanation : fresh.value()) {
        if (auto done = writeExplanation(db, c, explanation, user); !done) {
            return done.error();
        }
    }
    const core::Review review{true, core::HandoverStep::Declaration, {}};
    QJsonObject details = handover_rows::json(review);
    QJsonArray discrepancies;
    for (const core::Discrepancy &discrepancy : current) {
        discrepancies.append(QJsonObject{{QStringLiteral("rule"), core::discrepancyRuleKey(discrepancy.rule)},
                                         {QStringLiteral("figures"), discrepancy.figuresKey()}});
    }
    details.insert(QStringLiteral("discrepancies"), discrepancies);
    if (auto done = writeReview(db, c, review, user, now,
                                Text::tr("Disembarkation %1 approved").arg(d.reference()), details);
        !done) {
        return done.error();
    }
    if (auto done = commit(db, transaction); !done) {
        return done.error();
    }
    return find(id);
}

Result<Disembarkation> DisembarkationService::returnTo(const core::User &user, core::DisembarkationId id,
                                                       core::HandoverStep step, const QString &reason,
                                                       std::optional<int> expectedVersion) {
    auto loaded = contextAt(id, expectedVersion);
    if (!loaded) {
        return loaded.error();
    }
    const Context &c = loaded.value();
    const Disembarkation &d = c.disembarkation;
    if (const core::Decision rule = core::HandoverRules::returnTo(user, c.incident, d, step, reason); !rule) {
        return Error{rule.reason};
    }
    const QDateTime now = m_clock.nowUtc();
    const core::Review review{false, step, reason.trimmed()};
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    const QString summary = Text::tr("Disembarkation %1 returned to step %2 (%3)")
                                .arg(d.reference())
                                .arg(static_cast<int>(step))
                                .arg(core::handoverStepName(step));
    if (auto done = writeReview(db, c, review, user, now, summary, handover_rows::json(review)); !done) {
        return done.error();
    }
    if (auto done = commit(db, transaction); !done) {
        return done.error();
    }
    return find(id);
}

Result<Disembarkation> DisembarkationService::amend(const core::User &user, core::DisembarkationId id,
                                                    const core::StepValues &typed, const QString &reason,
                                                    const std::vector<ExplanationText> &given,
                                                    std::optional<int> expectedVersion) {
    auto loaded = contextAt(id, expectedVersion);
    if (!loaded) {
        return loaded.error();
    }
    const Context &c = loaded.value();
    const Disembarkation &d = c.disembarkation;
    const core::StepValues values =
        std::holds_alternative<core::Declaration>(typed)
            ? core::StepValues(core::HandoverRules::normalized(std::get<core::Declaration>(typed)))
            : typed;
    const core::HandoverStep step = core::stepOf(values);
    const QDateTime now = m_clock.nowUtc();
    // The discrepancies as they would stand with the new values.
    Disembarkation amended = d;
    core::StepValues before;
    if (const auto *declaration = std::get_if<core::Declaration>(&values)) {
        before = d.declaration.values;
        amended.declaration.values = *declaration;
    } else if (const auto *acknowledgement = std::get_if<core::Acknowledgement>(&values);
               acknowledgement && d.acknowledgement) {
        before = d.acknowledgement->values;
        amended.acknowledgement->values = *acknowledgement;
    } else if (const auto *medical = std::get_if<core::MedicalReport>(&values); medical && d.medical) {
        before = d.medical->values;
        amended.medical->values = *medical;
    }
    const auto after = core::HandoverRules::discrepancies(c.incident, amended, c.others);
    const core::Signature signature = core::signatureOf(user, now);
    auto fresh = explanationsFor(amended, given, after, signature);
    if (!fresh) {
        return fresh.error();
    }
    std::vector<core::Explanation> all = d.explanations;
    all.insert(all.end(), fresh->begin(), fresh->end());
    if (const core::Decision rule = core::HandoverRules::amend(
            user, c.incident, d, values, reason, c.lists, now, core::HandoverRules::unexplained(after, all));
        !rule) {
        return Error{rule.reason};
    }
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + pointerColumn(step) +
                  QStringLiteral(" FROM disembarkations WHERE disembarkation_id = ?"));
    query.addBindValue(static_cast<qlonglong>(d.id.value));
    if (!query.exec() || !query.next()) {
        return databaseError(query);
    }
    const std::int64_t beforeId = query.value(0).toLongLong();
    query.finish();
    auto afterId = handover_rows::insertStep(db, d.id, values, signature);
    if (!afterId) {
        return afterId.error();
    }
    if (auto done = handover_rows::insertAmendment(db, d.id, step, beforeId, *afterId, reason, signature);
        !done) {
        return done.error();
    }
    for (const core::Explanation &explanation : fresh.value()) {
        if (auto done = writeExplanation(db, c, explanation, user); !done) {
            return done.error();
        }
    }
    if (auto done = update(db, d, core::HandoverState::Approved, {{pointerColumn(step), *afterId}}); !done) {
        return done.error();
    }
    const QJsonObject details{{QStringLiteral("step"), core::handoverStepKey(step)},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("before"), handover_rows::json(before)},
                              {QStringLiteral("after"), handover_rows::json(values)}};
    const QString summary =
        Text::tr("Disembarkation %1: %2 amended").arg(d.reference(), core::handoverStepName(step));
    if (auto done = record(db, c.incident, d.reference(), user, now, QStringLiteral("amended"), summary,
                           reason.trimmed(), details);
        !done) {
        return done.error();
    }
    if (auto done = commit(db, transaction); !done) {
        return done.error();
    }
    return find(id);
}

} // namespace marsa::storage
