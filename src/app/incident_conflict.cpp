#include "app/incident_conflict.h"

#include "app/handover_text.h"
#include "core/bidi.h"
#include "storage/database.h"
#include "storage/incident_service.h"

#include <QCoreApplication>

#include <algorithm>

namespace marsa::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::app::IncidentConflict)
};

QString outcomeText(const std::optional<core::Outcome> &outcome) {
    return outcome ? Text::tr("%1 rescued, %2 dead, %3 missing")
                         .arg(outcome->rescued)
                         .arg(outcome->dead)
                         .arg(outcome->missing)
                   : Text::tr("not recorded");
}

// The assets on the case now, in the order they were tasked: "Ubari (on scene)".
QString assetsText(const CaseState &state, const std::map<std::int64_t, QString> &names) {
    QStringList assets;
    for (const core::Tasking &tasking : state.taskings) {
        if (!tasking.isOpen()) {
            continue;
        }
        const auto name = names.find(tasking.asset.value);
        const QString asset = name != names.end() ? name->second : QString::number(tasking.asset.value);
        assets << (tasking.onSceneUtc.isValid() ? Text::tr("%1 (on scene)").arg(asset) : asset);
    }
    return assets.isEmpty() ? Text::tr("none tasked") : assets.join(QStringLiteral(", "));
}

std::vector<ConflictField> fieldsOf(const CaseState &state, const std::map<std::int64_t, QString> &names) {
    const core::Incident &c = state.incident;
    return {{Text::tr("Phase"), core::phaseCode(c.phase), {}},
            {Text::tr("Status"), core::statusName(c.status), {}},
            {Text::tr("Outcome"), outcomeText(c.outcome), {}},
            {Text::tr("Tasked assets"), assetsText(state, names), {}}};
}

// "2026-11-23 10:02 UTC — m.fathi (Coast Guard): Phase ALERFA → DETRESFA — taking water"
QString meanwhileLine(const storage::IncidentEvent &event) {
    const auto agency = core::agencyFromKey(event.agency);
    // The time with its "UTC", and the user name, are isolated: in Arabic they keep their own order.
    const QString time =
        event.timeUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
    QString line = Text::tr("%1 — %2 (%3): %4")
                       .arg(core::isolated(time), core::isolated(event.userName),
                            agency ? core::agencyName(*agency) : event.agency,
                            timelineEventText(event.kind, event.summary));
    if (!event.remarks.isEmpty()) {
        line += QStringLiteral(" — ") + event.remarks;
    }
    return line;
}

} // namespace

core::Result<CaseState> readCaseState(storage::Database &database, const core::Clock &clock,
                                      core::IncidentId id) {
    storage::IncidentService service(database, clock);
    auto incident = service.find(id);
    if (!incident) {
        return incident.error();
    }
    CaseState state{incident.value(), {}, 0};
    if (auto taskings = service.taskings(id)) {
        state.taskings = std::move(taskings.value());
    }
    if (auto events = service.timeline(id)) {
        for (const storage::IncidentEvent &event : events.value()) {
            state.lastEventId = std::max(state.lastEventId, event.eventId);
        }
    }
    return state;
}

QString refusalOn(const CaseChange &change, const core::User &user, const CaseState &now) {
    if (const core::Decision allowed = core::authorize(user, change.action, &now.incident); !allowed) {
        return allowed.reason;
    }
    if (change.rule) {
        if (const core::Decision rule = change.rule(now); !rule) {
            return rule.reason;
        }
    }
    return {};
}

ConflictComparison compareCase(const CaseChange &change, const core::User &user, const CaseState &seen,
                               const CaseState &now, const std::vector<storage::IncidentEvent> &events,
                               const std::map<std::int64_t, QString> &assetNames, const QDateTime &at,
                               const QColor &caution) {
    CaseState mine = seen;
    change.project(mine, at);
    ConflictComparison comparison;
    comparison.record = Text::tr("Case %1").arg(core::isolated(now.incident.caseNumber.text()));
    comparison.mineHeading = Text::tr("Your change (made on version %1)").arg(seen.incident.version);
    comparison.theirsHeading = Text::tr("Saved now (version %1)").arg(now.incident.version);
    comparison.fields = fieldsOf(mine, assetNames);
    const std::vector<ConflictField> theirs = fieldsOf(now, assetNames);
    for (std::size_t i = 0; i < comparison.fields.size(); ++i) {
        comparison.fields[i].theirs = theirs[i].mine;
    }
    for (const storage::IncidentEvent &event : events) {
        if (event.eventId > seen.lastEventId) {
            comparison.meanwhile << meanwhileLine(event);
        }
    }
    comparison.applyLabel = Text::tr("Apply my change to version %1").arg(now.incident.version);
    comparison.applyRefusal = refusalOn(change, user, now);
    comparison.keepNote =
        Text::tr("Keeping the saved version writes your change to the case's timeline as not applied: "
                 "\"%1\".")
            .arg(notAppliedEntry(change, seen));
    comparison.caution = caution;
    return comparison;
}

QString notAppliedEntry(const CaseChange &change, const CaseState &seen) {
    const QString what = change.describe(seen);
    return change.remarks.trimmed().isEmpty()
               ? Text::tr("Not applied after a conflict: %1").arg(what)
               : Text::tr("Not applied after a conflict: %1, %2").arg(what, change.remarks.trimmed());
}

} // namespace marsa::app
