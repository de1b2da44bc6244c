#include "feeds/ais_pipeline.h"

#include "ais_test_support.h"
#include "feeds/ais_encoder.h"
#include "storage/database.h"
#include "storage/track_store.h"

#include "catch_qt.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace marsa;

namespace {

constexpr std::int64_t kTimeMs = 1'795'428'000'000; // 2026-11-23 10:00 UTC

feeds::AisMessage classA(std::uint32_t mmsi, double lat, double lon) {
    feeds::AisMessage message;
    message.type = 1;
    message.mmsi = mmsi;
    feeds::ais::ClassAPositionReport report;
    report.navStatus = 0;
    report.speed = 85; // 8.5 kn
    report.lat = static_cast<std::int32_t>(lat * feeds::ais::kPositionUnitsPerDegree);
    report.lon = static_cast<std::int32_t>(lon * feeds::ais::kPositionUnitsPerDegree);
    report.course = 2700;
    report.heading = 270;
    message.body = report;
    return message;
}

feeds::AisMessage voyage(std::uint32_t mmsi, std::string_view name) {
    feeds::AisMessage message;
    message.type = 5;
    message.mmsi = mmsi;
    feeds::ais::StaticVoyageData data;
    data.shipName.assign(name);
    data.shipType = 30;
    message.body = data;
    return message;
}

std::vector<feeds::ReceivedLine> received(const std::vector<feeds::AisMessage> &messages,
                                          std::int64_t timeMs) {
    feeds::NmeaFraming framing;
    framing.tagTimeMs = timeMs;
    std::vector<feeds::ReceivedLine> lines;
    for (const feeds::AisMessage &message : messages) {
        for (const QByteArray &sentence : feeds::encodeAisSentences(message, framing)) {
            lines.push_back({sentence, timeMs + 500, 3});
        }
    }
    return lines;
}

} // namespace

