#include "core/static_merge.h"

#include <algorithm>

namespace marsa::core {
namespace {

QString pick(const QString &newer, const QString &older) {
    return newer.trimmed().isEmpty() ? older : newer;
}

template <typename Number>
Number pick(Number newer, Number older) {
    return newer != Number{} ? newer : older;
}

} // namespace

VesselStatic mergedStatic(const VesselStatic &known, const VesselStatic &report) {
    const bool reportIsNewer = report.confirmedMs >= known.confirmedMs;
    const VesselStatic &newer = reportIsNewer ? report : known;
    const VesselStatic &older = reportIsNewer ? known : report;
    VesselStatic merged;
    merged.mmsi = known.mmsi != 0 ? known.mmsi : report.mmsi;
    merged.name = pick(newer.name, older.name);
    merged.callSign = pick(newer.callSign, older.callSign);
    merged.imo = pick(newer.imo, older.imo);
    merged.shipType = pick(newer.shipType, older.shipType);
    // The four distances to the reference point are one measurement: take them together, so a
    // ship is never drawn with the bow of one report and the stern of another.
    const bool newerHasSize = newer.toBow + newer.toStern + newer.toPort + newer.toStarboard > 0;
    const VesselStatic &size = newerHasSize ? newer : older;
    merged.toBow = size.toBow;
    merged.toStern = size.toStern;
    merged.toPort = size.toPort;
    merged.toStarboard = size.toStarboard;
    merged.draught = pick(newer.draught, older.draught);
    merged.destination = pick(newer.destination, older.destination);
    merged.confirmedMs = std::max(known.confirmedMs, report.confirmedMs);
    return merged;
}

bool isEmptyStatic(const VesselStatic &data) {
    return data.name.trimmed().isEmpty() && data.callSign.trimmed().isEmpty() && data.imo == 0 &&
           data.shipType == 0 && data.toBow + data.toStern + data.toPort + data.toStarboard == 0 &&
           data.draught == 0 && data.destination.trimmed().isEmpty();
}

} // namespace marsa::core
