#include "app/disembarkations_panel.h"

#include "app/return_handover_dialog.h"
#include "app/table_view.h"
#include "app/write_gate.h"
#include "core/bidi.h"
#include "core/clock.h"
#include "core/handover_rules.h"
#include "core/handover_statistics.h"
#include "models/disembarkation_table_model.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/logging.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace marsa::app {
namespace {

using models::DisembarkationTableModel;

constexpr core::HandoverState kStates[] = {
    core::HandoverState::Declared, core::HandoverState::Acknowledged, core::HandoverState::MedicalRecorded,
    core::HandoverState::Returned, core::HandoverState::Approved,
};
enum DiscrepancyChoice : int { AnyDiscrepancy, WithDiscrepancy, UnexplainedOnly };

// A filter list as narrow as its shortest useful text: the panel shares its side of the window
// with the Vessels panel, and the console must still fit 800x600. The list opens at full width.
QComboBox *narrowCombo(const QString &name, const QString &toolTip, QWidget *parent) {
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setToolTip(toolTip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(3);
    return box;
}

// A table may shrink to its header and one row: the console's minimum size must stay within
// 800x600, where this panel shares its side with the Vessels panel.
void allowShortTable(QTableView *view) {
    view->setMinimumHeight(view->horizontalHeader()->sizeHint().height() +
                           view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth());
}

QDateEdit *dateEdit(const QString &name, QDate date, QWidget *parent) {
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setEnabled(false);
    return edit;
}

} // namespace

DisembarkationsPanel::DisembarkationsPanel(storage::Database &database, const core::Clock &clock,
                                           std::optional<core::User> user, bool arabic, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_reviews(m_user && core::authorize(*m_user, core::Action::ReviewHandover).allowed) {
    m_model = new DisembarkationTableModel(this);
    m_queueModel = new DisembarkationTableModel(this);
    std::vector<core::Place> places;
    if (auto lists = storage::DisembarkationService(m_database, m_clock).lists()) {
        places = std::move(lists->places);
    } else {
        spdlog::error("places of disembarkation not read: {}", lists.errorMessage());
    }
    for (DisembarkationTableModel *model : {m_model, m_queueModel}) {
        model->setPlaces(places, arabic);
    }

    // One row of controls above one table: the filters and the list, or (for reviewers) the queue's
    // actions and the queue. A second row or a tab bar would push the console past 800x600.
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("disembarkationPages"));
    m_pages->addWidget(createListPage(places, arabic));
    m_pages->addWidget(createQueuePage());
    m_queueButton = new QToolButton(this);
    m_queueButton->setObjectName(QStringLiteral("reviewQueueButton"));
    m_queueButton->setCheckable(true);
    m_queueButton->setToolTip(tr("The review queue: handovers waiting for a supervisor, unexplained "
                                 "discrepancies first, then the oldest"));
    m_queueButton->setVisible(m_reviews);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(2);
    controls->addWidget(m_filterBar, 1);
    controls->addWidget(m_queueBar, 1);
    controls->addWidget(m_queueButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(1);
    layout->addLayout(controls);
    layout->addWidget(m_dates);
    layout->addWidget(m_pages, 1);
    // What the last approval or return did, or why it was refused; also a failed read.
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    m_queueBar->hide();

    connect(m_queueButton, &QToolButton::toggled, this, &DisembarkationsPanel::showQueue);
    reload();
}

QWidget *DisembarkationsPanel::createListPage(const std::vector<core::Place> &places, bool arabic) {
    m_filterBar = new QWidget(this);
    m_place = narrowCombo(QStringLiteral("placeFilter"), tr("Port or place of disembarkation"), m_filterBar);
    m_place->addItem(tr("Any place"), QString());
    for (const core::Place &place : places) {
        m_place->addItem(arabic && !place.labelArabic.isEmpty() ? place.labelArabic : place.label, place.key);
    }
    m_place->addItem(tr("Position"), QString(core::kOtherPlaceKey));
    m_place->setItemData(m_place->count() - 1, tr("Brought ashore at a position, not at a listed place"),
                         Qt::ToolTipRole);
    m_state = narrowCombo(QStringLiteral("stateFilter"), tr("Handover step"), m_filterBar);
    m_state->addItem(tr("Any step"), -1);
    for (core::HandoverState state : kStates) {
        m_state->addItem(core::handoverStateName(state), static_cast<int>(state));
    }
    m_discrepancy = narrowCombo(QStringLiteral("discrepancyFilter"), tr("Discrepancies"), m_filterBar);
    m_discrepancy->addItem(tr("Any"), AnyDiscrepancy);
    m_discrepancy->addItem(tr("With discrepancy"), WithDiscrepancy);
    m_discrepancy->addItem(tr("Unexplained only"), UnexplainedOnly);

    // The dates are a second row, shown on demand. Hiding them drops them from the filter: what is
    // not shown does not filter.
    m_datesButton = new QToolButton(m_filterBar);
    m_datesButton->setObjectName(QStringLiteral("datesButton"));
    m_datesButton->setText(tr("Dates"));
    m_datesButton->setToolTip(tr("Filter by the day brought ashore (UTC)"));
    m_datesButton->setCheckable(true);
    auto *filters = new QHBoxLayout(m_filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(2);
    filters->addWidget(m_place, 1);
    filters->addWidget(m_state, 1);
    filters->addWidget(m_discrepancy, 1);
    filters->addWidget(m_datesButton);

    const QDate today = m_clock.nowUtc().date();
    m_dates = new QWidget(this);
    m_fromCheck = new QCheckBox(tr("From"), m_dates);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_from = dateEdit(QStringLiteral("fromDate"), today.addDays(-7), m_dates);
    m_toCheck = new QCheckBox(tr("to"), m_dates);
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    m_to = dateEdit(QStringLiteral("toDate"), today, m_dates);
    auto *datesRow = new QHBoxLayout(m_dates);
    datesRow->setContentsMargins(0, 0, 0, 0);
    datesRow->addWidget(m_fromCheck);
    datesRow->addWidget(m_from, 1);
    datesRow->addWidget(m_toCheck);
    datesRow->addWidget(m_to, 1);
    m_dates->hide();

    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DisembarkationTableModel::SortRole);
    m_view = makeTable(m_sorted, this);
    m_view->setObjectName(QStringLiteral("disembarkationsView"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->sortByColumn(DisembarkationTableModel::TimeColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    allowShortTable(m_view);

    for (QComboBox *box : {m_place, m_state, m_discrepancy}) {
        connect(box, &QComboBox::currentIndexChanged, this, &DisembarkationsPanel::reload);
    }
    connect(m_datesButton, &QToolButton::toggled, this, [this](bool shown) {
        m_dates->setVisible(shown);
        if (!shown) {
            const QSignalBlocker fromQuiet(m_fromCheck);
            const QSignalBlocker toQuiet(m_toCheck);
            m_fromCheck->setChecked(false);
            m_toCheck->setChecked(false);
            m_from->setEnabled(false);
            m_to->setEnabled(false);
            reload();
        }
    });
    for (auto [check, edit] : {std::pair{m_fromCheck, m_from}, std::pair{m_toCheck, m_to}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &DisembarkationsPanel::reload);
        connect(edit, &QDateEdit::dateChanged, this, &DisembarkationsPanel::reload);
    }
    connect(m_view, &QAbstractItemView::activated, this, &DisembarkationsPanel::openIndex);
    return m_view;
}

QWidget *DisembarkationsPanel::createQueuePage() {
    // The service's order, not a sortable one: unexplained discrepancies first, then the oldest.
    m_queueView = makeTable(m_queueModel, this);
    m_queueView->setObjectName(QStringLiteral("reviewQueueView"));
    m_queueView->setSortingEnabled(false);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setWordWrap(false);
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    allowShortTable(m_queueView);

    // The queue's actions take the filters' place in the row above the table.
    m_queueBar = new QWidget(this);
    m_return = new QPushButton(tr("Return…"), m_queueBar);
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_approve = new QPushButton(tr("Approve"), m_queueBar);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    // The list opens a handover by double-click or Enter; the queue also has a button for it, beside
    // the decisions it prepares.
    m_open = new QPushButton(tr("Open"), m_queueBar);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setToolTip(tr("Open the handover to read every step and explain its discrepancies"));
    auto *buttons = new QHBoxLayout(m_queueBar);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_return);
    buttons->addStretch(1);
    buttons->addWidget(m_open);

    connect(m_queueView, &QAbstractItemView::activated, this, &DisembarkationsPanel::openIndex);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_message->hide();
        updateQueueActions();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedInQueue()) {
            Q_EMIT openRequested(*id);
        }
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { (void)approveSelected(); });
    connect(m_return, &QPushButton::clicked, this, &DisembarkationsPanel::promptReturn);
    return m_queueView;
}

void DisembarkationsPanel::showQueue(bool shown) {
    m_pages->setCurrentIndex(shown ? 1 : 0);
    m_filterBar->setVisible(!shown);
    m_dates->setVisible(!shown && m_datesButton->isChecked());
    m_queueBar->setVisible(shown);
    if (m_queueButton->isChecked() != shown) {
        m_queueButton->setChecked(shown);
    }
}

void DisembarkationsPanel::openIndex(const QModelIndex &index) {
    Q_EMIT openRequested(
        core::DisembarkationId{index.data(DisembarkationTableModel::DisembarkationIdRole).toLongLong()});
}

storage::DisembarkationFilter DisembarkationsPanel::filter() const {
    storage::DisembarkationFilter filter;
    filter.placeKey = m_place->currentData().toString();
    if (m_fromCheck->isChecked()) {
        filter.from = m_from->date();
    }
    if (m_toCheck->isChecked()) {
        filter.to = m_to->date();
    }
    if (const int state = m_state->currentData().toInt(); state >= 0) {
        filter.state = static_cast<core::HandoverState>(state);
    }
    const int discrepancy = m_discrepancy->currentData().toInt();
    filter.withDiscrepancyOnly = discrepancy == WithDiscrepancy;
    filter.unexplainedOnly = discrepancy == UnexplainedOnly;
    return filter;
}

void DisembarkationsPanel::reload() {
    storage::DisembarkationService service(m_database, m_clock);
    auto rows = service.list(filter());
    auto queue = service.reviewQueue();
    if (!rows || !queue) {
        showReadError(rows ? queue.errorMessage() : rows.errorMessage());
        return;
    }
    const std::optional<core::DisembarkationId> selected = selectedDisembarkation();
    const std::optional<core::DisembarkationId> queued = selectedInQueue();
    {
        // A reload must not move the selection to a neighbour: the supervisor would approve another
        // handover than the one they read.
        const QSignalBlocker quiet(m_view->selectionModel());
        const QSignalBlocker queueQuiet(m_queueView->selectionModel());
        m_model->setRows(std::move(rows.value()));
        m_queueModel->setRows(std::move(queue.value()));
        m_view->selectionModel()->clear();
        m_queueView->selectionModel()->clear();
        if (selected) {
            selectIn(*m_view, *selected);
        }
        if (queued) {
            selectIn(*m_queueView, *queued);
        }
    }
    showQueueCount();
}

void DisembarkationsPanel::refreshDisembarkation(core::DisembarkationId id) {
    storage::DisembarkationFilter one;
    one.disembarkation = id;
    refreshWhere(one);
}

void DisembarkationsPanel::refreshIncident(core::IncidentId id) {
    storage::DisembarkationFilter ofCase;
    ofCase.incident = id;
    refreshWhere(ofCase);
}

// Reads again, within what the list and the queue select, only the records `narrowing` names (one
// disembarkation or one case's), and puts, moves or takes out only their rows: no reset, so the
// selection and the scroll position stay where the officer left them.
void DisembarkationsPanel::refreshWhere(const storage::DisembarkationFilter &narrowing) {
    const auto narrowed = [&](storage::DisembarkationFilter shown) {
        shown.incident = narrowing.incident;
        shown.disembarkation = narrowing.disembarkation;
        return shown;
    };
    const auto covers = [&](const models::DisembarkationRow &row) {
        const core::Disembarkation &d = row.disembarkation;
        return (!narrowing.incident || d.incident == *narrowing.incident) &&
               (!narrowing.disembarkation || d.id == *narrowing.disembarkation);
    };
    storage::DisembarkationService service(m_database, m_clock);
    const std::pair<DisembarkationTableModel *, storage::DisembarkationFilter> tables[] = {
        {m_model, narrowed(filter())},
        {m_queueModel, narrowed(storage::DisembarkationService::reviewFilter())}};
    for (const auto &[model, shown] : tables) {
        auto fresh = service.list(shown);
        if (!fresh) {
            showReadError(fresh.errorMessage());
            return;
        }
        std::vector<core::DisembarkationId> gone;
        for (int i = 0; i < model->rowCount(); ++i) {
            const models::DisembarkationRow &row = *model->row(i);
            if (covers(row) &&
                std::none_of(fresh->begin(), fresh->end(), [&](const models::DisembarkationRow &f) {
                    return f.disembarkation.id == row.disembarkation.id;
                })) {
                gone.push_back(row.disembarkation.id);
            }
        }
        for (core::DisembarkationId id : gone) {
            model->removeDisembarkation(id);
        }
        const auto order = model == m_queueModel ? &storage::DisembarkationService::queuedBefore
                                                 : &storage::DisembarkationService::listedBefore;
        for (models::DisembarkationRow &row : fresh.value()) {
            model->putRow(std::move(row), order);
        }
    }
    showQueueCount();
}

void DisembarkationsPanel::showReadError(const QString &error) {
    spdlog::error("disembarkations not read: {}", error);
    m_message->setText(tr("The disembarkations cannot be read: %1").arg(error));
    m_message->show();
}

void DisembarkationsPanel::showQueueCount() {
    m_queueButton->setText(tr("Review (%1)").arg(QLocale().toString(m_queueModel->rowCount())));
    updateQueueActions();
}

std::optional<core::DisembarkationId> DisembarkationsPanel::idIn(const QTableView &view) const {
    const QModelIndexList rows = view.selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return core::DisembarkationId{
        rows.front().data(DisembarkationTableModel::DisembarkationIdRole).toLongLong()};
}

bool DisembarkationsPanel::selectIn(QTableView &view, core::DisembarkationId id) {
    QAbstractItemModel *model = view.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(DisembarkationTableModel::DisembarkationIdRole).toLongLong() == id.value) {
            // Through the selection model: QTableView::selectRow selects nothing right to left in
            // Qt 6.4.
            view.selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
            view.scrollTo(index);
            return true;
        }
    }
    view.clearSelection();
    return false;
}

