// The two executables as a user runs them: the console's screenshot and no-display message,
// marsa-cli's demo and render commands.

#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/place_repository.h"

#include <QImage>
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
