#pragma once

#include "core/vessel.h"

namespace marsa::core {

/// Merges a new static report of one station into what is known of it. AIS sends static data in
/// pieces: type 24 part A carries only the name, part B the ship type, call sign and dimensions,
/// type 5 everything but may leave the destination blank, so a report never erases a value it
/// does not carry. The rule, field by field: a reported value (a non-blank string, a non-zero
/// number) of the newer of the two records wins; where the newer one reports nothing, the older
/// one's value stays. The newer record is the one with the later confirmedMs (the report on a
/// tie). The result's confirmedMs is the later of the two; its MMSI is the known one (or the
/// report's when nothing was known).
VesselStatic mergedStatic(const VesselStatic &known, const VesselStatic &report);

/// True when the record carries no static value at all (only an MMSI and a time).
bool isEmptyStatic(const VesselStatic &data);

} // namespace marsa::core
