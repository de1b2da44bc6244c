// The debrief of an exercise (docs/exercises.md, "Debrief") on a scripted trainee run of the
// shipped scenario sabratha-garabulli.json: two rubber boats competing for one patrol boat.

#include "debrief_run.h"
#include "geo/geodesy.h"
#include "replay/debrief.h"
#include "replay/debrief_records.h"
#include "replay/drift.h"
#include "replay/scenario_reader.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/disembarkation_service.h"
#include "storage/exercise.h"
#include "storage/incident_service.h"
#include "storage/track_store.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <GeographicLib/Geodesic.hpp>
#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

using namespace marsa;
using namespace debrief_run;

namespace {

/// The WGS 84 geodesic in NM, straight from GeographicLib (not through src/geo).
double geodesicNm(geo::LatLon a, geo::LatLon b) {
    double metres = 0.0;
    GeographicLib::Geodesic::WGS84().Inverse(a.latitude, a.longitude, b.latitude, b.longitude, metres);
    return metres / 1852.0;
}

const geo::LatLon kTripoli{32.9, 13.183333};

} // namespace

TEST_CASE("A scripted trainee run is measured against its scenario", "[debrief]") {
    Exercise x;
    core::IncidentId sabratha, garabulli;
    trainees(x, sabratha, garabulli);
    const replay::Debrief d = x.debrief();
    REQUIRE(d.cases.size() == 2);
    CHECK(d.startUtc == kStart);
    CHECK(d.otherCases.isEmpty());

    const replay::CaseDebrief &s = d.cases[0];
    CHECK(s.caseId == QStringLiteral("sabratha-rubber"));
    REQUIRE(s.incident == sabratha);
    CHECK(s.caseNumber.startsWith(QStringLiteral("LY-")));
    CHECK(s.matchDistanceNm == Approx(haversineNm({33.13, 12.44}, {33.14, 12.45})).epsilon(0.01));
    CHECK(s.opened.atSeconds == 4 * 60);
    CHECK(s.opened.elapsed() == 240);
    CHECK(s.opened.mark == replay::DebriefMark::Good);
    // The alert supports ALERFA; the case reached it when raised to DETRESFA at T+00:09.
    CHECK(s.alertPhase == core::EmergencyPhase::Alert);
    CHECK(s.rightPhase.atSeconds == 9 * 60);
    CHECK(s.phaseReached == core::EmergencyPhase::Distress);
    CHECK(s.rightPhase.mark == replay::DebriefMark::Good);
    CHECK_FALSE(s.distressAfterOverboard);
    CHECK(s.tasked.elapsed() == 12 * 60);
    CHECK(s.tasked.mark == replay::DebriefMark::Good);
    CHECK(s.onScene.elapsed() == 90 * 60);

    // Ubari was chosen while in maintenance; Fezzan, ready at Tripoli, was the nearest available.
    REQUIRE(s.asset.atSeconds == 12 * 60);
    REQUIRE(s.asset.chosen);
    REQUIRE(s.asset.nearest);
    CHECK(s.asset.chosen->name == QStringLiteral("Ubari"));
    CHECK_FALSE(s.asset.chosen->available);
    CHECK(s.asset.chosen->unavailableWhy.contains(QStringLiteral("T+03:00:00")));
    CHECK(s.asset.nearest->name == QStringLiteral("Fezzan"));
    CHECK(s.asset.nearest->from == QStringLiteral("tripoli"));
    CHECK_FALSE(s.asset.chosenWasNearest);
    CHECK(s.asset.mark == replay::DebriefMark::NotNearest);
    // Tripoli (WPI 32°54'N 13°11'E) to the boat drifted 12 minutes from 33.13N 12.44E: about 40 NM,
    // at the 24 kn the demonstration data give Fezzan (a Corrubia-class boat). The haversine figure
    // agrees with the geodesic one within 0.5 %.
    const double expectedNm = haversineNm({32.9, 13.183333}, s.asset.casePosition);
    CHECK(haversineNm({33.13, 12.44}, s.asset.casePosition) < 0.2);
    CHECK(s.asset.nearest->distanceNm == Approx(expectedNm).epsilon(0.005));
    CHECK(s.asset.nearest->distanceNm ==
          Approx(geodesicNm({32.9, 13.183333}, s.asset.casePosition)).epsilon(1e-4));
    CHECK(s.asset.nearest->distanceNm == Approx(39.9).margin(0.5));
    CHECK(s.asset.nearest->start == replay::UnitStart::HomePort);
    CHECK(s.asset.nearest->knots == 24.0);
    CHECK_FALSE(s.asset.nearest->knotsAssumed);
    CHECK(s.asset.nearest->etaSeconds == Approx(expectedNm / 24.0 * 3600.0).epsilon(0.005));
    CHECK(s.asset.chosen->etaSeconds == s.asset.nearest->etaSeconds); // both from Tripoli
    // On scene is due within the tasking, the ETA and 30 minutes.
    CHECK(s.onScene.limitSeconds == 12 * 60 + s.asset.chosen->etaSeconds + 30 * 60);
    CHECK(s.onScene.mark == replay::DebriefMark::Good);

    // 96 declared of 96 expected, DCIM's scripted 94 received, neither medical nor review done.
    const replay::HandoverMeasure &h = s.handover;
    REQUIRE(h.disembarkations.size() == 1);
    CHECK(h.disembarkations[0].acknowledged);
    CHECK_FALSE(h.disembarkations[0].medical);
    CHECK_FALSE(h.disembarkations[0].approved);
    CHECK(h.reportedPersons == 96);
    CHECK(h.overboard == 0);
    CHECK(h.expectedPersons == 96);
    CHECK(h.countedAtLanding == 94);
    CHECK(h.declaredPersons == 96);
    CHECK(h.receivedPersons == 94);
    CHECK(h.countsAgree);
    CHECK_FALSE(h.stepsDone);
    // 96 handed over against 94 received is compared once the Red Crescent's report is in
    // (core::handoverDiscrepancies): none yet, the steps alone make it incomplete.
    CHECK(h.disembarkations[0].discrepancies == 0);
    CHECK(h.unexplained == 0);
    CHECK(h.mark == replay::DebriefMark::Incomplete);

    const replay::CaseDebrief &g = d.cases[1];
    CHECK(g.caseId == QStringLiteral("garabulli-rubber"));
    REQUIRE(g.incident == garabulli);
    CHECK(g.opened.elapsed() == 6 * 60); // alert at T+00:25
    CHECK(g.rightPhase.elapsed() == 6 * 60);
    // Three persons overboard at T+01:20: the case was at DETRESFA already.
    REQUIRE(g.distressAfterOverboard);
    CHECK(g.distressAfterOverboard->fromSeconds == 80 * 60);
    CHECK(g.distressAfterOverboard->elapsed() == 0);
    CHECK(g.distressAfterOverboard->mark == replay::DebriefMark::Good);
    CHECK(g.tasked.elapsed() == 10 * 60);
    // Fezzan was the only unit ready and not busy (Ubari on Sabratha, and in maintenance).
    REQUIRE(g.asset.chosen);
    REQUIRE(g.asset.nearest);
    CHECK(g.asset.chosen->name == QStringLiteral("Fezzan"));
    CHECK(g.asset.nearest->name == QStringLiteral("Fezzan"));
    CHECK(g.asset.chosenWasNearest);
    CHECK(g.asset.mark == replay::DebriefMark::Good);
    CHECK(g.asset.chosen->distanceNm == Approx(haversineNm({32.9, 13.183333}, {33.06, 13.86})).epsilon(0.01));
    CHECK_FALSE(g.onScene.atSeconds);
    CHECK(g.onScene.mark == replay::DebriefMark::Missed);
    CHECK(g.handover.expectedPersons == 71); // 74 less 3 overboard
    CHECK(g.handover.mark == replay::DebriefMark::Missed);

    // The timeline: the scenario's events and the trainees' actions in time order.
    REQUIRE_FALSE(d.timeline.empty());
    CHECK(d.timeline.front().scripted);
    CHECK(d.timeline.front().seconds == 0);
    for (std::size_t i = 1; i < d.timeline.size(); ++i) {
        CHECK(d.timeline[i - 1].seconds <= d.timeline[i].seconds);
    }
    const auto phaseLine =
        std::find_if(d.timeline.begin(), d.timeline.end(), [](const replay::DebriefLine &l) {
            return !l.scripted && l.what.contains(QStringLiteral("DETRESFA")) && l.seconds == 9 * 60;
        });
    REQUIRE(phaseLine != d.timeline.end());
    CHECK(phaseLine->who == QStringLiteral("t.omar"));
    CHECK(phaseLine->caseRef == s.caseNumber);
    CHECK(std::count_if(d.timeline.begin(), d.timeline.end(), [](const replay::DebriefLine &l) {
              return l.scripted && l.what.contains(QStringLiteral("overboard"));
          }) == 1);

    // The text and JSON forms say the same.
    const QString text = replay::debriefText(d);
    CHECK(text.contains(QStringLiteral("not the nearest")));
    CHECK(text.contains(QStringLiteral("NM from Tripoli (home port) at 24 kn, ETA")));
    CHECK_FALSE(text.contains(QStringLiteral("assumed")));
    CHECK(text.contains(QStringLiteral("00:09:00 (at T+00:09:00), limit 00:15:00")));
    const QJsonObject json =
        QJsonDocument::fromJson(replay::debriefJson(d, QStringLiteral("Course 3"))).object();
    CHECK(json.value(QStringLiteral("exercise")).toString().startsWith(QStringLiteral("EXERCISE")));
    CHECK(json[QStringLiteral("cases")][0][QStringLiteral("tasked")][QStringLiteral("seconds")].toInt() ==
          720);
}

