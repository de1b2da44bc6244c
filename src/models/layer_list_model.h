#pragma once

#include <QAbstractListModel>

namespace marsa::chart {
class LayerStack;
}

namespace marsa::models {

/// The Layers panel's list: one row per chart layer, top of the chart first, with a check box
/// for visibility. Owns nothing: it reads a LayerStack and follows its signals.
class LayerListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role : int { LayerIdRole = Qt::UserRole + 1, IsUserChartRole };

    explicit LayerListModel(chart::LayerStack &stack, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// The stack index of a row (rows run top layer first).
    int stackIndex(int row) const;

private:
    int rowOf(int stackIndex) const;
    chart::LayerStack &m_stack;
};

} // namespace marsa::models
