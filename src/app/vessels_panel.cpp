#include "app/vessels_panel.h"

#include "app/table_view.h"
#include "core/live_targets.h"
#include "models/vessel_filter_model.h"
#include "models/vessel_table_model.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace marsa::app {
namespace {

using Category = models::VesselFilterModel::Category;

// The kind filter's entries keep their category and ship class in one number.
int categoryKey(Category category, core::ShipClass shipClass = core::ShipClass::Unknown) {
    return static_cast<int>(category) * 100 + static_cast<int>(shipClass);
}

constexpr core::ShipClass kClasses[] = {
    core::ShipClass::Fishing,   core::ShipClass::Sar,   core::ShipClass::Law,     core::ShipClass::Tug,
    core::ShipClass::Passenger, core::ShipClass::Cargo, core::ShipClass::Tanker,  core::ShipClass::Sailing,
    core::ShipClass::Pleasure,  core::ShipClass::Other, core::ShipClass::Unknown,
};

} // namespace

VesselsPanel::VesselsPanel(core::LiveTargets &targets, const core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_targets(targets) {
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("vesselSearch"));
    m_search->setPlaceholderText(tr("Search names and MMSIs"));
    m_search->setClearButtonEnabled(true);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("vesselCategory"));
    m_category->addItem(tr("All targets"), categoryKey(Category::All));
    m_category->addItem(tr("Alarms"), categoryKey(Category::Alarms));
    m_category->addItem(tr("Coast Guard units"), categoryKey(Category::OwnAssets));
    m_category->addItem(tr("Lost targets"), categoryKey(Category::Lost));
    m_category->addItem(tr("Vessels"), categoryKey(Category::Vessels));
    for (core::ShipClass shipClass : kClasses) {
        m_category->addItem(tr("Vessels: %1").arg(core::shipClassName(shipClass)),
                            categoryKey(Category::ShipClass, shipClass));
    }
    m_category->addItem(core::stationKindName(core::StationKind::SarAircraft),
                        categoryKey(Category::SarAircraft));
    m_category->addItem(tr("Aids to navigation"), categoryKey(Category::AidsToNavigation));
    m_category->addItem(tr("Base stations"), categoryKey(Category::BaseStations));

    // What range, bearing and CPA are from: the case being worked, or own ship (where the officer
    // is, when the console is on board).
    m_reference = new QComboBox(this);
    m_reference->setObjectName(QStringLiteral("vesselReference"));
    m_reference->addItem(tr("Selected case"), static_cast<int>(Reference::SelectedCase));
    m_reference->addItem(tr("Own ship"), static_cast<int>(Reference::OwnShip));
    m_reference->setToolTip(tr("What range, bearing, CPA and TCPA are measured from"));
    m_reference->setSizeAdjustPolicy(QComboBox::AdjustToContents); // two short entries
    auto *referenceLabel = new QLabel(tr("&Ranges from:"), this);
    referenceLabel->setObjectName(QStringLiteral("vesselReferenceLabel"));
    referenceLabel->setBuddy(m_reference);

    m_model = new models::VesselTableModel(targets, clock, this);
    m_filter = new models::VesselFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = makeTable(m_filter, this);
    m_view->setObjectName(QStringLiteral("vesselsView"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    // Columns sized once from their headers and typical contents: sizing to contents would
    // measure thousands of rows at every update.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto widthFor = [&metrics, this](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return std::max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample)) + 18;
    };
    header->resizeSection(models::VesselTableModel::NameColumn,
                          widthFor(0, QStringLiteral("MMMMMMMMMMMMMMMM")));
    header->resizeSection(models::VesselTableModel::MmsiColumn, widthFor(1, QStringLiteral("000000000")));
    header->resizeSection(models::VesselTableModel::TypeColumn,
                          widthFor(2, QStringLiteral("Passenger ship")));
    for (int column = models::VesselTableModel::SogColumn; column < models::VesselTableModel::ColumnCount;
         ++column) {
        header->resizeSection(column, widthFor(column, QStringLiteral("1 h 00 min")));
    }
    m_view->sortByColumn(models::VesselTableModel::RangeColumn, Qt::AscendingOrder);

    m_acknowledge = new QAction(tr("Acknowledge alarm"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlarmAction"));
    m_acknowledge->setToolTip(tr("Acknowledge the selected AIS-SART, MOB or EPIRB alarm: it stops flashing"));
    m_acknowledge->setEnabled(false);
    m_acknowledgeButton = new QToolButton(this);
    m_acknowledgeButton->setObjectName(QStringLiteral("acknowledgeAlarmButton"));
    m_acknowledgeButton->setDefaultAction(m_acknowledge);
    m_acknowledgeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_view->addAction(m_acknowledge);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("vesselCount"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_category, 2);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_acknowledgeButton);
    auto *references = new QHBoxLayout;
    references->addWidget(referenceLabel);
    references->addWidget(m_reference);
    references->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addLayout(references);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_search, &QLineEdit::textChanged, m_filter, &models::VesselFilterModel::setFilterText);
    connect(m_search, &QLineEdit::textChanged, this, &VesselsPanel::updateCount);
    connect(m_category, &QComboBox::currentIndexChanged, this, &VesselsPanel::applyCategory);
    connect(m_reference, &QComboBox::currentIndexChanged, this, [this] {
        applyReference();
        Q_EMIT referenceChanged(reference());
    });
    connect(m_acknowledge, &QAction::triggered, this, &VesselsPanel::acknowledgeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VesselsPanel::selectionMoved);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT targetActivated(index.data(models::VesselTableModel::MmsiRole).toUInt());
    });
    updateCount();
    setOwnShipReference(std::nullopt);
}

