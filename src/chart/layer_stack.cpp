#include "chart/layer_stack.h"

#include <algorithm>

namespace marsa::chart {

LayerStack::LayerStack(QObject *parent)
    : QObject(parent) {}
LayerStack::~LayerStack() = default;

int LayerStack::indexOf(const QString &id) const {
    for (int i = 0; i < count(); ++i) {
        if (at(i)->id() == id) {
            return i;
        }
    }
    return -1;
}

void LayerStack::insert(int index, std::unique_ptr<ChartLayer> layer) {
    index = std::clamp(index, 0, count());
    Q_EMIT aboutToInsert(index);
    m_layers.insert(m_layers.begin() + index, std::move(layer));
    ++m_generation;
    Q_EMIT inserted(index);
    Q_EMIT changed();
}

void LayerStack::remove(int index) {
    if (index < 0 || index >= count()) {
        return;
    }
    Q_EMIT aboutToRemove(index);
    m_layers.erase(m_layers.begin() + index);
    ++m_generation;
    Q_EMIT removed(index);
    Q_EMIT changed();
}

void LayerStack::markChanged(int index) {
    if (index < 0 || index >= count()) {
        return;
    }
    ++m_generation;
    Q_EMIT changed();
}

void LayerStack::setVisible(int index, bool visible) {
    if (index < 0 || index >= count() || at(index)->isVisible() == visible) {
        return;
    }
    at(index)->setVisible(visible);
    ++m_generation;
    Q_EMIT visibilityChanged(index);
    Q_EMIT changed();
}

} // namespace marsa::chart
