#include "feeds/ais_traffic_sim.h"

#include <algorithm>

// The fleet of the generated traffic: who the vessels are, and how they move.
namespace marsa::feeds::traffic {

std::uint32_t Simulation::newMmsi(std::uint32_t prefix, std::uint32_t digits) {
    const auto scale = static_cast<std::uint32_t>(std::pow(10, digits));
    for (;;) {
        const std::uint32_t mmsi = prefix * scale + m_random.bits(30) % scale;
        if (mmsi % scale >= scale / 10 && m_mmsis.insert(mmsi).second) {
            return mmsi;
        }
    }
}

std::string Simulation::newName() {
    std::string name =
        std::string(m_random.pick(nameFirstWords())) + ' ' + std::string(m_random.pick(nameSecondWords()));
    if (m_random.chance(0.3)) {
        name += ' ' + std::to_string(m_random.integer(1, 12));
    }
    return name.substr(0, 20);
}

void Simulation::placeOnRoute(Vessel &vessel, bool startMoored) {
    vessel.route = m_random.integer(0, static_cast<int>(routes().size()) - 1);
    vessel.reverse = m_random.chance(0.5);
    const auto points = routes()[static_cast<std::size_t>(vessel.route)].points;
    const auto point = [&](std::size_t i) {
        const Place &place = points[vessel.reverse ? points.size() - 1 - i : i];
        return LatLon{place.lat, place.lon};
    };
    if (startMoored) {
        vessel.mode = Mode::Moored;
        vessel.at = point(0);
        vessel.leg = 1;
        vessel.until = m_options.startMs + static_cast<std::int64_t>(m_random.uniform(0, 6) * kHourMs);
        return;
    }
    vessel.mode = Mode::Transit;
    vessel.leg = static_cast<std::size_t>(m_random.integer(1, static_cast<int>(points.size()) - 1));
    const LatLon from = point(vessel.leg - 1);
    const LatLon to = point(vessel.leg);
    const double along = m_random.uniform(0.05, 0.95);
    vessel.at = {from.lat + (to.lat - from.lat) * along, from.lon + (to.lon - from.lon) * along};
    vessel.cog = bearingDeg(vessel.at, to);
    vessel.lastCog = vessel.cog;
    vessel.sog = vessel.cruise;
}

void Simulation::addVessel(int index) {
    Vessel vessel;
    // The first vessel is a Class A SAR vessel, the second its Class B rescue tender.
    vessel.classA = index == 0 || (index != 1 && m_random.chance(0.75));
    const auto &flag = [&]() -> const Flag & {
        int total = 0;
        for (const Flag &f : flags()) {
            total += f.weight;
        }
        int choice = m_random.integer(0, total - 1);
        for (const Flag &f : flags()) {
            if ((choice -= f.weight) < 0) {
                return f;
            }
        }
        return flags().front();
    }();
    vessel.mmsi = newMmsi(flag.mid, 6);
    vessel.name = newName();
    vessel.callSign = std::string(flag.callSignPrefix) + std::to_string(m_random.integer(100, 9999));
    vessel.accuracy = m_random.chance(0.6);
    vessel.raim = m_random.chance(0.2);
    vessel.hasRot = m_random.chance(0.8);
    vessel.hasHeading = m_random.chance(vessel.classA ? 0.9 : 0.15);
    vessel.headingOffset = m_random.integer(-3, 3);
    vessel.aisVersion = static_cast<std::uint8_t>(m_random.chance(0.8) ? 0 : m_random.integer(1, 2));
    const double role = m_random.uniform(0, 1);
    double length = 0;
    double beam = 0;
    if (vessel.classA) {
        const double kind = m_random.uniform(0, 1);
        vessel.positionType = kind < 0.80 ? 1 : kind < 0.97 ? 3 : 2;
        vessel.longRange = m_random.chance(0.05);
        if (role < 0.70) {
            placeOnRoute(vessel, m_random.chance(0.2));
            const bool ferry = vessel.route == 14; // Valletta - Pozzallo: a fast craft
            const bool tanker = !ferry && m_random.chance(0.35);
            vessel.shipType =
                static_cast<std::uint8_t>(ferry                   ? 40
                                          : tanker                ? 80 + m_random.integer(0, 4)
                                          : m_random.chance(0.15) ? 60 + m_random.integer(0, 9)
                                                                  : 70 + m_random.integer(0, 9));
            vessel.cruise = ferry ? m_random.uniform(34, 38) : m_random.uniform(10, tanker ? 14 : 16);
            length = ferry ? 107 : m_random.uniform(90, tanker ? 250 : 220);
            beam = ferry ? 17 : m_random.uniform(14, tanker ? 44 : 32);
            vessel.draught = static_cast<std::uint8_t>(m_random.integer(50, tanker ? 150 : 120));
            vessel.imo = 0;
            while (vessel.imo == 0) {
                // IMO numbers end on a check digit: 7, 6, ... 2 times the first six digits.
                const int body = m_random.integer(900000, 999999);
                int sum = 0;
                for (int digit = 0, value = body; digit < 6; ++digit, value /= 10) {
                    sum += (value % 10) * (digit + 2);
                }
                vessel.imo = static_cast<std::uint32_t>(body * 10 + sum % 10);
            }
            if (vessel.mode == Mode::Transit) {
                vessel.sog = vessel.cruise;
            }
        } else if (role < 0.85) {
            const Area &area = areas()[static_cast<std::size_t>(m_random.integer(0, 5))];
            vessel.mode = Mode::Loiter;
            vessel.centre = {area.centre.lat, area.centre.lon};
            vessel.radiusDeg = area.radiusDeg;
            vessel.home = std::string(area.centre.name);
            vessel.shipType = 30;
            length = m_random.uniform(15, 40);
            beam = m_random.uniform(5, 9);
            vessel.draught = static_cast<std::uint8_t>(m_random.integer(20, 45));
        } else if (role < 0.93) {
            const Place &anchorage = m_random.pick(anchorages());
            vessel.mode = Mode::Anchored;
            vessel.centre = {anchorage.lat, anchorage.lon};
            vessel.radiusDeg = 0.05;
            vessel.home = std::string(anchorage.name);
            vessel.shipType = static_cast<std::uint8_t>(80 + m_random.integer(0, 4));
            length = m_random.uniform(180, 330);
            beam = m_random.uniform(32, 60);
            vessel.draught = static_cast<std::uint8_t>(m_random.integer(100, 200));
        } else {
            const Place &anchorage = m_random.pick(anchorages());
            vessel.mode = Mode::Loiter;
            vessel.centre = {anchorage.lat, anchorage.lon};
            vessel.radiusDeg = 0.1;
            vessel.home = std::string(anchorage.name);
            constexpr std::uint8_t kServiceTypes[] = {50, 51, 52, 55, 31};
            vessel.shipType = kServiceTypes[m_random.integer(0, 4)];
            length = m_random.uniform(20, 60);
            beam = m_random.uniform(6, 12);
            vessel.draught = static_cast<std::uint8_t>(m_random.integer(25, 50));
        }
    } else {
        vessel.positionType = 18;
        vessel.extended = m_random.chance(0.2);
        const bool pleasure = role < 0.6;
        const auto candidates = areas();
        const Area *area = nullptr;
        while (!area || area->fishing == pleasure) {
            area = &m_random.pick(candidates);
        }
        vessel.mode = Mode::Loiter;
        vessel.centre = {area->centre.lat, area->centre.lon};
        vessel.radiusDeg = area->radiusDeg;
        vessel.home = std::string(area->centre.name);
        vessel.shipType = static_cast<std::uint8_t>(pleasure ? (m_random.chance(0.5) ? 36 : 37) : 30);
        length = m_random.uniform(8, 24);
        beam = m_random.uniform(3, 7);
        constexpr std::string_view kVendors[] = {"SRT", "TRM", "GRM", "FEC", "EMT", "MAT"};
        vessel.vendor = std::string(kVendors[m_random.integer(0, 5)]);
        vessel.model = static_cast<std::uint8_t>(m_random.integer(1, 15));
        vessel.serial = m_random.bits(20);
        if (m_random.chance(0.3)) {
            vessel.callSign.clear();
        }
        // The first Class B craft carry the names a JSON writer must escape.
        const auto unusual = unusualNames();
        const auto classB = static_cast<std::size_t>(std::count_if(
            m_vessels.begin(), m_vessels.end(), [](const Vessel &other) { return !other.classA; }));
        if (classB < unusual.size()) {
            vessel.name = std::string(unusual[classB]);
        }
        if (index == 1) {
            // A rescue tender: an auxiliary craft of the SAR vessel created first.
            vessel.mmsi = newMmsi(98215, 4);
            vessel.mothership = m_vessels.front().mmsi;
            vessel.name = "RIB " + m_vessels.front().name.substr(0, 16);
        }
    }
    if (index == 0) {
        // A SAR vessel on patrol south of Malta.
        vessel.shipType = 51;
        vessel.mode = Mode::Loiter;
        vessel.centre = {35.3, 14.2};
        vessel.radiusDeg = 0.3;
        vessel.home = "VALLETTA";
        length = 53;
        beam = 11;
    }
    vessel.toBow = static_cast<std::uint16_t>(std::min(511.0, length * m_random.uniform(0.7, 0.85)));
    vessel.toStern = static_cast<std::uint16_t>(std::min(511.0, length) - vessel.toBow);
    vessel.toPort = static_cast<std::uint8_t>(std::min(63.0, beam / 2));
    vessel.toStarboard = static_cast<std::uint8_t>(std::min(63.0, beam - vessel.toPort));
    if (vessel.mode != Mode::Transit && vessel.mode != Mode::Moored) {
        const double angle = m_random.uniform(0, 360);
        const double radius = vessel.radiusDeg * std::sqrt(m_random.uniform(0, 1));
        vessel.at = {vessel.centre.lat + radius * std::cos(angle * kDegree),
                     vessel.centre.lon + radius * std::sin(angle * kDegree)};
        vessel.cog = m_random.uniform(0, 360);
        vessel.lastCog = vessel.cog;
        vessel.sog = vessel.mode == Mode::Anchored ? 0.1 : m_random.uniform(1, 6);
    }
    vessel.movedMs = m_options.startMs;
    m_vessels.push_back(std::move(vessel));
}

void Simulation::steerInArea(Vessel &vessel) {
    const double off = distanceNm(vessel.at, vessel.centre) / 60.0;
    if (off > vessel.radiusDeg) {
        vessel.cog = normalized(bearingDeg(vessel.at, vessel.centre) + m_random.uniform(-20, 20));
    } else {
        vessel.cog = normalized(vessel.cog + m_random.uniform(-15, 15));
    }
}

void Simulation::move(Vessel &vessel, std::int64_t nowMs) {
    const double hours = static_cast<double>(nowMs - vessel.movedMs) / kHourMs;
    vessel.movedMs = nowMs;
    vessel.lastCog = vessel.cog;
    switch (vessel.mode) {
    case Mode::Moored:
        vessel.sog = 0;
        if (nowMs >= vessel.until) {
            vessel.mode = Mode::Transit; // sails back the way it came
            vessel.reverse = !vessel.reverse;
            vessel.leg = 1;
        }
        return;
    case Mode::Anchored:
        vessel.sog = m_random.uniform(0, 0.2);
        vessel.cog = normalized(vessel.cog + m_random.uniform(-5, 5));
        vessel.at = moved(vessel.at, vessel.cog, vessel.sog * hours);
        return;
    case Mode::Loiter:
        steerInArea(vessel);
        vessel.sog = std::clamp(vessel.sog + m_random.uniform(-0.5, 0.5), 0.5, vessel.classA ? 9.0 : 7.0);
        vessel.at = moved(vessel.at, vessel.cog, vessel.sog * hours);
        return;
    case Mode::Transit:
        break;
    }
    const auto points = routes()[static_cast<std::size_t>(vessel.route)].points;
    const auto point = [&](std::size_t i) {
        const Place &place = points[vessel.reverse ? points.size() - 1 - i : i];
        return LatLon{place.lat, place.lon};
    };
    double left = vessel.cruise * hours;
    while (left > 0) {
        const LatLon target = point(vessel.leg);
        const double distance = distanceNm(vessel.at, target);
        if (distance > left) {
            vessel.cog = bearingDeg(vessel.at, target);
            vessel.at = moved(vessel.at, vessel.cog, left);
            break;
        }
        left -= distance;
        vessel.at = target;
        if (++vessel.leg == points.size()) {
            vessel.mode = Mode::Moored;
            vessel.until = nowMs + static_cast<std::int64_t>(m_random.uniform(1, 6) * kHourMs);
            vessel.sog = 0;
            return;
        }
    }
    vessel.sog = std::max(0.0, vessel.cruise + m_random.uniform(-0.4, 0.4));
}

std::int64_t Simulation::positionInterval(const Vessel &vessel) const {
    // ITU-R M.1371-5 Table 1: Class A 3 min at anchor or moored, 10 s up to 14 kn, 6 s up to 23,
    // 2 s above; Class B CS 30 s above 2 kn, 3 min below.
    if (!vessel.classA) {
        return vessel.sog > 2 ? 30 * kSecondMs : 3 * kMinuteMs;
    }
    if (vessel.mode == Mode::Moored || vessel.mode == Mode::Anchored) {
        return 3 * kMinuteMs;
    }
    return vessel.sog > 23 ? 2 * kSecondMs : vessel.sog > 14 ? 6 * kSecondMs : 10 * kSecondMs;
}

} // namespace marsa::feeds::traffic
