#pragma once

#include "core/result.h"
#include "geo/lat_lon.h"

#include <QString>

namespace marsa::geo {

/// Formats in degrees and decimal minutes, as charts and radios give positions:
/// 33°05.400'N, 013°10.200'E. Minutes are rounded to the given decimals, carrying into degrees.
QString formatLatitude(double latitude, int minuteDecimals = 3);
QString formatLongitude(double longitude, int minuteDecimals = 3);
/// "33°05.400'N 013°10.200'E": latitude first.
QString formatPosition(const LatLon &position, int minuteDecimals = 3);

/// Reads a position as an officer types it: decimal degrees ("33.09, 13.17", "-33.09 13.17"),
/// degrees and decimal minutes ("33 05.4N 13 10.2E", "33°05.400'N 013°10.200'E",
/// "N33 05.4 E013 10.2"), or degrees, minutes and seconds ("33 05 24N 013 10 12E"). Arabic-Indic
/// digits and the Arabic decimal separator are accepted. Latitude comes first unless hemisphere
/// letters say otherwise. A failure says what is wrong.
core::Result<LatLon> parsePosition(const QString &text);

} // namespace marsa::geo