TEST_CASE("A scripted case nobody answered is missed, and a case far from every alert answers none",
          "[debrief]") {
    Exercise x;
    // Sabratha answered at T+00:20; a case opened off Misrata (far from both alerts) at T+00:40.
    const core::IncidentId sabratha = x.open(at(0, 20), 33.12, 12.43, 96, core::EmergencyPhase::Alert);
    x.open(at(0, 40), 32.6, 15.3, 40, core::EmergencyPhase::Alert);
    // A case at Garabulli's position but opened before its alert cannot answer it.
    x.open(at(0, 10), 33.06, 13.86, 70, core::EmergencyPhase::Alert);
    const replay::Debrief d = x.debrief();
    REQUIRE(d.cases.size() == 2);
    CHECK(d.cases[0].incident == sabratha);
    CHECK(d.cases[0].opened.elapsed() == 20 * 60);
    CHECK(d.cases[0].opened.mark == replay::DebriefMark::Late);
    CHECK(d.cases[0].rightPhase.elapsed() == 20 * 60);
    CHECK(d.cases[0].rightPhase.mark == replay::DebriefMark::Late);
    CHECK_FALSE(d.cases[0].tasked.atSeconds);
    CHECK(d.cases[0].tasked.mark == replay::DebriefMark::Missed);
    CHECK(d.cases[0].asset.mark == replay::DebriefMark::Missed);

    const replay::CaseDebrief &g = d.cases[1];
    CHECK_FALSE(g.incident);
    CHECK(g.opened.mark == replay::DebriefMark::Missed);
    CHECK(g.rightPhase.mark == replay::DebriefMark::Missed);
    REQUIRE(g.distressAfterOverboard);
    CHECK(g.distressAfterOverboard->mark == replay::DebriefMark::Missed);
    CHECK(d.otherCases.size() == 2);
    CHECK(replay::debriefText(d).contains(QStringLiteral("no case opened")));
}

