#pragma once

#include "core/vessel.h"
#include "feeds/ais_message.h"

#include <QtGlobal>

#include <optional>

// From decoded AIS messages to the core's vessel types (core/vessel.h), which the track store,
// the chart and the Vessels panel use.
namespace marsa::feeds {

/// The position a message reports, scaled: types 1, 2, 3 (Class A), 9 (SAR aircraft), 18, 19
/// (Class B) and 27 (long range), and also 4 (base station) and 21 (aid to navigation), whose
/// fixed positions the chart draws as stations (their SOG/COG are NaN and heading -1; a caller
/// that wants moving targets only checks messageType or core::stationKindOf). nullopt for the
/// other types and for a position not available (lat 91 / lon 181) or out of range.
/// Not-available SOG/COG are NaN, heading -1 (also for the invalid 360-510 and COG > 360),
/// navStatus 15 where the type has none. Type 9 SOG is in whole knots, type 27 SOG and COG whole
/// knots and degrees; SOG 102.2 (types 1-3, 18, 19) means "102.2 kn or more". timeMs and sourceId
/// are the caller's (usually message.timeMs and the feed's id).
std::optional<core::VesselPosition> positionOf(const AisMessage &message, qint64 timeMs, quint16 sourceId);

/// The static data a message reports: types 5 (everything), 19 (name, type, dimensions), 21
/// (name and dimensions of the aid) and 24. A type 24 part A gives the name alone, a part B the
/// ship type, call sign and dimensions (none for an auxiliary craft, whose part B carries its
/// mother ship's MMSI instead): partial statics that a caller merges with what it knew of the
/// MMSI through core::mergedStatic() (core/static_merge.h). confirmedMs is timeMs. Names are built as QString
/// here only.
std::optional<core::VesselStatic> staticOf(const AisMessage &message, qint64 timeMs);

} // namespace marsa::feeds
