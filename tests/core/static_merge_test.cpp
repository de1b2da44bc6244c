#include "core/static_merge.h"

#include "catch_qt.h"

using namespace marsa::core;

namespace {

// Type 24 part B of a pleasure craft: type, call sign, dimensions; no name.
VesselStatic partB(std::int64_t timeMs) {
    VesselStatic data;
    data.mmsi = 642123456;
    data.shipType = 37;
    data.callSign = QStringLiteral("5AB12");
    data.toBow = 8;
    data.toStern = 4;
    data.toPort = 2;
    data.toStarboard = 2;
    data.confirmedMs = timeMs;
    return data;
}

VesselStatic partA(const char *name, std::int64_t timeMs) {
    VesselStatic data;
    data.mmsi = 642123456;
    data.name = QString::fromLatin1(name);
    data.confirmedMs = timeMs;
    return data;
}

} // namespace

TEST_CASE("A type 24 part A after part B adds the name and keeps the rest") {
    const VesselStatic merged = mergedStatic(partB(1000), partA("SAHEL", 2000));
    CHECK(merged.mmsi == 642123456U);
    CHECK(merged.name == QStringLiteral("SAHEL"));
    CHECK(merged.callSign == QStringLiteral("5AB12"));
    CHECK(merged.shipType == 37);
    CHECK(merged.length() == 12);
    CHECK(merged.beam() == 4);
    CHECK(merged.confirmedMs == 2000);
}

TEST_CASE("A newer report replaces what it carries, blanks never erase") {
    VesselStatic type5 = partB(1000);
    type5.name = QStringLiteral("SAHEL");
    type5.imo = 9074729;
    type5.destination = QStringLiteral("TRIPOLI");
    type5.draught = 2.5F;
    VesselStatic later = partA("SAHEL 2", 5000);
    later.destination = QStringLiteral("   "); // padding is not a destination
    const VesselStatic merged = mergedStatic(type5, later);
    CHECK(merged.name == QStringLiteral("SAHEL 2"));
    CHECK(merged.destination == QStringLiteral("TRIPOLI"));
    CHECK(merged.imo == 9074729U);
    CHECK(merged.draught == 2.5F);
    CHECK(merged.confirmedMs == 5000);
}

TEST_CASE("An older report that arrives late fills gaps but does not overwrite newer values") {
    const VesselStatic known = partA("NEW NAME", 9000);
    const VesselStatic late = [] {
        VesselStatic data = partB(1000);
        data.name = QStringLiteral("OLD NAME");
        return data;
    }();
    const VesselStatic merged = mergedStatic(known, late);
    CHECK(merged.name == QStringLiteral("NEW NAME"));
    CHECK(merged.callSign == QStringLiteral("5AB12"));
    CHECK(merged.confirmedMs == 9000);
}

TEST_CASE("The four distances to the reference point are taken from one report") {
    VesselStatic newer = partA("SAHEL", 2000);
    newer.toBow = 20;
    newer.toStern = 5; // port and starboard not reported: zero
    const VesselStatic merged = mergedStatic(partB(1000), newer);
    CHECK(merged.toBow == 20);
    CHECK(merged.toStern == 5);
    CHECK(merged.toPort == 0);
    CHECK(merged.toStarboard == 0);
}

TEST_CASE("A record with only an MMSI and a time is empty") {
    CHECK(isEmptyStatic(partA("", 1000)));
    CHECK_FALSE(isEmptyStatic(partA("SAHEL", 1000)));
    CHECK_FALSE(isEmptyStatic(partB(1000)));
}
