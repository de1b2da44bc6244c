#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

// The places, routes and names of the generated Central Mediterranean traffic (ais_traffic.cpp).
// Positions are approximate harbour entrances and open-sea turning points, latitude first.
namespace marsa::feeds::traffic {

struct Place {
    std::string_view name; ///< as a destination field would read (at most 20 characters)
    double lat;
    double lon;
};

/// A route: waypoints from a port to a port, sailed either way.
struct Route {
    std::span<const Place> points;
};

std::span<const Route> routes();
/// Fishing grounds and pleasure-sailing areas: a centre and a radius in degrees.
struct Area {
    Place centre;
    double radiusDeg;
    bool fishing;
};
std::span<const Area> areas();
/// Oil terminals and roads where tankers wait at anchor.
std::span<const Place> anchorages();

/// A shore base station (type 4) or a receiving station named in tag blocks.
struct Station {
    std::uint32_t mmsi;
    std::string_view tagName;
    double lat;
    double lon;
};
std::span<const Station> stations();

/// An aid to navigation (type 21).
struct AidToNavigation {
    std::uint32_t mmsi;
    std::uint8_t aidType;
    std::string_view name; ///< up to 34 characters: longer than 20 uses the name extension
    double lat;
    double lon;
    bool virtualAid;
};
std::span<const AidToNavigation> aidsToNavigation();

/// Words of ship names, and call sign prefixes by MID.
std::span<const std::string_view> nameFirstWords();
std::span<const std::string_view> nameSecondWords();
/// Names with the characters a JSON writer must escape or a decoder must keep (quote, backslash,
/// apostrophe, full stop): given to a few pleasure craft.
std::span<const std::string_view> unusualNames();

struct Flag {
    std::uint16_t mid;
    std::string_view callSignPrefix;
    int weight; ///< how common the flag is in these waters
};
std::span<const Flag> flags();

} // namespace marsa::feeds::traffic
