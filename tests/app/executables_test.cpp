// The two executables as a user runs them: the console's screenshot and no-display message,
// marsa-cli's demo, render, audit and incident commands.

#include "core/clock.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/incident_service.h"
#include "storage/place_repository.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

QProcessEnvironment isolatedEnvironment(const QTemporaryDir &folder) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder.path());
    return environment;
}

Run cli(const QStringList &arguments, const QProcessEnvironment &environment) {
    return run(QStringLiteral(MARSA_CLI_EXECUTABLE), arguments, environment);
}

/// A new database with the demonstration data set, written by marsa-cli demo.
QString demoDatabase(const QTemporaryDir &folder, const QProcessEnvironment &environment) {
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    const Run result = cli({QStringLiteral("demo"), QStringLiteral("--db"), db}, environment);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return db;
}

/// The demonstration cases as the database holds them, in case-number order.
std::vector<marsa::core::Incident> incidentsOf(const QString &db) {
    auto database = marsa::storage::Database::open(db);
    REQUIRE(database);
    const marsa::core::SystemClock clock;
    auto incidents = marsa::storage::IncidentService(database.value(), clock).all();
    REQUIRE(incidents);
    REQUIRE(incidents->size() == 8);
    return incidents.value();
}

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("marsa --screenshot renders the whole main window to a PNG, creating the default database") {
    QTemporaryDir folder;
    QProcessEnvironment environment = isolatedEnvironment(folder);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString png = folder.filePath(QStringLiteral("console.png"));
    const Run result =
        run(QStringLiteral(MARSA_EXECUTABLE),
            {QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1280x800")},
            environment);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QImage image(png);
    CHECK(image.size() == QSize(1280, 800));
    // The default database was created in the data folder, with the demonstration data.
    auto database =
        marsa::storage::Database::open(folder.filePath(QStringLiteral("data/Marsa/Marsa/marsa.sqlite")));
    REQUIRE(database);
    auto places = marsa::storage::PlaceRepository(database->connection()).all();
    REQUIRE(places);
    CHECK(places->size() == 30);
}

TEST_CASE("marsa --db opens another database, and a broken one is refused with a message") {
    QTemporaryDir folder;
    QProcessEnvironment environment = isolatedEnvironment(folder);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString db = folder.filePath(QStringLiteral("station.sqlite"));
    const QString png = folder.filePath(QStringLiteral("night.png"));
    Run result =
        run(QStringLiteral(MARSA_EXECUTABLE),
            {QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png, QStringLiteral("--palette"),
             QStringLiteral("night"), QStringLiteral("--size"), QStringLiteral("800x600")},
            environment);
    CHECK(result.exitCode == 0);
    CHECK(QFile::exists(db));
    CHECK(QImage(png).size() == QSize(800, 600));

    const QString broken = folder.filePath(QStringLiteral("broken.sqlite"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    result = run(QStringLiteral(MARSA_EXECUTABLE),
                 {QStringLiteral("--db"), broken, QStringLiteral("--screenshot"), png}, environment);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("not a Marsa database")));
    CHECK(QFileInfo(broken).size() == 4096);
}

TEST_CASE("Without a display the console says so and how to run it under Xvfb, at once") {
    QTemporaryDir folder;
    QProcessEnvironment environment = isolatedEnvironment(folder);
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QString::fromLatin1(name));
    }
    const Run result = run(QStringLiteral(MARSA_EXECUTABLE), {}, environment);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("no display")));
    CHECK(result.err.contains(QStringLiteral("xvfb-run")));
}

