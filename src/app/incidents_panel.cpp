#include "app/incidents_panel.h"

#include "app/table_view.h"
#include "models/incident_table_model.h"
#include "storage/database.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/logging.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace marsa::app {
namespace {

// The status filter's entries after "Open cases" and "All cases": each status.
constexpr core::IncidentStatus kStatuses[] = {
    core::IncidentStatus::Reported,       core::IncidentStatus::Assessing,
    core::IncidentStatus::AssetTasked,    core::IncidentStatus::OnScene,
    core::IncidentStatus::RescueComplete, core::IncidentStatus::Disembarked,
    core::IncidentStatus::Closed,         core::IncidentStatus::TransferredToOtherRcc,
    core::IncidentStatus::FalseAlarm,     core::IncidentStatus::LostContact,
};
constexpr int kOpenCases = -1;
constexpr int kAllCases = -2;

} // namespace

IncidentsPanel::IncidentsPanel(storage::Database &database, const core::Clock &clock,
                               const QStringList &srrIds, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_clock(clock) {
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_search->setPlaceholderText(tr("Search case numbers and remarks"));
    m_search->setClearButtonEnabled(true);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Open cases"), kOpenCases);
    m_status->addItem(tr("All cases"), kAllCases);
    for (core::IncidentStatus status : kStatuses) {
        m_status->addItem(core::statusName(status), static_cast<int>(status));
    }
    m_phase = new QComboBox(this);
    m_phase->setObjectName(QStringLiteral("phaseFilter"));
    m_phase->addItem(tr("Any phase"), -1);
    for (core::EmergencyPhase phase :
         {core::EmergencyPhase::Uncertainty, core::EmergencyPhase::Alert, core::EmergencyPhase::Distress}) {
        m_phase->addItem(core::phaseCode(phase), static_cast<int>(phase));
    }
    m_srr = new QComboBox(this);
    m_srr->setObjectName(QStringLiteral("srrFilter"));
    m_srr->addItem(tr("Any SRR"), QString());
    for (const QString &id : srrIds) {
        m_srr->addItem(tr("%1 SRR").arg(id), id);
    }
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 12 months"), 365);

    // Newest first; sorted on the model's raw values, not on the displayed text.
    m_model = new models::IncidentTableModel(m_shownClock, this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(models::IncidentTableModel::SortRole);
    m_view = makeTable(m_sorted, this);
    m_view->setObjectName(QStringLiteral("incidentsView"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(models::IncidentTableModel::CaseColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("incidentCount"));

    auto *filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 2);
    filters->addWidget(m_status, 0, 2);
    filters->addWidget(m_phase, 1, 0);
    filters->addWidget(m_srr, 1, 1);
    filters->addWidget(m_period, 1, 2);
    filters->setColumnStretch(0, 1);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    // Typing waits for a pause; a list choice searches at once.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &IncidentsPanel::reload);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_status, m_phase, m_srr, m_period}) {
        connect(box, &QComboBox::currentIndexChanged, this, &IncidentsPanel::reload);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectionChanged(selectedIncident()); });
    reload();
}

storage::IncidentFilter IncidentsPanel::filter() const {
    storage::IncidentFilter filter;
    const int status = m_status->currentData().toInt();
    filter.openOnly = status == kOpenCases;
    if (status >= 0) {
        filter.status = static_cast<core::IncidentStatus>(status);
    }
    if (const int phase = m_phase->currentData().toInt(); phase >= 0) {
        filter.phase = static_cast<core::EmergencyPhase>(phase);
    }
    filter.srr = m_srr->currentData().toString();
    if (const int days = m_period->currentData().toInt(); days > 0) {
        filter.fromUtc = m_clock.nowUtc().addDays(-days);
    }
    filter.text = m_search->text();
    return filter;
}

void IncidentsPanel::reload() {
    m_typing->stop();
    if (m_replaying) {
        return; // the replay says what to show
    }
    storage::IncidentService service(m_database, m_clock);
    const storage::IncidentFilter wanted = filter();
    auto page = service.search(wanted);
    if (!page) {
        spdlog::error("cases not read: {}", page.errorMessage());
        m_count->setText(tr("The cases cannot be read: %1").arg(page.errorMessage()));
        return;
    }
    showRows(std::move(page->rows), page->more);
}

void IncidentsPanel::showReplay(std::vector<storage::IncidentRow> rows, const core::Clock &shown) {
    m_shownClock.follow(&shown);
    if (!m_replaying) {
        m_replaying = true;
        for (QWidget *filter : filterWidgets()) {
            filter->setEnabled(false);
        }
    }
    showRows(std::move(rows), false);
}

void IncidentsPanel::leaveReplay() {
    if (!m_replaying) {
        return;
    }
    m_replaying = false;
    m_shownClock.follow(nullptr);
    for (QWidget *filter : filterWidgets()) {
        filter->setEnabled(true);
    }
    reload();
}

std::vector<QWidget *> IncidentsPanel::filterWidgets() const {
    return {m_search, m_status, m_phase, m_srr, m_period};
}

void IncidentsPanel::showRows(std::vector<storage::IncidentRow> rows, bool more) {
    const std::optional<core::IncidentId> selected = selectedIncident();
    m_shown.clear();
    m_shown.reserve(rows.size());
    for (const storage::IncidentRow &row : rows) {
        m_shown.push_back(row.incident);
    }
    m_more = more;
    {
        // Rows removed under the selection must not move it to a neighbouring case: the officer
        // would suddenly be looking at, and acting on, another case.
        const QSignalBlocker quiet(m_view->selectionModel());
        m_model->setRows(std::move(rows));
        m_view->selectionModel()->clear();
        if (selected) {
            selectIncident(*selected);
        }
    }
    m_view->viewport()->update();
    showCount();
    if (selected && !selectedIncident()) {
        Q_EMIT selectionChanged(std::nullopt);
    }
    Q_EMIT incidentsShown();
}

void IncidentsPanel::refreshIncident(core::IncidentId id) {
    if (m_replaying) {
        return;
    }
    storage::IncidentFilter wanted = filter();
    wanted.only = id;
    wanted.limit = 1;
    storage::IncidentService service(m_database, m_clock);
    auto page = service.search(wanted);
    if (!page) {
        spdlog::error("case not read: {}", page.errorMessage());
        return;
    }
    std::optional<storage::IncidentRow> row;
    if (!page->rows.empty()) {
        row = std::move(page->rows.front());
    }
    const auto shown = std::find_if(m_shown.begin(), m_shown.end(),
                                    [&](const core::Incident &incident) { return incident.id == id; });
    if (row && shown != m_shown.end()) {
        *shown = row->incident;
    } else if (row) {
        m_shown.push_back(row->incident);
    } else if (shown != m_shown.end()) {
        m_shown.erase(shown);
    }
    const std::optional<core::IncidentId> selected = selectedIncident();
    {
        const QSignalBlocker quiet(m_view->selectionModel()); // as in reload()
        m_model->setRow(id, std::move(row));
        if (selected && !selectedIncident()) {
            m_view->selectionModel()->clear();
        }
    }
    showCount();
    if (selected && !selectedIncident()) {
        Q_EMIT selectionChanged(std::nullopt);
    }
    Q_EMIT incidentsShown();
}

void IncidentsPanel::showCount() {
    const QLocale locale;
    const auto shown = static_cast<qint64>(m_shown.size());
    if (m_more) {
        m_count->setText(tr("The newest %1 cases are shown; more match: narrow the filter to see them.")
                             .arg(locale.toString(shown)));
    } else {
        m_count->setText(tr("Cases listed: %1").arg(locale.toString(shown)));
    }
}

std::optional<core::IncidentId> IncidentsPanel::selectedIncident() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return core::IncidentId{rows.front().data(models::IncidentTableModel::IncidentIdRole).toLongLong()};
}

bool IncidentsPanel::selectIncident(core::IncidentId id) {
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (index.data(models::IncidentTableModel::IncidentIdRole).toLongLong() == id.value) {
            // Through the selection model: QTableView::selectRow selects nothing right to left
            // in Qt 6.4, and the Arabic console must select like the English one.
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    m_view->clearSelection();
    return false;
}

void IncidentsPanel::setPaletteMode(chart::PaletteMode mode) {
    m_model->setPaletteMode(mode);
}

void IncidentsPanel::refreshAges() {
    m_model->refreshAges();
}

} // namespace marsa::app
