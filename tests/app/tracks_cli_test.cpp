// marsa-cli tracks thin and tracks export as a user runs them, on a database written here.

#include "exercise_cli_fixture.h"
#include "storage/track_store.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

using namespace marsa;

constexpr std::uint32_t kUbari = 642'000'101;
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kDay = 24 * 60 * kMinute;

using Run = test::CliRun;

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Ubari's track: two hours due north ten days ago, one report a minute, then ten minutes today.
struct TrackDatabase {
    QTemporaryDir folder;
    QString path = folder.filePath(QStringLiteral("tracks.sqlite"));
    // 06:00 UTC ten days ago: thinning works whole UTC days, and these two hours are in one.
    std::int64_t oldStart = QDateTime::currentMSecsSinceEpoch() / kDay * kDay - 10 * kDay + 6 * 60 * kMinute;
    std::int64_t recentStart = QDateTime::currentMSecsSinceEpoch() / kMinute * kMinute - 20 * kMinute;
    TrackDatabase() {
        auto store = storage::TrackStore::open(path);
        REQUIRE(store);
        std::vector<core::VesselPosition> positions;
        for (int minute = 0; minute < 130; ++minute) {
            core::VesselPosition position;
            position.mmsi = kUbari;
            position.timeMs =
                minute < 120 ? oldStart + minute * kMinute : recentStart + (minute - 120) * kMinute;
            position.lat = 32.9 + minute * 0.003;
            position.lon = 13.2;
            position.sog = 10.8F;
            position.cog = 0.0F;
            position.heading = 1;
            position.messageType = 1;
            positions.push_back(position);
        }
        REQUIRE(store->appendPositions(positions));
        core::VesselStatic ubari;
        ubari.mmsi = kUbari;
        ubari.name = QStringLiteral("UBARI");
        REQUIRE(store->upsertStatic(ubari));
    }
    QString iso(std::int64_t timeMs) const {
        return QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODate);
    }
    QStringList exportArguments(const QString &out) const {
        return {
            QStringLiteral("tracks"), QStringLiteral("export"),     QStringLiteral("--db"),   path,
            QStringLiteral("--mmsi"), QString::number(kUbari),      QStringLiteral("--from"), iso(oldStart),
            QStringLiteral("--to"),   iso(oldStart + 59 * kMinute), QStringLiteral("--out"),  out};
    }
};

} // namespace

TEST_CASE("marsa-cli tracks export writes one vessel's track in a time window as GeoJSON and GPX") {
    TrackDatabase db;
    const QString geojson = db.folder.filePath(QStringLiteral("ubari.geojson"));
    const Run written = test::runCli(db.folder, db.exportArguments(geojson));
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("wrote 60 positions of UBARI (MMSI 642000101)")));
    const QJsonArray features =
        QJsonDocument::fromJson(contents(geojson)).object().value(QStringLiteral("features")).toArray();
    REQUIRE(features.size() == 61); // the line, then its 60 positions
    const QJsonObject line = features.at(0).toObject();
    CHECK(line.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("type")).toString() ==
          QStringLiteral("LineString"));
    CHECK(line.value(QStringLiteral("properties")).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("UBARI"));
    const QJsonArray last = features.at(60)
                                .toObject()
                                .value(QStringLiteral("geometry"))
                                .toObject()
                                .value(QStringLiteral("coordinates"))
                                .toArray();
    CHECK(last.at(0).toDouble() == Approx(13.2));              // longitude first in GeoJSON
    CHECK(last.at(1).toDouble() == Approx(32.9 + 59 * 0.003)); // the 60th report

    const QString gpx = db.folder.filePath(QStringLiteral("ubari.gpx"));
    const Run asGpx = test::runCli(db.folder, db.exportArguments(gpx));
    INFO(asGpx.err.toStdString());
    REQUIRE(asGpx.exitCode == 0);
    const QByteArray text = contents(gpx);
    CHECK(text.count("<trkpt") == 60);
    CHECK(text.contains("<name>UBARI</name>"));
    CHECK(text.contains(QStringLiteral("<time>%1</time>").arg(db.iso(db.oldStart)).toUtf8()));
}

