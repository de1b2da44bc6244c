#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class LayersPanel;
}

namespace marsa::models {
class LayerListModel;
}

namespace marsa::app {

/// The Layers dock: every chart layer with a visibility check box; add and remove user charts.
class LayersPanel final : public QWidget {
    Q_OBJECT
public:
    explicit LayersPanel(models::LayerListModel &model, QWidget *parent = nullptr);
    ~LayersPanel() override;

Q_SIGNALS:
    void addChartRequested();
    /// The stack index of the user chart to remove.
    void removeChartRequested(int stackIndex);

private:
    void updateButtons();
    std::unique_ptr<Ui::LayersPanel> m_ui;
    models::LayerListModel &m_model;
};

} // namespace marsa::app
