#include "feeds/own_ship.h"

#include "feeds/nmea_line.h"
#include "feeds/nmea_pipe.h"
#include "feeds/nmea_sentence.h"

#include <QNmeaPositionInfoSource>

namespace marsa::feeds {

OwnShip::OwnShip(QObject *parent)
    : QObject(parent) {
    m_pipe = new NmeaPipe(this);
    m_source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::RealTimeMode, this);
    m_source->setDevice(m_pipe);
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, [this](const QGeoPositionInfo &info) {
        m_position = info;
        Q_EMIT positionUpdated(info);
    });
    m_source->startUpdates();
}

OwnShip::~OwnShip() {
    m_source->stopUpdates();
}

void OwnShip::acceptLine(QByteArrayView line) {
    const QByteArrayView sentence = splitTagBlock(line).sentence;
    if (sentenceFormatter(sentence) == "HDT") {
        acceptHeading(sentence);
    } else if (!sentence.isEmpty()) {
        m_pipe->pushLine(sentence); // Qt's parser wants the sentence alone, from its '$'
    }
}

void OwnShip::acceptHeading(QByteArrayView sentence) {
    // $HEHDT,<heading>,T*hh
    const auto parsed = NmeaSentence::parse(sentence);
    if (!parsed || parsed->fields.size() < 2 || parsed->fields[1] != "T") {
        return;
    }
    bool ok = false;
    const double heading = parsed->fields[0].toDouble(&ok);
    if (!ok || heading < 0 || heading >= 360) {
        return; // an empty field: the gyro or GPS compass has no heading
    }
    m_heading = heading;
    Q_EMIT headingUpdated(heading);
}

} // namespace marsa::feeds
