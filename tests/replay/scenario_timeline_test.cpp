#include "replay/scenario_reader.h"
#include "replay/scenario_timeline.h"

#include "catch_qt.h"

using namespace marsa::replay;

TEST_CASE("A scenario's timeline lists alerts, weather, readiness and injects in time order") {
    const auto result = readScenarioFile(QStringLiteral(MARSA_TEST_DATA_DIR "/scenarios/minimal.json"), {});
    REQUIRE(result.scenario);
    const auto events = scenarioTimeline(*result.scenario);
    REQUIRE(events.size() == 2 + 2 + 5 + 1); // alerts, weather entries, injects, end
    for (std::size_t i = 1; i < events.size(); ++i) {
        CHECK(events[i - 1].at <= events[i].at);
    }
    CHECK(events.front().kind == ScenarioEvent::Kind::Alert);
    CHECK(events.front().caseId == QStringLiteral("boat-1"));
    CHECK(events.front().summary.contains(QStringLiteral("110 persons")));
    CHECK(events.front().summary.contains(QStringLiteral("ALERFA")));
    CHECK(events.back().kind == ScenarioEvent::Kind::End);
    CHECK(events.back().at.seconds == 3 * 3600);
    const auto mismatch = std::find_if(events.begin(), events.end(), [](const ScenarioEvent &e) {
        return e.inject == InjectKind::CountMismatch;
    });
    REQUIRE(mismatch != events.end());
    CHECK(mismatch->summary ==
          QStringLiteral("Landing count for boat-1: 104 counted, 110 reported on board"));
    const auto unavailable = std::find_if(events.begin(), events.end(), [](const ScenarioEvent &e) {
        return e.inject == InjectKind::AssetUnavailable;
    });
    REQUIRE(unavailable != events.end());
    CHECK(unavailable->asset == QStringLiteral("Sabratha"));
    CHECK(unavailable->summary == QStringLiteral("Sabratha out of service until T+02:00:00"));
}
