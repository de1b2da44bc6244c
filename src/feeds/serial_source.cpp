#include "feeds/serial_source.h"

#include "core/bidi.h"

#include "feeds/feed_config.h"

#include <QSerialPortInfo>
#include <QTimer>

namespace marsa::feeds {

SerialSource::SerialSource(const FeedConfig &config, QObject *parent)
    : FeedSource(config.id, parent)
    , m_device(config.serialDevice.trimmed())
    , m_baudRate(config.baudRate) {
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SerialSource::open);
}

SerialSource::~SerialSource() {
    if (m_port != nullptr) {
        m_port->disconnect(this);
    }
}

void SerialSource::start() {
    stop();
    m_running = true;
    m_backoff.reset();
    open();
}

void SerialSource::stop() {
    m_running = false;
    m_retryTimer->stop();
    if (m_port != nullptr) {
        m_port->disconnect(this);
        m_port->close();
        m_port->deleteLater();
        m_port = nullptr;
    }
    dropPartialLine();
    setState(FeedState::Stopped);
}

void SerialSource::open() {
    if (!m_running) {
        return;
    }
    if (m_port == nullptr) {
        m_port = new QSerialPort(this);
        connect(m_port, &QSerialPort::readyRead, this, [this] {
            if (m_port != nullptr) {
                receive(m_port->readAll());
            }
        });
        connect(m_port, &QSerialPort::errorOccurred, this, &SerialSource::onError);
    }
    setState(FeedState::Connecting);
    m_port->setPortName(m_device);
    m_port->setBaudRate(m_baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (m_port->open(QIODevice::ReadOnly)) {
        m_backoff.reset();
        setState(FeedState::Connected);
    }
    // A failed open() has already gone through onError().
}

QString SerialSource::describe(QSerialPort::SerialPortError error) const {
    const QString device = core::isolated(m_device);
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        return tr("The serial port %1 does not exist: plug in the adapter or choose another port.")
            .arg(device);
    case QSerialPort::PermissionError:
        return tr("No permission to open %1, or another program has it open. On Linux, add the user to "
                  "the dialout group.")
            .arg(device);
    case QSerialPort::ResourceError:
        return tr("The serial port %1 went away (adapter unplugged?).").arg(device);
    default:
        return tr("Serial port %1: %2.").arg(device, m_port != nullptr ? m_port->errorString() : QString());
    }
}

void SerialSource::onError(QSerialPort::SerialPortError error) {
    if (error == QSerialPort::NoError || m_port == nullptr) {
        return;
    }
    if (error == QSerialPort::TimeoutError) {
        return; // a quiet line is not a fault
    }
    const QString why = describe(error);
    if (m_port->isOpen()) {
        m_port->close();
    }
    dropPartialLine();
    if (!m_running || m_retryTimer->isActive()) {
        return;
    }
    const int delay = m_backoff.next();
    setState(FeedState::Error,
             why + QLatin1Char(' ') + tr("Trying again in %1 s.").arg((delay + 999) / 1000));
    m_retryTimer->start(delay);
}

QStringList availableSerialPorts() {
    QStringList names;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        names << info.systemLocation();
    }
    return names;
}

} // namespace marsa::feeds
