// marsa-cli exercise create, db copy between exercise and operational databases, and every export
// from an exercise database stamped EXERCISE (docs/exercises.md), as a trainer runs them.

#include "exercise_cli_fixture.h"

#include "core/clock.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/exercise.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace marsa;

namespace {

using Run = test::CliRun;
using Folder = test::CliFolder;

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isExercise(const QString &path) {
    auto db = storage::Database::open(path);
    REQUIRE(db);
    return db->isExercise();
}

// An exercise that has been worked: the demonstration cases and handovers written through the
// services into a marked database, so every one of them is stamped as the exercise's.
QString workedExercise(const Folder &f) {
    const QString path = f.path("worked.sqlite");
    auto db = storage::Database::open(path);
    REQUIRE(db);
    REQUIRE(storage::markAsExercise(db.value(), QStringLiteral("Zuwara night"), f.ops,
                                    QDateTime::currentDateTimeUtc()));
    const core::SystemClock clock;
    auto written = storage::writeDemoData(db.value(), clock);
    INFO((written ? QString() : written.errorMessage()).toStdString());
    REQUIRE(written);
    return path;
}

QString pdfText(const QString &pdf) {
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils, scripts/debian-packages.txt
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("marsa-cli exercise create makes a marked exercise of a database's people and assets") {
    const Folder f;
    const QString drill = f.path("drill.sqlite");
    const Run made = f.create(drill, QStringLiteral("Zuwara night"));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("users")));
    CHECK(made.out.contains(QStringLiteral("created the exercise \"Zuwara night\"")));
    CHECK(isExercise(drill));
    const Run list =
        f.cli({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--db"), drill});
    CHECK(list.exitCode == 0);
    CHECK_FALSE(list.out.contains(QStringLiteral("LY-")));

    const Run again = f.create(drill, QStringLiteral("Other"));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("exists already")));
    const Run noName = f.cli({QStringLiteral("exercise"), QStringLiteral("create"), QStringLiteral("--from"),
                              f.ops, QStringLiteral("--to"), f.path("x.sqlite")});
    CHECK(noName.exitCode == 2);
    CHECK(f.create(f.path("y.sqlite"), QStringLiteral("   ")).exitCode == 2);
    CHECK_FALSE(QFile::exists(f.path("x.sqlite")));
    CHECK_FALSE(QFile::exists(f.path("y.sqlite")));
}

TEST_CASE("marsa-cli db copy keeps exercises and operational records apart") {
    const Folder f;
    const QString drill = f.path("drill.sqlite");
    REQUIRE(f.create(drill, QStringLiteral("Drill")).exitCode == 0);
    const auto copy = [&](const QString &from, const QString &to) {
        return f.cli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from,
                      QStringLiteral("--to"), to});
    };
    const Run intoOperational = copy(drill, f.ops);
    CHECK(intoOperational.exitCode == 1);
    CHECK(intoOperational.err.contains(QStringLiteral("is an exercise database and")));
    CHECK_FALSE(isExercise(f.ops));

    const Run intoExercise = copy(f.ops, drill);
    CHECK(intoExercise.exitCode == 1);
    CHECK(intoExercise.err.contains(QStringLiteral("never takes operational records")));

    const QString laptop = f.path("laptop.sqlite");
    const Run intoNew = copy(drill, laptop);
    INFO(intoNew.err.toStdString());
    CHECK(intoNew.exitCode == 0);
    CHECK(isExercise(laptop));
}