TEST_CASE("A debrief refuses an operational database and an exercise without a scenario", "[debrief]") {
    Exercise x(false);
    auto operational = replay::debriefOf(x.ops);
    REQUIRE_FALSE(operational);
    CHECK(operational.errorMessage().contains(QStringLiteral("not an exercise database")));
    auto unscripted = replay::debriefOf(*x.database);
    REQUIRE_FALSE(unscripted);
    CHECK(unscripted.errorMessage().contains(QStringLiteral("without a scenario")));
}

TEST_CASE("A unit's transit speed is the database's, and the default is marked assumed", "[debrief]") {
    Exercise x;
    core::IncidentId sabratha, garabulli;
    trainees(x, sabratha, garabulli);
    // Ubari at 30 kn; Fezzan without a speed on record.
    QSqlQuery update(x.database->connection());
    REQUIRE(update.exec(QStringLiteral("UPDATE assets SET speed_kn = 30 WHERE name = 'Ubari'")));
    REQUIRE(update.exec(QStringLiteral("UPDATE assets SET speed_kn = NULL WHERE name = 'Fezzan'")));
    const replay::Debrief d = x.debrief();
    const replay::AssetChoice &a = d.cases[0].asset;
    REQUIRE(a.chosen);
    REQUIRE(a.nearest);
    const double nm = geodesicNm(kTripoli, a.casePosition);
    CHECK(a.chosen->name == QStringLiteral("Ubari"));
    CHECK(a.chosen->knots == 30.0);
    CHECK_FALSE(a.chosen->knotsAssumed);
    CHECK(a.chosen->etaSeconds == Approx(nm / 30.0 * 3600.0).margin(1.0));
    CHECK(a.nearest->name == QStringLiteral("Fezzan"));
    CHECK(a.nearest->knots == 20.0);
    CHECK(a.nearest->knotsAssumed);
    CHECK(a.nearest->etaSeconds == Approx(nm / 20.0 * 3600.0).margin(1.0));
    // Ubari, quicker but in maintenance, is still not the nearest available.
    CHECK(a.mark == replay::DebriefMark::NotNearest);
    CHECK(d.cases[0].onScene.limitSeconds == 12 * 60 + a.chosen->etaSeconds + 30 * 60);

    const QString text = replay::debriefText(d);
    CHECK(text.contains(QStringLiteral("Fezzan: %1 NM from Tripoli (home port) at 20 kn (assumed), ETA")
                            .arg(a.nearest->distanceNm, 0, 'f', 1)));
    CHECK(text.contains(QStringLiteral("Ubari: %1 NM from Tripoli (home port) at 30 kn, ETA")
                            .arg(a.chosen->distanceNm, 0, 'f', 1)));
    const QJsonObject json =
        QJsonDocument::fromJson(replay::debriefJson(d, QStringLiteral("Course 3"))).object();
    const QJsonValue asset = json[QStringLiteral("cases")][0][QStringLiteral("asset")];
    CHECK(asset[QStringLiteral("nearest")][QStringLiteral("knotsAssumed")].toBool());
    CHECK(asset[QStringLiteral("nearest")][QStringLiteral("knots")].toDouble() == 20.0);
    CHECK_FALSE(asset[QStringLiteral("chosen")][QStringLiteral("knotsAssumed")].toBool());
    CHECK(asset[QStringLiteral("chosen")][QStringLiteral("start")].toString() == QStringLiteral("home_port"));
}

