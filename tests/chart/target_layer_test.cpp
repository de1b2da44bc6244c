#include "chart/chart_renderer.h"
#include "chart/incident_layer.h"
#include "chart/target_layer.h"
#include "chart/track_raster.h"
#include "core/live_targets.h"

#include "chart_fixtures.h"

#include "catch_qt.h"

#include <QPainter>

using namespace marsa;
using namespace marsa::chart;

// Symbol geometry (target_symbols.cpp), in pixels from the position, y down: a triangle with its
// apex 12 px ahead and its base 9 px behind, 14 px wide; an alarm circle of radius 10 drawn with
// a 2.5 px pen; the slash of a lost target from (-12, 12) to (12, -12) before rotation.

namespace {

constexpr std::int64_t kT0 = 1'790'000'000'000;
constexpr geo::LatLon kHere{33.0, 13.0};

core::VesselPosition report(std::uint32_t mmsi, std::int64_t timeMs, geo::LatLon at = kHere, int heading = 0,
                            float sog = 0.0F, float cog = 0.0F) {
    core::VesselPosition p;
    p.mmsi = mmsi;
    p.timeMs = timeMs;
    p.lat = at.latitude;
    p.lon = at.longitude;
    p.heading = static_cast<std::int16_t>(heading);
    p.sog = sog;
    p.cog = cog;
    p.navStatus = 0;
    p.messageType = 1;
    return p;
}

void apply(core::LiveTargets &targets, const core::VesselPosition &p) {
    targets.apply(std::span<const core::VesselPosition>(&p, 1));
}

// A chart of only the target layer: the background is "no data".
struct TargetChart {
    core::LiveTargets targets;
    LayerStack stack;
    TargetLayer *layer = nullptr;
    Viewport view{QSize(400, 300), geo::mercator::project(kHere), 50.0};

