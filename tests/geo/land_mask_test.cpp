#include "geo/land_mask.h"
#include "geo/reference_data.h"

#include "catch_qt.h"

using namespace marsa::geo;

TEST_CASE("The land mask tells land from sea by the chart's basemap") {
    auto mask = LandMask::load(basemapPath());
    REQUIRE(mask);
    CHECK(mask->isLand({32.85, 13.10}));         // Tripoli
    CHECK(mask->isLand({30.0, 15.0}));           // the Libyan desert
    CHECK(mask->isLand({35.88, 14.42}));         // Malta
    CHECK(mask->isLand({37.5, 14.0}));           // Sicily
    CHECK_FALSE(mask->isLand({33.27, 12.08}));   // off Zuwara, where boats are found
    CHECK_FALSE(mask->isLand({34.5, 18.0}));     // the open central Mediterranean
    CHECK_FALSE(mask->isLand({-33.27, -12.08})); // a swapped sign: far off the chart, not land
}

TEST_CASE("A land mask from a file that is not geodata says so") {
    auto missing = LandMask::load(QStringLiteral("/nonexistent/land.geojson"));
    REQUIRE_FALSE(missing);
    CHECK_FALSE(missing.errorMessage().isEmpty());
}
