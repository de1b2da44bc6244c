#pragma once

#include "feeds/ais_bits.h"

#include <cmath>
#include <cstdint>
#include <optional>
#include <variant>

// Decoded AIS messages of the types a rescue console uses (ITU-R M.1371-5; bit layouts and
// special values in DOMAIN-FACTS 6.2 and gpsd's AIVDM.adoc). Every field is kept as transmitted
// (raw integers, so that nothing is lost and the gpsd JSON is exact), with its unit and its
// not-available value named here; the scaled accessors answer SI-ish values or nullopt.
// Latitude before longitude in every accessor (ISO 6709); the bits carry longitude first.
namespace marsa::feeds::ais {

/// Positions of types 1-4, 9, 18, 19 and 21: 1/10000 minute = 1/600000 degree.
inline constexpr double kPositionUnitsPerDegree = 600000.0;
inline constexpr std::int32_t kLonNotAvailable = 181 * 600000; ///< 0x6791AC0
inline constexpr std::int32_t kLatNotAvailable = 91 * 600000;  ///< 0x3412140
/// Type 27 positions: 1/10 minute = 1/600 degree.
inline constexpr double kLongRangeUnitsPerDegree = 600.0;
inline constexpr std::int32_t kLongRangeLonNotAvailable = 181 * 600;
inline constexpr std::int32_t kLongRangeLatNotAvailable = 91 * 600;
/// SOG in 0.1 kn (types 1-3, 18, 19): 1023 not available, 1022 means 102.2 kn or more.
inline constexpr std::uint16_t kSpeedNotAvailable = 1023;
inline constexpr std::uint16_t kSpeedFast = 1022;
/// COG in 0.1 degree: 3600 not available (3601-4095 are invalid and treated the same).
inline constexpr std::uint16_t kCourseNotAvailable = 3600;
/// True heading in degrees: 511 not available.
inline constexpr std::uint16_t kHeadingNotAvailable = 511;
/// Rate of turn (types 1-3): -128 no information; +-127 turning faster than 5 degrees/30 s
/// without a turn indicator; otherwise ROT = (raw / 4.733)^2 degrees/minute, sign kept.
inline constexpr std::int8_t kTurnNotAvailable = -128;
/// UTC second: 60 not available, 61 manual input, 62 dead reckoning, 63 inoperative.
inline constexpr std::uint8_t kSecondNotAvailable = 60;
/// Type 9: altitude in metres, 4095 not available, 4094 means 4094 m or higher; SOG in whole
/// knots, 1023 not available, 1022 means 1022 kn or more.
inline constexpr std::uint16_t kAltitudeNotAvailable = 4095;
inline constexpr std::uint16_t kAltitudeHigh = 4094;
/// Type 27: SOG in whole knots (63 not available), COG in whole degrees (511 not available).
inline constexpr std::uint8_t kLongRangeSpeedNotAvailable = 63;
inline constexpr std::uint16_t kLongRangeCourseNotAvailable = 511;

/// Latitude and longitude in degrees, or nullopt for the not-available values (91, 181) and for
/// anything outside -90..90 / -180..180.
std::optional<std::pair<double, double>> latLonDegrees(std::int32_t lat, std::int32_t lon,
                                                       double unitsPerDegree);

/// Types 1, 2, 3: Class A position report (168 bits; gpsd accepts 163 and more).
struct ClassAPositionReport {
    std::uint8_t navStatus = 15;              ///< 0-15; 14 AIS-SART active, 15 not defined
    std::int8_t turn = kTurnNotAvailable;     ///< raw ROT indicator, see kTurnNotAvailable
    std::uint16_t speed = kSpeedNotAvailable; ///< 0.1 kn
    bool accuracy = false;                    ///< true: DGPS-grade, better than 10 m
    std::int32_t lon = kLonNotAvailable;      ///< 1/600000 degree
    std::int32_t lat = kLatNotAvailable;
    std::uint16_t course = kCourseNotAvailable;   ///< 0.1 degree
    std::uint16_t heading = kHeadingNotAvailable; ///< degrees
    std::uint8_t second = kSecondNotAvailable;
    std::uint8_t maneuver = 0; ///< 0 not available, 1 no special manoeuvre, 2 special
    std::uint8_t spare = 0;    ///< 3 bits
    bool raim = false;
    std::uint32_t radio = 0; ///< 19 bits of SOTDMA/ITDMA state

