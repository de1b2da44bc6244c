// marsa-cli ais decode and ais generate as a user runs them: output, --stats, exit codes.

#include "ais_test_support.h"

#include "feeds/ais_traffic.h"

#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &arguments, const QByteArray &input = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MARSA_CLI_EXECUTABLE), arguments);
    REQUIRE(process.waitForStarted(30000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &contents) {
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(contents);
    return path;
}

// The reference vectors, a GPS sentence, a blank line, garbage and a lone fragment.
QByteArray smallFeed() {
    QByteArray feed;
    for (const ais_test::VectorRow &row : ais_test::aisVectors()) {
        for (const QByteArray &sentence : row.sentences) {
            feed += sentence + "\r\n";
        }
    }
    feed += "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\r\n";
    feed += "\r\n";
    feed += "garbage \x01\xff\r\n";
    feed += ais_test::withChecksum("AIVDM,2,1,7,B,15RTgt0PAso;90TKcjM8h6g208CQ,0") + "\r\n";
    return feed;
}

} // namespace

TEST_CASE("marsa-cli ais decode --stats prints gpsd JSON and counts messages and rejected lines") {
    QTemporaryDir folder;
    const QString path = writeFile(folder, QStringLiteral("feed.nmea"), smallFeed());
    const Run run = cli({QStringLiteral("ais"), QStringLiteral("decode"), QStringLiteral("--stats"), path});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QList<QByteArray> objects = ais_test::linesOf(run.out);
    CHECK(objects.size() == 27); // what gpsdecode prints for the vectors
    const QByteArray start = "{\"class\":\"AIS\",\"device\":\"" + QFile::encodeName(path) + "\",\"type\":1,";
    CHECK(objects.front().startsWith(start));
    CHECK(run.err.contains(QStringLiteral("messages: 31")));
    CHECK(run.err.contains(QStringLiteral("type 1: 5")));
    CHECK(run.err.contains(QStringLiteral("type 24: 5")));
    CHECK(run.err.contains(QStringLiteral("bad checksum: 1")));
    CHECK(run.err.contains(QStringLiteral("longer than 82 characters: 1")));
    CHECK(run.err.contains(QStringLiteral("malformed: 1")));
    CHECK(run.err.contains(QStringLiteral("lone, expired or duplicate fragment: 1")));
    CHECK(run.err.contains(QStringLiteral("wrong length for its message type: 1")));
    CHECK(run.err.contains(QStringLiteral("other NMEA sentences: 1")));
}

TEST_CASE("marsa-cli ais decode reads standard input, by default or as -, like gpsdecode") {
    const QByteArray feed = smallFeed();
    const QByteArray gpsd = ais_test::runGpsdecode(feed);
    const Run byDefault = cli({QStringLiteral("ais"), QStringLiteral("decode")}, feed);
    CHECK(byDefault.exitCode == 0);
    CHECK(byDefault.out == gpsd);
    const Run dash = cli({QStringLiteral("ais"), QStringLiteral("decode"), QStringLiteral("-")}, feed);
    CHECK(dash.exitCode == 0);
    CHECK(dash.out == gpsd);
    const Run counted =
        cli({QStringLiteral("ais"), QStringLiteral("decode"), QStringLiteral("--count-only")}, feed);
    CHECK(counted.exitCode == 0);
    CHECK(counted.out == "31\n");
    const Run split =
        cli({QStringLiteral("ais"), QStringLiteral("decode"), QStringLiteral("--split24")}, feed);
    CHECK(split.out == ais_test::runGpsdecode(feed, {QStringLiteral("-j"), QStringLiteral("--split24")}));
}

TEST_CASE("marsa-cli ais decode exits 1 on an unreadable file and 2 on a usage mistake") {
    QTemporaryDir folder;
    const QString good = writeFile(folder, QStringLiteral("good.nmea"), smallFeed());
    const Run missing = cli({QStringLiteral("ais"), QStringLiteral("decode"),
                             folder.filePath(QStringLiteral("none.nmea")), good});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("none.nmea")));
    CHECK(ais_test::linesOf(missing.out).size() == 27); // the readable file is still decoded
    CHECK(
        cli({QStringLiteral("ais"), QStringLiteral("decode"), QStringLiteral("--no-such-option")}).exitCode ==
        2);
    CHECK(cli({QStringLiteral("ais"), QStringLiteral("decode"), QStringLiteral("--timeout-ms"),
               QStringLiteral("soon")})
              .exitCode == 2);
    CHECK(cli({QStringLiteral("ais")}).exitCode == 2);
    CHECK(cli({QStringLiteral("ais"), QStringLiteral("encode")}).exitCode == 2);
    CHECK(cli({QStringLiteral("ais"), QStringLiteral("decode"), QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("marsa-cli ais generate writes the generator's feed, and needs its count") {
    const Run run = cli({QStringLiteral("ais"), QStringLiteral("generate"), QStringLiteral("--count"),
                         QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("3")});
    CHECK(run.exitCode == 0);
    CHECK(run.out == marsa::feeds::generateTraffic(3, 500));
    CHECK(cli({QStringLiteral("ais"), QStringLiteral("generate")}).exitCode == 2);
    CHECK(cli({QStringLiteral("ais"), QStringLiteral("generate"), QStringLiteral("--count"),
               QStringLiteral("-5")})
              .exitCode == 2);
}