TEST_CASE("The AIS pipeline hands decoded positions and static data to the GUI in one batch") {
    feeds::AisPipeline pipeline(QString(), 10'000); // no store; flushed by hand
    QSignalSpy batches(&pipeline, &feeds::AisPipeline::batchReady);
    auto lines = received(
        {classA(642'300'011, 33.1, 12.05), voyage(642'300'011, "AL HOUT 1"), classA(215'123'456, 34.5, 14.9)},
        kTimeMs);
    lines.push_back(
        {QByteArray("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*00"), kTimeMs, 3}); // bad checksum
    lines.push_back({QByteArray("garbage"), kTimeMs, 3});
    pipeline.acceptLines(lines);
    CHECK(batches.isEmpty()); // nothing before the flush
    pipeline.flush();
    REQUIRE(batches.size() == 1);
    const auto batch = batches.front().front().value<feeds::TargetBatchPtr>();
    REQUIRE(batch);
    REQUIRE(batch->positions.size() == 2);
    CHECK(batch->positions[0].mmsi == 642'300'011U);
    CHECK(batch->positions[0].lat == Approx(33.1).margin(1e-6));
    CHECK(batch->positions[0].sog == Approx(8.5));
    CHECK(batch->positions[0].timeMs == kTimeMs / 1000 * 1000); // the tag block's time, not receipt
    CHECK(batch->positions[0].sourceId == 3);
    REQUIRE(batch->statics.size() == 1);
    CHECK(batch->statics[0].name == QStringLiteral("AL HOUT 1"));
    const feeds::DecodeStats stats = pipeline.stats();
    CHECK(stats.rejected(feeds::RejectReason::BadChecksum) == 1);
    CHECK(stats.rejectedLines() == 2); // the garbage line too
    // An empty flush sends nothing.
    pipeline.flush();
    CHECK(batches.size() == 1);
}

TEST_CASE("The AIS pipeline stores what it decodes in the track store of the database file") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("marsa.sqlite"));
    auto database = storage::Database::open(path);
    REQUIRE(database);
    {
        feeds::AisPipeline pipeline(path, 10'000);
        pipeline.acceptLines(
            received({classA(642'000'102, 33.65, 12.85), voyage(642'000'102, "FEZZAN")}, kTimeMs));
        pipeline.acceptLines(received({classA(642'000'102, 33.66, 12.84)}, kTimeMs + 10'000));
        pipeline.shutdown(); // writes what is queued and closes its connection
    }
    storage::TrackStore store(database.value());
    auto track = store.track(642'000'102, 0, kTimeMs + 60'000);
    REQUIRE(track);
    REQUIRE(track->size() == 2);
    CHECK(track->back().lat == Approx(33.66).margin(1e-6));
    auto statics = store.staticOf(642'000'102);
    REQUIRE(statics);
    REQUIRE(statics.value());
    CHECK(statics.value()->name == QStringLiteral("FEZZAN"));
}

TEST_CASE("A pipeline whose database cannot be opened says so and still decodes") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("not-a-database.sqlite"));
    QFile garbage(path);
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    feeds::AisPipeline pipeline(path, 10'000);
    QSignalSpy failures(&pipeline, &feeds::AisPipeline::storageFailed);
    QSignalSpy batches(&pipeline, &feeds::AisPipeline::batchReady);
    pipeline.acceptLines(received({classA(642'000'101, 32.9, 13.19)}, kTimeMs));
    REQUIRE(failures.size() == 1);
    CHECK(failures.front().front().toString().contains(QStringLiteral("not being stored")));
    pipeline.flush();
    CHECK(batches.size() == 1);
    REQUIRE(garbage.open(QIODevice::ReadOnly));
    CHECK(garbage.readAll() == QByteArray(4096, 'x')); // the file is left as it was
}

TEST_CASE("A pipeline opens the track store again after a failure and stores from then on") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("marsa.sqlite"));
    QFile garbage(path);
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    feeds::AisPipeline pipeline(path, 10'000);
    pipeline.setStoreRetryInterval(1);
    QSignalSpy failures(&pipeline, &feeds::AisPipeline::storageFailed);
    pipeline.acceptLines(received({classA(642'000'105, 32.6, 15.5)}, kTimeMs));
    REQUIRE(failures.size() == 1);
    // The administrator puts a good database in its place.
    REQUIRE(QFile::remove(path));
    auto database = storage::Database::open(path);
    REQUIRE(database);
    QThread::msleep(5);
    pipeline.acceptLines(received({classA(642'000'105, 32.61, 15.5)}, kTimeMs + 10'000));
    pipeline.shutdown();
    CHECK(failures.size() == 1);
    auto track = storage::TrackStore(database.value()).track(642'000'105, 0, kTimeMs + 60'000);
    REQUIRE(track);
    REQUIRE(track->size() == 1); // what came after the failure
    CHECK(track->front().lat == Approx(32.61).margin(1e-6));
}

TEST_CASE("The AIS pipeline counts each feed's decoding apart, and a forgotten feed starts again") {
    feeds::AisPipeline pipeline(QString(), 10'000);
    auto lines = received({classA(642'300'011, 33.1, 12.05), voyage(642'300'011, "AL HOUT 1")}, kTimeMs);
    lines.push_back(
        {QByteArray("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*00"), kTimeMs, 3}); // bad checksum
    // Feed 4: a report, a safety broadcast (type 14, not decoded) and a fragment whose sibling
    // never comes.
    for (feeds::ReceivedLine line : received({classA(215'123'456, 34.5, 14.9)}, kTimeMs)) {
        line.sourceId = 4;
        lines.push_back(line);
    }
    lines.push_back({ais_test::withChecksum("AIVDM,1,1,,A,>5?Per18=HB1U:1@E=B0m<L,2"), kTimeMs, 4});
    lines.push_back({ais_test::withChecksum("AIVDM,2,1,3,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"), kTimeMs, 4});
    pipeline.acceptLines(lines);

    const auto shore = pipeline.decodeStats(3);
    REQUIRE(shore.has_value());
    CHECK(shore->messages() == 2);
    CHECK(shore->rejectedLines() == 1);
    CHECK(shore->rejected(feeds::RejectReason::BadChecksum) == 1);
    const auto misrata = pipeline.decodeStats(4);
    REQUIRE(misrata.has_value());
    CHECK(misrata->messages() == 1);
    CHECK(misrata->rejectedLines() == 1);
    CHECK(misrata->rejected(feeds::RejectReason::UnsupportedType) == 1);
    CHECK(misrata->pendingLines == 1);
    // A feed not heard yet decodes nothing so far (the pipeline does decode: zero, not "none").
    const auto quiet = pipeline.decodeStats(9);
    REQUIRE(quiet.has_value());
    CHECK(quiet->lines == 0);

    // Feed 4 is reconfigured: its counts start again; its waiting fragment is counted as lost.
    pipeline.forgetFeed(4);
    CHECK(pipeline.decodeStats(4)->lines == 0);
    CHECK(pipeline.decodeStats(3)->messages() == 2);
    // The pipeline's own total keeps everything, forgotten feeds included.
    const feeds::DecodeStats total = pipeline.stats();
    CHECK(total.lines == 7);
    CHECK(total.messages() == 3);
    CHECK(total.rejected(feeds::RejectReason::BadChecksum) == 1);
    CHECK(total.rejected(feeds::RejectReason::UnsupportedType) == 1);
    CHECK(total.rejected(feeds::RejectReason::Fragment) == 1);
    CHECK(total.pendingLines == 0);
    CHECK(total.lines == total.messageLines + total.rejectedLines() + total.otherSentences +
                             total.blankLines + total.pendingLines);
}
