#include "core/vessel.h"

#include <QCoreApplication>

namespace marsa::core {
namespace {

// The translation context of this file's names (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::Vessel)
};

} // namespace

StationKind stationKindOf(std::uint32_t mmsi) {
    if (mmsi >= 1'000'000'000U) {
        return StationKind::Other;
    }
    const std::uint32_t lead3 = mmsi / 1'000'000U;
    const std::uint32_t lead2 = mmsi / 10'000'000U;
    if (lead3 == 970) {
        return StationKind::Sart;
    }
    if (lead3 == 972) {
        return StationKind::ManOverboard;
    }
    if (lead3 == 974) {
        return StationKind::Epirb;
    }
    if (lead3 == 111) {
        return StationKind::SarAircraft;
    }
    if (lead2 == 99) {
        return StationKind::AidToNav;
    }
    if (lead2 == 98) {
        return StationKind::Auxiliary;
    }
    if (mmsi >= 2'000'000U && mmsi < 8'000'000U) {
        return StationKind::BaseStation; // 00MIDxxxx, MID 2xx-7xx
    }
    if (mmsi >= 200'000'000U && mmsi < 800'000'000U) {
        return StationKind::Vessel;
    }
    return StationKind::Other;
}

ShipClass shipClassOf(int shipType) {
    if (shipType == 30) {
        return ShipClass::Fishing;
    }
    if (shipType == 36) {
        return ShipClass::Sailing;
    }
    if (shipType == 37) {
        return ShipClass::Pleasure;
    }
    if (shipType == 51) {
        return ShipClass::Sar;
    }
    if (shipType == 35 || shipType == 55) {
        return ShipClass::Law;
    }
    if (shipType == 31 || shipType == 32 || shipType == 52) {
        return ShipClass::Tug;
    }
    if (shipType >= 60 && shipType <= 69) {
        return ShipClass::Passenger;
    }
    if (shipType >= 70 && shipType <= 79) {
        return ShipClass::Cargo;
    }
    if (shipType >= 80 && shipType <= 89) {
        return ShipClass::Tanker;
    }
    if (shipType <= 0 || shipType > 99) {
        return ShipClass::Unknown;
    }
    return ShipClass::Other;
}

QString shipClassName(ShipClass shipClass) {
    switch (shipClass) {
    case ShipClass::Unknown:
        return Text::tr("Unknown");
    case ShipClass::Fishing:
        return Text::tr("Fishing");
    case ShipClass::Sailing:
        return Text::tr("Sailing");
    case ShipClass::Pleasure:
        return Text::tr("Pleasure craft");
    case ShipClass::Sar:
        return Text::tr("SAR vessel");
    case ShipClass::Law:
        return Text::tr("Military or law enforcement");
    case ShipClass::Tug:
        return Text::tr("Tug");
    case ShipClass::Passenger:
        return Text::tr("Passenger");
    case ShipClass::Cargo:
        return Text::tr("Cargo");
    case ShipClass::Tanker:
        return Text::tr("Tanker");
    case ShipClass::Other:
        return Text::tr("Other");
    }
    return {};
}

QString stationKindName(StationKind kind) {
    switch (kind) {
    case StationKind::Vessel:
        return Text::tr("Vessel");
    case StationKind::Auxiliary:
        return Text::tr("Auxiliary craft");
    case StationKind::SarAircraft:
        return Text::tr("SAR aircraft");
    case StationKind::AidToNav:
        return Text::tr("Aid to navigation");
    case StationKind::BaseStation:
        return Text::tr("Base station");
    case StationKind::Sart:
        return Text::tr("AIS-SART");
    case StationKind::ManOverboard:
        return Text::tr("Man overboard");
    case StationKind::Epirb:
        return Text::tr("EPIRB");
    case StationKind::Other:
        return Text::tr("Other station");
    }
    return {};
}

} // namespace marsa::core
