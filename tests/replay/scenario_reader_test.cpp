#include "replay/drift.h"
#include "replay/lined_json.h"
#include "replay/scenario_reader.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/demo_data.h"

#include "catch_qt.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace marsa::replay;

namespace {

const QString kData = QStringLiteral(MARSA_TEST_DATA_DIR "/scenarios/");

const ScenarioContext &context() {
    static const ScenarioContext standard = [] {
        auto loaded = standardScenarioContext();
        REQUIRE(loaded);
        return loaded.value();
    }();
    return standard;
}

ScenarioReadResult readData(const QString &name) {
    return readScenarioFile(kData + name, context());
}

} // namespace

TEST_CASE("Offsets are read and written as T+hh:mm:ss") {
    CHECK(Offset::parse(QStringLiteral("T+01:30:00"))->seconds == 5400);
    CHECK(Offset::parse(QStringLiteral("T+100:00:05"))->seconds == 360005);
    CHECK(Offset{5400}.text() == QStringLiteral("T+01:30:00"));
    for (const char *bad :
         {"T+25:00", "01:30:00", "T+1:30:00", "T+01:60:00", "T-01:00:00", "T+01:30:00Z", ""}) {
        INFO(bad);
        CHECK_FALSE(Offset::parse(QString::fromLatin1(bad)));
    }
}

TEST_CASE("The strict JSON reader gives the line of every value and of a syntax mistake") {
    JsonSyntaxError error;
    const auto json =
        readLinedJson("{\n  \"a\": [\n    1,\n    {\"b\": true}\n  ],\n  \"c\": \"x\"\n}", error);
    REQUIRE(json);
    CHECK(json->lineOf(QStringLiteral("a")) == 2);
    CHECK(json->lineOf(QStringLiteral("a[1].b")) == 4);
    CHECK(json->lineOf(QStringLiteral("c")) == 6);
    CHECK(json->lineOf(QStringLiteral("a[1].missing")) == 4); // the nearest enclosing value
    CHECK(json->root.toObject().value(QStringLiteral("c")).toString() == QStringLiteral("x"));

    CHECK_FALSE(readLinedJson("{\n\"a\": 1,\n\"a\": 2\n}", error));
    CHECK(error.line == 3);
    CHECK(error.path == QStringLiteral("a"));
    CHECK_FALSE(readLinedJson("[1,\n2,\n]", error));
    CHECK(error.line == 2); // the comma, not the bracket
    CHECK_FALSE(readLinedJson("{\"a\": 01}", error));
    CHECK_FALSE(readLinedJson("{\"a\": \"line\nbreak\"}", error));
    CHECK_FALSE(readLinedJson("// comment\n{}", error));
    CHECK_FALSE(readLinedJson("{} {}", error));
    CHECK(readLinedJson("{\"s\": \"\\u00e9\\ud83d\\ude00\"}", error)
              ->root.toObject()
              .value(QStringLiteral("s")) == QString::fromUtf8("\xC3\xA9\xF0\x9F\x98\x80"));
}

TEST_CASE("The three shipped scenarios are in the resources and valid") {
    const QStringList shipped = shippedScenarios();
    REQUIRE(shipped.size() >= 3);
    QStringList names;
    for (const QString &path : shipped) {
        names << QFileInfo(path).fileName();
        const auto result = readScenarioFile(path, context());
        for (const ScenarioIssue &issue : result.issues) {
            FAIL(issue.text(path).toStdString());
        }
        REQUIRE(result.scenario);
        CHECK_FALSE(result.scenario->title.isEmpty());
        CHECK_FALSE(result.scenario->assets.empty());
    }
    CHECK(names.contains(QStringLiteral("zuwara-night.json")));
    CHECK(names.contains(QStringLiteral("tobruk-wooden.json")));
    CHECK(names.contains(QStringLiteral("sabratha-garabulli.json")));
}

