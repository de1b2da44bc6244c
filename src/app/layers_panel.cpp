#include "app/layers_panel.h"

#include "models/layer_list_model.h"
#include "ui_layers_panel.h"

namespace marsa::app {

LayersPanel::LayersPanel(models::LayerListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LayersPanel>())
    , m_model(model) {
    m_ui->setupUi(this);
    m_ui->layerList->setModel(&m_model);
    connect(m_ui->addButton, &QPushButton::clicked, this, &LayersPanel::addChartRequested);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->layerList->currentIndex();
        if (current.isValid() && current.data(models::LayerListModel::IsUserChartRole).toBool()) {
            Q_EMIT removeChartRequested(m_model.stackIndex(current.row()));
        }
    });
    connect(m_ui->layerList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LayersPanel::updateButtons);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &LayersPanel::updateButtons);
}

LayersPanel::~LayersPanel() = default;

void LayersPanel::updateButtons() {
    const QModelIndex current = m_ui->layerList->currentIndex();
    m_ui->removeButton->setEnabled(current.isValid() &&
                                   current.data(models::LayerListModel::IsUserChartRole).toBool());
}

} // namespace marsa::app
