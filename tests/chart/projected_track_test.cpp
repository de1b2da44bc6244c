#include "chart/projected_track.h"
#include "core/live_targets.h"

#include "catch_qt.h"

#include <algorithm>

using namespace marsa;
using chart::ProjectedTrack;
using chart::TrackVertex;

namespace {

constexpr std::int64_t kT0 = 1'790'000'000'000;

core::VesselPosition report(int second) {
    core::VesselPosition p;
    p.mmsi = 642'000'001;
    p.timeMs = kT0 + second * 1000LL;
    // East at about 12 kn: 0.001° of longitude (111 m of Mercator x) every 30 s.
    p.lat = 33.0;
    p.lon = 13.0 + second / 30.0 * 0.001;
    p.sog = 12.0F;
    p.cog = 90.0F;
    p.messageType = 1;
    return p;
}

bool sameVertices(const std::vector<TrackVertex> &a, const std::vector<TrackVertex> &b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const TrackVertex &x, const TrackVertex &y) {
        return x.x == y.x && x.y == y.y && x.seconds == y.seconds;
    });
}

} // namespace

TEST_CASE("A projected track follows the table point by point as it grows and is trimmed") {
    core::LiveTargets targets({.trackMaxPoints = 50});
    ProjectedTrack followed;
    int second = 0;
    // Batches of 1 to 7 reports of 30 s, 200 in all: the table trims its front as it goes.
    for (int batch = 0; second < 200 * 30; ++batch) {
        std::vector<core::VesselPosition> reports;
        for (int i = 0; i <= batch % 7 && second < 200 * 30; ++i, second += 30) {
            reports.push_back(report(second));
        }
        targets.apply(reports);
        followed.update(*targets.find(642'000'001), 0, 0);
    }
    const core::LiveTarget &target = *targets.find(642'000'001);
    REQUIRE(target.track.size() == 50);
    ProjectedTrack fresh;
    fresh.update(target, 0, 0);
    CHECK(followed.size() == 50);
    CHECK(sameVertices(followed.points(), fresh.points()));
    CHECK(followed.points().back().seconds - followed.points().front().seconds == 49 * 30);
    // The projection: 0.001° of longitude is 111.32 m of Mercator x.
    const auto &p = followed.points();
    CHECK(p[1].x - p[0].x == Approx(111.32).epsilon(0.001));
    CHECK(p[1].y == p[0].y);
    // Thinned copies: points of the track, oldest first, spaced at least their distance apart.
    for (std::size_t level = 0; level < ProjectedTrack::kLevelSpacing.size(); ++level) {
        const auto &thinned = followed.level(level);
        REQUIRE_FALSE(thinned.empty());
        CHECK(thinned.front().seconds >= p.front().seconds);
        for (std::size_t i = 1; i < thinned.size(); ++i) {
            CHECK(thinned[i].x - thinned[i - 1].x >= ProjectedTrack::kLevelSpacing[level] - 0.01);
        }
    }
    // 50 points 111 m apart (5.5 km): every 5th point at 500 m, every 9th at 1 km.
    CHECK(fresh.level(0).size() == 10);
    CHECK(fresh.level(1).size() == 6);
}

TEST_CASE("The coarsest thinned copy within the skip distance is drawn at each scale") {
    CHECK(ProjectedTrack::levelFor(100.0) == 4); // 150 m: the full track
    CHECK(ProjectedTrack::levelFor(400.0) == 0); // 600 m: the 500 m copy
    CHECK(ProjectedTrack::levelFor(800.0) == 1); // the SRR at 1920 px: 1,200 m
    CHECK(ProjectedTrack::levelFor(3000.0) == 3);
}
