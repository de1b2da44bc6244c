#include "chart/chart_renderer.h"
#include "chart/land_layer.h"

#include "chart_fixtures.h"

#include "catch_qt.h"

#include <QPainter>
#include <QThread>

using namespace marsa::chart;
using namespace marsa::geo;

// Expected colours are the IHO S-101 colour tokens (colorProfile.xml), as copied in
// ../shared/reference/S52-COLOURS.md: LANDA day #BFBE8F, night #17160E; DEPDW day #C9EDFF,
// dusk and night #000000. The brightest night tokens are CHWHT/UINFD #364147 and CHMGD #411247.

namespace {

// Well inland in Tripolitania and open sea north of Misrata: away from coasts, labels, SRR
// limits and the 2° graticule lines of this view.
constexpr LatLon kInland{31.5, 13.0};
constexpr LatLon kOpenSea{33.7, 15.5};

QRgb pixelAt(const QImage &image, const Viewport &view, const LatLon &position) {
    const QPointF p = view.toScreen(position);
    return image.pixel(static_cast<int>(p.x()), static_cast<int>(p.y()));
}

QImage render(const LayerStack &stack, PaletteMode mode, const Viewport &view) {
    ChartRenderer renderer(stack);
    renderer.setPalette(mode);
    return renderer.renderImage(view);
}

int maxChannel(const QImage &image) {
    int brightest = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            brightest = std::max({brightest, qRed(c), qGreen(c), qBlue(c)});
        }
    }
    return brightest;
}

int maxGray(const QImage &image) {
    int brightest = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            brightest = std::max(brightest, qGray(image.pixel(x, y)));
        }
    }
    return brightest;
}

} // namespace

TEST_CASE("The default chart shows land and deep water in the day palette") {
    const auto stack = fixtures::defaultStack();
    REQUIRE(stack->count() == 6);
    CHECK(stack->at(0)->kind() == ChartLayer::Kind::Basemap);
    const Viewport view = fixtures::libyanView();
    const QImage day = render(*stack, PaletteMode::Day, view);
    REQUIRE(day.size() == QSize(800, 500));
    CHECK(fixtures::channelDistance(pixelAt(day, view, kInland), qRgb(0xBF, 0xBE, 0x8F)) <= 2);
    CHECK(fixtures::channelDistance(pixelAt(day, view, kOpenSea), qRgb(0xC9, 0xED, 0xFF)) <= 2);
}

TEST_CASE("The night palette keeps every pixel of the chart dim") {
    const auto stack = fixtures::defaultStack();
    const Viewport view = fixtures::libyanView();
    const QImage night = render(*stack, PaletteMode::Night, view);
    const QImage day = render(*stack, PaletteMode::Day, view);
    CHECK(fixtures::channelDistance(pixelAt(night, view, kInland), qRgb(0x17, 0x16, 0x0E)) <= 2);
    CHECK(fixtures::channelDistance(pixelAt(night, view, kOpenSea), qRgb(0, 0, 0)) <= 2);
    // Nothing brighter than the brightest night token (0x47), with a little room for blending.
    CHECK(maxChannel(night) <= 0x4C);
    CHECK(maxGray(night) * 3 < maxGray(day));
}

TEST_CASE("The dusk palette draws deep water black") {
    const auto stack = fixtures::defaultStack();
    const Viewport view = fixtures::libyanView();
    const QImage dusk = render(*stack, PaletteMode::Dusk, view);
    CHECK(fixtures::channelDistance(pixelAt(dusk, view, kOpenSea), qRgb(0, 0, 0)) <= 2);
    CHECK(fixtures::channelDistance(pixelAt(dusk, view, kInland), qRgb(0x40, 0x40, 0x2E)) <= 2);
}

TEST_CASE("The land layer draws a coarser level of detail at a coarser resolution") {
    auto land = LandLayer::load(basemapPath());
    REQUIRE(land.isOk());
    const LandLayer &layer = *land.value();
    REQUIRE(layer.levelCount() > 1);
    CHECK(layer.levelFor(10.0) == 0);
    CHECK(layer.levelFor(200.0) == 0);
    CHECK(layer.levelFor(1e6) == layer.levelCount() - 1);
    int previous = 0;
    for (double resolution : {50.0, 500.0, 1500.0, 5000.0, 20000.0, 100000.0}) {
        const int level = layer.levelFor(resolution);
        CHECK(level >= previous);
        previous = level;
    }
    CHECK(layer.levelFor(5000.0) > layer.levelFor(500.0));
    CHECK(layer.finestMetresPerPixel() == 200.0);
    REQUIRE(layer.extent().has_value());
    // The basemap covers the Libyan SRR.
    CHECK(layer.extent()->contains(libyanSrrView(fixtures::catalogue())));
}