    bool operator==(const ClassAPositionReport &) const = default;
};

/// Type 4: base station report (168 bits).
struct BaseStationReport {
    std::uint16_t year = 0;   ///< 1-9999, 0 not available
    std::uint8_t month = 0;   ///< 1-12, 0 not available
    std::uint8_t day = 0;     ///< 1-31, 0 not available
    std::uint8_t hour = 24;   ///< 0-23, 24 not available
    std::uint8_t minute = 60; ///< 0-59, 60 not available
    std::uint8_t second = 60; ///< 0-59, 60 not available
    bool accuracy = false;
    std::int32_t lon = kLonNotAvailable;
    std::int32_t lat = kLatNotAvailable;
    std::uint8_t epfd = 0; ///< position fixing device: 1 GPS ... 7 surveyed, 15 internal GNSS
    bool raim = false;
    std::uint32_t radio = 0;

    bool operator==(const BaseStationReport &) const = default;
};

/// Type 5: static and voyage related data (424 bits, two sentences; gpsd accepts 420 and more).
struct StaticVoyageData {
    std::uint8_t aisVersion = 0;
    std::uint32_t imo = 0; ///< 0 not available
    AisText<7> callSign;
    AisText<20> shipName;
    std::uint8_t shipType = 0; ///< ITU-R M.1371 type of ship and cargo, 0 not available
    std::uint16_t toBow = 0;   ///< metres from the reference point; 511 means 511 m or more
    std::uint16_t toStern = 0;
    std::uint8_t toPort = 0; ///< metres; 63 means 63 m or more
    std::uint8_t toStarboard = 0;
    std::uint8_t epfd = 0;
    std::uint8_t etaMonth = 0;   ///< 1-12, 0 not available
    std::uint8_t etaDay = 0;     ///< 1-31, 0 not available
    std::uint8_t etaHour = 24;   ///< 0-23, 24 not available
    std::uint8_t etaMinute = 60; ///< 0-59, 60 not available
    std::uint8_t draught = 0;    ///< 0.1 m, 0 not available
    AisText<20> destination;
    bool dte = false; ///< true: no data terminal ready

    bool operator==(const StaticVoyageData &) const = default;
};

/// Type 9: SAR aircraft position report (168 bits).
struct SarAircraftReport {
    std::uint16_t altitude = kAltitudeNotAvailable; ///< metres
    std::uint16_t speed = kSpeedNotAvailable;       ///< whole knots
    bool accuracy = false;
    std::int32_t lon = kLonNotAvailable;
    std::int32_t lat = kLatNotAvailable;
    std::uint16_t course = kCourseNotAvailable; ///< 0.1 degree
    std::uint8_t second = kSecondNotAvailable;
    std::uint8_t regional = 0; ///< 8 bits
    bool dte = false;
    std::uint8_t spare = 0; ///< 3 bits
    bool assigned = false;
    bool raim = false;
    std::uint32_t radio = 0; ///< 20 bits

    bool operator==(const SarAircraftReport &) const = default;
};

/// Type 18: standard Class B CS position report (168 bits).
struct ClassBPositionReport {
    std::uint8_t reserved = 0;                ///< 8 bits, regional
    std::uint16_t speed = kSpeedNotAvailable; ///< 0.1 kn
    bool accuracy = false;
    std::int32_t lon = kLonNotAvailable;
    std::int32_t lat = kLatNotAvailable;
    std::uint16_t course = kCourseNotAvailable;
    std::uint16_t heading = kHeadingNotAvailable;
    std::uint8_t second = kSecondNotAvailable;
    std::uint8_t regional = 0; ///< 2 bits
    bool cs = false;           ///< true: carrier-sense (CS) unit, false: SOTDMA unit
    bool display = false;      ///< has a display for messages 12 and 14
    bool dsc = false;          ///< has a DSC function
    bool band = false;         ///< can use the whole marine band
    bool msg22 = false;        ///< accepts channel management by message 22
    bool assigned = false;
    bool raim = false;
    std::uint32_t radio = 0; ///< 20 bits

    bool operator==(const ClassBPositionReport &) const = default;
};

/// Type 19: extended Class B CS position report (312 bits).
struct ClassBExtendedReport {
    std::uint8_t reserved = 0;
    std::uint16_t speed = kSpeedNotAvailable;
    bool accuracy = false;
    std::int32_t lon = kLonNotAvailable;
    std::int32_t lat = kLatNotAvailable;
    std::uint16_t course = kCourseNotAvailable;
    std::uint16_t heading = kHeadingNotAvailable;
    std::uint8_t second = kSecondNotAvailable;
    std::uint8_t regional = 0; ///< 4 bits
    AisText<20> shipName;
    std::uint8_t shipType = 0;
    std::uint16_t toBow = 0;
    std::uint16_t toStern = 0;
    std::uint8_t toPort = 0;
    std::uint8_t toStarboard = 0;
    std::uint8_t epfd = 0;
    bool raim = false;
    bool dte = false;
    bool assigned = false;

