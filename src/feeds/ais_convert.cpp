#include "feeds/ais_convert.h"

#include <algorithm>
#include <limits>

namespace marsa::feeds {
namespace {

using namespace ais;

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

template <std::size_t N>
QString textOf(const AisText<N> &text) {
    return QString::fromLatin1(text.chars.data(), text.size);
}

// SOG in 0.1 kn (types 1-3, 18, 19).
float tenthKnots(std::uint16_t speed) {
    return speed == kSpeedNotAvailable ? kNaN : static_cast<float>(speed) / 10.0F;
}

// COG in 0.1 degree: 3600 is "not available" and 3601-4095 are invalid.
float tenthDegrees(std::uint16_t course) {
    return course >= kCourseNotAvailable ? kNaN : static_cast<float>(course) / 10.0F;
}

std::int16_t headingOf(std::uint16_t heading) {
    return heading < 360 ? static_cast<std::int16_t>(heading) : std::int16_t{-1};
}

std::optional<core::VesselPosition> located(const AisMessage &message, std::int32_t lat, std::int32_t lon,
                                            double unitsPerDegree, qint64 timeMs, quint16 sourceId) {
    const auto degrees = latLonDegrees(lat, lon, unitsPerDegree);
    if (!degrees) {
        return std::nullopt;
    }
    core::VesselPosition position;
    position.mmsi = message.mmsi;
    position.timeMs = timeMs;
    position.lat = degrees->first;
    position.lon = degrees->second;
    position.messageType = message.type;
    position.sourceId = sourceId;
    return position;
}

template <typename Report>
std::optional<core::VesselPosition> classB(const AisMessage &message, const Report &report, qint64 timeMs,
                                           quint16 sourceId) {
    auto position = located(message, report.lat, report.lon, kPositionUnitsPerDegree, timeMs, sourceId);
    if (position) {
        position->sog = tenthKnots(report.speed);
        position->cog = tenthDegrees(report.course);
        position->heading = headingOf(report.heading);
    }
    return position;
}

void setDimensions(core::VesselStatic &result, int toBow, int toStern, int toPort, int toStarboard) {
    result.toBow = toBow;
    result.toStern = toStern;
    result.toPort = toPort;
    result.toStarboard = toStarboard;
}

} // namespace

std::optional<core::VesselPosition> positionOf(const AisMessage &message, qint64 timeMs, quint16 sourceId) {
    if (const auto *report = message.as<ClassAPositionReport>()) {
        auto position = located(message, report->lat, report->lon, kPositionUnitsPerDegree, timeMs, sourceId);
        if (position) {
            position->sog = tenthKnots(report->speed);
            position->cog = tenthDegrees(report->course);
            position->heading = headingOf(report->heading);
            position->navStatus = report->navStatus;
        }
        return position;
    }
    if (const auto *report = message.as<ClassBPositionReport>()) {
        return classB(message, *report, timeMs, sourceId);
    }
    if (const auto *report = message.as<ClassBExtendedReport>()) {
        return classB(message, *report, timeMs, sourceId);
    }
    if (const auto *report = message.as<SarAircraftReport>()) {
        auto position = located(message, report->lat, report->lon, kPositionUnitsPerDegree, timeMs, sourceId);
        if (position) {
            position->sog = report->speed == kSpeedNotAvailable ? kNaN : static_cast<float>(report->speed);
            position->cog = tenthDegrees(report->course);
        }
        return position;
    }
    if (const auto *report = message.as<LongRangeReport>()) {
        auto position =
            located(message, report->lat, report->lon, kLongRangeUnitsPerDegree, timeMs, sourceId);
        if (position) {
            position->sog =
                report->speed == kLongRangeSpeedNotAvailable ? kNaN : static_cast<float>(report->speed);
            position->cog = report->course < 360 ? static_cast<float>(report->course) : kNaN;
            position->navStatus = report->navStatus;
        }
        return position;
    }
    if (const auto *report = message.as<BaseStationReport>()) {
        return located(message, report->lat, report->lon, kPositionUnitsPerDegree, timeMs, sourceId);
    }
    if (const auto *report = message.as<AidToNavigationReport>()) {
        return located(message, report->lat, report->lon, kPositionUnitsPerDegree, timeMs, sourceId);
    }
    return std::nullopt;
}

std::optional<core::VesselStatic> staticOf(const AisMessage &message, qint64 timeMs) {
    core::VesselStatic result;
    result.mmsi = message.mmsi;
    result.confirmedMs = timeMs;
    if (const auto *data = message.as<StaticVoyageData>()) {
        result.name = textOf(data->shipName);
        result.callSign = textOf(data->callSign);
        result.imo = data->imo;
        result.shipType = data->shipType;
        setDimensions(result, data->toBow, data->toStern, data->toPort, data->toStarboard);
        result.draught = static_cast<float>(data->draught) / 10.0F;
        result.destination = textOf(data->destination);
        return result;
    }
    if (const auto *report = message.as<ClassBExtendedReport>()) {
        result.name = textOf(report->shipName);
        result.shipType = report->shipType;
        setDimensions(result, report->toBow, report->toStern, report->toPort, report->toStarboard);
        return result;
    }
    if (const auto *report = message.as<AidToNavigationReport>()) {
        result.name = textOf(report->name);
        setDimensions(result, report->toBow, report->toStern, report->toPort, report->toStarboard);
        return result;
    }
    if (const auto *report = message.as<StaticDataReport>()) {
        if (report->hasPartA()) {
            result.name = textOf(report->shipName);
        }
        if (report->hasPartB()) {
            result.shipType = report->shipType;
            result.callSign = textOf(report->callSign);
            if (!isAuxiliaryMmsi(message.mmsi)) {
                setDimensions(result, report->toBow, report->toStern, report->toPort, report->toStarboard);
            }
        }
        return result;
    }
    return std::nullopt;
}

} // namespace marsa::feeds