TEST_CASE("The shipped scenarios say what the training needs") {
    const auto zuwara = readScenarioFile(QStringLiteral(":/marsa/scenarios/zuwara-night.json"), context());
    REQUIRE(zuwara.scenario);
    const ScenarioCase &rubber = zuwara.scenario->cases.front();
    CHECK(rubber.craft == marsa::core::CraftType::RubberBoat);
    CHECK(rubber.personsOnBoard.total >= 100);
    CHECK(rubber.personsOnBoard.total <= 130);
    const QTime night = zuwara.scenario->start.resolve(QDateTime::currentDateTimeUtc()).time();
    CHECK((night.hour() >= 20 || night.hour() < 5));

    const auto tobruk = readScenarioFile(QStringLiteral(":/marsa/scenarios/tobruk-wooden.json"), context());
    REQUIRE(tobruk.scenario);
    const ScenarioCase &wooden = tobruk.scenario->cases.front();
    CHECK(wooden.craft == marsa::core::CraftType::WoodenBoat);
    CHECK(wooden.personsOnBoard.total >= 400);
    CHECK(wooden.personsOnBoard.total <= 600);
    CHECK(wooden.position.latitude > 32.5); // north of Tobruk (32.08 N, 23.98 E)
    CHECK(std::abs(wooden.position.longitude - 23.98) < 0.5);

    const auto two = readScenarioFile(QStringLiteral(":/marsa/scenarios/sabratha-garabulli.json"), context());
    REQUIRE(two.scenario);
    CHECK(two.scenario->cases.size() == 2);
    int readyAtStart = 0;
    for (const ScenarioAsset &asset : two.scenario->assets) {
        readyAtStart += asset.readyAt.seconds == 0 ? 1 : 0;
    }
    CHECK(readyAtStart == 1); // one patrol boat for two cases
}

TEST_CASE("The minimal test scenario is read into its model") {
    const auto result = readData(QStringLiteral("minimal.json"));
    REQUIRE(result.issues.empty());
    const Scenario &s = *result.scenario;
    CHECK(s.start.kind == ScenarioStart::Kind::Utc);
    CHECK(s.start.utc == QDateTime(QDate(2026, 1, 14), QTime(1, 40), QTimeZone::utc()));
    CHECK(s.duration.seconds == 3 * 3600);
    REQUIRE(s.cases.size() == 2);
    CHECK(s.cases[0].drift.leewayClass == QStringLiteral("LIFE-RAFT-NB-1")); // the rubber boat's proxy
    CHECK(s.cases[1].drift.kind == Drift::Kind::Positions);
    CHECK(s.cases[1].alertAt.seconds == 40 * 60);
    CHECK(s.traffic.front().shipType == 80);
    CHECK(s.findAsset(QStringLiteral("Kambut"))->isNew);
    CHECK(s.findAsset(QStringLiteral("Kambut"))->homePort == QStringLiteral("zuwara"));
    CHECK_FALSE(s.findAsset(QStringLiteral("Sabratha"))->isNew);
    REQUIRE(s.injects.size() == 5);
    CHECK(s.injects[3].kind == InjectKind::AssetUnavailable);
    CHECK(s.injects[3].until->seconds == 2 * 3600);
    CHECK(s.weatherAt(Offset{45 * 60}).wind.knots == 14);
    CHECK(s.weatherAt(Offset{2 * 3600}).wind.knots == 18);
}

TEST_CASE("Each broken scenario is reported at its line and field") {
    struct Expected {
        const char *file;
        int line;
        const char *path;
        const char *message;
    };
    const Expected cases[] = {
        {"bad-offset.json", 54, "injects[2].at", "\"T+25:00\" is not a T+hh:mm:ss offset"},
        {"unknown-field.json", 19, "cases[0].alert.colour", "unknown field \"colour\""},
        {"mmsi.json", 43, "traffic[0].mmsi", "63602145 is not an MMSI"},
        {"mmsi-twice.json", 49, "assets[1].mmsi", "MMSI 636021457 is already used by traffic[0].mmsi"},
        {"on-land.json", 44, "traffic[0].waypoints[2]", "is on land"},
        {"outside-chart.json", 30, "cases[1].alert.position", "outside the chart area"},
        {"persons-sum.json", 19, "cases[0].alert.personsOnBoard", "add up to 100, not the total of 110"},
        {"negative-count.json", 19, "cases[0].alert.personsOnBoard.children", "-8 is outside 0 to 2000"},
        {"weather-order.json", 10, "weather[2].at", "comes before the previous entry's T+01:30:00"},
        {"after-end.json", 56, "injects[4].at", "after the end of the exercise (T+03:00:00)"},
        {"until-after-end.json", 55, "injects[3].until", "T+04:00:00 is after the end of the exercise"},
        {"unknown-case.json", 54, "injects[2].case", "no case \"boat-3\" in cases"},
        {"unknown-asset.json", 55, "injects[3].asset", "no asset \"Sabrata\" in assets"},
        {"syntax.json", 37, "cases[1].drift.positions", "a comma before ']'"},
        {"duplicate-key.json", 33, "cases[1].alert.craft", "\"craft\" appears twice"},
        {"missing-field.json", 1, "", "missing field \"duration\""},
        {"second-boat-time.json", 53, "injects[1].case",
         "raises its alert at T+00:40:00, not at this sighting's"},
        {"drift-to-land.json", 23, "cases[0].drift", "the computed drift reaches land"},
        {"overboard-too-many.json", 54, "injects[2].case",
         "200 persons overboard, more than the 110 on board"},
        {"format-version.json", 2, "marsaScenario", "format version 2 is not known"},
        {"home-port.json", 49, "assets[1].homePort", "\"atlantis\" is not one of: tripoli"},
        {"bad-start.json", 5, "start", "is not a UTC time"},
        {"count-matches.json", 56, "injects[4].case", "the count 110 matches the 110 on board"},
        {"unknown-kind.json", 53, "injects[1].kind", "\"second boat\" is not one of"},
        {"positions-first.json", 36, "cases[1].drift.positions[0].at",
         "the first position must be at the alert's time"},
    };
    for (const Expected &e : cases) {
        INFO(e.file);
        const auto result = readData(QString::fromLatin1(e.file));
        CHECK_FALSE(result.scenario);
        REQUIRE(result.issues.size() == 1);
        const ScenarioIssue &issue = result.issues.front();
        CHECK(issue.line == e.line);
        CHECK(issue.path == QString::fromLatin1(e.path));
        INFO(issue.message.toStdString());
        CHECK(issue.message.contains(QString::fromUtf8(e.message)));
    }
}

