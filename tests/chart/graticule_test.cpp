#include "chart/graticule_layer.h"

#include "catch_qt.h"

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace marsa::chart;
using namespace marsa::geo;

namespace {

Viewport viewAt(double metresPerPixel, double latitude = 33.0) {
    return Viewport(QSize(800, 500), mercator::project({latitude, 15.0}), metresPerPixel);
}

// Pixels between two meridians stepMinutes apart, measured through the viewport.
double meridianSpacing(const Viewport &view, int stepMinutes) {
    const LatLon centre = mercator::unproject(view.centre());
    return view.toScreen(LatLon{centre.latitude, 15.0 + stepMinutes / 60.0}).x() -
           view.toScreen(LatLon{centre.latitude, 15.0}).x();
}

} // namespace

TEST_CASE("The graticule spacing grows as the chart zooms out") {
    int previous = 0;
    for (double resolution : {5.0, 20.0, 100.0, 400.0, 1000.0, 3000.0, 10000.0, 20000.0}) {
        const int step = GraticuleLayer::stepMinutes(viewAt(resolution));
        INFO("metres per pixel " << resolution << ", step " << step);
        CHECK(step >= previous);
        previous = step;
    }
    CHECK(GraticuleLayer::stepMinutes(viewAt(5.0)) == 1);
    CHECK(GraticuleLayer::stepMinutes(viewAt(20000.0)) == 1200);
    CHECK(GraticuleLayer::stepMinutes(viewAt(100.0)) < GraticuleLayer::stepMinutes(viewAt(1000.0)));
}

TEST_CASE("Graticule lines are at least 110 pixels apart, and no wider spacing than needed") {
    // The steps a chart uses: 1', 2', 5', 10', 15', 20', 30', 1°, 2°, 5°, 10°, 20°.
    const int steps[] = {1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 1200};
    for (double resolution : {10.0, 50.0, 150.0, 700.0, 1500.0, 4000.0, 9000.0}) {
        const Viewport view = viewAt(resolution);
        const int step = GraticuleLayer::stepMinutes(view);
        INFO("metres per pixel " << resolution << ", step " << step);
        CHECK(meridianSpacing(view, step) >= 110.0 - 1e-6);
        const auto it = std::find(std::begin(steps), std::end(steps), step);
        REQUIRE(it != std::end(steps));
        if (it != std::begin(steps)) {
            CHECK(meridianSpacing(view, *(it - 1)) < 110.0);
        }
    }
}

TEST_CASE("Graticule labels are written in degrees and minutes") {
    CHECK(GraticuleLayer::label(33.5, true, 30) == QStringLiteral("33°30'N"));
    CHECK(GraticuleLayer::label(13.0, false, 60) == QStringLiteral("013°E"));
    CHECK(GraticuleLayer::label(33.0, true, 120) == QStringLiteral("33°N"));
    CHECK(GraticuleLayer::label(13.0 + 10.0 / 60.0, false, 10) == QStringLiteral("013°10'E"));
    CHECK(GraticuleLayer::label(-5.25, true, 15) == QStringLiteral("05°15'S"));
    CHECK(GraticuleLayer::label(-13.0, false, 60) == QStringLiteral("013°W"));
    CHECK(GraticuleLayer::label(0.0, true, 60) == QStringLiteral("00°N"));
    // A parallel computed as 33° minus rounding error is still 33°00'.
    CHECK(GraticuleLayer::label(32.9999999, true, 1) == QStringLiteral("33°00'N"));
}

TEST_CASE("The scale bar is a round number of nautical miles at most 180 pixels long") {
    for (double latitude : {0.0, 33.0, 60.0}) {
        for (double resolution : {2.0, 15.0, 80.0, 333.0, 1000.0, 2500.0, 12000.0}) {
            const Viewport view = viewAt(resolution, latitude);
            const double nm = ScaleBarLayer::barLengthNm(view);
            INFO("latitude " << latitude << ", metres per pixel " << resolution << ", bar " << nm << " NM");
            REQUIRE(nm > 0.0);
            const double magnitude = std::pow(10.0, std::floor(std::log10(nm) + 1e-9));
            const double mantissa = nm / magnitude;
            CHECK((mantissa == Approx(1.0) || mantissa == Approx(2.0) || mantissa == Approx(5.0)));
            // 1852 m to the nautical mile; the bar is measured in ground metres at the centre.
            const double pixels = nm * 1852.0 / view.groundMetresPerPixel();
            CHECK(pixels <= 180.0 + 1e-9);
            // The next round number (×2 or ×2.5) would not fit: the bar is more than 72 px.
            CHECK(pixels > 180.0 / 2.5 - 1e-9);
        }
    }
}

TEST_CASE("The scale bar fits a narrower limit when asked") {
    const Viewport view = viewAt(1000.0);
    const double nm = ScaleBarLayer::barLengthNm(view, 60.0);
    CHECK(nm * 1852.0 / view.groundMetresPerPixel() <= 60.0);
    CHECK(nm < ScaleBarLayer::barLengthNm(view));
}
