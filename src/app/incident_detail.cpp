#include "app/incident_detail.h"

#include "core/bidi.h"

#include "app/action_dialog.h"
#include "app/handover_text.h"
#include "app/incident_commands.h"
#include "app/write_gate.h"
#include "core/incident_rules.h"
#include "geo/coordinate_format.h"
#include "models/incident_table_model.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/incident_service.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>

namespace marsa::app {
namespace {

using core::isolated;

QString timeText(const QDateTime &utc) {
    return utc.isValid() ? isolated(utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : QString();
}

QString optionalCount(const std::optional<int> &count) {
    return count ? QString::number(*count) : QStringLiteral("?");
}

// The form's rows, in order.
enum Field { Alert, Source, Position, Srrs, Craft, Persons, Weather, AssetsField, OutcomeField, FieldCount };

} // namespace

IncidentDetail::IncidentDetail(storage::Database &database, const core::Clock &clock,
                               std::optional<core::User> user, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_undoStack(undoStack) {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    auto *formPane = new QWidget(this);
    auto *form = new QFormLayout(formPane);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString labels[FieldCount] = {tr("First alert:"), tr("Alert source:"), tr("Position:"),
                                        tr("SRR:"),         tr("Craft:"),        tr("Persons on board:"),
                                        tr("Weather:"),     tr("Assets:"),       tr("Outcome:")};
    for (const QString &label : labels) {
        auto *value = new QLabel(formPane);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
        m_fields.push_back(value);
    }

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(true);
    m_timeline->setHeaderLabels({tr("Time (UTC)"), tr("Who"), tr("Event"), tr("Remarks")});
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);

    // The form scrolls rather than holding the window taller than a small screen.
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(formPane);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    // Wide enough for "Persons on board:" and a position; the splitter gives the rest to the timeline.
    formScroll->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(formScroll);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(1, 2);

    auto makeButton = [this](const char *name, const QString &text, void (IncidentDetail::*prompt)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, prompt);
        return button;
    };
    m_logButton = makeButton("logButton", tr("Log entry…"), &IncidentDetail::promptLogEntry);
    m_phaseButton = makeButton("phaseButton", tr("Phase…"), &IncidentDetail::promptPhase);
    m_statusButton = makeButton("statusButton", tr("Status…"), &IncidentDetail::promptStatus);
    m_taskButton = makeButton("taskButton", tr("Task asset…"), &IncidentDetail::promptTask);
    m_onSceneButton = new QPushButton(tr("On scene…"), this);
    m_onSceneButton->setObjectName(QStringLiteral("onSceneButton"));
    connect(m_onSceneButton, &QPushButton::clicked, this, [this] { promptTaskingChange(true); });
    m_releaseButton = new QPushButton(tr("Release…"), this);
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));
    connect(m_releaseButton, &QPushButton::clicked, this, [this] { promptTaskingChange(false); });
    m_outcomeButton = makeButton("outcomeButton", tr("Outcome…"), &IncidentDetail::promptOutcome);
    m_reopenButton = makeButton("reopenButton", tr("Reopen…"), &IncidentDetail::promptReopen);
    // Two rows of four: the panel stays narrow enough to share the bottom with the Event log.
    auto *buttons = new QGridLayout;
    buttons->setVerticalSpacing(2);
    int at = 0;
    for (QPushButton *button : {m_logButton, m_phaseButton, m_statusButton, m_outcomeButton, m_taskButton,
                                m_onSceneButton, m_releaseButton, m_reopenButton}) {
        buttons->addWidget(button, at / 4, at % 4);
        ++at;
    }
    buttons->setColumnStretch(4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    showIncident(std::nullopt);
}

void IncidentDetail::showIncident(std::optional<core::IncidentId> id) {
    m_incident.reset();
    m_taskings.clear();
    m_replayedInstant = QDateTime();
    if (id) {
        storage::IncidentService service(m_database, m_clock);
        if (auto found = service.find(*id)) {
            m_incident = found.value();
            if (auto taskings = service.taskings(*id)) {
                m_taskings = std::move(taskings.value());
            }
            m_assetNames.clear();
            if (auto assets = storage::AssetRepository(m_database.connection(), m_clock).all()) {
                for (const core::Asset &asset : assets.value()) {
                    m_assetNames[asset.id.value] = asset.name;
                }
            }
        }
    }
    fillForm();
    fillTimeline();
    updateActions();
}

void IncidentDetail::refresh() {
    if (m_replayedInstant.isValid()) {
        return; // the past does not change
    }
    showIncident(m_incident ? std::optional(m_incident->id) : std::nullopt);
}

