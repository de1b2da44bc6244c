#include "models/layer_list_model.h"

#include "chart/layer_stack.h"

namespace marsa::models {

LayerListModel::LayerListModel(chart::LayerStack &stack, QObject *parent)
    : QAbstractListModel(parent)
    , m_stack(stack) {
    // Rows are the stack reversed, so an insert at stack index i is a row insert at count - i.
    connect(&m_stack, &chart::LayerStack::aboutToInsert, this, [this](int index) {
        const int row = m_stack.count() - index;
        beginInsertRows({}, row, row);
    });
    connect(&m_stack, &chart::LayerStack::inserted, this, [this](int) { endInsertRows(); });
    connect(&m_stack, &chart::LayerStack::aboutToRemove, this, [this](int index) {
        const int row = rowOf(index);
        beginRemoveRows({}, row, row);
    });
    connect(&m_stack, &chart::LayerStack::removed, this, [this](int) { endRemoveRows(); });
    connect(&m_stack, &chart::LayerStack::visibilityChanged, this, [this](int index) {
        const QModelIndex changed = this->index(rowOf(index));
        Q_EMIT dataChanged(changed, changed, {Qt::CheckStateRole});
    });
}

int LayerListModel::rowOf(int stackIndex) const {
    return m_stack.count() - 1 - stackIndex;
}

int LayerListModel::stackIndex(int row) const {
    return m_stack.count() - 1 - row;
}

int LayerListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_stack.count();
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const chart::ChartLayer *layer = m_stack.at(stackIndex(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return layer->title();
    case Qt::ToolTipRole:
        return layer->description();
    case Qt::CheckStateRole:
        return layer->isVisible() ? Qt::Checked : Qt::Unchecked;
    case LayerIdRole:
        return layer->id();
    case IsUserChartRole:
        return layer->isUserChart();
    default:
        return {};
    }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    m_stack.setVisible(stackIndex(index.row()), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace marsa::models
