#pragma once

// The simulation behind generateTraffic (ais_traffic.h): its random source, plane-sailing
// helpers, vessels and event queue. Internal to src/feeds.

#include "feeds/ais_message.h"
#include "feeds/ais_traffic.h"
#include "feeds/ais_traffic_data.h"

#include <QByteArray>

#include <cmath>
#include <cstdint>
#include <functional>
#include <numbers>
#include <queue>
#include <random>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace marsa::feeds::traffic {

inline constexpr std::int64_t kSecondMs = 1000;
inline constexpr std::int64_t kMinuteMs = 60 * kSecondMs;
inline constexpr std::int64_t kHourMs = 60 * kMinuteMs;
inline constexpr double kDegree = std::numbers::pi / 180.0;

class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed) {}
    double uniform(double low, double high) {
        return low + (high - low) * static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
    }
    int integer(int low, int high) {
        return low + static_cast<int>(m_engine() % static_cast<std::uint64_t>(high - low + 1));
    }
    bool chance(double probability) { return uniform(0, 1) < probability; }
    std::uint32_t bits(int count) { return static_cast<std::uint32_t>(m_engine() >> (64 - count)); }
    template <typename T>
    const T &pick(std::span<const T> items) {
        return items[static_cast<std::size_t>(integer(0, static_cast<int>(items.size()) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

struct LatLon {
    double lat = 0;
    double lon = 0;
};

// Plane sailing on a local equirectangular projection: metres-exact is not needed here.
inline double distanceNm(LatLon from, LatLon to) {
    const double north = (to.lat - from.lat) * 60.0;
    const double east = (to.lon - from.lon) * 60.0 * std::cos((from.lat + to.lat) / 2 * kDegree);
    return std::hypot(north, east);
}

inline double bearingDeg(LatLon from, LatLon to) {
    const double north = to.lat - from.lat;
    const double east = (to.lon - from.lon) * std::cos((from.lat + to.lat) / 2 * kDegree);
    const double bearing = std::atan2(east, north) / kDegree;
    return bearing < 0 ? bearing + 360 : bearing;
}

inline LatLon moved(LatLon from, double courseDeg, double distance) {
    const double lat = from.lat + distance * std::cos(courseDeg * kDegree) / 60.0;
    const double lon =
        from.lon + distance * std::sin(courseDeg * kDegree) / (60.0 * std::cos(from.lat * kDegree));
    return {lat, lon};
}

inline double normalized(double degrees) {
    const double wrapped = std::fmod(degrees, 360.0);
    return wrapped < 0 ? wrapped + 360 : wrapped;
}

inline std::int32_t positionUnits(double degrees) {
    return static_cast<std::int32_t>(std::lround(degrees * ais::kPositionUnitsPerDegree));
}

enum class Mode : std::uint8_t { Transit, Moored, Loiter, Anchored };

struct Vessel {
    std::uint32_t mmsi = 0;
    bool classA = true;
    std::uint8_t positionType = 1; // 1, 2, 3 or 18
    std::uint8_t shipType = 0;
    std::string name;
    std::string callSign;
    std::uint32_t imo = 0;
    std::uint16_t toBow = 0, toStern = 0;
    std::uint8_t toPort = 0, toStarboard = 0;
    std::uint8_t draught = 0;
    std::uint8_t aisVersion = 0;
    LatLon at;
    double cog = 0, sog = 0, cruise = 10;
    double lastCog = 0;
    int headingOffset = 0;
    bool hasHeading = true, hasRot = true, accuracy = false, raim = false;
    Mode mode = Mode::Transit;
    int route = -1;
    bool reverse = false;
    std::size_t leg = 1; // the waypoint being steered for
    std::int64_t until = 0;
    LatLon centre;
    double radiusDeg = 0;
    std::string home;
    std::int64_t movedMs = 0;
    bool longRange = false;
    bool extended = false; // a Class B that sometimes sends type 19
    int reports = 0;
    std::uint32_t mothership = 0;
    std::string vendor;
    std::uint8_t model = 0;
    std::uint32_t serial = 0;
};

enum class EventKind : std::uint8_t { Position, Static, LongRange, BaseStation, AidToNav, Aircraft, Sart };

struct Event {
    std::int64_t timeMs;
    std::uint64_t order; // ties keep the order they were scheduled in
    EventKind kind;
    int index;
    bool operator>(const Event &other) const {
        return timeMs != other.timeMs ? timeMs > other.timeMs : order > other.order;
    }
};

class Simulation {
public:
    Simulation(std::uint64_t seed, const TrafficOptions &options)
        : m_random(seed)
        , m_options(options) {}

    QByteArray run(std::int64_t count);

private:
    void addVessel(int index);
    std::uint32_t newMmsi(std::uint32_t prefix, std::uint32_t digits);
    std::string newName();
    void placeOnRoute(Vessel &vessel, bool startMoored);
    void move(Vessel &vessel, std::int64_t nowMs);
    void steerInArea(Vessel &vessel);
    std::int64_t positionInterval(const Vessel &vessel) const;
    void schedule(std::int64_t timeMs, EventKind kind, int index) {
        m_events.push({timeMs, m_order++, kind, index});
    }
    void fire(const Event &event);
    void positionReport(Vessel &vessel, std::int64_t nowMs);
    void staticReport(Vessel &vessel, std::int64_t nowMs);
    void longRangeReport(Vessel &vessel, std::int64_t nowMs);
    void baseStationReport(int index, std::int64_t nowMs);
    void aidReport(int index, std::int64_t nowMs);
    void aircraftReport(std::int64_t nowMs);
    void sartReport(std::int64_t nowMs);
    int indexOf(const Vessel &vessel) const { return static_cast<int>(&vessel - m_vessels.data()); }
    std::string destinationOf(const Vessel &vessel) const;
    double remainingNm(const Vessel &vessel) const;
    // Queues one message's sentences for output; a message that would not fit in what is left
    // of the count is left out, so that no fragment stands alone.
    void emit(AisMessage message, LatLon at, std::int64_t nowMs, char channel = 0);

    Random m_random;
    TrafficOptions m_options;
    std::vector<Vessel> m_vessels;
    std::set<std::uint32_t> m_mmsis;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_events;
    std::uint64_t m_order = 0;
    int m_sequenceId = 0;
    QByteArray m_out;
    std::int64_t m_lines = 0;
    std::int64_t m_count = 0;
    // The SAR aircraft's sortie (waypoints, the next one, altitude) and the SART's drift.
    std::vector<LatLon> m_flight;
    std::size_t m_flightLeg = 0;
    LatLon m_aircraft{35.85, 14.48};
    double m_aircraftCourse = 0;
    std::int64_t m_aircraftMovedMs = 0;
    LatLon m_sart{34.35, 12.75};
    double m_sartCourse = 40;
};

} // namespace marsa::feeds::traffic