TEST_CASE("Panning within the cache margin does not redraw the cached chart") {
    const auto stack = fixtures::defaultStack();
    ChartRenderer renderer(*stack);
    Viewport view = fixtures::libyanView();
    QImage target(view.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&target);

    renderer.render(painter, view);
    CHECK(renderer.cacheRedraws() == 1);
    renderer.render(painter, view);
    CHECK(renderer.cacheRedraws() == 1);
    view.panBy(QPointF(40, -25));
    renderer.render(painter, view);
    CHECK(renderer.cacheRedraws() == 1);

    // Beyond the 256-pixel margin the cache must be redrawn.
    view.panBy(QPointF(300, 0));
    renderer.render(painter, view);
    CHECK(renderer.cacheRedraws() == 2);

    view.zoomAbout(QPointF(400, 250), 1.5);
    renderer.render(painter, view);
    CHECK(renderer.cacheRedraws() == 3);

    renderer.setPalette(PaletteMode::Night);
    renderer.render(painter, view);
    CHECK(renderer.cacheRedraws() == 4);
    renderer.setPalette(PaletteMode::Night); // same palette: nothing to redraw
    renderer.render(painter, view);
    CHECK(renderer.cacheRedraws() == 4);

    renderer.setArabicLabels(true);
    renderer.render(painter, view);
    CHECK(renderer.cacheRedraws() == 5);

    stack->setVisible(stack->indexOf(QStringLiteral("srr")), false);
    renderer.render(painter, view);
    CHECK(renderer.cacheRedraws() == 6);
    painter.end();
}

TEST_CASE("A chart panned from the cache looks like one drawn afresh") {
    const auto stack = fixtures::defaultStack();
    ChartRenderer renderer(*stack);
    Viewport view = fixtures::libyanView();
    QImage cached(view.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&cached);
        renderer.render(painter, view);
        view.panBy(QPointF(37, -21));
        renderer.render(painter, view);
    }
    REQUIRE(renderer.cacheRedraws() == 1);
    const QImage fresh = renderer.renderImage(view);

    CHECK(fixtures::channelDistance(pixelAt(cached, view, kInland), pixelAt(fresh, view, kInland)) <= 2);
    CHECK(fixtures::channelDistance(pixelAt(cached, view, kOpenSea), pixelAt(fresh, view, kOpenSea)) <= 2);
    // Labels near the edges may be placed differently (the cache sees more of the chart); the
    // rest must match.
    int samples = 0;
    int same = 0;
    for (int y = 5; y < view.size().height(); y += 10) {
        for (int x = 5; x < view.size().width(); x += 10) {
            ++samples;
            same += fixtures::channelDistance(cached.pixel(x, y), fresh.pixel(x, y)) <= 8 ? 1 : 0;
        }
    }
    CHECK(same >= samples * 97 / 100);
}

namespace {

// Records where and for which view its overlay was prepared, and draws a mark only if it was.
class PreparingLayer final : public ChartLayer {
public:
    Kind kind() const override { return Kind::Reference; }
    QString id() const override { return QStringLiteral("preparing"); }
    QString title() const override { return QStringLiteral("preparing"); }
    void paint(QPainter &, const RenderContext &) const override {}
    void prepareOverlay(const RenderContext &context, qreal ratio) const override {
        thread = QThread::currentThread();
        preparedFor = context.viewport.size();
        preparedRatio = ratio;
        ++prepared;
    }
    void paintOverlay(QPainter &painter, const RenderContext &) const override {
        if (prepared > 0) {
            painter.fillRect(QRect(0, 0, 4, 4), Qt::red);
        }
    }
    mutable QThread *thread = nullptr;
    mutable QSize preparedFor;
    mutable qreal preparedRatio = 0;
    mutable int prepared = 0;
};

} // namespace

TEST_CASE("Overlays are prepared on another thread, for the screen's view, only when the cache is redrawn") {
    LayerStack stack;
    auto owned = std::make_unique<PreparingLayer>();
    const PreparingLayer *layer = owned.get();
    stack.append(std::move(owned));
    ChartRenderer renderer(stack);
    const Viewport view(QSize(300, 200), mercator::project(kOpenSea), 500.0);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.render(painter, view);
    CHECK(layer->prepared == 1);
    CHECK(layer->thread != nullptr);
    CHECK(layer->thread != QThread::currentThread());
    CHECK(layer->preparedFor == view.size()); // not the cache's larger image
    CHECK(layer->preparedRatio == 1.0);
    CHECK(image.pixelColor(1, 1) == QColor(Qt::red)); // painted after the preparation ended

    // From the cache: nothing to prepare ahead, the overlay pass does its own work.
    renderer.render(painter, view);
    CHECK(layer->prepared == 1);
    painter.end();
}