    bool operator==(const ClassBExtendedReport &) const = default;
};

/// Type 21: aid-to-navigation report (272 to 360 bits; gpsd accepts 272-368).
struct AidToNavigationReport {
    std::uint8_t aidType = 0; ///< 0-31: 1 reference point, 5 light, 20-23 cardinal marks...
    /// The 20-character name plus its extension (up to 14 more characters from bit 272), as gpsd
    /// joins them.
    AisText<34> name;
    bool accuracy = false;
    std::int32_t lon = kLonNotAvailable;
    std::int32_t lat = kLatNotAvailable;
    std::uint16_t toBow = 0;
    std::uint16_t toStern = 0;
    std::uint8_t toPort = 0;
    std::uint8_t toStarboard = 0;
    std::uint8_t epfd = 0;
    std::uint8_t second = kSecondNotAvailable;
    bool offPosition = false;
    std::uint8_t regional = 0; ///< 8 bits
    bool raim = false;
    bool virtualAid = false;
    bool assigned = false;

    bool operator==(const AidToNavigationReport &) const = default;
};

/// Type 24: Class B static data report, part A (name; 160 or 168 bits) or part B (168 bits).
struct StaticDataReport {
    /// A: name only; B: the rest; AB: both, when a receiver joined a part B to the part A it
    /// had kept for the same MMSI (what gpsdecode prints without --split24).
    enum class Part : std::uint8_t { A, B, AB };
    Part part = Part::A;
    AisText<20> shipName; ///< part A
    std::uint8_t shipType = 0;
    /// Bits 48-65 as ITU-R M.1371-4 defines them: a 3-character vendor ID.
    AisText<3> vendorId;
    /// Bits 48-89 as one 7-character text (the pre-M.1371-4 layout), which is what gpsd prints.
    AisText<7> vendorIdLegacy;
    std::uint8_t model = 0;   ///< 4 bits
    std::uint32_t serial = 0; ///< 20 bits
    AisText<7> callSign;
    /// Auxiliary craft (MMSI 98MIDxxxx) carry their mother ship's MMSI instead of dimensions.
    std::uint32_t mothershipMmsi = 0;
    std::uint16_t toBow = 0;
    std::uint16_t toStern = 0;
    std::uint8_t toPort = 0;
    std::uint8_t toStarboard = 0;

    bool hasPartA() const { return part != Part::B; }
    bool hasPartB() const { return part != Part::A; }
    bool operator==(const StaticDataReport &) const = default;
};

/// Type 27: long-range AIS broadcast (96 bits; gpsd also accepts a full 168-bit slot).
struct LongRangeReport {
    bool accuracy = false;
    bool raim = false;
    std::uint8_t navStatus = 15;
    std::int32_t lon = kLongRangeLonNotAvailable; ///< 1/600 degree (1/10 minute)
    std::int32_t lat = kLongRangeLatNotAvailable;
    std::uint8_t speed = kLongRangeSpeedNotAvailable;    ///< whole knots
    std::uint16_t course = kLongRangeCourseNotAvailable; ///< whole degrees
    bool gnss = false; ///< gpsd's name for the position latency bit: true = latency over 5 s

    bool operator==(const LongRangeReport &) const = default;
};

/// True for an MMSI of the auxiliary-craft pattern 98MIDxxxx.
constexpr bool isAuxiliaryMmsi(std::uint32_t mmsi) {
    return mmsi / 10000000U == 98;
}

} // namespace marsa::feeds::ais

namespace marsa::feeds {

/// One decoded AIS message: the common header, where and when it was received, and the body
/// of its type. A plain value (no heap): decoding millions of them allocates nothing.
struct AisMessage {
    using Body = std::variant<ais::ClassAPositionReport, ais::BaseStationReport, ais::StaticVoyageData,
                              ais::SarAircraftReport, ais::ClassBPositionReport, ais::ClassBExtendedReport,
                              ais::AidToNavigationReport, ais::StaticDataReport, ais::LongRangeReport>;

    std::uint8_t type = 0;   ///< 1-27
    std::uint8_t repeat = 0; ///< repeat indicator 0-3
    std::uint32_t mmsi = 0;
    /// 'A' (161.975 MHz; also for "1" and an empty channel field, as gpsd) or 'B' (162.025 MHz,
    /// also "2").
    char channel = 'A';
    bool ownShip = false; ///< from a VDO sentence: our own transponder
    /// UTC milliseconds since the epoch: the tag block's c: time when the line had one, else the
    /// receive time the caller gave (0 when it gave none).
    std::int64_t timeMs = 0;
    Body body;

    template <typename T>
    const T *as() const {
        return std::get_if<T>(&body);
    }
    template <typename T>
    T *as() {
        return std::get_if<T>(&body);
    }
    bool operator==(const AisMessage &) const = default;
};

} // namespace marsa::feeds
