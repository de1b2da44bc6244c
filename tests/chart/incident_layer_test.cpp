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

TEST_CASE("Case numbers near one another never overlap each other or a disc") {
    using marsa::core::EmergencyPhase;
    using marsa::core::IncidentStatus;
    // Three cases a few hundred metres apart off Zuwara, and one closed case among them.
    std::vector<marsa::core::Incident> cases{
        caseAt(32.95, 12.10, EmergencyPhase::Alert, IncidentStatus::Assessing),
        caseAt(32.952, 12.103, EmergencyPhase::Distress, IncidentStatus::OnScene),
        caseAt(32.949, 12.104, EmergencyPhase::Uncertainty, IncidentStatus::Assessing),
        caseAt(32.951, 12.101, EmergencyPhase::Distress, IncidentStatus::Closed)};
    for (std::size_t i = 0; i < cases.size(); ++i) {
        cases[i].id = {static_cast<std::int64_t>(i + 1)};
        cases[i].caseNumber = {2026, static_cast<int>(i + 3)};
    }
    IncidentLayer layer;
    layer.setIncidents(cases);
    const Viewport view =
        Viewport::fitting(QSize(800, 600), MercatorRect::fromLatLon({32.6, 11.6}, {33.3, 12.6}));
    const auto labels = layer.caseLabels(view);
    // Every open case is labelled; the most urgent first, beside its disc without a leader.
    int open = 0;
    for (const auto &label : labels) {
        open += marsa::core::isFinal(layer.incidents()[label.index].status) ? 0 : 1;
    }
    CHECK(open == 3);
    REQUIRE_FALSE(labels.empty());
    CHECK(layer.incidents()[labels.front().index].phase == EmergencyPhase::Distress);
    CHECK_FALSE(labels.front().leader);
    for (std::size_t a = 0; a < labels.size(); ++a) {
        for (std::size_t b = a + 1; b < labels.size(); ++b) {
            CHECK_FALSE(labels[a].bounds.intersects(labels[b].bounds));
        }
        for (const auto &incident : layer.incidents()) {
            const QPointF at = view.toScreen(marsa::geo::LatLon{incident.latitude, incident.longitude});
            CHECK_FALSE(labels[a].bounds.intersects(QRectF(at - QPointF(9, 9), QSizeF(18, 18))));
        }
    }
    // The targets keep out of the same rectangles the numbers are drawn in.
    std::vector<QRectF> areas;
    const ChartPalette palette = ChartPalette::forMode(PaletteMode::Day);
    const RenderContext context{view, palette};
    layer.labelAreas(context, areas);
    CHECK(areas.size() == labels.size());
}

TEST_CASE("A case near the edge of the chart keeps its number on the screen") {
    IncidentLayer layer;
    const Viewport view =
        Viewport::fitting(QSize(400, 300), MercatorRect::fromLatLon({32.6, 11.6}, {33.3, 12.6}));
    // Right at the right-hand edge: the number goes to the left of the disc, not off the chart.
    const auto edge = view.toLatLon(QPointF(395, 150));
    auto incident = caseAt(edge.latitude, edge.longitude, marsa::core::EmergencyPhase::Distress,
                           marsa::core::IncidentStatus::OnScene);
    layer.setIncidents({incident});
    const auto labels = layer.caseLabels(view);
    REQUIRE(labels.size() == 1);
    CHECK(QRectF(0, 0, 400, 300).contains(labels.front().bounds));
    CHECK(labels.front().bounds.right() < 395);
}

TEST_CASE("Case numbers are placed again when the cases or the view change") {
    IncidentLayer layer;
    const Viewport view =
        Viewport::fitting(QSize(400, 300), MercatorRect::fromLatLon({32.6, 11.6}, {33.3, 12.6}));
    auto incident =
        caseAt(32.9, 12.0, marsa::core::EmergencyPhase::Distress, marsa::core::IncidentStatus::OnScene);
    incident.id = {1};
    layer.setIncidents({incident});
    const QRectF before = layer.caseLabels(view).at(0).bounds;
    CHECK(layer.caseLabels(view).at(0).bounds == before); // the same view: the same placement
    incident.longitude = 12.3;
    incident.version = 2;
    layer.setIncidents({incident});
    CHECK(layer.caseLabels(view).at(0).bounds.left() > before.left());
    const Viewport wider =
        Viewport::fitting(QSize(800, 600), MercatorRect::fromLatLon({32.6, 11.6}, {33.3, 12.6}));
    const QRectF inWider = layer.caseLabels(wider).at(0).bounds; // a copy: the next call places again
    CHECK(inWider != layer.caseLabels(view).at(0).bounds);
}