void VesselsPanel::sync() {
    const std::optional<std::uint32_t> selected = selectedTarget();
    {
        // A removed row under the selection must not hand it to a neighbouring target: the
        // officer would suddenly be looking at, and acting on, another vessel.
        const QSignalBlocker quiet(m_view->selectionModel());
        m_model->sync();
        if (selectedTarget() != selected) {
            m_view->selectionModel()->clear();
            if (selected) {
                selectTarget(*selected);
            }
        }
    }
    m_view->viewport()->update();
    updateCount();
    selectionMoved();
}

void VesselsPanel::setCaseReference(std::optional<core::Motion> reference) {
    m_caseReference = reference;
    applyReference();
}

void VesselsPanel::setOwnShipReference(std::optional<core::Motion> reference, const QString &whyNone) {
    m_ownShipReference = reference;
    m_noOwnShipNote =
        reference
            ? QString()
            : (whyNone.isEmpty() ? tr("No own-ship position: no feed gives own ship's GPS (Tools → Feeds…)")
                                 : whyNone);
    // The list says so too, before the officer picks it.
    const int index = m_reference->findData(static_cast<int>(Reference::OwnShip));
    m_reference->setItemText(index, reference ? tr("Own ship") : tr("Own ship (no fix)"));
    m_reference->setItemData(index, m_noOwnShipNote, Qt::ToolTipRole);
    applyReference();
}

void VesselsPanel::setReference(Reference reference) {
    m_reference->setCurrentIndex(m_reference->findData(static_cast<int>(reference)));
}

VesselsPanel::Reference VesselsPanel::reference() const {
    return static_cast<Reference>(m_reference->currentData().toInt());
}

void VesselsPanel::applyReference() {
    // Never the other reference's figures, nor an old fix's: empty cells that say why instead.
    if (reference() == Reference::OwnShip) {
        m_model->setNoReferenceNote(m_noOwnShipNote);
        m_model->setReference(m_ownShipReference);
    } else {
        m_model->setNoReferenceNote(
            tr("No case selected: select one in the Incidents panel to measure from its position"));
        m_model->setReference(m_caseReference);
    }
}

void VesselsPanel::refreshAges() {
    m_model->refreshAges();
}

void VesselsPanel::setPaletteMode(chart::PaletteMode mode) {
    m_model->setPaletteMode(mode);
}

std::optional<std::uint32_t> VesselsPanel::selectedTarget() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return rows.front().data(models::VesselTableModel::MmsiRole).toUInt();
}

bool VesselsPanel::selectTarget(std::optional<std::uint32_t> mmsi) {
    const int sourceRow = mmsi ? m_model->rowOf(*mmsi) : -1;
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_view->clearSelection();
        return false;
    }
    // Through the selection model: QTableView::selectRow selects nothing right to left in Qt 6.4.
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void VesselsPanel::selectionMoved() {
    const std::optional<std::uint32_t> now = selectedTarget();
    updateActions();
    if (now != m_selected) {
        m_selected = now;
        Q_EMIT selectionChanged(now);
    }
}

void VesselsPanel::applyCategory() {
    const int key = m_category->currentData().toInt();
    m_filter->setCategory(static_cast<Category>(key / 100), static_cast<core::ShipClass>(key % 100));
    updateCount();
    selectionMoved();
}

void VesselsPanel::updateActions() {
    const std::optional<std::uint32_t> mmsi = selectedTarget();
    const core::LiveTarget *target = mmsi ? m_targets.find(*mmsi) : nullptr;
    m_acknowledge->setEnabled(m_acknowledgeAllowed && target != nullptr && target->isUnacknowledgedAlarm());
}

void VesselsPanel::setAcknowledgeAllowed(bool allowed) {
    m_acknowledgeAllowed = allowed;
    updateActions();
}

void VesselsPanel::acknowledgeSelected() {
    const std::optional<std::uint32_t> mmsi = selectedTarget();
    if (!m_acknowledgeAllowed || !mmsi || !m_targets.acknowledgeAlarm(*mmsi)) {
        return;
    }
    sync();
    updateActions();
    Q_EMIT alarmAcknowledged(*mmsi);
}

void VesselsPanel::updateCount() {
    const core::LiveTargets::Counts counts = m_targets.counts();
    const QLocale locale;
    QString text = tr("Targets: %1 · lost: %2 · alarms: %3")
                       .arg(locale.toString(static_cast<qlonglong>(m_targets.size())),
                            locale.toString(counts.lost), locale.toString(counts.alarms));
    if (m_filter->rowCount() != m_model->rowCount()) {
        text = tr("%1 (%2 shown)").arg(text, locale.toString(m_filter->rowCount()));
    }
    m_count->setText(text);
}

} // namespace marsa::app