void IncidentDetail::showReplayed(const core::Incident &incident, std::vector<core::Tasking> taskings,
                                  const QDateTime &instant) {
    m_incident = incident;
    m_taskings = std::move(taskings);
    m_replayedInstant = instant;
    if (m_assetNames.empty()) {
        if (auto assets = storage::AssetRepository(m_database.connection(), m_clock).all()) {
            for (const core::Asset &asset : assets.value()) {
                m_assetNames[asset.id.value] = asset.name;
            }
        }
    }
    fillForm();
    fillTimeline();
    updateActions();
}

void IncidentDetail::leaveReplay() {
    if (m_replayedInstant.isValid()) {
        showIncident(std::nullopt);
    }
}

void IncidentDetail::setPaletteMode(chart::PaletteMode mode) {
    m_palette = chart::ChartPalette::forMode(mode);
    fillForm();
}

void IncidentDetail::fillForm() {
    if (!m_incident) {
        m_title->setText(tr("Select a case in the Incidents panel or on the chart."));
        m_title->setStyleSheet({});
        for (QLabel *field : m_fields) {
            field->clear();
        }
        return;
    }
    const core::Incident &c = *m_incident;
    const QColor colour = models::phaseColour(c.phase, core::isFinal(c.status), m_palette);
    // The phase is named as well as coloured: colour alone never carries the meaning (UI.md).
    m_title->setText(tr("%1 — %2 — %3%4")
                         .arg(c.caseNumber.text(), core::phaseCode(c.phase), core::statusName(c.status),
                              c.isExercise ? tr(" (exercise)") : QString()));
    m_title->setStyleSheet(QStringLiteral("QLabel { padding: 2px 6px; "
                                          "border-left: 8px solid %1; border-right: 8px solid %1; }")
                               .arg(colour.name()));
    m_fields[Alert]->setText(timeText(c.firstAlertUtc) + QStringLiteral(" UTC"));
    m_fields[Source]->setText(core::alertSourceName(c.alertSource));
    m_fields[Position]->setText(tr("%1, within %2 NM")
                                    .arg(isolated(geo::formatPosition({c.latitude, c.longitude})))
                                    .arg(c.positionUncertaintyNm, 0, 'f', 1));
    m_fields[Srrs]->setText(c.srrs.isEmpty() ? tr("outside the declared SRRs")
                                             : c.srrs.join(QStringLiteral(" + ")));
    m_fields[Craft]->setText(c.craftCondition.isEmpty()
                                 ? core::craftName(c.craft)
                                 : tr("%1: %2").arg(core::craftName(c.craft), c.craftCondition));
    m_fields[Persons]->setText(tr("%1 (men %2, women %3, children %4)")
                                   .arg(c.personsOnBoard.total)
                                   .arg(optionalCount(c.personsOnBoard.men),
                                        optionalCount(c.personsOnBoard.women),
                                        optionalCount(c.personsOnBoard.children)));
    m_fields[Weather]->setText(c.weather);
    QStringList taskings;
    for (const core::Tasking &t : m_taskings) {
        QString line = tr("%1: tasked %2").arg(m_assetNames[t.asset.value], timeText(t.taskedUtc));
        if (t.onSceneUtc.isValid()) {
            line += tr(", on scene %1").arg(timeText(t.onSceneUtc));
        }
        if (t.releasedUtc.isValid()) {
            line += tr(", released %1").arg(timeText(t.releasedUtc));
        }
        taskings << line;
    }
    m_fields[AssetsField]->setText(taskings.isEmpty() ? tr("none tasked") : taskings.join(QLatin1Char('\n')));
    m_fields[OutcomeField]->setText(c.outcome ? tr("%1 rescued, %2 dead, %3 missing")
                                                    .arg(c.outcome->rescued)
                                                    .arg(c.outcome->dead)
                                                    .arg(c.outcome->missing)
                                              : tr("not recorded"));
}

void IncidentDetail::fillTimeline() {
    m_timeline->clear();
    m_lastEventId = 0;
    if (!m_incident) {
        return;
    }
    storage::IncidentService service(m_database, m_clock);
    const auto events = service.timeline(m_incident->id);
    if (!events) {
        return;
    }
    QList<QTreeWidgetItem *> items;
    for (const storage::IncidentEvent &event : events.value()) {
        if (m_replayedInstant.isValid() && event.timeUtc > m_replayedInstant) {
            break; // in time order: what follows had not happened at the replayed instant
        }
        const auto agency = core::agencyFromKey(event.agency);
        auto *item = new QTreeWidgetItem(
            {timeText(event.timeUtc),
             tr("%1 (%2)").arg(event.userName, agency ? core::agencyName(*agency) : event.agency),
             timelineEventText(event.kind, event.summary), event.remarks});
        item->setData(0, Qt::UserRole, event.kind);
        items << item;
        m_lastEventId = std::max(m_lastEventId, event.eventId);
    }
    m_timeline->addTopLevelItems(items);
    m_timeline->scrollToBottom();
}

