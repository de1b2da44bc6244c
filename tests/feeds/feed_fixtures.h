#pragma once

#include "feeds/feed_source.h"
#include "feeds/line_sink.h"
#include "feeds/nmea_sentence.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QtCore/qtestsupport_core.h>

#include <functional>
#include <vector>

namespace marsa::test {

/// "$" or "!" + body + "*hh" with the checksum computed as NMEA 0183 defines it.
inline QByteArray sentence(char delimiter, const QByteArray &body) {
    return QByteArray(1, delimiter) + body + '*' +
           QByteArray::number(feeds::nmeaChecksum(body), 16).toUpper().rightJustified(2, '0');
}

/// A tag block with its checksum in front of a sentence: "\c:1700000000*hh\!AIVDM,...".
inline QByteArray tagged(const QByteArray &tagFields, const QByteArray &sentenceText) {
    return '\\' + tagFields + '*' +
           QByteArray::number(feeds::nmeaChecksum(tagFields), 16).toUpper().rightJustified(2, '0') + '\\' +
           sentenceText;
}

/// Real single-sentence AIS reports (gpsd test/sample.aivdm, rows of tests/data/ais-vectors.csv).
inline const QByteArray kType1 = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";
inline const QByteArray kType18 = "!AIVDM,1,1,,A,B52K>;h00Fc>jpUlNV@ikwpUoP06,0*4C";
/// A two-sentence type 5 (EVER DIADEM), sequential id 1, channel A.
inline const QByteArray kType5Part1 =
    "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C";
inline const QByteArray kType5Part2 = "!AIVDM,2,2,1,A,88888888880,2*25";

/// The lines a source hands on, with the thread they came on.
struct Collector {
    QList<QByteArray> lines;
    void attach(feeds::FeedSource &source) {
        source.setLineHandler([this](QByteArrayView line) { lines << line.toByteArray(); });
    }
};

/// A LineSink that keeps everything, from whichever thread calls it.
class RecordingSink final : public feeds::LineSink {
public:
    void acceptLines(std::span<const feeds::ReceivedLine> batch) override {
        QMutexLocker lock(&m_mutex);
        m_threads << QThread::currentThread();
        ++m_batches;
        for (const feeds::ReceivedLine &line : batch) {
            m_lines.push_back(line);
        }
    }
    std::vector<feeds::ReceivedLine> lines() const {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }
    QList<QThread *> threads() const {
        QMutexLocker lock(&m_mutex);
        return m_threads;
    }
    std::size_t size() const {
        QMutexLocker lock(&m_mutex);
        return m_lines.size();
    }
    int batches() const {
        QMutexLocker lock(&m_mutex);
        return m_batches;
    }

private:
    mutable QMutex m_mutex;
    std::vector<feeds::ReceivedLine> m_lines;
    QList<QThread *> m_threads;
    int m_batches = 0;
};

/// Runs the event loop until `done` holds or the time is up; true if it holds.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000) {
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace marsa::test