TEST_CASE("marsa-cli demo writes the demonstration data into a new database, never over an old one") {
    QTemporaryDir folder;
    const QProcessEnvironment environment = isolatedEnvironment(folder);
    const QString db = folder.filePath(QStringLiteral("demo.sqlite"));
    Run result = run(QStringLiteral(MARSA_CLI_EXECUTABLE),
                     {QStringLiteral("demo"), QStringLiteral("--db"), db}, environment);
    REQUIRE(result.exitCode == 0);
    {
        auto database = marsa::storage::Database::open(db);
        REQUIRE(database);
        CHECK(marsa::storage::PlaceRepository(database->connection()).all()->size() == 30);
    }
    result = run(QStringLiteral(MARSA_CLI_EXECUTABLE), {QStringLiteral("demo"), QStringLiteral("--db"), db},
                 environment);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("marsa-cli render draws the chart headless and times its frames") {
    QTemporaryDir folder;
    const QProcessEnvironment environment = isolatedEnvironment(folder);
    const QString png = folder.filePath(QStringLiteral("srr.png"));
    Run result = run(QStringLiteral(MARSA_CLI_EXECUTABLE),
                     {QStringLiteral("render"), QStringLiteral("--bbox"), QStringLiteral("11,30,25.5,35"),
                      QStringLiteral("--size"), QStringLiteral("960x540"), QStringLiteral("--out"), png,
                      QStringLiteral("--palette"), QStringLiteral("dusk"), QStringLiteral("--frames"),
                      QStringLiteral("3")},
                     environment);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(QImage(png).size() == QSize(960, 540));
    CHECK(result.out.contains(QStringLiteral("full redraw: median")));
    CHECK(result.out.contains(QStringLiteral("pan frame: median")));

    result = run(QStringLiteral(MARSA_CLI_EXECUTABLE),
                 {QStringLiteral("render"), QStringLiteral("--bbox"), QStringLiteral("25,30,11,35"),
                  QStringLiteral("--out"), png},
                 environment);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("--bbox")));
}

TEST_CASE("marsa-cli audit verify checks the whole hash chain and names the first row that does not match") {
    QTemporaryDir folder;
    const QProcessEnvironment environment = isolatedEnvironment(folder);
    const QString db = folder.filePath(QStringLiteral("audit.sqlite"));
    {
        auto database = marsa::storage::Database::open(db);
        REQUIRE(database);
        marsa::storage::AuditLog log(database->connection());
        marsa::core::User user;
        user.userName = QStringLiteral("a.salem");
        for (int i = 0; i < 3; ++i) {
            REQUIRE(log.append(user, QStringLiteral("incident.log"), QStringLiteral("LY-2026-0001"),
                               QStringLiteral("{}"), QDateTime::currentDateTimeUtc()));
        }
    }
    Run result =
        run(QStringLiteral(MARSA_CLI_EXECUTABLE),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}, environment);
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("intact: 3 rows")));
    {
        auto database = marsa::storage::Database::open(db);
        REQUIRE(database);
        QSqlQuery query(database->connection());
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        REQUIRE(query.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE sequence = 2")));
    }
    result =
        run(QStringLiteral(MARSA_CLI_EXECUTABLE),
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}, environment);
    CHECK(result.exitCode == 3);
    CHECK(result.out.contains(QStringLiteral("row 2")));
}

