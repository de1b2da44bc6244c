#include "feeds/ais_traffic.h"

#include "feeds/ais_encoder.h"
#include "feeds/ais_traffic_sim.h"

#include <QDateTime>

#include <algorithm>

namespace marsa::feeds::traffic {

using namespace ais;

void Simulation::emit(AisMessage message, LatLon at, std::int64_t nowMs, char channel) {
    NmeaFraming framing;
    framing.channel = channel ? channel : (m_random.chance(0.5) ? 'A' : 'B');
    framing.sequenceId = m_sequenceId;
    if (m_options.tagBlocks) {
        // The nearest receiving station logs it.
        const Station *nearest = &stations().front();
        for (const Station &station : stations()) {
            if (distanceNm(at, {station.lat, station.lon}) < distanceNm(at, {nearest->lat, nearest->lon})) {
                nearest = &station;
            }
        }
        framing.tagTimeMs = nowMs;
        framing.tagSource =
            QByteArray(nearest->tagName.data(), static_cast<qsizetype>(nearest->tagName.size()));
    }
    message.timeMs = nowMs;
    message.channel = framing.channel;
    const QList<QByteArray> sentences = encodeAisSentences(message, framing);
    if (m_lines + sentences.size() > m_count) {
        return;
    }
    if (sentences.size() > 1) {
        m_sequenceId = (m_sequenceId + 1) % 10;
    }
    for (const QByteArray &sentence : sentences) {
        m_out += sentence;
        m_out += "\r\n";
    }
    m_lines += sentences.size();
}

void Simulation::positionReport(Vessel &vessel, std::int64_t nowMs) {
    move(vessel, nowMs);
    ++vessel.reports;
    const auto second = static_cast<std::uint8_t>((nowMs / kSecondMs) % 60);
    const auto heading = static_cast<std::uint16_t>(
        vessel.hasHeading ? static_cast<int>(normalized(std::round(vessel.cog) + vessel.headingOffset)) % 360
                          : kHeadingNotAvailable);
    AisMessage message;
    message.mmsi = vessel.mmsi;
    if (!vessel.classA) {
        if (vessel.extended && vessel.reports % 4 == 0) {
            message.type = 19;
            ClassBExtendedReport report;
            report.speed = static_cast<std::uint16_t>(std::lround(vessel.sog * 10));
            report.accuracy = vessel.accuracy;
            report.lon = positionUnits(vessel.at.lon);
            report.lat = positionUnits(vessel.at.lat);
            report.course = static_cast<std::uint16_t>(std::lround(vessel.cog * 10) % 3600);
            report.heading = heading;
            report.second = second;
            report.shipName.assign(vessel.name);
            report.shipType = vessel.shipType;
            report.toBow = vessel.toBow;
            report.toStern = vessel.toStern;
            report.toPort = vessel.toPort;
            report.toStarboard = vessel.toStarboard;
            report.epfd = 1;
            report.raim = vessel.raim;
            message.body = report;
        } else {
            message.type = 18;
            ClassBPositionReport report;
            report.speed = static_cast<std::uint16_t>(std::lround(vessel.sog * 10));
            report.accuracy = vessel.accuracy;
            report.lon = positionUnits(vessel.at.lon);
            report.lat = positionUnits(vessel.at.lat);
            report.course = static_cast<std::uint16_t>(std::lround(vessel.cog * 10) % 3600);
            report.heading = heading;
            report.second = second;
            report.cs = true;
            report.dsc = true;
            report.band = true;
            report.msg22 = true;
            report.raim = vessel.raim;
            report.radio = 917510; // the CS unit's fixed "1100000000000000110"
            message.body = report;
        }
        emit(message, vessel.at, nowMs);
        schedule(nowMs + positionInterval(vessel), EventKind::Position, indexOf(vessel));
        return;
    }
    message.type = vessel.positionType;
    ClassAPositionReport report;
    switch (vessel.mode) {
    case Mode::Moored:
        report.navStatus = 5;
        break;
    case Mode::Anchored:
        report.navStatus = 1;
        break;
    case Mode::Loiter:
        report.navStatus = vessel.shipType == 30 && vessel.sog < 5 ? 7 : 0;
        break;
    case Mode::Transit:
        report.navStatus = 0;
        break;
    }
    if (!vessel.hasRot) {
        report.turn = kTurnNotAvailable;
    } else {
        // ROT_AIS = 4.733 sqrt(degrees per minute), sign kept; +-127 beyond 708 degrees/min.
        const double minutes = std::max(1.0 / 60, static_cast<double>(positionInterval(vessel)) / kMinuteMs);
        double change = vessel.cog - vessel.lastCog;
        change = change > 180 ? change - 360 : change < -180 ? change + 360 : change;
        const double rate = change / minutes;
        const double raw = std::copysign(4.733 * std::sqrt(std::abs(rate)), rate);
        report.turn = static_cast<std::int8_t>(
            std::abs(rate) > 708 ? (rate > 0 ? 127 : -127) : std::clamp(std::lround(raw), -126L, 126L));
    }
    report.speed = static_cast<std::uint16_t>(std::min(1022L, std::lround(vessel.sog * 10)));
    report.accuracy = vessel.accuracy;
    report.lon = positionUnits(vessel.at.lon);
    report.lat = positionUnits(vessel.at.lat);
    report.course = static_cast<std::uint16_t>(std::lround(vessel.cog * 10) % 3600);
    report.heading = heading;
    report.second = m_random.chance(0.01) ? kSecondNotAvailable : second;
    report.maneuver = static_cast<std::uint8_t>(m_random.chance(0.9) ? 0 : 1);
    report.raim = vessel.raim;
    report.radio = m_random.bits(19);
    message.body = report;
    emit(message, vessel.at, nowMs);
    schedule(nowMs + positionInterval(vessel), EventKind::Position, indexOf(vessel));
}

double Simulation::remainingNm(const Vessel &vessel) const {
    const auto points = routes()[static_cast<std::size_t>(vessel.route)].points;
    const auto point = [&](std::size_t i) {
        const Place &place = points[vessel.reverse ? points.size() - 1 - i : i];
        return LatLon{place.lat, place.lon};
    };
    double total = 0;
    LatLon from = vessel.at;
    for (std::size_t leg = vessel.leg; leg < points.size(); ++leg) {
        total += distanceNm(from, point(leg));
        from = point(leg);
    }
    return total;
}

std::string Simulation::destinationOf(const Vessel &vessel) const {
    if (vessel.route < 0) {
        return vessel.home;
    }
    const auto points = routes()[static_cast<std::size_t>(vessel.route)].points;
    // Moored, it is bound for where it came from.
    const bool towardsFirst = vessel.mode == Mode::Moored ? !vessel.reverse : vessel.reverse;
    return std::string(towardsFirst ? points.front().name : points.back().name);
}

void Simulation::staticReport(Vessel &vessel, std::int64_t nowMs) {
    schedule(nowMs + 6 * kMinuteMs, EventKind::Static, indexOf(vessel));
    AisMessage message;
    message.mmsi = vessel.mmsi;
    if (!vessel.classA) {
        // Part A then part B; usually on one channel, sometimes on the other one.
        const char channel = m_random.chance(0.5) ? 'A' : 'B';
        message.type = 24;
        StaticDataReport partA;
        partA.part = StaticDataReport::Part::A;
        partA.shipName.assign(vessel.name);
        message.body = partA;
        emit(message, vessel.at, nowMs, channel);
        StaticDataReport partB;
        partB.part = StaticDataReport::Part::B;
        partB.shipType = vessel.shipType;
        partB.vendorId.assign(vessel.vendor);
        partB.model = vessel.model;
        partB.serial = vessel.serial;
        partB.callSign.assign(vessel.callSign);
        partB.mothershipMmsi = vessel.mothership;
        partB.toBow = vessel.toBow;
        partB.toStern = vessel.toStern;
        partB.toPort = vessel.toPort;
        partB.toStarboard = vessel.toStarboard;
        message.body = partB;
        emit(message, vessel.at, nowMs, m_random.chance(0.9) ? channel : (channel == 'A' ? 'B' : 'A'));
        return;
    }
    message.type = 5;
    StaticVoyageData data;
    data.aisVersion = vessel.aisVersion;
    data.imo = vessel.imo;
    data.callSign.assign(vessel.callSign);
    data.shipName.assign(vessel.name);
    data.shipType = vessel.shipType;
    data.toBow = vessel.toBow;
    data.toStern = vessel.toStern;
    data.toPort = vessel.toPort;
    data.toStarboard = vessel.toStarboard;
    data.epfd = static_cast<std::uint8_t>(m_random.chance(0.9) ? 1 : 3);
    if (vessel.mode == Mode::Transit) {
        const auto eta = QDateTime::fromMSecsSinceEpoch(
            nowMs + static_cast<std::int64_t>(remainingNm(vessel) / vessel.cruise * kHourMs), Qt::UTC);
        data.etaMonth = static_cast<std::uint8_t>(eta.date().month());
        data.etaDay = static_cast<std::uint8_t>(eta.date().day());
        data.etaHour = static_cast<std::uint8_t>(eta.time().hour());
        data.etaMinute = static_cast<std::uint8_t>(eta.time().minute());
    }
    data.draught = vessel.draught;
    data.destination.assign(destinationOf(vessel));
    message.body = data;
    emit(message, vessel.at, nowMs);
}

void Simulation::longRangeReport(Vessel &vessel, std::int64_t nowMs) {
    schedule(nowMs + 3 * kMinuteMs, EventKind::LongRange, indexOf(vessel));
    AisMessage message;
    message.type = 27;
    message.mmsi = vessel.mmsi;
    LongRangeReport report;
    report.accuracy = vessel.accuracy;
    report.raim = vessel.raim;
    report.navStatus = static_cast<std::uint8_t>(vessel.mode == Mode::Moored     ? 5
                                                 : vessel.mode == Mode::Anchored ? 1
                                                                                 : 0);
    report.lon = static_cast<std::int32_t>(std::lround(vessel.at.lon * kLongRangeUnitsPerDegree));
    report.lat = static_cast<std::int32_t>(std::lround(vessel.at.lat * kLongRangeUnitsPerDegree));
    report.speed = static_cast<std::uint8_t>(std::min(62L, std::lround(vessel.sog)));
    report.course = static_cast<std::uint16_t>(std::lround(vessel.cog) % 360);
    message.body = report;
    emit(message, vessel.at, nowMs);
}

void Simulation::baseStationReport(int index, std::int64_t nowMs) {
    schedule(nowMs + 10 * kSecondMs, EventKind::BaseStation, index);
    const Station &station = stations()[static_cast<std::size_t>(index)];
    const auto time = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    AisMessage message;
    message.type = 4;
    message.mmsi = station.mmsi;
    BaseStationReport report;
    report.year = static_cast<std::uint16_t>(time.date().year());
    report.month = static_cast<std::uint8_t>(time.date().month());
    report.day = static_cast<std::uint8_t>(time.date().day());
    report.hour = static_cast<std::uint8_t>(time.time().hour());
    report.minute = static_cast<std::uint8_t>(time.time().minute());
    report.second = static_cast<std::uint8_t>(time.time().second());
    report.accuracy = true;
    report.lon = positionUnits(station.lon);
    report.lat = positionUnits(station.lat);
    report.epfd = 7;
    report.radio = m_random.bits(19);
    message.body = report;
    emit(message, {station.lat, station.lon}, nowMs);
}

void Simulation::aidReport(int index, std::int64_t nowMs) {
    schedule(nowMs + 3 * kMinuteMs, EventKind::AidToNav, index);
    const AidToNavigation &aid = aidsToNavigation()[static_cast<std::size_t>(index)];
    AisMessage message;
    message.type = 21;
    message.mmsi = aid.mmsi;
    AidToNavigationReport report;
    report.aidType = aid.aidType;
    report.name.assign(aid.name);
    report.accuracy = true;
    report.lon = positionUnits(aid.lon);
    report.lat = positionUnits(aid.lat);
    if (aid.aidType == 31) {
        report.toBow = report.toStern = 30;
        report.toPort = report.toStarboard = 25;
    }
    report.epfd = 7;
    report.second = static_cast<std::uint8_t>((nowMs / kSecondMs) % 60);
    report.offPosition = m_random.chance(0.02);
    report.virtualAid = aid.virtualAid;
    message.body = report;
    emit(message, {aid.lat, aid.lon}, nowMs);
}

void Simulation::aircraftReport(std::int64_t nowMs) {
    const LatLon base{35.85, 14.48}; // Luqa
    if (m_flight.empty()) {
        // A sortie: to a search area between Malta and Tripoli, parallel tracks 20 NM long and
        // 3 NM apart (IAMSAR), and back.
        const LatLon start{34.30 + m_random.uniform(-0.2, 0.2), 13.30 + m_random.uniform(-0.2, 0.2)};
        m_flight.push_back(start);
        for (int track = 0; track < 8; ++track) {
            const LatLon from = moved(start, 180, 3.0 * track);
            m_flight.push_back(from);
            m_flight.push_back(moved(from, track % 2 == 0 ? 90 : 270, 20));
        }
        m_flight.push_back(base);
        m_flightLeg = 0;
        m_aircraft = base;
        m_aircraftMovedMs = nowMs;
    }
    const bool searching = m_flightLeg > 0 && m_flightLeg + 1 < m_flight.size();
    const double speed = searching ? 140 : 180;
    double left = speed * static_cast<double>(nowMs - m_aircraftMovedMs) / kHourMs;
    m_aircraftMovedMs = nowMs;
    while (left > 0 && m_flightLeg < m_flight.size()) {
        const double distance = distanceNm(m_aircraft, m_flight[m_flightLeg]);
        m_aircraftCourse = bearingDeg(m_aircraft, m_flight[m_flightLeg]);
        if (distance > left) {
            m_aircraft = moved(m_aircraft, m_aircraftCourse, left);
            break;
        }
        left -= distance;
        m_aircraft = m_flight[m_flightLeg++];
    }
    if (m_flightLeg == m_flight.size()) {
        m_flight.clear(); // landed; the next sortie in six hours
        schedule(nowMs + 6 * kHourMs, EventKind::Aircraft, 0);
        return;
    }
    schedule(nowMs + 10 * kSecondMs, EventKind::Aircraft, 0);
    AisMessage message;
    message.type = 9;
    message.mmsi = 111215501; // 111MIDxxx: a SAR aircraft of Malta
    SarAircraftReport report;
    report.altitude = static_cast<std::uint16_t>(searching ? 300 : 1500);
    report.speed = static_cast<std::uint16_t>(speed);
    report.accuracy = true;
    report.lon = positionUnits(m_aircraft.lon);
    report.lat = positionUnits(m_aircraft.lat);
    report.course = static_cast<std::uint16_t>(std::lround(m_aircraftCourse * 10) % 3600);
    report.second = static_cast<std::uint8_t>((nowMs / kSecondMs) % 60);
    report.dte = true;
    report.radio = m_random.bits(20);
    message.body = report;
    emit(message, m_aircraft, nowMs);
}

void Simulation::sartReport(std::int64_t nowMs) {
    // An AIS-SART sends eight reports a minute in bursts; here one every 7.5 s, about 0.8 kn of drift.
    schedule(nowMs + 7500, EventKind::Sart, 0);
    m_sartCourse = normalized(m_sartCourse + m_random.uniform(-5, 5));
    m_sart = moved(m_sart, m_sartCourse, 0.8 * 7.5 / 3600);
    AisMessage message;
    message.type = 1;
    message.mmsi = 970012345;
    ClassAPositionReport report;
    report.navStatus = 14; // AIS-SART active
    report.turn = kTurnNotAvailable;
    report.speed = 8;
    report.accuracy = true;
    report.lon = positionUnits(m_sart.lon);
    report.lat = positionUnits(m_sart.lat);
    report.course = static_cast<std::uint16_t>(std::lround(m_sartCourse * 10) % 3600);
    report.heading = kHeadingNotAvailable;
    report.second = static_cast<std::uint8_t>((nowMs / kSecondMs) % 60);
    report.radio = m_random.bits(19);
    message.body = report;
    emit(message, m_sart, nowMs);
}

void Simulation::fire(const Event &event) {
    switch (event.kind) {
    case EventKind::Position:
        positionReport(m_vessels[static_cast<std::size_t>(event.index)], event.timeMs);
        break;
    case EventKind::Static:
        staticReport(m_vessels[static_cast<std::size_t>(event.index)], event.timeMs);
        break;
    case EventKind::LongRange:
        longRangeReport(m_vessels[static_cast<std::size_t>(event.index)], event.timeMs);
        break;
    case EventKind::BaseStation:
        baseStationReport(event.index, event.timeMs);
        break;
    case EventKind::AidToNav:
        aidReport(event.index, event.timeMs);
        break;
    case EventKind::Aircraft:
        aircraftReport(event.timeMs);
        break;
    case EventKind::Sart:
        sartReport(event.timeMs);
        break;
    }
}

QByteArray Simulation::run(std::int64_t count) {
    m_count = count;
    const std::int64_t start = m_options.startMs;
    const auto within = [&](std::int64_t spanMs) {
        return start + static_cast<std::int64_t>(m_random.uniform(0, static_cast<double>(spanMs)));
    };
    for (int i = 0; i < std::max(2, m_options.ships); ++i) {
        addVessel(i);
    }
    for (const Vessel &vessel : m_vessels) {
        schedule(within(positionInterval(vessel)), EventKind::Position, indexOf(vessel));
        schedule(within(6 * kMinuteMs), EventKind::Static, indexOf(vessel));
        if (vessel.longRange) {
            schedule(within(3 * kMinuteMs), EventKind::LongRange, indexOf(vessel));
        }
    }
    for (std::size_t i = 0; i < stations().size(); ++i) {
        schedule(within(10 * kSecondMs), EventKind::BaseStation, static_cast<int>(i));
    }
    for (std::size_t i = 0; i < aidsToNavigation().size(); ++i) {
        schedule(within(3 * kMinuteMs), EventKind::AidToNav, static_cast<int>(i));
    }
    schedule(start + 5 * kMinuteMs, EventKind::Aircraft, 0);
    schedule(start + 2 * kMinuteMs, EventKind::Sart, 0);
    m_out.reserve(static_cast<qsizetype>(count) * 80);
    while (m_lines < m_count && !m_events.empty()) {
        const Event event = m_events.top();
        m_events.pop();
        fire(event);
    }
    return std::move(m_out);
}

} // namespace marsa::feeds::traffic

namespace marsa::feeds {

QByteArray generateTraffic(std::uint64_t seed, std::int64_t count, const TrafficOptions &options) {
    return traffic::Simulation(seed, options).run(count);
}

} // namespace marsa::feeds
