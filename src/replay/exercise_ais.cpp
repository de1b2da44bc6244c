#include "replay/exercise_ais.h"

#include "feeds/ais_encoder.h"
#include "feeds/ais_message.h"

#include <cmath>

namespace marsa::replay {
namespace {

std::int32_t units(double degrees) {
    return static_cast<std::int32_t>(std::lround(degrees * feeds::ais::kPositionUnitsPerDegree));
}

feeds::NmeaFraming framing(char channel, int sequenceId) {
    feeds::NmeaFraming framing;
    framing.channel = channel;
    framing.sequenceId = sequenceId;
    return framing;
}

} // namespace

QList<QByteArray> positionReportSentences(const AisVesselFix &fix, char channel) {
    feeds::ais::ClassAPositionReport report;
    report.navStatus = static_cast<std::uint8_t>(fix.navStatus);
    report.turn = 0;
    report.speed =
        static_cast<std::uint16_t>(std::min<long>(feeds::ais::kSpeedFast, std::lround(fix.sogKn * 10.0)));
    report.accuracy = true;
    report.lat = units(fix.position.latitude);
    report.lon = units(fix.position.longitude);
    if (fix.cogDeg) {
        const long course = std::lround(*fix.cogDeg * 10.0) % 3600;
        report.course = static_cast<std::uint16_t>(course < 0 ? course + 3600 : course);
        report.heading = static_cast<std::uint16_t>(report.course / 10);
    }
    report.second = static_cast<std::uint8_t>(fix.utcSecond);
    report.maneuver = 0;
    feeds::AisMessage message;
    message.type = 1;
    message.mmsi = fix.mmsi;
    message.body = report;
    return feeds::encodeAisSentences(message, framing(channel, 0));
}

QList<QByteArray> staticDataSentences(std::uint32_t mmsi, const QString &name, const QString &callSign,
                                      int shipType, int sequenceId, char channel) {
    feeds::ais::StaticVoyageData data;
    data.callSign.assign(callSign.toUpper().toStdString());
    data.shipName.assign(name.toUpper().toStdString());
    data.shipType = static_cast<std::uint8_t>(shipType);
    data.epfd = 1;
    data.dte = false;
    feeds::AisMessage message;
    message.type = 5;
    message.mmsi = mmsi;
    message.body = data;
    return feeds::encodeAisSentences(message, framing(channel, sequenceId));
}

} // namespace marsa::replay
