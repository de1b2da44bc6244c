// From AIS messages to core::VesselPosition and core::VesselStatic: scaling, not-available
// values, ranges, and merging the two halves of a type 24.

#include "ais_test_support.h"

#include "core/static_merge.h"
#include "feeds/ais_convert.h"

#include <cmath>

using namespace marsa::feeds;
using namespace marsa::feeds::ais;

namespace {

AisMessage message(std::uint8_t type, std::uint32_t mmsi, AisMessage::Body body) {
    AisMessage result;
    result.type = type;
    result.mmsi = mmsi;
    result.body = std::move(body);
    return result;
}

ClassAPositionReport classA(double lat, double lon) {
    ClassAPositionReport report;
    report.lat = static_cast<std::int32_t>(std::lround(lat * 600000));
    report.lon = static_cast<std::int32_t>(std::lround(lon * 600000));
    report.speed = 123;
    report.course = 2245;
    report.heading = 226;
    report.navStatus = 0;
    return report;
}

} // namespace

TEST_CASE("A Class A report becomes a position in degrees, knots and degrees true") {
    const auto position = positionOf(message(1, 642123456, classA(32.9, 13.19)), 1'777'593'600'000, 3);
    REQUIRE(position);
    CHECK(position->mmsi == 642123456);
    CHECK(position->timeMs == 1'777'593'600'000);
    CHECK(position->lat == Approx(32.9).margin(1e-9));
    CHECK(position->lon == Approx(13.19).margin(1e-9));
    CHECK(position->sog == Approx(12.3F));
    CHECK(position->cog == Approx(224.5F));
    CHECK(position->heading == 226);
    CHECK(position->navStatus == 0);
    CHECK(position->messageType == 1);
    CHECK(position->sourceId == 3);
}

TEST_CASE("Not-available and out-of-range positions give no position, the edges of the earth do") {
    CHECK_FALSE(positionOf(message(1, 1, classA(91, 181)), 0, 0));
    CHECK_FALSE(positionOf(message(1, 1, classA(91, 13)), 0, 0));
    CHECK_FALSE(positionOf(message(1, 1, classA(32, 181)), 0, 0));
    CHECK_FALSE(positionOf(message(1, 1, classA(-95, 13)), 0, 0));
    CHECK_FALSE(positionOf(message(1, 1, classA(32, -180.5)), 0, 0));
    CHECK(positionOf(message(1, 1, classA(90, 180)), 0, 0));
    CHECK(positionOf(message(1, 1, classA(-90, -180)), 0, 0));
}

TEST_CASE("Not-available speed, course and heading are NaN and -1, invalid ones too") {
    ClassAPositionReport report = classA(33, 14);
    report.speed = kSpeedNotAvailable;
    report.course = kCourseNotAvailable;
    report.heading = kHeadingNotAvailable;
    const auto missing = positionOf(message(3, 1, report), 0, 0);
    REQUIRE(missing);
    CHECK_FALSE(missing->hasSog());
    CHECK_FALSE(missing->hasCog());
    CHECK_FALSE(missing->hasHeading());
    report.course = 3601; // invalid
    report.heading = 360; // invalid
    report.speed = kSpeedFast;
    const auto invalid = positionOf(message(3, 1, report), 0, 0);
    REQUIRE(invalid);
    CHECK_FALSE(invalid->hasCog());
    CHECK_FALSE(invalid->hasHeading());
    CHECK(invalid->sog == Approx(102.2F)); // "102.2 kn or more"
}