void IncidentDetail::setWriteGate(const WriteGate *gate) {
    m_gate = gate;
    connect(gate, &WriteGate::changed, this, &IncidentDetail::updateActions);
    updateActions();
}

void IncidentDetail::updateActions() {
    struct Gate {
        QPushButton *button;
        core::Action action;
        std::function<core::Decision(const core::Incident &)> rule;
    };
    const auto hasOpenTasking = [this](bool needsNotOnScene) {
        for (const core::Tasking &t : m_taskings) {
            if (t.isOpen() && (!needsNotOnScene || !t.onSceneUtc.isValid())) {
                return true;
            }
        }
        return false;
    };
    const Gate gates[] = {
        {m_logButton, core::Action::AddLogEntry, nullptr},
        {m_phaseButton, core::Action::ChangePhase,
         [](const core::Incident &c) {
             return core::isFinal(c.status)
                        ? core::Decision::refuse(tr("The case is %1.").arg(core::statusName(c.status)))
                        : core::Decision::allow();
         }},
        {m_statusButton, core::Action::ChangeStatus,
         [](const core::Incident &c) {
             return core::IncidentRules::nextStatuses(c.status).empty()
                        ? core::Decision::refuse(tr("No status follows %1.").arg(core::statusName(c.status)))
                        : core::Decision::allow();
         }},
        {m_taskButton, core::Action::TaskAsset,
         [](const core::Incident &c) {
             return c.status == core::IncidentStatus::RescueComplete ||
                            c.status == core::IncidentStatus::Disembarked
                        ? core::Decision::refuse(tr("The rescue is complete."))
                        : core::Decision::allow();
         }},
        {m_onSceneButton, core::Action::TaskAsset,
         [&](const core::Incident &) {
             return hasOpenTasking(true) ? core::Decision::allow()
                                         : core::Decision::refuse(tr("No asset is on its way."));
         }},
        {m_releaseButton, core::Action::TaskAsset,
         [&](const core::Incident &) {
             return hasOpenTasking(false) ? core::Decision::allow()
                                          : core::Decision::refuse(tr("No asset is on the case."));
         }},
        {m_outcomeButton, core::Action::RecordOutcome,
         [](const core::Incident &c) {
             return core::IncidentRules::recordOutcome(c, {}, QStringLiteral("-"));
         }},
        {m_reopenButton, core::Action::EditClosedCase,
         [](const core::Incident &c) { return core::IncidentRules::reopen(c, QStringLiteral("-")); }},
    };
    for (const Gate &gate : gates) {
        core::Decision decision = core::Decision::refuse(tr("Select a case first."));
        if (m_incident && !m_user) {
            decision = core::Decision::refuse(tr("Nobody is signed in."));
        } else if (m_incident) {
            decision = core::authorize(*m_user, gate.action, &*m_incident);
            if (decision && gate.rule) {
                decision = gate.rule(*m_incident);
            }
        }
        decision = throughGate(m_gate, decision);
        gate.button->setEnabled(decision.allowed);
        gate.button->setToolTip(decision.reason);
    }
}

void IncidentDetail::report(const core::Result<void> &result) {
    if (!result) {
        QMessageBox::warning(this, tr("Not done"), result.errorMessage());
    }
}

void IncidentDetail::promptLogEntry() {
    ActionDialog dialog(tr("Log entry"),
                        tr("What happened, as it will stand in the timeline of %1:")
                            .arg(m_incident ? m_incident->caseNumber.text() : QString()),
                        {}, false, tr("Entry:"), true, this);
    if (dialog.exec() == QDialog::Accepted) {
        report(addLogEntry(dialog.remarks()));
    }
}