TEST_CASE("Every marsa-cli export from an exercise database says EXERCISE") {
    const Folder f;
    const QString worked = workedExercise(f);
    const auto run = [&](QStringList arguments) {
        arguments << QStringLiteral("--db") << worked;
        const Run done = f.cli(arguments);
        INFO(done.err.toStdString());
        REQUIRE(done.exitCode == 0);
    };

    run({QStringLiteral("incident"), QStringLiteral("export"), QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--out"), f.path("cases.csv")});
    const QList<QByteArray> cases = contents(f.path("cases.csv")).trimmed().split('\n');
    REQUIRE(cases.size() > 1);
    CHECK(cases.front().contains("exercise"));
    for (const QByteArray &line : cases.mid(1)) {
        CHECK(line.contains("EXERCISE"));
    }
    run({QStringLiteral("incident"), QStringLiteral("export"), QStringLiteral("--format"),
         QStringLiteral("geojson"), QStringLiteral("--out"), f.path("cases.geojson")});
    const QJsonArray features = QJsonDocument::fromJson(contents(f.path("cases.geojson")))
                                    .object()
                                    .value(QStringLiteral("features"))
                                    .toArray();
    REQUIRE_FALSE(features.isEmpty());
    for (const QJsonValue &feature : features) {
        CHECK(feature[QStringLiteral("properties")][QStringLiteral("exercise")].toString() ==
              QStringLiteral("EXERCISE"));
    }

    run({QStringLiteral("disembarkation"), QStringLiteral("export"), QStringLiteral("--out"),
         f.path("handovers.csv")});
    const QList<QByteArray> handovers = contents(f.path("handovers.csv")).trimmed().split('\n');
    REQUIRE(handovers.size() > 1);
    CHECK(handovers.front().startsWith("exercise,"));
    CHECK(handovers.at(1).startsWith("EXERCISE,"));
    run({QStringLiteral("disembarkation"), QStringLiteral("export"), QStringLiteral("--out"),
         f.path("handovers.json")});
    const QJsonObject json = QJsonDocument::fromJson(contents(f.path("handovers.json"))).object();
    CHECK(json.value(QStringLiteral("exercise")).toString() ==
          QStringLiteral("EXERCISE \u2014 Zuwara night \u2014 not operational data"));
    CHECK_FALSE(json.value(QStringLiteral("disembarkations")).toArray().isEmpty());

    const Run list =
        f.cli({QStringLiteral("disembarkation"), QStringLiteral("list"), QStringLiteral("--db"), worked});
    REQUIRE(list.exitCode == 0);
    const QString reference = list.out.split(QLatin1Char('\n')).value(1).section(QLatin1Char(' '), 0, 0);
    REQUIRE(reference.startsWith(QStringLiteral("LY-")));
    run({QStringLiteral("disembarkation"), QStringLiteral("pdf"), QStringLiteral("--ref"), reference,
         QStringLiteral("--out"), f.path("handover.pdf")});
    const QString text = pdfText(f.path("handover.pdf"));
    CHECK(text.contains(QStringLiteral("EXERCISE, not operational")));

    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString monthAgo = QDateTime::currentDateTimeUtc().date().addDays(-30).toString(Qt::ISODate);
    run({QStringLiteral("stats"), QStringLiteral("--from"), monthAgo, QStringLiteral("--to"), today,
         QStringLiteral("--csv"), f.path("iom.csv")});
    const QList<QByteArray> iom = contents(f.path("iom.csv")).trimmed().split('\n');
    REQUIRE(iom.size() > 1);
    CHECK(iom.front().startsWith("exercise,period,"));
    int persons = 0;
    for (const QByteArray &line : iom.mid(1)) {
        CHECK(line.startsWith("EXERCISE,"));
        persons += line.split(',').value(5).toInt();
    }
    CHECK(persons > 0); // the exercise's own cases count in its statistics
}

TEST_CASE("An export from an operational database carries no exercise stamp") {
    const Folder f;
    const Run done = f.cli({QStringLiteral("disembarkation"), QStringLiteral("export"),
                            QStringLiteral("--db"), f.ops, QStringLiteral("--out"), f.path("handovers.csv")});
    REQUIRE(done.exitCode == 0);
    CHECK(contents(f.path("handovers.csv")).startsWith("reference,"));
    const Run json =
        f.cli({QStringLiteral("disembarkation"), QStringLiteral("export"), QStringLiteral("--db"), f.ops,
               QStringLiteral("--out"), f.path("handovers.json")});
    REQUIRE(json.exitCode == 0);
    CHECK(QJsonDocument::fromJson(contents(f.path("handovers.json"))).isArray());
}