TEST_CASE("Class B, SAR aircraft, long-range, base station and AtoN positions keep their own units") {
    ClassBPositionReport b;
    b.lat = 35 * 600000;
    b.lon = 14 * 600000;
    b.speed = 51;
    b.course = 349;
    const auto classB = positionOf(message(18, 215000001, b), 0, 0);
    REQUIRE(classB);
    CHECK(classB->sog == Approx(5.1F));
    CHECK(classB->cog == Approx(34.9F));
    CHECK_FALSE(classB->hasHeading());
    CHECK(classB->navStatus == 15);

    SarAircraftReport aircraft;
    aircraft.lat = 34 * 600000;
    aircraft.lon = 13 * 600000;
    aircraft.speed = 140; // whole knots
    aircraft.course = 900;
    const auto sar = positionOf(message(9, 111215501, aircraft), 0, 0);
    REQUIRE(sar);
    CHECK(sar->sog == Approx(140.0F));
    CHECK(sar->cog == Approx(90.0F));

    // Type 27: 1/10 minute positions, whole knots and degrees, its own not-available values.
    LongRangeReport longRange;
    longRange.lat = static_cast<std::int32_t>(33.25 * 600);
    longRange.lon = static_cast<std::int32_t>(14.5 * 600);
    longRange.speed = 12;
    longRange.course = 270;
    longRange.navStatus = 14;
    const auto far = positionOf(message(27, 970012345, longRange), 0, 0);
    REQUIRE(far);
    CHECK(far->lat == Approx(33.25));
    CHECK(far->lon == Approx(14.5));
    CHECK(far->sog == Approx(12.0F));
    CHECK(far->cog == Approx(270.0F));
    CHECK(far->navStatus == 14);
    longRange.speed = kLongRangeSpeedNotAvailable;
    longRange.course = kLongRangeCourseNotAvailable;
    const auto unknownMotion = positionOf(message(27, 970012345, longRange), 0, 0);
    REQUIRE(unknownMotion);
    CHECK_FALSE(unknownMotion->hasSog());
    CHECK_FALSE(unknownMotion->hasCog());
    longRange.lat = kLongRangeLatNotAvailable;
    longRange.lon = kLongRangeLonNotAvailable;
    CHECK_FALSE(positionOf(message(27, 970012345, longRange), 0, 0));

    BaseStationReport base;
    base.lat = static_cast<std::int32_t>(32.9 * 600000);
    base.lon = static_cast<std::int32_t>(13.18 * 600000);
    const auto station = positionOf(message(4, 6420001, base), 0, 0);
    REQUIRE(station);
    CHECK_FALSE(station->hasSog());
    CHECK(station->messageType == 4);
    AidToNavigationReport aid;
    aid.lat = 20000000;
    aid.lon = 7000000;
    CHECK(positionOf(message(21, 996421001, aid), 0, 0));
    CHECK_FALSE(positionOf(message(5, 1, StaticVoyageData{}), 0, 0));
    CHECK_FALSE(positionOf(message(24, 1, StaticDataReport{}), 0, 0));
}

TEST_CASE("Static data: type 19 and 21 give names and dimensions, a type 24 gives half each") {
    ClassBExtendedReport extended;
    extended.shipName.assign("JASA SETIA");
    extended.shipType = 70;
    extended.toBow = 10;
    extended.toStern = 79;
    extended.toPort = 14;
    extended.toStarboard = 6;
    const auto fromExtended = staticOf(message(19, 525015117, extended), 7);
    REQUIRE(fromExtended);
    CHECK(fromExtended->name == QStringLiteral("JASA SETIA"));
    CHECK(fromExtended->length() == 89);
    CHECK(fromExtended->beam() == 20);
    CHECK(fromExtended->confirmedMs == 7);

    AidToNavigationReport aid;
    aid.name.assign("SOUTHWOLD LH");
    aid.toBow = aid.toStern = 3;
    const auto fromAid = staticOf(message(21, 992351019, aid), 0);
    REQUIRE(fromAid);
    CHECK(fromAid->name == QStringLiteral("SOUTHWOLD LH"));
    CHECK(fromAid->length() == 6);
    CHECK_FALSE(staticOf(message(1, 1, ClassAPositionReport{}), 0));

    StaticDataReport a;
    a.part = StaticDataReport::Part::A;
    a.shipName.assign("PROGUY");
    StaticDataReport b;
    b.part = StaticDataReport::Part::B;
    b.shipType = 60;
    b.callSign.assign("TC6163");
    b.toStern = 15;
    b.toStarboard = 5;
    const auto partA = staticOf(message(24, 271041815, a), 100);
    const auto partB = staticOf(message(24, 271041815, b), 200);
    REQUIRE(partA);
    REQUIRE(partB);
    CHECK(partA->name == QStringLiteral("PROGUY"));
    CHECK(partA->shipType == 0);
    CHECK(partB->name.isEmpty());
    CHECK(partB->callSign == QStringLiteral("TC6163"));

    // Either order gives the whole record.
    for (const auto &merged :
         {marsa::core::mergedStatic(*partA, *partB), marsa::core::mergedStatic(*partB, *partA)}) {
        CHECK(merged.mmsi == 271041815);
        CHECK(merged.name == QStringLiteral("PROGUY"));
        CHECK(merged.shipType == 60);
        CHECK(merged.callSign == QStringLiteral("TC6163"));
        CHECK(merged.length() == 15);
        CHECK(merged.beam() == 5);
        CHECK(merged.confirmedMs == 200);
    }
    // An update that reports nothing new keeps what was known.
    marsa::core::VesselStatic nothing;
    nothing.mmsi = 271041815;
    const auto kept = marsa::core::mergedStatic(marsa::core::mergedStatic(*partA, *partB), nothing);
    CHECK(kept.name == QStringLiteral("PROGUY"));
    CHECK(kept.length() == 15);
}