TEST_CASE("Every mistake of a file is reported, in line order") {
    QFile file(kData + QStringLiteral("minimal.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    text.replace("\"mmsi\": 636021457", "\"mmsi\": 1");
    text.replace("\"seaState\": 4", "\"seaState\": 12");
    text.replace("\"persons\": 2", "\"persons\": 0");
    const auto result = readScenario(text, context());
    REQUIRE(result.issues.size() == 3);
    CHECK(result.issues[0].path == QStringLiteral("weather[1].seaState"));
    CHECK(result.issues[1].path == QStringLiteral("traffic[0].mmsi"));
    CHECK(result.issues[2].path == QStringLiteral("injects[2].persons"));
    CHECK(result.issues[0].line < result.issues[1].line);
    CHECK(result.issues[1]
              .text(QStringLiteral("x.json"))
              .startsWith(QStringLiteral("x.json:43: traffic[0].mmsi: ")));
}

TEST_CASE("Existing assets are checked against the database's names when they are given") {
    ScenarioContext withAssets = context();
    withAssets.assetNames = QStringList{QStringLiteral("Ubari"), QStringLiteral("Fezzan")};
    const auto result = readScenarioFile(kData + QStringLiteral("minimal.json"), withAssets);
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues[0].path == QStringLiteral("assets[0].name"));
    CHECK(result.issues[0].message.contains(QStringLiteral("no asset named \"Sabratha\" in the database")));
    withAssets.assetNames->append(QStringLiteral("Sabratha"));
    CHECK(readScenarioFile(kData + QStringLiteral("minimal.json"), withAssets).scenario);
}

TEST_CASE("An unreadable scenario file is one issue without a line") {
    const auto result = readData(QStringLiteral("no-such-file.json"));
    REQUIRE(result.issues.size() == 1);
    CHECK(result.issues[0].line == 0);
    CHECK(result.issues[0].message.startsWith(QStringLiteral("cannot read the file")));
}

TEST_CASE("The existing assets the shipped scenarios name are in the demonstration database") {
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    auto database = marsa::storage::Database::open(folder.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(database);
    const marsa::core::SystemClock clock;
    REQUIRE(marsa::storage::writeDemoData(database.value(), clock));
    auto assets = marsa::storage::AssetRepository(database->connection(), clock).all();
    REQUIRE(assets);
    ScenarioContext withDemo = context();
    withDemo.assetNames = QStringList();
    for (const marsa::core::Asset &asset : assets.value()) {
        withDemo.assetNames->append(asset.name);
    }
    for (const QString &path : shippedScenarios()) {
        for (const ScenarioIssue &issue : readScenarioFile(path, withDemo).issues) {
            FAIL(issue.text(path).toStdString());
        }
    }
}

TEST_CASE("Every cut or damaged copy of a scenario is refused with a line inside the text, never a crash") {
    QFile file(kData + QStringLiteral("minimal.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    for (qsizetype cut = 0; cut < text.size() - 2; cut += 7) {
        const QByteArray part = text.left(cut);
        const auto result = readScenario(part, {});
        INFO(cut);
        REQUIRE_FALSE(result.issues.empty());
        CHECK(result.issues.front().line >= 1);
        CHECK(result.issues.front().line <= part.count('\n') + 1);
    }
    for (qsizetype at = 0; at < text.size(); at += 13) {
        for (const char damage : {'"', '{', ']', ',', '\x01'}) {
            QByteArray damaged = text;
            damaged[at] = damage;
            const auto result = readScenario(damaged, {});
            CHECK((result.scenario.has_value() || !result.issues.empty()));
        }
    }
}