void IncidentDetail::promptPhase() {
    if (!m_incident) {
        return;
    }
    ActionDialog::Choice choice{tr("New phase:"), {}};
    for (core::EmergencyPhase phase :
         {core::EmergencyPhase::Uncertainty, core::EmergencyPhase::Alert, core::EmergencyPhase::Distress}) {
        if (phase != m_incident->phase) {
            choice.items.emplace_back(core::phaseCode(phase), static_cast<int>(phase));
        }
    }
    const auto seen = shownState(); // the version the officer decides on, whatever arrives meanwhile
    ActionDialog dialog(tr("Change phase"), tr("IAMSAR: the log shows why each phase was declared."), choice,
                        false, tr("Reason:"), true, this);
    if (dialog.exec() == QDialog::Accepted) {
        report(
            changePhase(static_cast<core::EmergencyPhase>(dialog.choice().toInt()), dialog.remarks(), seen));
    }
}

void IncidentDetail::promptStatus() {
    if (!m_incident) {
        return;
    }
    ActionDialog::Choice choice{tr("New status:"), {}};
    for (core::IncidentStatus status : core::IncidentRules::nextStatuses(m_incident->status)) {
        choice.items.emplace_back(core::statusName(status), static_cast<int>(status));
    }
    const auto seen = shownState();
    ActionDialog dialog(
        tr("Change status"),
        tr("Case %1 is %2.").arg(m_incident->caseNumber.text(), core::statusName(m_incident->status)), choice,
        false, tr("Remarks:"), false, this);
    if (dialog.exec() == QDialog::Accepted) {
        report(
            changeStatus(static_cast<core::IncidentStatus>(dialog.choice().toInt()), dialog.remarks(), seen));
    }
}

void IncidentDetail::promptTask() {
    const auto seen = shownState();
    if (!seen) {
        return;
    }
    auto assets = storage::AssetRepository(m_database.connection(), m_clock).all();
    if (!assets) {
        report(assets.error());
        return;
    }
    ActionDialog::Choice choice{tr("Asset:"), {}};
    for (const core::Asset &asset : assets.value()) {
        if (asset.isActive) {
            const QString label =
                asset.speedKnots
                    ? tr("%1 (%2, %3, %4 kn)")
                          .arg(asset.name, core::assetKindName(asset.kind), asset.callSign,
                               QLocale().toString(*asset.speedKnots, 'f', 0))
                    : tr("%1 (%2, %3)").arg(asset.name, core::assetKindName(asset.kind), asset.callSign);
            choice.items.emplace_back(label, static_cast<qlonglong>(asset.id.value));
        }
    }
    if (choice.items.empty()) {
        report(core::Error{tr("There are no assets on record: a supervisor adds them.")});
        return;
    }
    ActionDialog dialog(tr("Task asset"), tr("Send a unit to case %1.").arg(m_incident->caseNumber.text()),
                        choice, false, tr("Remarks:"), false, this);
    if (dialog.exec() == QDialog::Accepted) {
        report(taskAsset(core::AssetId{dialog.choice().toLongLong()}, dialog.remarks(), seen));
    }
}

void IncidentDetail::promptTaskingChange(bool onScene) {
    const auto seen = shownState();
    ActionDialog::Choice choice{tr("Asset:"), {}};
    for (const core::Tasking &t : m_taskings) {
        if (t.isOpen() && (!onScene || !t.onSceneUtc.isValid())) {
            choice.items.emplace_back(m_assetNames[t.asset.value], static_cast<qlonglong>(t.id));
        }
    }
    if (choice.items.empty()) {
        return;
    }
    ActionDialog dialog(onScene ? tr("Asset on scene") : tr("Release asset"),
                        onScene ? tr("The unit reports on scene now.") : tr("The unit leaves the case now."),
                        choice, false, tr("Remarks:"), false, this);
    if (dialog.exec() == QDialog::Accepted) {
        const std::int64_t tasking = dialog.choice().toLongLong();
        report(onScene ? assetOnScene(tasking, dialog.remarks(), seen)
                       : releaseAsset(tasking, dialog.remarks(), seen));
    }
}

void IncidentDetail::promptOutcome() {
    if (!m_incident) {
        return;
    }
    const auto seen = shownState();
    ActionDialog dialog(tr("Record outcome"),
                        tr("%1 were reported on board. Explain any difference in the remarks.")
                            .arg(m_incident->personsOnBoard.total),
                        {}, true, tr("Remarks:"), false, this);
    if (dialog.exec() == QDialog::Accepted) {
        report(recordOutcome(dialog.outcome(), dialog.remarks(), seen));
    }
}

void IncidentDetail::promptReopen() {
    const auto seen = shownState();
    if (!seen) {
        return;
    }
    ActionDialog dialog(tr("Reopen case"), tr("A reopened case goes back to assessing."), {}, false,
                        tr("Reason:"), true, this);
    if (dialog.exec() == QDialog::Accepted) {
        report(reopen(dialog.remarks(), seen));
    }
}

} // namespace marsa::app
