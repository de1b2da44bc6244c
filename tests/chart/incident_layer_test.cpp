#include "chart/chart_renderer.h"
#include "chart/incident_layer.h"

#include "chart_fixtures.h"

#include <catch2/catch.hpp>

using namespace marsa::chart;

namespace {

marsa::core::Incident caseAt(double latitude, double longitude, marsa::core::EmergencyPhase phase,
                             marsa::core::IncidentStatus status) {
    marsa::core::Incident incident;
    incident.caseNumber = {2026, 4};
    incident.latitude = latitude;
    incident.longitude = longitude;
    incident.phase = phase;
    incident.status = status;
    incident.positionUncertaintyNm = 6.0;
    return incident;
}

} // namespace

TEST_CASE("A case in distress is drawn in the phase's red, with the phase's initial") {
    LayerStack stack;
    auto layer = std::make_unique<IncidentLayer>();
    IncidentLayer *incidents = layer.get();
    stack.append(std::move(layer));
    const quint64 before = stack.generation();
    incidents->setIncidents(
        {caseAt(33.9, 12.62, marsa::core::EmergencyPhase::Distress, marsa::core::IncidentStatus::OnScene)});
    stack.markChanged(0);
    CHECK(stack.generation() != before);

    ChartRenderer renderer(stack);
    const Viewport view =
        Viewport::fitting(QSize(400, 400), MercatorRect::fromLatLon({33.5, 12.2}, {34.3, 13.0}));
    const QImage image = renderer.renderImage(view);
    const QPoint centre = view.toScreen(marsa::geo::LatLon{33.9, 12.62}).toPoint();
    // Beside the letter "D" in the middle of the disc: CHRED of the day palette.
    const QColor red = ChartPalette::forMode(PaletteMode::Day).colour(ColourToken::CHRED);
    bool foundRed = false;
    for (int dx = -6; dx <= 6 && !foundRed; ++dx) {
        foundRed = image.pixelColor(centre + QPoint(dx, -6)) == red;
    }
    CHECK(foundRed);
    // The 6 NM uncertainty circle is drawn further out, and nothing at all far from the case.
    CHECK(image.pixelColor(centre + QPoint(150, 150)) ==
          ChartPalette::forMode(PaletteMode::Day).colour(ColourToken::NODTA));
}

TEST_CASE("Closed cases are drawn under open ones") {
    IncidentLayer layer;
    layer.setIncidents(
        {caseAt(33, 13, marsa::core::EmergencyPhase::Alert, marsa::core::IncidentStatus::Assessing),
         caseAt(33, 13, marsa::core::EmergencyPhase::Distress, marsa::core::IncidentStatus::Closed)});
    REQUIRE(layer.incidents().size() == 2);
    CHECK(layer.incidents().front().status == marsa::core::IncidentStatus::Closed);
}

TEST_CASE("Reloading the same cases does not ask the chart to redraw") {
    IncidentLayer layer;
    auto incident =
        caseAt(33, 13, marsa::core::EmergencyPhase::Alert, marsa::core::IncidentStatus::Assessing);
    incident.id = {7};
    CHECK(layer.setIncidents({incident}));
    CHECK_FALSE(layer.setIncidents({incident}));
    incident.version = 2; // the phase or status changed
    CHECK(layer.setIncidents({incident}));
    CHECK(layer.setIncidents({}));
}
