#pragma once

#include <QString>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

namespace marsa::core {

/// The kinds of AIS station a console tells apart, from the MMSI pattern (ITU-R M.585, gpsd's
/// AIVDM.adoc) and the message type. Alarm devices are never ordinary targets.
enum class StationKind : std::uint8_t {
    Vessel,       ///< MIDxxxxxx: a ship, Class A or B
    Auxiliary,    ///< 98MIDxxxx: a craft associated with a parent ship
    SarAircraft,  ///< 111MIDxxx, or any type 9 report
    AidToNav,     ///< 99MIDxxxx, or any type 21 report
    BaseStation,  ///< 00MIDxxxx, or any type 4 report
    Sart,         ///< 970xxxxxx: AIS search and rescue transmitter (alarm)
    ManOverboard, ///< 972xxxxxx: man overboard device (alarm)
    Epirb,        ///< 974xxxxxx: EPIRB with AIS locating signal (alarm)
    Other,        ///< group calls, test and out-of-range identities
};

/// The kind of station from the MMSI alone. A position report with navigational status 14
/// ("AIS-SART active") is an alarm too: see isAlarm(StationKind, int).
StationKind stationKindOf(std::uint32_t mmsi);

/// True for SART, MOB and EPIRB devices: on the chart and in the Vessels panel they are alarms.
constexpr bool isAlarm(StationKind kind) {
    return kind == StationKind::Sart || kind == StationKind::ManOverboard || kind == StationKind::Epirb;
}

/// The navigational status that an active AIS-SART, MOB or EPIRB transmits (ITU-R M.1371-5).
inline constexpr int kNavStatusSartActive = 14;
inline constexpr int kNavStatusNotDefined = 15;

/// One position report of one station, scaled to SI-ish units; not-available values are NaN or -1.
/// Kept small (48 bytes): the track store and the chart hold millions of them.
struct VesselPosition {
    std::uint32_t mmsi = 0;
    std::int64_t timeMs = 0; ///< UTC milliseconds since the epoch: receive time or tag block time
    double lat = 0;          ///< degrees north, WGS 84
    double lon = 0;          ///< degrees east
    float sog = std::numeric_limits<float>::quiet_NaN(); ///< knots; NaN when not available
    float cog = std::numeric_limits<float>::quiet_NaN(); ///< degrees true; NaN when not available
    std::int16_t heading = -1;                           ///< degrees true 0-359; -1 when not available
    std::uint8_t navStatus = kNavStatusNotDefined;       ///< 0-15 (Class A only)
    std::uint8_t messageType = 0;                        ///< AIS message type that carried it
    std::uint16_t sourceId = 0;                          ///< which feed received it first

    bool hasSog() const { return !std::isnan(sog); }
    bool hasCog() const { return !std::isnan(cog); }
    bool hasHeading() const { return heading >= 0; }
};

/// Static and voyage data of one station, merged from types 5, 19, 21 and 24. Empty strings and
/// zeros mean "not reported".
struct VesselStatic {
    std::uint32_t mmsi = 0;
    QString name;
    QString callSign;
    std::uint32_t imo = 0;
    int shipType = 0; ///< ITU-R M.1371 type of ship and cargo, 0 = not available
    int toBow = 0;    ///< metres from the reference point
    int toStern = 0;
    int toPort = 0;
    int toStarboard = 0;
    float draught = 0; ///< metres
    QString destination;
    std::int64_t confirmedMs = 0; ///< when a message last confirmed these values

    int length() const { return toBow + toStern; }
    bool operator==(const VesselStatic &) const = default;
    int beam() const { return toPort + toStarboard; }
};

/// A broad class of ship type codes for symbols and filters.
enum class ShipClass : std::uint8_t {
    Unknown,
    Fishing,
    Sailing,
    Pleasure,
    Sar,
    Law,
    Tug,
    Passenger,
    Cargo,
    Tanker,
    Other
};
ShipClass shipClassOf(int shipType);
/// The class's translated name ("Fishing", "Cargo"...).
QString shipClassName(ShipClass shipClass);
/// The translated name of a station kind ("AIS-SART", "EPIRB"...).
QString stationKindName(StationKind kind);

} // namespace marsa::core
