#include "chart/layer_stack.h"

#include "catch_qt.h"

#include <QSignalSpy>

using namespace marsa::chart;

namespace {

class TestLayer final : public ChartLayer {
public:
    explicit TestLayer(QString id)
        : m_id(std::move(id)) {}
    Kind kind() const override { return Kind::Reference; }
    QString id() const override { return m_id; }
    QString title() const override { return m_id; }
    void paint(QPainter &, const RenderContext &) const override {}

private:
    QString m_id;
};

std::unique_ptr<ChartLayer> layer(const char *id) {
    return std::make_unique<TestLayer>(QString::fromLatin1(id));
}

} // namespace

TEST_CASE("Inserting a layer announces it before and after and bumps the generation") {
    LayerStack stack;
    stack.append(layer("basemap"));
    stack.append(layer("graticule"));
    QSignalSpy aboutToInsert(&stack, &LayerStack::aboutToInsert);
    QSignalSpy inserted(&stack, &LayerStack::inserted);
    QSignalSpy changed(&stack, &LayerStack::changed);
    // The count must still be the old one when aboutToInsert arrives (a model's beginInsertRows).
    int countBefore = -1;
    QObject::connect(&stack, &LayerStack::aboutToInsert, [&] { countBefore = stack.count(); });
    const quint64 generation = stack.generation();

    stack.insert(1, layer("srr"));
    REQUIRE(aboutToInsert.count() == 1);
    CHECK(aboutToInsert.at(0).at(0).toInt() == 1);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.at(0).at(0).toInt() == 1);
    CHECK(changed.count() == 1);
    CHECK(countBefore == 2);
    CHECK(stack.count() == 3);
    CHECK(stack.at(1)->id() == QStringLiteral("srr"));
    CHECK(stack.indexOf(QStringLiteral("graticule")) == 2);
    CHECK(stack.indexOf(QStringLiteral("none")) == -1);
    CHECK(stack.generation() > generation);
}

TEST_CASE("Inserting past the end appends on top") {
    LayerStack stack;
    stack.append(layer("a"));
    QSignalSpy inserted(&stack, &LayerStack::inserted);
    stack.insert(99, layer("b"));
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.at(0).at(0).toInt() == 1);
    CHECK(stack.at(1)->id() == QStringLiteral("b"));
}

TEST_CASE("Removing a layer announces it before and after and bumps the generation") {
    LayerStack stack;
    stack.append(layer("a"));
    stack.append(layer("b"));
    stack.append(layer("c"));
    QSignalSpy aboutToRemove(&stack, &LayerStack::aboutToRemove);
    QSignalSpy removed(&stack, &LayerStack::removed);
    int countBefore = -1;
    QObject::connect(&stack, &LayerStack::aboutToRemove, [&] { countBefore = stack.count(); });
    const quint64 generation = stack.generation();

    stack.remove(1);
    REQUIRE(aboutToRemove.count() == 1);
    CHECK(aboutToRemove.at(0).at(0).toInt() == 1);
    REQUIRE(removed.count() == 1);
    CHECK(removed.at(0).at(0).toInt() == 1);
    CHECK(countBefore == 3);
    CHECK(stack.count() == 2);
    CHECK(stack.indexOf(QStringLiteral("b")) == -1);
    CHECK(stack.generation() > generation);

    // An index out of range changes nothing.
    const quint64 after = stack.generation();
    stack.remove(5);
    stack.remove(-1);
    CHECK(removed.count() == 1);
    CHECK(stack.generation() == after);
}

TEST_CASE("Changing a layer's visibility is announced once and bumps the generation") {
    LayerStack stack;
    stack.append(layer("a"));
    stack.append(layer("b"));
    QSignalSpy visibility(&stack, &LayerStack::visibilityChanged);
    QSignalSpy changed(&stack, &LayerStack::changed);
    const quint64 generation = stack.generation();

    stack.setVisible(1, false);
    REQUIRE(visibility.count() == 1);
    CHECK(visibility.at(0).at(0).toInt() == 1);
    CHECK(changed.count() == 1);
    CHECK_FALSE(stack.at(1)->isVisible());
    CHECK(stack.at(0)->isVisible());
    CHECK(stack.generation() > generation);

    // Setting the same visibility again is not a change.
    const quint64 after = stack.generation();
    stack.setVisible(1, false);
    stack.setVisible(7, true);
    CHECK(visibility.count() == 1);
    CHECK(changed.count() == 1);
    CHECK(stack.generation() == after);

    stack.setVisible(1, true);
    CHECK(visibility.count() == 2);
    CHECK(stack.at(1)->isVisible());
}