    TargetChart() {
        auto owned = std::make_unique<TargetLayer>(targets);
        layer = owned.get();
        stack.append(std::move(owned));
    }
    QImage render(PaletteMode mode = PaletteMode::Day) {
        ChartRenderer renderer(stack);
        renderer.setPalette(mode);
        return renderer.renderImage(view);
    }
    QPoint at(geo::LatLon position) const {
        const QPointF p = view.toScreen(position);
        return {static_cast<int>(std::lround(p.x())), static_cast<int>(std::lround(p.y()))};
    }
};

QColor token(ColourToken t, PaletteMode mode = PaletteMode::Day) {
    return ChartPalette::forMode(mode).colour(t);
}

bool isBackground(const QImage &image, QPoint p) {
    return image.pixelColor(p) == token(ColourToken::NODTA);
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

} // namespace

TEST_CASE("A vessel is a filled triangle centred on its position, apex along its heading") {
    TargetChart chart;
    apply(chart.targets, report(642'000'001, kT0, kHere, 0));
    QImage north = chart.render();
    const QPoint c = chart.at(kHere);
    // Inside the triangle: the CHGRF fill of the day palette.
    CHECK(north.pixelColor(c + QPoint(0, 2)) == token(ColourToken::CHGRF));
    CHECK_FALSE(isBackground(north, c + QPoint(0, -10))); // apex, north
    CHECK(isBackground(north, c + QPoint(10, 0)));        // nothing east
    CHECK(isBackground(north, c + QPoint(0, 14)));        // nor far behind

    apply(chart.targets, report(642'000'001, kT0 + 10'000, kHere, 90));
    const QImage east = chart.render();
    CHECK_FALSE(isBackground(east, c + QPoint(10, 0))); // the apex turned east
    CHECK(isBackground(east, c + QPoint(0, -10)));
    CHECK(east.pixelColor(c + QPoint(-2, 0)) == token(ColourToken::CHGRF));

    // Without heading, the COG orients it; with neither it is a circle (no apex anywhere).
    core::VesselPosition byCourse = report(642'000'001, kT0 + 20'000, kHere, -1, 5.0F, 180.0F);
    apply(chart.targets, byCourse);
    chart.layer->setVectorMinutes(0.0); // no speed vector over the apex
    const QImage south = chart.render();
    CHECK_FALSE(isBackground(south, c + QPoint(0, 10)));
    CHECK(isBackground(south, c + QPoint(0, -11)));
    core::VesselPosition unknown = report(642'000'001, kT0 + 30'000, kHere, -1);
    unknown.cog = std::numeric_limits<float>::quiet_NaN();
    apply(chart.targets, unknown);
    const QImage round = chart.render();
    for (QPoint d : {QPoint(0, -10), QPoint(0, 10), QPoint(10, 0), QPoint(-10, 0)}) {
        CHECK(isBackground(round, c + d));
    }
    CHECK(round.pixelColor(c + QPoint(3, 0)) == token(ColourToken::CHGRF));
}

TEST_CASE("An alarm is a red circle with a cross, filled on the flash") {
    TargetChart chart;
    apply(chart.targets, report(970'123'456, kT0)); // AIS-SART
    const QPoint c = chart.at(kHere);
    const QColor red = token(ColourToken::UINFR);
    chart.layer->setAlarmPhase(true);
    const QImage bright = chart.render();
    CHECK(bright.pixelColor(c + QPoint(10, 0)) == red); // on the ring
    CHECK(bright.pixelColor(c + QPoint(5, 0)) == red);  // the filled disc, between the arms
    CHECK(bright.pixelColor(c + QPoint(4, 4)) != red);  // the cross, cut out
    chart.layer->setAlarmPhase(false);
    const QImage dim = chart.render();
    CHECK(dim.pixelColor(c + QPoint(10, 0)) == red);
    CHECK(isBackground(dim, c + QPoint(5, 0)));
    CHECK(fixtures::channelDistance(dim.pixel(c + QPoint(4, 4)), red.rgb()) < 40); // the red cross
    // Acknowledged: steady, the ring and cross whatever the phase.
    chart.targets.acknowledgeAlarm(970'123'456);
    chart.layer->setAlarmPhase(true);
    CHECK(isBackground(chart.render(), c + QPoint(5, 0)));
}

TEST_CASE("A lost target is crossed out, and hollow") {
    TargetChart chart;
    apply(chart.targets, report(642'000'001, kT0, kHere, 0));
    const QPoint c = chart.at(kHere);
    const QPoint onSlash = c + QPoint(8, -9);
    CHECK(isBackground(chart.render(), onSlash));
    chart.targets.age(kT0 + 9 * 60'000);
    REQUIRE(chart.targets.find(642'000'001)->state == core::TargetState::Lost);
    const QImage lost = chart.render();
    CHECK(fixtures::channelDistance(lost.pixel(onSlash), token(ColourToken::SHIPS).rgb()) < 60);
    CHECK(isBackground(lost, c + QPoint(0, 2))); // no fill
}

TEST_CASE("Our Coast Guard units are drawn in their own colour with a ring") {
    TargetChart chart;
    apply(chart.targets, report(642'000'001, kT0, kHere, 0));
    core::Asset fezzan;
    fezzan.id = {1};
    fezzan.name = QStringLiteral("Fezzan");
    fezzan.mmsi = 642'000'001;
    chart.targets.setAssets(std::vector<core::Asset>{fezzan});
    const QImage image = chart.render();
    const QPoint c = chart.at(kHere);
    CHECK(image.pixelColor(c + QPoint(0, 2)) == token(ColourToken::RESBL));
    CHECK_FALSE(isBackground(image, c + QPoint(14, 0))); // the ring
    CHECK(chart.layer->lastFrame().labels == 1);         // named at every scale
}

TEST_CASE("A moving target shows its six-minute speed vector") {
    TargetChart chart;
    // 10 kn east: 1 NM in 6 minutes, 1852 m times the Mercator scale at 33°N over 50 m a pixel.
    apply(chart.targets, report(642'000'001, kT0, kHere, 90, 10.0F, 90.0F));
    const QImage image = chart.render();
    const QPoint c = chart.at(kHere);
    const double length = 1852.0 * geo::mercator::scaleFactor(33.0) / 50.0; // 44.2 px
    CHECK(image.pixelColor(c + QPoint(static_cast<int>(length) - 2, 0)) == token(ColourToken::SHIPS));
    CHECK(isBackground(image, c + QPoint(static_cast<int>(length) + 3, 0)));
}

TEST_CASE("Past tracks are drawn from the projected points, fading with age, and kept while unchanged") {
    TargetChart chart;
    // Westwards from 6 km east of here, a point a minute for 50 minutes: the track lies east.
    for (int minute = 0; minute <= 50; ++minute) {
        const geo::LatLon at{kHere.latitude, kHere.longitude + 0.06 * (50 - minute) / 50.0};
        apply(chart.targets, report(642'000'001, kT0 + minute * 60'000LL, at, 270));
    }
    REQUIRE(chart.targets.find(642'000'001)->track.size() == 51);
    const QImage image = chart.render();
    const QPoint c = chart.at(kHere);
    const QColor track = token(ColourToken::SYTRK); // newer than an hour: full strength
    CHECK(image.pixelColor(c + QPoint(60, 0)) == track);
    CHECK(image.pixelColor(c + QPoint(100, 0)) == track);
    CHECK(isBackground(image, c + QPoint(60, 6)));
    CHECK(chart.layer->lastFrame().trackSegments > 0);

    // The same frame again comes from the cached track image.
    ChartRenderer renderer(chart.stack);
    QImage again(chart.view.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&again);
    renderer.render(painter, chart.view);
    renderer.render(painter, chart.view);
    painter.end();
    CHECK(chart.layer->lastFrame().tracksFromCache);

    // Three hours later the whole track is in the 2-4 h step: fainter, nearer the water colour.
    chart.layer->setTime(kT0 + 50 * 60'000LL + 3 * 3'600'000LL);
    const QImage faded = chart.render();
    const QColor old = faded.pixelColor(c + QPoint(60, 0));
    CHECK(old != track);
    CHECK(old.lightness() > track.lightness());
    // And no tracks at all when they are switched off.
    chart.layer->setTrackMode(TrackMode::None);
    CHECK(isBackground(chart.render(), c + QPoint(60, 0)));
    chart.layer->setTrackMode(TrackMode::Selected);
    CHECK(isBackground(chart.render(), c + QPoint(60, 0)));
    chart.layer->setSelected(642'000'001u);
    chart.layer->setTime(0);
    CHECK(chart.render().pixelColor(c + QPoint(60, 0)) == token(ColourToken::PSTRK));
}

TEST_CASE("Clicking near a target finds it, and an alarm wins over a ship beside it") {
    TargetChart chart;
    const geo::LatLon east{33.0, 13.01}; // 22.3 px east at 50 m a pixel
    apply(chart.targets, report(642'000'001, kT0, kHere));
    apply(chart.targets, report(970'000'001, kT0, east));
    const QPointF c = chart.view.toScreen(kHere);
    CHECK(chart.layer->targetAt(c + QPointF(3, 2), chart.view) == std::optional<std::uint32_t>(642'000'001));
    CHECK_FALSE(chart.layer->targetAt(c + QPointF(0, 40), chart.view).has_value());
    // Between the two, a little nearer the ship: the alarm still wins.
    CHECK(chart.layer->targetAt(c + QPointF(9, 0), chart.view) == std::optional<std::uint32_t>(970'000'001));
    chart.targets.age(kT0 + 30 * 60'000);
    CHECK_FALSE(chart.layer->targetAt(c + QPointF(3, 2), chart.view).has_value()); // removed
}

TEST_CASE("Names appear above a scale and never overlap") {
    TargetChart chart;
    core::VesselStatic name;
    for (std::uint32_t mmsi : {642'000'001u, 642'000'002u}) {
        apply(chart.targets, report(mmsi, kT0, kHere));
        name.mmsi = mmsi;
        name.name = QStringLiteral("AL KHALIJ %1").arg(mmsi % 10);
        chart.targets.apply(name);
    }
    chart.render();
    CHECK(chart.layer->lastFrame().symbols == 2);
    CHECK(chart.layer->lastFrame().labels == 2); // one right, one left of the same place
    apply(chart.targets, report(642'000'003, kT0, kHere));
    name.mmsi = 642'000'003;
    chart.targets.apply(name);
    chart.render();
    CHECK(chart.layer->lastFrame().labels == 2); // no room for a third
    chart.view.setMetresPerPixel(400.0);
    chart.render();
    CHECK(chart.layer->lastFrame().labels == 0);
}

TEST_CASE("At night the targets keep every pixel dim") {
    TargetChart chart;
    core::Asset fezzan;
    fezzan.id = {1};
    fezzan.name = QStringLiteral("Fezzan");
    fezzan.mmsi = 642'000'009;
    chart.targets.setAssets(std::vector<core::Asset>{fezzan});
    for (int minute = 0; minute <= 30; ++minute) {
        apply(chart.targets, report(642'000'001, kT0 + minute * 60'000LL,
                                    {33.0 + minute * 0.001, 13.0 - minute * 0.001}, 45, 12.0F, 45.0F));
    }
    apply(chart.targets, report(642'000'009, kT0 + 30 * 60'000LL, {32.99, 13.02}, 300, 20.0F, 300.0F));
    apply(chart.targets, report(970'000'001, kT0 + 30 * 60'000LL, {32.98, 12.98}));
    apply(chart.targets, report(111'642'001, kT0 + 10 * 60'000LL, {33.02, 13.03})); // lost
    chart.targets.age(kT0 + 20 * 60'000LL);
    chart.layer->setSelected(642'000'001u);
    const QImage night = chart.render(PaletteMode::Night);
    // S-101's brightest night tokens (SHIPS, UINFD #364147; CHMGD #411247), room for blending.
    CHECK(maxChannel(night) <= 0x4C);
    CHECK(chart.layer->lastFrame().symbols == 4);
    const QImage day = chart.render(PaletteMode::Day);
    CHECK(maxChannel(day) > 0xC0);
}

TEST_CASE("The line rasteriser clips to the image and draws both ends") {
    QImage image(20, 10, QImage::Format_ARGB32_Premultiplied);
    image.fill(0);
    LineRaster raster(image);
    const QRgb ink = qRgb(10, 20, 30);
    raster.line(2.2F, 3.3F, 6.4F, 2.9F, ink); // rounded: (2, 3) to (6, 3)
    for (int x = 2; x <= 6; ++x) {
        CHECK(image.pixel(x, 3) == ink);
    }
    CHECK(image.pixel(7, 3) == 0u);
    raster.line(-1000.0F, -1000.0F, 1000.0F, 1000.0F, ink); // the diagonal, clipped
    CHECK(image.pixel(9, 9) == ink);
    CHECK(image.pixel(0, 0) == ink);
    raster.line(-5.0F, 50.0F, 30.0F, 50.0F, ink); // wholly outside
    CHECK(raster.drawn() == 2);
}

TEST_CASE("Targets whose tracks were prepared on another thread look the same as drawn in one pass") {
    TargetChart chart;
    for (std::uint32_t v = 0; v < 40; ++v) {
        for (int minute = 0; minute <= 30; ++minute) {
            const geo::LatLon at{kHere.latitude + 0.004 * v - 0.08, kHere.longitude + 0.002 * minute - 0.03};
            apply(chart.targets, report(642'000'100 + v, kT0 + minute * 60'000LL, at, 90, 8.0F, 90.0F));
        }
    }
    chart.layer->setSelected(642'000'105);
    const QImage serial = chart.render(); // renderImage: overlays drawn in the same thread

    TargetChart again; // a fresh layer: nothing cached from the first
    for (std::uint32_t v = 0; v < 40; ++v) {
        for (int minute = 0; minute <= 30; ++minute) {
            const geo::LatLon at{kHere.latitude + 0.004 * v - 0.08, kHere.longitude + 0.002 * minute - 0.03};
            apply(again.targets, report(642'000'100 + v, kT0 + minute * 60'000LL, at, 90, 8.0F, 90.0F));
        }
    }
    again.layer->setSelected(642'000'105);
    ChartRenderer renderer(again.stack);
    QImage prepared(again.view.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&prepared);
    renderer.render(painter, again.view); // cache redrawn: tracks rasterised on another thread
    painter.end();
    CHECK(again.layer->lastFrame().trackSegments > 0);
    CHECK_FALSE(again.layer->lastFrame().tracksFromCache);
    CHECK(prepared == serial);
}

namespace {

// Pixels in a box (relative to a point) that are not the chart's background.
int inkIn(const QImage &image, QPoint from, QPoint to) {
    int ink = 0;
    for (int y = from.y(); y <= to.y(); ++y) {
        for (int x = from.x(); x <= to.x(); ++x) {
            ink += isBackground(image, QPoint(x, y)) ? 0 : 1;
        }
    }
    return ink;
}

} // namespace

TEST_CASE("A unit's name keeps out of the number of the case it is on, going to the symbol's left") {
    core::LiveTargets targets;
    apply(targets, report(642'000'001, kT0, kHere, 0));
    core::Asset fezzan;
    fezzan.id = {1};
    fezzan.name = QStringLiteral("Fezzan");
    fezzan.mmsi = 642'000'001;
    targets.setAssets(std::vector<core::Asset>{fezzan});
    const Viewport view{QSize(400, 300), geo::mercator::project(kHere), 50.0};
    const QPoint c = view.toScreen(kHere).toPoint();
    const QPoint left(-80, -6);
    const QPoint leftEnd(-16, 6);

    LayerStack alone;
    alone.append(std::make_unique<TargetLayer>(targets));
    const QImage right = ChartRenderer(alone).renderImage(view);
    CHECK(inkIn(right, c + QPoint(16, -6), c + QPoint(60, 6)) > 20); // "Fezzan" to the right
    CHECK(inkIn(right, c + left, c + leftEnd) == 0);

    // The case LY-2026-0004 at the same place: its number is to the right of its disc.
    LayerStack both;
    auto incidents = std::make_unique<IncidentLayer>();
    core::Incident incident;
    incident.caseNumber = {2026, 4};
    incident.latitude = kHere.latitude;
    incident.longitude = kHere.longitude;
    incident.phase = core::EmergencyPhase::Distress;
    incident.status = core::IncidentStatus::OnScene;
    incidents->setIncidents({incident});
    both.append(std::move(incidents));
    auto layer = std::make_unique<TargetLayer>(targets);
    const TargetLayer *onTop = layer.get();
    both.append(std::move(layer));
    const QImage moved = ChartRenderer(both).renderImage(view);
    CHECK(onTop->lastFrame().labels == 1);
    CHECK(inkIn(moved, c + left, c + leftEnd) > 20); // "Fezzan" went to the left
}
