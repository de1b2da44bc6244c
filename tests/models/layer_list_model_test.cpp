#include "chart/layer_stack.h"
#include "models/layer_list_model.h"

#include <QAbstractItemModelTester>
#include <QPainter>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace marsa;

namespace {

class NamedLayer final : public chart::ChartLayer {
public:
    explicit NamedLayer(QString name, Kind kind = Kind::Reference)
        : m_name(std::move(name))
        , m_kind(kind) {}
    Kind kind() const override { return m_kind; }
    QString id() const override { return m_name; }
    QString title() const override { return m_name; }
    void paint(QPainter &, const chart::RenderContext &) const override {}

private:
    QString m_name;
    Kind m_kind;
};

QStringList rows(const QAbstractItemModel &model) {
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        lines << index.data().toString() + (index.data(Qt::CheckStateRole).toInt() == Qt::Checked
                                                ? QStringLiteral(" [x]")
                                                : QStringLiteral(" [ ]"));
    }
    return lines;
}

} // namespace

TEST_CASE("The layer list shows the top layer of the chart first, with its visibility") {
    chart::LayerStack stack;
    stack.append(std::make_unique<NamedLayer>(QStringLiteral("land"), chart::ChartLayer::Kind::Basemap));
    stack.append(std::make_unique<NamedLayer>(QStringLiteral("srr")));
    models::LayerListModel model(stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    stack.append(std::make_unique<NamedLayer>(QStringLiteral("places")));
    CHECK(rows(model) ==
          QStringList{QStringLiteral("places [x]"), QStringLiteral("srr [x]"), QStringLiteral("land [x]")});

    stack.insert(1, std::make_unique<NamedLayer>(QStringLiteral("enc"), chart::ChartLayer::Kind::UserVector));
    CHECK(rows(model) == QStringList{QStringLiteral("places [x]"), QStringLiteral("srr [x]"),
                                     QStringLiteral("enc [x]"), QStringLiteral("land [x]")});
    CHECK(model.index(2, 0).data(models::LayerListModel::IsUserChartRole).toBool());
    CHECK(model.stackIndex(2) == 1);

    stack.remove(1);
    CHECK(rows(model) ==
          QStringList{QStringLiteral("places [x]"), QStringLiteral("srr [x]"), QStringLiteral("land [x]")});
}

TEST_CASE("Unticking a layer in the list hides it on the chart, and the list follows the stack") {
    chart::LayerStack stack;
    stack.append(std::make_unique<NamedLayer>(QStringLiteral("land")));
    stack.append(std::make_unique<NamedLayer>(QStringLiteral("graticule")));
    models::LayerListModel model(stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const quint64 before = stack.generation();
    REQUIRE(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    CHECK_FALSE(stack.at(1)->isVisible());
    CHECK(stack.generation() != before);
    CHECK(changed.count() == 1);

    stack.setVisible(1, true);
    CHECK(model.index(0, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(changed.count() == 2);
    CHECK_FALSE(model.setData(model.index(0, 0), QStringLiteral("x"), Qt::EditRole));
    CHECK(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
}