TEST_CASE("marsa-cli incident list prints one line a case, newest first, and filters them") {
    QTemporaryDir folder;
    const QProcessEnvironment environment = isolatedEnvironment(folder);
    const QString db = demoDatabase(folder, environment);
    const QStringList list{QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--db"), db};
    Run result = cli(list, environment);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QStringList lines = result.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 9);
    CHECK(lines[0].startsWith(QStringLiteral("Case ")));
    // The demonstration cases were alerted 50 min, 2 h, 5 h, 8 h, 20 h, 30 h, 36 h and 44 h ago.
    const char *newestFirst[] = {"-0004 ", "-0003 ", "-0002 ", "-0007 ",
                                 "-0005 ", "-0001 ", "-0008 ", "-0006 "};
    for (int i = 0; i < 8; ++i) {
        CHECK(lines[i + 1].contains(QLatin1String(newestFirst[i])));
    }
    // Case 1: a rubber boat off Zuwara, DETRESFA, closed, 85 on board.
    CHECK(lines[6].contains(QStringLiteral("DETRESFA  closed")));
    CHECK(lines[6].contains(QStringLiteral(" 85  33°16.2'N 012°04.8'E  LBY  no")));
    // Aligned columns: every line has its phase at the same place.
    const qsizetype phaseColumn = lines[0].indexOf(QStringLiteral("Phase"));
    CHECK(lines[1].mid(phaseColumn, 8) == QStringLiteral("DETRESFA"));
    CHECK(lines[2].mid(phaseColumn, 7) == QStringLiteral("INCERFA"));

    result = cli(list + QStringList{QStringLiteral("--open")}, environment);
    REQUIRE(result.exitCode == 0);
    lines = result.out.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.size() == 7); // without the closed case and the false alarm
    CHECK_FALSE(result.out.contains(QStringLiteral("-0001 ")));
    CHECK_FALSE(result.out.contains(QStringLiteral("-0005 ")));

    result = cli(list + QStringList{QStringLiteral("--phase"), QStringLiteral("detresfa")}, environment);
    REQUIRE(result.exitCode == 0);
    lines = result.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 5);
    CHECK(lines[1].contains(QStringLiteral("-0004 ")));
    CHECK(lines[2].contains(QStringLiteral("-0001 ")));
    CHECK(lines[3].contains(QStringLiteral("-0008 ")));
    CHECK(lines[4].contains(QStringLiteral("-0006 ")));

    result = cli(list + QStringList{QStringLiteral("--status"), QStringLiteral("false_alarm")}, environment);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.trimmed().split(QLatin1Char('\n')).size() == 2);

    result = cli(list + QStringList{QStringLiteral("--status"), QStringLiteral("sunk")}, environment);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("asset_tasked")));
}

TEST_CASE("marsa-cli incident show prints a case with its timeline, and refuses an unknown case") {
    QTemporaryDir folder;
    const QProcessEnvironment environment = isolatedEnvironment(folder);
    const QString db = demoDatabase(folder, environment);
    const QString first = incidentsOf(db).front().caseNumber.text();
    const QStringList show{QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--db"), db};
    Run result = cli(show + QStringList{first}, environment);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Case               ") + first));
    CHECK(result.out.contains(QStringLiteral("tubes losing air, engine failed")));
    CHECK(result.out.contains(QStringLiteral("85 (men 61, women 14, children 10)")));
    CHECK(result.out.contains(QStringLiteral("80 rescued, 2 dead, 3 missing")));
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    const auto line = [&](const QString &text) {
        for (const QString &candidate : lines) {
            if (candidate.contains(text)) {
                return candidate;
            }
        }
        return QString();
    };
    CHECK(line(QStringLiteral("Phase ALERFA → DETRESFA")).contains(QStringLiteral("cg.officer")));
    CHECK(line(QStringLiteral("Phase ALERFA → DETRESFA")).contains(QStringLiteral("water inside the boat")));
    const QString dcim = line(QStringLiteral("received 80 persons at the naval base"));
    CHECK(dcim.contains(QStringLiteral("dcim.officer")));
    CHECK(dcim.contains(QStringLiteral(" log ")));
    CHECK(
        line(QStringLiteral("case closed after handover")).contains(QStringLiteral("Disembarked → Closed")));

    result = cli(show + QStringList{QStringLiteral("LY-2000-0999")}, environment);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("no case LY-2000-0999")));
    CHECK(result.out.isEmpty());

    result = cli(show + QStringList{QStringLiteral("case one")}, environment);
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("not a case number")));
}

