#pragma once

#include "chart/chart_layer.h"

#include <QObject>

#include <memory>
#include <vector>

namespace marsa::chart {

/// The ordered layers of the chart, bottom first. Owns them; tells whoever listens, before and
/// after, what is inserted or removed, and when a layer's visibility changes, so that a model can
/// follow without owning anything.
class LayerStack final : public QObject {
    Q_OBJECT
public:
    explicit LayerStack(QObject *parent = nullptr);
    ~LayerStack() override;

    int count() const { return static_cast<int>(m_layers.size()); }
    ChartLayer *at(int index) const { return m_layers.at(static_cast<std::size_t>(index)).get(); }
    int indexOf(const QString &id) const;

    /// Inserts at index (count() appends, on top).
    void insert(int index, std::unique_ptr<ChartLayer> layer);
    void append(std::unique_ptr<ChartLayer> layer) { insert(count(), std::move(layer)); }
    void remove(int index);
    void setVisible(int index, bool visible);
    /// Says that what a layer draws has changed (new data): the chart redraws it.
    void markChanged(int index);

    /// Changes whenever the stack or anything it draws changes: the renderer's cache key.
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void aboutToInsert(int index);
    void inserted(int index);
    void aboutToRemove(int index);
    void removed(int index);
    void visibilityChanged(int index);
    /// Anything that changes what the chart shows.
    void changed();

private:
    std::vector<std::unique_ptr<ChartLayer>> m_layers;
    quint64 m_generation = 1;
};

} // namespace marsa::chart
