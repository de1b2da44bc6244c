#include "feeds/log_file_source.h"

#include "feeds/feed_config.h"

#include "feed_fixtures.h"

#include "catch_qt.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace marsa;
using feeds::FeedState;
using test::waitUntil;

namespace {

constexpr qint64 kStart = 1'700'000'000; // seconds since the epoch of the first line

QByteArray at(double secondsAfterStart, const QByteArray &sentenceText) {
    const auto ms = static_cast<qint64>(secondsAfterStart * 1000);
    // Milliseconds in the c: field, as some recorders write them, so half seconds can be paced.
    return test::tagged("s:tripoli,c:" + QByteArray::number(kStart * 1000 + ms), sentenceText);
}

struct Log {
    QTemporaryDir folder;
    QString path;

    explicit Log(const QByteArray &content) {
        REQUIRE(folder.isValid());
        path = folder.filePath(QStringLiteral("day.nmea"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(content) == content.size());
    }
    feeds::FeedConfig config(feeds::Playback playback, double speed = 1.0, bool loop = false) const {
        feeds::FeedConfig config;
        config.id = 5;
        config.kind = feeds::FeedKind::LogFile;
        config.name = QStringLiteral("Log");
        config.filePath = path;
        config.playback = playback;
        config.speed = speed;
        config.loop = loop;
        return config;
    }
};

} // namespace

TEST_CASE("A log played as fast as possible gives every line, counts the damaged ones and finishes") {
    const QByteArray content = at(0, test::kType1) + "\r\n" + test::kType18 + "\n" + QByteArray(2000, '#') +
                               "\n" + at(3600, test::kType5Part1) + "\r\n" +
                               test::kType5Part2; // no last line end
    Log log(content);
    feeds::LogFileSource source(log.config(feeds::Playback::AsFastAsPossible));
    test::Collector collector;
    collector.attach(source);
    QElapsedTimer clock;
    clock.start();
    source.start();
    CHECK(source.state() == FeedState::Connected);
    REQUIRE(waitUntil([&] { return source.state() == FeedState::Finished; }));
    CHECK(clock.elapsed() < 1000); // an hour of recorded time, not waited for
    CHECK(collector.lines == QList<QByteArray>{at(0, test::kType1), test::kType18,
                                               at(3600, test::kType5Part1), test::kType5Part2});
    CHECK(source.damagedLines() == 1);
    CHECK(source.bytes() == static_cast<quint64>(content.size()));
    CHECK(source.passes() == 1);
}

TEST_CASE("A log played at recorded speed follows its tag block times, scaled by the speed") {
    // Two seconds of recording at 10 times: 200 ms. A line without a time goes with the one
    // before it; a time going backwards starts the pacing again.
    const QByteArray content = at(0, test::kType1) + "\n" + at(0.5, test::kType18) + "\n" +
                               test::kType5Part1 + "\n" + at(1, test::kType5Part2) + "\n" +
                               at(2, test::kType1) + "\n" + at(-50, test::kType18) + "\n" +
                               at(-49, test::kType1) + "\n";
    Log log(content);
    feeds::LogFileSource source(log.config(feeds::Playback::RecordedSpeed, 10.0));
    QList<qint64> times;
    QElapsedTimer clock;
    source.setLineHandler([&](QByteArrayView) { times << clock.elapsed(); });
    clock.start();
    source.start();
    REQUIRE(waitUntil([&] { return source.state() == FeedState::Finished; }));
    REQUIRE(times.size() == 7);
    const qint64 first = times[0];
    // Timers never fire early (Qt::PreciseTimer); late, on a busy machine, they may be.
    CHECK(times[1] - first >= 50 - 2);
    CHECK(times[2] - times[1] < 40); // untimed: right after the line before
    CHECK(times[3] - first >= 100 - 2);
    CHECK(times[4] - first >= 200 - 2);
    CHECK(times[4] - first < 1000);        // ten times faster than the 2 s recorded, give or take
    CHECK(times[5] - times[4] < 40);       // back in time: played at once, pacing starts again
    CHECK(times[6] - times[5] >= 100 - 2); // one recorded second after it
}

TEST_CASE("A looping log starts again at its end, stop() stops it") {
    Log log(test::kType1 + "\n" + test::kType18 + "\n");
    feeds::LogFileSource source(log.config(feeds::Playback::AsFastAsPossible, 1.0, true));
    test::Collector collector;
    collector.attach(source);
    source.start();
    REQUIRE(waitUntil([&] { return source.passes() >= 3; }));
    CHECK(source.state() == FeedState::Connected);
    source.stop();
    CHECK(source.state() == FeedState::Stopped);
    const qsizetype stoppedAt = collector.lines.size();
    CHECK(stoppedAt >= 6);
    CHECK(collector.lines[0] == test::kType1);
    CHECK(collector.lines[3] == test::kType18);
    QTest::qWait(50);
    CHECK(collector.lines.size() == stoppedAt);
}

TEST_CASE("An empty log with loop on finishes instead of spinning") {
    Log log("");
    feeds::LogFileSource source(log.config(feeds::Playback::AsFastAsPossible, 1.0, true));
    source.start();
    REQUIRE(waitUntil([&] { return source.state() == FeedState::Finished; }, 1000));
    CHECK(source.lines() == 0);
}

TEST_CASE("A big log is played in turns, giving the event loop back between them") {
    QByteArray content;
    for (int i = 0; i < 20'000; ++i) {
        content += test::kType1 + "\r\n";
    }
    Log log(content);
    feeds::LogFileSource source(log.config(feeds::Playback::AsFastAsPossible));
    int delivered = 0;
    source.setLineHandler([&](QByteArrayView) { ++delivered; });
    source.start();
    CHECK(delivered == 0); // start() only schedules the first turn
    QCoreApplication::processEvents();
    CHECK(delivered > 0);
    CHECK(delivered <= 2000); // one turn
    // Read ahead of what was passed on: one chunk at most (16 KB, about 300 lines of 54 bytes).
    CHECK(source.lines() - static_cast<quint64>(delivered) <= 16 * 1024 / 54 + 1);
    REQUIRE(waitUntil([&] { return source.state() == FeedState::Finished; }));
    CHECK(delivered == 20'000);
    CHECK(source.lines() == 20'000);
}

TEST_CASE("A log that cannot be opened is an error that names it") {
    feeds::FeedConfig config;
    config.kind = feeds::FeedKind::LogFile;
    config.filePath = QStringLiteral("/nonexistent/day.nmea");
    feeds::LogFileSource source(config);
    source.start();
    CHECK(source.state() == FeedState::Error);
    CHECK(source.message().startsWith(QStringLiteral("Cannot open the log ")));
    CHECK(source.message().contains(QStringLiteral("day.nmea")));
}
