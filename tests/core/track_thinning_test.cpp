// Track thinning against hand-worked tracks near Tripoli (33° N). On the sphere of mean radius
// 6,371,008.8 m one degree of latitude is 111,195 m, and 0.01° of longitude at 33° N is
// 0.01 × 111,195 × cos 33° = 932.6 m.

#include "core/track_thinning.h"

#include "catch_qt.h"

#include <cmath>
#include <limits>
#include <vector>

using namespace marsa::core;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr float kNone = std::numeric_limits<float>::quiet_NaN();

VesselPosition at(double lat, double lon, std::int64_t minute, float sog = kNone, float cog = kNone) {
    VesselPosition position;
    position.mmsi = 642123456;
    position.timeMs = 1'795'000'000'000 + minute * kMinute;
    position.lat = lat;
    position.lon = lon;
    position.sog = sog;
    position.cog = cog;
    return position;
}

using Indexes = std::vector<std::size_t>;

} // namespace

TEST_CASE("A straight track at constant speed and course collapses to its two ends") {
    std::vector<VesselPosition> track;
    for (int i = 0; i <= 10; ++i) {
        track.push_back(at(33.0 + 0.01 * i, 12.0, i, 10.0F, 0.0F));
    }
    CHECK(thinnedIndexes(track) == Indexes{0, 10});
}

TEST_CASE("Wobbles within the tolerance go, the ends stay") {
    // 10 m either side of the meridian (10 m = 0.000107° of longitude at 33° N), tolerance 25 m.
    std::vector<VesselPosition> track;
    for (int i = 0; i <= 8; ++i) {
        track.push_back(at(33.0 + 0.01 * i, 12.0 + (i % 2 == 0 ? 0.0 : 0.000107), i));
    }
    CHECK(thinnedIndexes(track) == Indexes{0, 8});
}

TEST_CASE("An L-shaped track keeps its corner") {
    // East along 33° N for 5 × 932.6 m, then north for 5 × 1,112 m. The corner is 3.57 km from the
    // line joining the ends; every other point lies on one of the two legs.
    std::vector<VesselPosition> track;
    for (int i = 0; i <= 5; ++i) {
        track.push_back(at(33.0, 12.0 + 0.01 * i, i));
    }
    for (int i = 1; i <= 5; ++i) {
        track.push_back(at(33.0 + 0.01 * i, 12.05, 5 + i));
    }
    CHECK(thinnedIndexes(track) == Indexes{0, 5, 10});
    const auto kept = thinnedTrack(track);
    REQUIRE(kept.size() == 3);
    CHECK(kept[1].lat == 33.0);
    CHECK(kept[1].lon == Approx(12.05));
}

TEST_CASE("A zig-zag keeps every vertex that lies further than the tolerance from the line") {
    // Vertices alternate between 12.00° E and 12.01° E (932.6 m apart) while moving north.
    std::vector<VesselPosition> track;
    for (int i = 0; i <= 8; ++i) {
        track.push_back(at(33.0 + 0.01 * i, i % 2 == 0 ? 12.0 : 12.01, i));
    }
    ThinningOptions options;
    options.toleranceMetres = 100;
    CHECK(thinnedIndexes(track, options).size() == 9);
    // Every vertex is within 932.6 m of the line through the ends (the 12° E meridian).
    options.toleranceMetres = 1000;
    CHECK(thinnedIndexes(track, options) == Indexes{0, 8});
    options.toleranceMetres = 900;
    CHECK(thinnedIndexes(track, options).size() > 2);
}

TEST_CASE("A vessel that turns back along its own path keeps the turning point") {
    // North 4 × 1,112 m and back to the start: the ends coincide, the turning point is 4.45 km out.
    std::vector<VesselPosition> track;
    for (int i = 0; i <= 4; ++i) {
        track.push_back(at(33.0 + 0.01 * i, 12.0, i));
    }
    for (int i = 3; i >= 0; --i) {
        track.push_back(at(33.0 + 0.01 * i, 12.0, 8 - i));
    }
    CHECK(thinnedIndexes(track) == Indexes{0, 4, 8});
}

TEST_CASE("A straight hour of reports keeps one point every ten minutes") {
    std::vector<VesselPosition> track;
    for (int i = 0; i <= 60; ++i) {
        track.push_back(at(33.0 + 0.001 * i, 12.0, i, 3.6F, 0.0F));
    }
    CHECK(thinnedIndexes(track) == Indexes{0, 10, 20, 30, 40, 50, 60});
    ThinningOptions options;
    options.maxGapMs = 25 * kMinute;
    CHECK(thinnedIndexes(track, options) == Indexes{0, 25, 50, 60});
}

TEST_CASE("Both ends of a silence in the reports are kept") {
    // Minutes 0-5, then nothing for two hours, then minutes 125-130, all on one straight line.
    std::vector<VesselPosition> track;
    for (int i = 0; i <= 5; ++i) {
        track.push_back(at(33.0 + 0.001 * i, 12.0, i));
    }
    for (int i = 125; i <= 130; ++i) {
        track.push_back(at(33.0 + 0.001 * (i - 119), 12.0, i));
    }
    CHECK(thinnedIndexes(track) == Indexes{0, 5, 6, 11});
}

TEST_CASE("A sharp change of speed or of course under way keeps the reports around it") {
    SECTION("a boat slowing from 10 to 2 knots") {
        std::vector<VesselPosition> track;
        for (int i = 0; i <= 9; ++i) {
            track.push_back(at(33.0 + 0.001 * i, 12.0, i, i < 5 ? 10.0F : 2.0F, 0.0F));
        }
        CHECK(thinnedIndexes(track) == Indexes{0, 4, 5, 9});
    }
    SECTION("a course change of 90 degrees at 8 knots") {
        std::vector<VesselPosition> track;
        for (int i = 0; i <= 9; ++i) {
            track.push_back(at(33.0 + 0.001 * i, 12.0, i, 8.0F, i < 4 ? 0.0F : 90.0F));
        }
        CHECK(thinnedIndexes(track) == Indexes{0, 3, 4, 9});
    }
    SECTION("course changes across north count the short way round") {
        std::vector<VesselPosition> track;
        for (int i = 0; i <= 9; ++i) {
            track.push_back(at(33.0 + 0.001 * i, 12.0, i, 8.0F, i % 2 == 0 ? 350.0F : 10.0F));
        }
        CHECK(thinnedIndexes(track) == Indexes{0, 9}); // 20 degrees, not 340
    }
    SECTION("the course of a drifting boat is noise") {
        std::vector<VesselPosition> track;
        for (int i = 0; i <= 9; ++i) {
            track.push_back(at(33.0 + 0.0001 * i, 12.0, i, 0.5F, i % 2 == 0 ? 0.0F : 180.0F));
        }
        CHECK(thinnedIndexes(track) == Indexes{0, 9});
    }
}

TEST_CASE("Tracks of zero, one and two points are kept whole") {
    CHECK(thinnedIndexes({}).empty());
    const std::vector<VesselPosition> one{at(33.0, 12.0, 0)};
    CHECK(thinnedIndexes(one) == Indexes{0});
    const std::vector<VesselPosition> two{at(33.0, 12.0, 0), at(33.0, 12.0, 1)};
    CHECK(thinnedIndexes(two) == Indexes{0, 1});
}