TEST_CASE("A unit with AIS positions is measured from where it was when tasked", "[debrief]") {
    Exercise x;
    // Fezzan's AIS in the exercise's track store: off Tripoli at T+00:05, westward at T+00:11:30,
    // eastward at T+00:20 (after the first tasking, before the second).
    const std::uint32_t fezzan = 642'000'102;
    const auto report = [&](QDateTime when, double lat, double lon) {
        core::VesselPosition p;
        p.mmsi = fezzan;
        p.timeMs = when.toMSecsSinceEpoch();
        p.lat = lat;
        p.lon = lon;
        p.messageType = 1;
        return p;
    };
    const std::vector<core::VesselPosition> reports{
        report(at(0, 5), 32.95, 13.1), report(at(0, 11, 30), 33.0, 12.8), report(at(0, 20), 33.02, 13.45)};
    storage::TrackStore store(*x.database);
    auto stored = store.appendPositions(reports);
    REQUIRE(stored);
    REQUIRE(stored->stored == 3);
    core::IncidentId sabratha, garabulli;
    trainees(x, sabratha, garabulli);
    const replay::Debrief d = x.debrief();

    // Sabratha, tasked at T+00:12: Fezzan from its T+00:11:30 report; Ubari (no AIS) from Tripoli.
    const replay::AssetChoice &s = d.cases[0].asset;
    REQUIRE(s.nearest);
    REQUIRE(s.chosen);
    CHECK(s.nearest->name == QStringLiteral("Fezzan"));
    CHECK(s.nearest->start == replay::UnitStart::AisPosition);
    CHECK(s.nearest->positionSeconds == 11 * 60 + 30);
    CHECK(s.nearest->fromPosition.latitude == 33.0);
    CHECK(s.nearest->fromPosition.longitude == 12.8);
    const double fromAis = geodesicNm({33.0, 12.8}, s.casePosition);
    CHECK(s.nearest->distanceNm == Approx(fromAis).epsilon(1e-4));
    CHECK(s.nearest->distanceNm == Approx(haversineNm({33.0, 12.8}, s.casePosition)).epsilon(0.005));
    CHECK(s.nearest->distanceNm < 25.0); // nearer than Tripoli's 39.9 NM
    CHECK(s.nearest->etaSeconds == Approx(fromAis / 24.0 * 3600.0).margin(1.0));
    CHECK(s.chosen->name == QStringLiteral("Ubari"));
    CHECK(s.chosen->start == replay::UnitStart::HomePort);
    CHECK(s.chosen->distanceNm == Approx(geodesicNm(kTripoli, s.casePosition)).epsilon(1e-4));
    CHECK(s.mark == replay::DebriefMark::NotNearest);

    // Garabulli, tasked at T+00:35: Fezzan from its T+00:20 report, the last one before.
    const replay::AssetChoice &g = d.cases[1].asset;
    REQUIRE(g.chosen);
    CHECK(g.chosen->name == QStringLiteral("Fezzan"));
    CHECK(g.chosen->start == replay::UnitStart::AisPosition);
    CHECK(g.chosen->positionSeconds == 20 * 60);
    CHECK(g.chosen->distanceNm == Approx(geodesicNm({33.02, 13.45}, g.casePosition)).epsilon(1e-4));
    CHECK(g.chosenWasNearest);

    const QString text = replay::debriefText(d);
    CHECK(text.contains(QStringLiteral("Fezzan: %1 NM from its AIS position at tasking (T+00:11:30) at 24 kn")
                            .arg(s.nearest->distanceNm, 0, 'f', 1)));
    CHECK(text.contains(
        QStringLiteral("Ubari: %1 NM from Tripoli (home port)").arg(s.chosen->distanceNm, 0, 'f', 1)));
    const QJsonObject json =
        QJsonDocument::fromJson(replay::debriefJson(d, QStringLiteral("Course 3"))).object();
    const QJsonValue nearest =
        json[QStringLiteral("cases")][0][QStringLiteral("asset")][QStringLiteral("nearest")];
    CHECK(nearest[QStringLiteral("start")].toString() == QStringLiteral("ais_position"));
    CHECK(nearest[QStringLiteral("positionAt")].toInt() == 690);
    CHECK(nearest[QStringLiteral("fromLat")].toDouble() == 33.0);
}
