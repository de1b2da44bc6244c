#include "feeds/feed_source.h"

#include "feeds/feed_config.h"
#include "feeds/log_file_source.h"
#include "feeds/serial_source.h"
#include "feeds/tcp_client_source.h"
#include "feeds/udp_source.h"

#include <QCoreApplication>

#include <algorithm>

namespace marsa::feeds {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::feeds::FeedSource)
};

} // namespace

QString stateName(FeedState state) {
    switch (state) {
    case FeedState::Stopped:
        return Text::tr("Stopped");
    case FeedState::Connecting:
        return Text::tr("Connecting");
    case FeedState::Connected:
        return Text::tr("Connected");
    case FeedState::Listening:
        return Text::tr("Listening");
    case FeedState::Disconnected:
        return Text::tr("Disconnected");
    case FeedState::Error:
        return Text::tr("Error");
    case FeedState::Finished:
        return Text::tr("Finished");
    }
    return {};
}

FeedSource::FeedSource(quint16 id, QObject *parent)
    : QObject(parent)
    , m_id(id) {}

void FeedSource::setState(FeedState state, const QString &message) {
    if (state == m_state && message == m_message) {
        return;
    }
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

void FeedSource::deliver(QByteArrayView line) {
    if (m_handler) {
        m_handler(line);
    }
}

void FeedSource::receive(QByteArrayView bytes) {
    m_bytes += static_cast<quint64>(bytes.size());
    m_splitter.feed(bytes, [this](QByteArrayView line) { deliver(line); });
}

void FeedSource::receiveDatagram(QByteArrayView bytes) {
    receive(bytes);
    m_splitter.finish([this](QByteArrayView line) { deliver(line); });
}

int Backoff::next() {
    const int delay = m_nextMs;
    m_nextMs = std::min(m_maximumMs, m_nextMs * 2);
    return delay;
}

std::unique_ptr<FeedSource> createSource(const FeedConfig &config) {
    switch (config.kind) {
    case FeedKind::UdpListener:
        return std::make_unique<UdpSource>(config);
    case FeedKind::TcpClient:
        return std::make_unique<TcpClientSource>(config);
    case FeedKind::SerialPort:
        return std::make_unique<SerialSource>(config);
    case FeedKind::LogFile:
        return std::make_unique<LogFileSource>(config);
    }
    return nullptr;
}

} // namespace marsa::feeds