std::optional<core::DisembarkationId> DisembarkationsPanel::selectedDisembarkation() const {
    return idIn(*m_view);
}

std::optional<core::DisembarkationId> DisembarkationsPanel::selectedInQueue() const {
    return idIn(*m_queueView);
}

bool DisembarkationsPanel::selectDisembarkation(core::DisembarkationId id) {
    return selectIn(*m_view, id);
}

bool DisembarkationsPanel::selectInQueue(core::DisembarkationId id) {
    return selectIn(*m_queueView, id);
}

void DisembarkationsPanel::setPaletteMode(chart::PaletteMode mode) {
    m_model->setPaletteMode(mode);
    m_queueModel->setPaletteMode(mode);
}

void DisembarkationsPanel::setWriteGate(const WriteGate *gate) {
    m_gate = gate;
    connect(gate, &WriteGate::changed, this, &DisembarkationsPanel::updateQueueActions);
    updateQueueActions();
}

// The buttons ask core what the service will ask: greyed, they say why in their tooltip.
void DisembarkationsPanel::updateQueueActions() {
    const std::optional<core::DisembarkationId> id = selectedInQueue();
    m_open->setEnabled(id.has_value());
    core::Decision approve = core::Decision::refuse(tr("Select a handover in the queue."));
    core::Decision giveBack = approve;
    if (!m_user) {
        approve = giveBack = core::Decision::refuse(tr("Nobody is signed in."));
    } else if (id) {
        const int at = m_queueModel->rowOf(*id);
        auto context = storage::DisembarkationService(m_database, m_clock).context(*id);
        if (!context || at < 0) {
            approve = giveBack = core::Decision::refuse(
                context ? tr("The handover is no longer in the queue.") : context.errorMessage());
        } else {
            const models::DisembarkationRow &row = *m_queueModel->row(at);
            approve =
                core::HandoverRules::approve(*m_user, context->incident, row.disembarkation, row.unexplained);
            // Every check but the step and the reason, which the Return dialog asks for.
            giveBack = core::HandoverRules::returnTo(*m_user, context->incident, row.disembarkation,
                                                     core::HandoverStep::Declaration, QStringLiteral("?"));
        }
    }
    approve = throughGate(m_gate, approve);
    giveBack = throughGate(m_gate, giveBack);
    m_approve->setEnabled(approve.allowed);
    m_approve->setToolTip(approve.allowed ? tr("Approve the selected handover: it is locked, and only an "
                                               "amendment changes it afterwards")
                                          : approve.reason);
    m_return->setEnabled(giveBack.allowed);
    m_return->setToolTip(giveBack.allowed ? tr("Return the selected handover to step 1, 2 or 3 with a reason")
                                          : giveBack.reason);
}

