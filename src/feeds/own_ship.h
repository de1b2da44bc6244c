#pragma once

#include <QGeoPositionInfo>
#include <QObject>

#include <optional>

class QNmeaPositionInfoSource;

namespace marsa::feeds {

class NmeaPipe;

/// Own ship's position, speed and course from GPS sentences (GGA, RMC, VTG, GLL from any
/// talker: $GP, $GN, $GL...), read by Qt Positioning's QNmeaPositionInfoSource in real-time mode
/// from a pipe the feed manager writes the lines into; and own ship's heading from HDT.
///
/// Qt Positioning 6.4 does not read HDT, and QGeoPositionInfo has no heading: its Direction is
/// the course over ground (RMC, VTG). The heading is therefore parsed here and given through
/// headingUpdated() and heading().
///
/// Qt 6.4 gives one update per fix (UTC time of the sentence): some milliseconds after the first
/// sentence of a new time arrives, merged with what came with it; sentences of the same time that
/// arrive later (a GGA after its RMC, a VTG, which has no time) are merged into the next update.
/// So positionUpdated() comes about once a second from a 1 Hz receiver.
class OwnShip final : public QObject {
    Q_OBJECT
public:
    explicit OwnShip(QObject *parent = nullptr);
    ~OwnShip() override;

    /// One GPS sentence, tag block allowed, checksum already checked (feeds::classifyLine).
    void acceptLine(QByteArrayView line);

    /// The last update, invalid before the first fix.
    const QGeoPositionInfo &position() const { return m_position; }
    /// Degrees true from the last HDT.
    std::optional<double> heading() const { return m_heading; }

Q_SIGNALS:
    void positionUpdated(const QGeoPositionInfo &position);
    void headingUpdated(double headingDeg);

private:
    void acceptHeading(QByteArrayView sentence);

    NmeaPipe *m_pipe = nullptr;
    QNmeaPositionInfoSource *m_source = nullptr;
    QGeoPositionInfo m_position;
    std::optional<double> m_heading;
};

} // namespace marsa::feeds
