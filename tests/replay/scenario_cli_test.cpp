#include "catch_qt.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QStringList errLines;
};

Run cli(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(MARSA_CLI_EXECUTABLE), arguments);
    REQUIRE(process.waitForStarted(30000));
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    QStringList errors;
    for (const QString &line : QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.startsWith(QLatin1String("QStandardPaths"))) {
            errors << line;
        }
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), errors};
}

const QString kData = QStringLiteral(MARSA_TEST_DATA_DIR "/scenarios/");
const QString kShipped = QStringLiteral(MARSA_SCENARIO_DIR "/");

} // namespace

TEST_CASE("scenario validate says one line and exits 0 for each good file") {
    const Run run =
        cli({QStringLiteral("scenario"), QStringLiteral("validate"),
             kShipped + QStringLiteral("zuwara-night.json"), kShipped + QStringLiteral("tobruk-wooden.json"),
             kShipped + QStringLiteral("sabratha-garabulli.json")});
    CHECK(run.exitCode == 0);
    CHECK(run.errLines.isEmpty());
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          kShipped + QStringLiteral("zuwara-night.json: valid: \"Rubber boat off Zuwara at night\"; cases 1, "
                                    "AIS vessels 4, assets 2, injects 5, duration 05:00:00"));
}

TEST_CASE("scenario validate prints file, line, field and message for each mistake and exits 1") {
    QFile base(kData + QStringLiteral("minimal.json"));
    REQUIRE(base.open(QIODevice::ReadOnly));
    QByteArray text = base.readAll();
    text.replace("\"mmsi\": 636021457", "\"mmsi\": 1");
    text.replace("\"persons\": 2", "\"persons\": 2, \"asset\": \"Fezzan\"");
    const QString path = QDir::temp().filePath(QStringLiteral("marsa-two-mistakes.json"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(text);
    out.close();
    const Run run = cli({QStringLiteral("scenario"), QStringLiteral("validate"), path});
    QFile::remove(path);
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    REQUIRE(run.errLines.size() == 2);
    CHECK(run.errLines[0] ==
          path +
              QStringLiteral(":43: traffic[0].mmsi: 1 is not an MMSI: nine digits, the first from 2 to 7"));
    CHECK(run.errLines[1] ==
          path + QStringLiteral(":54: injects[2].asset: \"asset\" is not used by a man_overboard inject"));
}

TEST_CASE("scenario validate checks every file and fails when one is wrong") {
    const Run run = cli({QStringLiteral("scenario"), QStringLiteral("validate"),
                         kData + QStringLiteral("minimal.json"), kData + QStringLiteral("bad-offset.json")});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("minimal.json: valid")));
    REQUIRE(run.errLines.size() == 1);
    CHECK(run.errLines[0] == kData + QStringLiteral("bad-offset.json:54: injects[2].at: \"T+25:00\" is not a "
                                                    "T+hh:mm:ss offset"));
}

TEST_CASE("scenario usage mistakes exit 2, an unreadable file exits 1") {
    CHECK(cli({QStringLiteral("scenario"), QStringLiteral("validate")}).exitCode == 2);
    CHECK(cli({QStringLiteral("scenario")}).exitCode == 2);
    CHECK(cli({QStringLiteral("scenario"), QStringLiteral("check")}).exitCode == 2);
    const Run missing =
        cli({QStringLiteral("scenario"), QStringLiteral("validate"), kData + QStringLiteral("nope.json")});
    CHECK(missing.exitCode == 1);
    REQUIRE(missing.errLines.size() == 1);
    CHECK(missing.errLines[0].startsWith(kData + QStringLiteral("nope.json:0: cannot read the file")));
}

TEST_CASE("scenario show prints the timeline and the hourly positions of each boat") {
    const Run run =
        cli({QStringLiteral("scenario"), QStringLiteral("show"), kData + QStringLiteral("minimal.json")});
    CHECK(run.exitCode == 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    CHECK(lines.value(0) == QStringLiteral("Test: rubber boat off Zuwara"));
    CHECK(lines.value(1) == QStringLiteral("T+0: 2026-01-14T01:40:00Z; duration 03:00:00"));
    CHECK(lines.contains(QStringLiteral("T+01:00:00  Persons overboard from boat-1: 2")));
    CHECK(lines.contains(QStringLiteral("T+03:00:00  End of the exercise")));
    CHECK(lines.contains(QStringLiteral("positions of boat-2:")));
    CHECK(lines.contains(QStringLiteral("T+00:40:00  33°06.0'N 012°36.0'E"))); // the given first position
    const Run broken =
        cli({QStringLiteral("scenario"), QStringLiteral("show"), kData + QStringLiteral("mmsi.json")});
    CHECK(broken.exitCode == 1);
    CHECK(broken.errLines.size() == 1);
}

TEST_CASE("scenario list names the shipped scenarios with their titles") {
    const Run run = cli({QStringLiteral("scenario"), QStringLiteral("list")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral(":/marsa/scenarios/tobruk-wooden.json")));
    CHECK(run.out.contains(QStringLiteral("Wooden boat with hundreds on board north of Tobruk")));
    CHECK(run.out.count(QLatin1Char('\n')) == 3);
}