void DisembarkationsPanel::showOutcome(const core::Result<core::Disembarkation> &done,
                                       const QString &doneText) {
    m_message->setText(done ? doneText : done.errorMessage());
    m_message->setVisible(true);
    if (done || done.isConflict()) {
        reload(); // a conflict: the queue shows what was saved meanwhile
    }
}

std::optional<int> DisembarkationsPanel::queueVersion(core::DisembarkationId id) const {
    const int at = m_queueModel->rowOf(id);
    if (at < 0 || m_queueModel->row(at) == nullptr) {
        return std::nullopt;
    }
    return m_queueModel->row(at)->disembarkation.version;
}

core::Result<void> DisembarkationsPanel::approveSelected() {
    const std::optional<core::DisembarkationId> id = selectedInQueue();
    if (!id || !m_user) {
        return core::Error{tr("Select a handover in the queue.")};
    }
    // Over the version the supervisor reviewed: a handover changed meanwhile is not approved unseen.
    auto done =
        storage::DisembarkationService(m_database, m_clock).approve(*m_user, *id, {}, queueVersion(*id));
    showOutcome(done, done ? tr("Handover %1 approved.").arg(core::isolated(done->reference())) : QString());
    if (!done) {
        return done.error();
    }
    return {};
}

core::Result<void> DisembarkationsPanel::returnSelected(core::HandoverStep step, const QString &reason) {
    const std::optional<core::DisembarkationId> id = selectedInQueue();
    if (!id || !m_user) {
        return core::Error{tr("Select a handover in the queue.")};
    }
    auto done = storage::DisembarkationService(m_database, m_clock)
                    .returnTo(*m_user, *id, step, reason, queueVersion(*id));
    showOutcome(done, done ? tr("Handover %1 returned to step %2.")
                                 .arg(core::isolated(done->reference()))
                                 .arg(static_cast<int>(step))
                           : QString());
    if (done.isConflict()) {
        // The queue shows the new state now; the reason typed is not lost.
        m_message->setText(done.errorMessage() + QLatin1Char('\n') +
                           tr("Your reason, not saved: %1").arg(reason));
    }
    if (!done) {
        return done.error();
    }
    return {};
}

void DisembarkationsPanel::promptReturn() {
    const std::optional<core::DisembarkationId> id = selectedInQueue();
    if (!id) {
        return;
    }
    const int at = m_queueModel->rowOf(*id);
    ReturnHandoverDialog dialog(at >= 0 ? m_queueModel->row(at)->disembarkation.reference() : QString(),
                                this);
    if (dialog.exec() == QDialog::Accepted) {
        (void)returnSelected(dialog.step(), dialog.reason());
    }
}

} // namespace marsa::app