TEST_CASE("marsa-cli incident export writes the cases as points, and never over a file without --force") {
    QTemporaryDir folder;
    const QProcessEnvironment environment = isolatedEnvironment(folder);
    const QString db = demoDatabase(folder, environment);
    const std::vector<marsa::core::Incident> incidents = incidentsOf(db);
    const QString zuwara = incidents.front().caseNumber.text(); // 33.27N 12.08E, outcome recorded
    const QStringList exportTo{QStringLiteral("incident"), QStringLiteral("export"), QStringLiteral("--db"),
                               db, QStringLiteral("--out")};

    const QString geojson = folder.filePath(QStringLiteral("cases.geojson"));
    Run result = cli(exportTo + QStringList{geojson, QStringLiteral("--format"), QStringLiteral("geojson")},
                     environment);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray features =
        QJsonDocument::fromJson(contents(geojson)).object().value(QStringLiteral("features")).toArray();
    REQUIRE(features.size() == static_cast<qsizetype>(incidents.size()));
    QJsonObject found;
    for (const QJsonValue &feature : features) {
        const QJsonObject properties = feature.toObject().value(QStringLiteral("properties")).toObject();
        if (properties.value(QStringLiteral("case_number")).toString() == zuwara) {
            found = feature.toObject();
        }
    }
    REQUIRE_FALSE(found.isEmpty());
    const QJsonArray coordinates =
        found.value(QStringLiteral("geometry")).toObject().value(QStringLiteral("coordinates")).toArray();
    REQUIRE(coordinates.size() == 2);
    CHECK(coordinates[0].toDouble() == Approx(12.08)); // longitude first (RFC 7946)
    CHECK(coordinates[1].toDouble() == Approx(33.27));
    const QJsonObject properties = found.value(QStringLiteral("properties")).toObject();
    CHECK(properties.value(QStringLiteral("phase")).toString() == QStringLiteral("DETRESFA"));
    CHECK(properties.value(QStringLiteral("status")).toString() == QStringLiteral("closed"));
    CHECK(properties.value(QStringLiteral("pob_children")).toInt() == 10);
    CHECK(properties.value(QStringLiteral("rescued")).toInt() == 80);
    CHECK(properties.value(QStringLiteral("is_exercise")) == QJsonValue(false));
    CHECK(properties.value(QStringLiteral("first_alert_utc")).toString().endsWith(QLatin1Char('Z')));
    // The false alarm: no split of persons on board known, no outcome.
    const QJsonObject falseAlarm = features[4].toObject().value(QStringLiteral("properties")).toObject();
    CHECK(falseAlarm.value(QStringLiteral("status")).toString() == QStringLiteral("false_alarm"));
    CHECK(falseAlarm.value(QStringLiteral("pob_men")).isNull());
    CHECK(falseAlarm.value(QStringLiteral("rescued")).isNull());

    const QString csv = folder.filePath(QStringLiteral("cases.csv"));
    result = cli(exportTo + QStringList{csv, QStringLiteral("--format"), QStringLiteral("csv"),
                                        QStringLiteral("--case"), zuwara},
                 environment);
    REQUIRE(result.exitCode == 0);
    const QList<QByteArray> rows = contents(csv).trimmed().split('\n');
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].startsWith("X,Y,case_number,first_alert_utc,"));
    CHECK(rows[1].startsWith(QByteArray("12.08,33.27," + zuwara.toUtf8() + ",")));

    // An existing file is kept, byte for byte, unless --force.
    const QByteArray before = contents(csv);
    result = cli(exportTo + QStringList{csv, QStringLiteral("--format"), QStringLiteral("csv")}, environment);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("already exists")));
    CHECK(contents(csv) == before);
    result = cli(exportTo + QStringList{csv, QStringLiteral("--format"), QStringLiteral("csv"),
                                        QStringLiteral("--force")},
                 environment);
    CHECK(result.exitCode == 0);
    CHECK(contents(csv).trimmed().split('\n').size() == 9);

    // An unknown case writes nothing.
    const QString none = folder.filePath(QStringLiteral("none.geojson"));
    result = cli(exportTo + QStringList{none, QStringLiteral("--format"), QStringLiteral("geojson"),
                                        QStringLiteral("--case"), QStringLiteral("LY-2000-0999")},
                 environment);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("LY-2000-0999")));
    CHECK_FALSE(QFile::exists(none));
}
