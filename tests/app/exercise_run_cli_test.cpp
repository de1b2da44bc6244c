// marsa-cli exercise create --scenario: the scenario checked against the operational database,
// written with the exercise and its T+0, the scenario's own units added; a bad one writes nothing.

#include "exercise_cli_fixture.h"

#include "core/clock.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/exercise.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace marsa;

namespace {

using Output = test::CliRun;

// The exercise made with this scenario, as "Course 3".
struct Operational : test::CliFolder {
    Output create(const QString &target, const QString &scenario) const {
        return CliFolder::create(target, QStringLiteral("Course 3"),
                                 {QStringLiteral("--scenario"), scenario});
    }
};

} // namespace

TEST_CASE("marsa-cli exercise create --scenario writes the scenario, its T+0 and its own units") {
    const Operational f;
    const QString drill = f.path("tobruk.sqlite");
    const Output made = f.create(drill, QStringLiteral(":/marsa/scenarios/tobruk-wooden.json"));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("2 units of its own")));
    auto db = storage::Database::open(drill);
    REQUIRE(db);
    auto script = storage::exerciseScriptOf(db->connection());
    REQUIRE(script);
    REQUIRE(script->has_value());
    CHECK(script->value().startUtc == QDateTime(QDate(2026, 3, 18), QTime(5, 10), Qt::UTC));
    CHECK(script->value().scenarioText.contains(QStringLiteral("Ras Al Hilal")));
    const core::SystemClock clock;
    auto assets = storage::AssetRepository(db->connection(), clock).all();
    REQUIRE(assets);
    QStringList names;
    for (const core::Asset &asset : assets.value()) {
        names << asset.name;
        if (asset.name == QLatin1String("Kambut")) {
            CHECK(asset.homePort == QLatin1String("derna"));
            CHECK(asset.mmsi == 642000109);
            CHECK(asset.callSign == QLatin1String("5ACG9"));
            CHECK(asset.speedKnots == 20.0); // the scenario's transit speed goes with the unit
        }
        if (asset.name == QLatin1String("Ras Al Hilal")) {
            CHECK(asset.speedKnots == 24.0);
        }
    }
    CHECK(names.contains(QStringLiteral("Kambut")));
    CHECK(names.contains(QStringLiteral("Ras Al Hilal")));
    CHECK(names.contains(QStringLiteral("Tobruk 1")));

    // A shipped scenario by its bare name; T+0 "now" is resolved when the exercise is made.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Output byName = f.create(f.path("sabratha.sqlite"), QStringLiteral("sabratha-garabulli"));
    INFO(byName.err.toStdString());
    REQUIRE(byName.exitCode == 0);
    auto second = storage::Database::open(f.path("sabratha.sqlite"));
    REQUIRE(second);
    const QDateTime start = storage::exerciseScriptOf(second->connection())->value().startUtc;
    CHECK(start >= before);
    CHECK(start <= QDateTime::currentDateTimeUtc().addSecs(1));
}

TEST_CASE(
    "marsa-cli exercise create refuses a scenario the operational database cannot run, writing nothing") {
    const Operational f;
    // An existing unit the operational database has not.
    QFile original(QStringLiteral(MARSA_SCENARIO_DIR "/zuwara-night.json"));
    REQUIRE(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    text.replace("\"name\": \"Zawia\"", "\"name\": \"Nowhere 9\"");
    const QString bad = f.path("bad.json");
    QFile out(bad);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const Output refused = f.create(f.path("bad.sqlite"), bad);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Nowhere 9")));
    CHECK(refused.err.contains(QStringLiteral("nothing was written")));
    CHECK_FALSE(QFile::exists(f.path("bad.sqlite")));

    const Output missing = f.create(f.path("none.sqlite"), QStringLiteral("no-such-scenario"));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("no-such-scenario")));
    CHECK_FALSE(QFile::exists(f.path("none.sqlite")));
}