TEST_CASE("marsa-cli tracks export refuses bad input with a message and writes nothing") {
    TrackDatabase db;
    const QString out = db.folder.filePath(QStringLiteral("out.geojson"));
    SECTION("an existing file is kept unless --force") {
        QFile existing(out);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("keep");
        existing.close();
        const Run refused = test::runCli(db.folder, db.exportArguments(out));
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("already exists")));
        CHECK(contents(out) == QByteArray("keep"));
        const Run forced = test::runCli(db.folder, db.exportArguments(out) << QStringLiteral("--force"));
        CHECK(forced.exitCode == 0);
        CHECK(contents(out).startsWith("{"));
    }
    SECTION("an MMSI without positions in the window") {
        QStringList arguments = db.exportArguments(out);
        arguments[arguments.indexOf(QStringLiteral("--mmsi")) + 1] = QStringLiteral("215000001");
        const Run unknown = test::runCli(db.folder, arguments);
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(QStringLiteral("No positions of MMSI 215000001")));
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("usage mistakes: inverted window, malformed MMSI or time, unknown format") {
        QStringList inverted = db.exportArguments(out);
        inverted.swapItemsAt(inverted.indexOf(QStringLiteral("--from")) + 1,
                             inverted.indexOf(QStringLiteral("--to")) + 1);
        const Run backwards = test::runCli(db.folder, inverted);
        CHECK(backwards.exitCode == 2);
        CHECK(backwards.err.contains(QStringLiteral("ends before it starts")));
        QStringList badMmsi = db.exportArguments(out);
        badMmsi[badMmsi.indexOf(QStringLiteral("--mmsi")) + 1] = QStringLiteral("64200010x");
        CHECK(test::runCli(db.folder, badMmsi).exitCode == 2);
        QStringList badTime = db.exportArguments(out);
        badTime[badTime.indexOf(QStringLiteral("--from")) + 1] = QStringLiteral("yesterday");
        CHECK(test::runCli(db.folder, badTime).exitCode == 2);
        const Run kml =
            test::runCli(db.folder, db.exportArguments(db.folder.filePath(QStringLiteral("out.kml"))));
        CHECK(kml.exitCode == 2);
        CHECK(kml.err.contains(QStringLiteral(".gpx or .geojson")));
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("a database that is missing or not a database") {
        QStringList missing = db.exportArguments(out);
        const QString nowhere = db.folder.filePath(QStringLiteral("nowhere.sqlite"));
        missing[missing.indexOf(QStringLiteral("--db")) + 1] = nowhere;
        const Run none = test::runCli(db.folder, missing);
        CHECK(none.exitCode == 1);
        CHECK(none.err.contains(QStringLiteral("There is no database")));
        CHECK_FALSE(QFile::exists(nowhere)); // not created
        const QString notes = db.folder.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile text(notes);
            REQUIRE(text.open(QIODevice::WriteOnly));
            text.write("these are not the tracks you are looking for\n");
        }
        QStringList garbage = db.exportArguments(out);
        garbage[garbage.indexOf(QStringLiteral("--db")) + 1] = notes;
        const Run unreadable = test::runCli(db.folder, garbage);
        CHECK(unreadable.exitCode == 1);
        CHECK(unreadable.err.contains(QStringLiteral("not a Marsa database")));
        CHECK(contents(notes) == QByteArray("these are not the tracks you are looking for\n"));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("marsa-cli tracks thin thins what is older than the given days and keeps today's track") {
    TrackDatabase db;
    const Run thinned =
        test::runCli(db.folder, {QStringLiteral("tracks"), QStringLiteral("thin"), QStringLiteral("--db"),
                                 db.path, QStringLiteral("--older-than"), QStringLiteral("7")});
    INFO(thinned.err.toStdString());
    REQUIRE(thinned.exitCode == 0);
    // Two straight hours a minute apart keep a point every ten minutes and the last: 13 of 120.
    CHECK(thinned.out.contains(QStringLiteral("removed 107 of 120 positions")));
    auto store = storage::TrackStore::open(db.path);
    REQUIRE(store);
    CHECK(store->positionCount().value() == 23);
    CHECK(store->track(kUbari, db.recentStart, db.recentStart + 9 * kMinute).value().size() == 10);

    const Run mistake =
        test::runCli(db.folder, {QStringLiteral("tracks"), QStringLiteral("thin"), QStringLiteral("--db"),
                                 db.path, QStringLiteral("--tolerance"), QStringLiteral("-5")});
    CHECK(mistake.exitCode == 2);
    CHECK(mistake.err.contains(QStringLiteral("--tolerance")));
    const Run missing = test::runCli(db.folder, {QStringLiteral("tracks"), QStringLiteral("thin")});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("marsa-cli ingest stores a generated AIS feed through the track writer, with progress on stderr") {
    QTemporaryDir folder;
    const QString feed = folder.filePath(QStringLiteral("feed.nmea"));
    const Run generated =
        test::runCli(folder, {QStringLiteral("ais"), QStringLiteral("generate"), QStringLiteral("--count"),
                              QStringLiteral("20000"), QStringLiteral("--seed"), QStringLiteral("7")});
    REQUIRE(generated.exitCode == 0);
    {
        QFile file(feed);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(generated.out.toUtf8());
        // Two sentences of a log without tag blocks: no time, so no place on a track.
        file.write("!AIVDM,1,1,,A,13=@?s0025Q3O<:Ct:T6b5J02QJ6,0*64\n!AIVDM,1,1,,A,13=@?s0025Q3O<:Ct:"
                   "T6b5J02QJ6,0*64\n");
    }
    const QString db = folder.filePath(QStringLiteral("ingest.sqlite"));
    const Run ingested = test::runCli(folder, {QStringLiteral("ingest"), QStringLiteral("--db"), db, feed});
    INFO(ingested.err.toStdString());
    REQUIRE(ingested.exitCode == 0);
    CHECK(ingested.err.contains(QStringLiteral("ingest: 20002 lines")));
    CHECK(ingested.out.contains(QStringLiteral("2 messages without a time")));
    const QRegularExpression stored(
        QStringLiteral("stored (\\d+) positions of (\\d+) stations and (\\d+) static"));
    const QRegularExpressionMatch numbers = stored.match(ingested.out);
    REQUIRE(numbers.hasMatch());
    const qint64 positions = numbers.captured(1).toLongLong();
    CHECK(positions > 15000);
    auto store = storage::TrackStore::open(db);
    REQUIRE(store);
    CHECK(store->positionCount().value() == positions);
    CHECK(store->latestPositions(0).value().size() == numbers.captured(2).toULongLong());
    CHECK(store->allStatic().value().size() > 10);

    // The same file again: every position is a repeat, nothing new is stored.
    const Run again = test::runCli(folder, {QStringLiteral("ingest"), QStringLiteral("--db"), db, feed});
    REQUIRE(again.exitCode == 0);
    CHECK(store->positionCount().value() == positions);

    const Run missing = test::runCli(folder, {QStringLiteral("ingest"), QStringLiteral("--db"), db,
                                              folder.filePath(QStringLiteral("none.nmea"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("cannot read")));
    CHECK(test::runCli(folder, {QStringLiteral("ingest"), QStringLiteral("--db"), db}).exitCode == 2);
}
