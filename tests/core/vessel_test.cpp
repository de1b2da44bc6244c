#include "core/vessel.h"

#include <catch2/catch.hpp>

using namespace marsa::core;

TEST_CASE("The station kind follows the MMSI pattern of ITU-R M.585") {
    CHECK(stationKindOf(642123456) == StationKind::Vessel); // Libya, MID 642
    CHECK(stationKindOf(215000001) == StationKind::Vessel); // Malta
    CHECK(stationKindOf(970123456) == StationKind::Sart);   // AIS-SART
    CHECK(stationKindOf(972000001) == StationKind::ManOverboard);
    CHECK(stationKindOf(974000001) == StationKind::Epirb);
    CHECK(stationKindOf(111642001) == StationKind::SarAircraft);
    CHECK(stationKindOf(992351019) == StationKind::AidToNav);  // ais-vectors.csv, SOUTHWOLD LH
    CHECK(stationKindOf(980696666) == StationKind::Auxiliary); // ais-vectors.csv, type 24B
    CHECK(stationKindOf(3669702) == StationKind::BaseStation); // ais-vectors.csv, type 4
    CHECK(stationKindOf(64212345) == StationKind::Other);      // group call 0MIDxxxxx
    CHECK(stationKindOf(1000000000) == StationKind::Other);    // ais-vectors.csv: out of range
    CHECK(stationKindOf(0) == StationKind::Other);
}

TEST_CASE("SART, MOB and EPIRB are alarms and nothing else is") {
    CHECK(isAlarm(StationKind::Sart));
    CHECK(isAlarm(StationKind::ManOverboard));
    CHECK(isAlarm(StationKind::Epirb));
    CHECK_FALSE(isAlarm(StationKind::Vessel));
    CHECK_FALSE(isAlarm(StationKind::SarAircraft));
    CHECK_FALSE(isAlarm(StationKind::AidToNav));
}

TEST_CASE("Ship type codes fall into the classes a watch officer filters by") {
    CHECK(shipClassOf(30) == ShipClass::Fishing);
    CHECK(shipClassOf(36) == ShipClass::Sailing);
    CHECK(shipClassOf(37) == ShipClass::Pleasure);
    CHECK(shipClassOf(51) == ShipClass::Sar);
    CHECK(shipClassOf(55) == ShipClass::Law);
    CHECK(shipClassOf(52) == ShipClass::Tug);
    CHECK(shipClassOf(60) == ShipClass::Passenger);
    CHECK(shipClassOf(70) == ShipClass::Cargo);
    CHECK(shipClassOf(79) == ShipClass::Cargo);
    CHECK(shipClassOf(84) == ShipClass::Tanker);
    CHECK(shipClassOf(0) == ShipClass::Unknown);
    CHECK(shipClassOf(90) == ShipClass::Other);
    CHECK_FALSE(shipClassName(ShipClass::Cargo).isEmpty());
    CHECK_FALSE(stationKindName(StationKind::Sart).isEmpty());
}

TEST_CASE("A position report marks what is not available") {
    VesselPosition position;
    CHECK_FALSE(position.hasSog());
    CHECK_FALSE(position.hasCog());
    CHECK_FALSE(position.hasHeading());
    position.sog = 0.0F;
    position.heading = 0;
    CHECK(position.hasSog());
    CHECK(position.hasHeading());
    CHECK(sizeof(VesselPosition) <= 48);
}
