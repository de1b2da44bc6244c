#pragma once

#include "geo/lat_lon.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

// The AIS sentences an exercise transmits for its scripted vessels: real !AIVDM lines, armoured
// and checksummed by the project's encoder (feeds/ais_encoder.h), which the live path decodes as
// it decodes a receiver's.
namespace marsa::replay {

/// What a scripted vessel reports at one instant.
struct AisVesselFix {
    std::uint32_t mmsi = 0;
    geo::LatLon position;
    double sogKn = 0.0;
    std::optional<double> cogDeg; ///< none when it lies still
    int navStatus = 0;            ///< 0 under way using engine, 5 moored
    int utcSecond = 60;           ///< the second of the fix, 60 not available
};

/// A type 1 position report: one sentence.
QList<QByteArray> positionReportSentences(const AisVesselFix &fix, char channel = 'A');

/// A type 5 static and voyage data message: two sentences with the sequential id (0-9).
QList<QByteArray> staticDataSentences(std::uint32_t mmsi, const QString &name, const QString &callSign,
                                      int shipType, int sequenceId, char channel = 'A');

} // namespace marsa::replay
