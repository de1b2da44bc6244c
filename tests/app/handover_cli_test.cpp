// marsa-cli disembarkation list|export and stats as a user runs them, on the demonstration data set.

#include "exercise_cli_fixture.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

using Run = marsa::test::CliRun;

/// The demonstration data set in a folder of its own.
struct Demo : marsa::test::CliFolder {
    QString db = ops;
    QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QString weekAgo = QDateTime::currentDateTimeUtc().date().addDays(-7).toString(Qt::ISODate);

    QStringList lines(const QStringList &arguments) const {
        const Run run = cli(arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out.trimmed().split(QLatin1Char('\n'));
    }
};

QByteArray contents(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE(
    "marsa-cli disembarkation list prints each handover at its step, latest ashore first, and filters") {
    const Demo demo;
    const QStringList list{QStringLiteral("disembarkation"), QStringLiteral("list"), QStringLiteral("--db"),
                           demo.db};
    QStringList lines = demo.lines(list);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].startsWith(QStringLiteral("Disembarkation  Ashore (UTC)")));
    // Ashore 3 h, 29 h, 35 h, 35 h and 42 h ago (demo_data.cpp): Zuwara, Tripoli, Misrata, Al Khums, Az
    // Zawiya.
    const char *latestFirst[] = {"-0007/1 ", "-0001/1 ", "-0008/2 ", "-0008/1 ", "-0006/1 "};
    for (int i = 0; i < 5; ++i) {
        CHECK(lines[i + 1].contains(QLatin1String(latestFirst[i])));
    }
    CHECK(lines[1].contains(
        QStringLiteral("Zuwara     Sabratha        38   30      5         3        0       0  declared")));
    CHECK(lines[3].contains(
        QStringLiteral(" 106   80     15        10        1       1  medical_recorded  1 of 1 "
                       "unexplained")));
    CHECK(lines[5].contains(QStringLiteral("returned")));

    lines = demo.lines(list + QStringList{QStringLiteral("--port"), QStringLiteral("misrata")});
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].contains(QStringLiteral("-0008/2 ")));
    lines = demo.lines(list + QStringList{QStringLiteral("--step"), QStringLiteral("approved")});
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].contains(QStringLiteral("Tripoli")));
    lines = demo.lines(list + QStringList{QStringLiteral("--unexplained")});
    CHECK(lines.size() == 3); // Misrata and Az Zawiya
    lines = demo.lines(
        list + QStringList{QStringLiteral("--from"), demo.weekAgo, QStringLiteral("--to"), demo.today});
    CHECK(lines.size() == 6);
    const QString tomorrow = QDateTime::currentDateTimeUtc().date().addDays(1).toString(Qt::ISODate);
    lines = demo.lines(list + QStringList{QStringLiteral("--from"), tomorrow});
    CHECK(lines == QStringList{QStringLiteral("No disembarkations.")});

    Run mistake = demo.cli(list + QStringList{QStringLiteral("--step"), QStringLiteral("sunk")});
    CHECK(mistake.exitCode == 2);
    CHECK(mistake.err.contains(QStringLiteral("medical_recorded")));
    mistake = demo.cli(list + QStringList{QStringLiteral("--from"), QStringLiteral("23/11/2026")});
    CHECK(mistake.exitCode == 2);
    CHECK(mistake.err.contains(QStringLiteral("a day such as 2026-11-23")));
}

TEST_CASE("marsa-cli disembarkation export writes the handover records as CSV or JSON, never over a file") {
    const Demo demo;
    const QString csv = demo.folder.filePath(QStringLiteral("handovers.csv"));
    const QStringList exportTo{QStringLiteral("disembarkation"), QStringLiteral("export"),
                               QStringLiteral("--db"), demo.db, QStringLiteral("--out")};
    Run run = demo.cli(exportTo + QStringList{csv});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("disembarkations: 5")));
    const QList<QByteArray> rows = contents(csv).trimmed().split('\n');
    REQUIRE(rows.size() == 6);
    CHECK(rows[0].startsWith("reference,case_number,sequence,state,returned_to,place_key,place,"));
    QByteArray tripoli;
    for (const QByteArray &row : rows) {
        if (row.contains(",tripoli,")) {
            tripoli = row.trimmed();
        }
    }
    CHECK(tripoli.contains(",approved,,tripoli,Tripoli,,,"));
    CHECK(tripoli.contains(",Ubari,58,12,7,3,0,80,4,ER:18;NG:12;SD:30;unknown:20,3,2,iom;unhcr,78,"
                           "Tariq al-Sikka:60;Ain Zara:18,3,2,2,,,0,cg.officer,"));
    CHECK(tripoli.contains(",cg.supervisor,"));

    const QByteArray before = contents(csv);
    run = demo.cli(exportTo + QStringList{csv});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("already exists")));
    CHECK(contents(csv) == before);

    const QString json = demo.folder.filePath(QStringLiteral("misrata.json"));
    run = demo.cli(exportTo + QStringList{json, QStringLiteral("--port"), QStringLiteral("misrata")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray records = QJsonDocument::fromJson(contents(json)).array();
    REQUIRE(records.size() == 1);
    const QJsonObject misrata = records[0].toObject();
    CHECK(misrata.value(QStringLiteral("state")).toString() == QStringLiteral("medical_recorded"));
    CHECK(misrata.value(QStringLiteral("declaration")).toObject().value(QStringLiteral("men")).toInt() == 80);
    const QJsonObject discrepancy = misrata.value(QStringLiteral("discrepancies")).toArray()[0].toObject();
    CHECK(discrepancy.value(QStringLiteral("rule")).toString() == QStringLiteral("handed_over_received"));
    CHECK(discrepancy.value(QStringLiteral("figures")).toObject().value(QStringLiteral("received")).toInt() ==
          102);
    CHECK_FALSE(discrepancy.value(QStringLiteral("explained")).toBool());
    CHECK(misrata.value(QStringLiteral("medical"))
              .toObject()
              .value(QStringLiteral("evacuations"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("facility"))
              .toString() == QStringLiteral("Qasr Ahmed Hospital"));

    run = demo.cli(exportTo + QStringList{demo.folder.filePath(QStringLiteral("handovers.xlsx"))});
    CHECK(run.exitCode == 2);
}

TEST_CASE(
    "marsa-cli stats counts the demonstration landings as worked out by hand, and writes IOM's layout") {
    const Demo demo;
    const QString csv = demo.folder.filePath(QStringLiteral("iom.csv"));
    const QStringList stats{QStringLiteral("stats"),
                            QStringLiteral("--db"),
                            demo.db,
                            QStringLiteral("--from"),
                            demo.weekAgo,
                            QStringLiteral("--to"),
                            demo.today,
                            QStringLiteral("--by"),
                            QStringLiteral("week"),
                            QStringLiteral("--csv"),
                            csv};
    const QStringList lines = demo.lines(stats);
    QStringList total;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("Total "))) {
            total = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    // Tripoli 80 + Az Zawiya 95 + Zuwara 38 + Al Khums 120 + Misrata 106 (demo_handovers.cpp): 439 persons,
    // 338 men, 59 women, 41 children, 1 unknown, 13 unaccompanied; 4 boats (Al Khums and Misrata are one
    // case); dead 2 + 1 and missing 3 + 3 of cases 1 and 8; medical cases 3 + 2 + 5, evacuated 2 + 1 + 3.
    REQUIRE(total.size() == 14);
    CHECK(total.mid(3) == QStringList{QStringLiteral("4"), QStringLiteral("439"), QStringLiteral("338"),
                                      QStringLiteral("59"), QStringLiteral("41"), QStringLiteral("1"),
                                      QStringLiteral("13"), QStringLiteral("3"), QStringLiteral("6"),
                                      QStringLiteral("10"), QStringLiteral("6")});
    const QList<QByteArray> rows = contents(csv).trimmed().split('\n');
    REQUIRE(rows.size() >= 3);
    CHECK(rows[0].trimmed() == "period,from,to,disembarkation_point,intercepted_returned,men,women,children,"
                               "unknown,dead,missing,boats,"
                               "medical_cases");
    int persons = 0;
    for (const QByteArray &row : rows) {
        const QList<QByteArray> fields = row.trimmed().split(',');
        if (fields.size() == 13 && fields[3] == "All points") {
            persons += fields[4].toInt();
        }
    }
    CHECK(persons == 439);

    Run mistake = demo.cli({QStringLiteral("stats"), QStringLiteral("--db"), demo.db,
                            QStringLiteral("--from"), demo.weekAgo, QStringLiteral("--to"), demo.today,
                            QStringLiteral("--by"), QStringLiteral("day")});
    CHECK(mistake.exitCode == 2);
    CHECK(mistake.err.contains(QStringLiteral("week or month")));
    mistake = demo.cli(
        {QStringLiteral("stats"), QStringLiteral("--db"), demo.db, QStringLiteral("--to"), demo.today});
    CHECK(mistake.exitCode == 2);
    mistake = demo.cli(stats); // the CSV exists now
    CHECK(mistake.exitCode == 1);
}

TEST_CASE("marsa-cli disembarkation pdf prints a handover form with its counts, signers and times") {
    const Demo demo;
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils, scripts/debian-packages.txt
    const QString pdf = demo.folder.filePath(QStringLiteral("misrata.pdf"));
    const QStringList print{QStringLiteral("disembarkation"), QStringLiteral("pdf"),
                            QStringLiteral("--db"),           demo.db,
                            QStringLiteral("--out"),          pdf};
    Run run = demo.cli(print + QStringList{QStringLiteral("--ref"), QStringLiteral("LY-2026-0008/2")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("LY-2026-0008/2")));

    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text =
        QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    INFO(text.toStdString());
    // Misrata (demo_handovers.cpp): 106 handed over (80 men, 15 women, 6 boys, 4 girls, 1 unknown), 102
    // received by DCIM, 5 medical cases, 3 evacuated; the discrepancy not yet explained.
    for (const char *line : {"Men\\s+80", "Women\\s+15", "Boys\\s+6", "Girls\\s+4",
                             "Persons handed over\\s+106", "Persons received\\s+102", "Medical cases\\s+5",
                             "Persons evacuated\\s+3", "Not explained", "Not signed yet"}) {
        INFO(line);
        CHECK(text.contains(QRegularExpression(QString::fromLatin1(line))));
    }
    // Each signer and the time of the signature as the JSON export states it.
    const QString json = demo.folder.filePath(QStringLiteral("misrata.json"));
    REQUIRE(
        demo.cli({QStringLiteral("disembarkation"), QStringLiteral("export"), QStringLiteral("--db"), demo.db,
                  QStringLiteral("--out"), json, QStringLiteral("--port"), QStringLiteral("misrata")})
            .exitCode == 0);
    const QJsonObject record = QJsonDocument::fromJson(contents(json)).array()[0].toObject();
    for (const char *step : {"declaration", "acknowledgement", "medical"}) {
        const QJsonObject signature =
            record.value(QLatin1String(step)).toObject().value(QStringLiteral("signed_by")).toObject();
        const QString user = signature.value(QStringLiteral("user")).toString();
        const QDateTime time =
            QDateTime::fromString(signature.value(QStringLiteral("time_utc")).toString(), Qt::ISODate);
        INFO(step);
        REQUIRE_FALSE(user.isEmpty());
        CHECK(text.contains(QLatin1Char('(') + user + QStringLiteral("), ")));
        CHECK(text.contains(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                            QStringLiteral(" UTC")));
    }

    // Never over a file without --force; --id names the same record; mistakes are said.
    const QByteArray before = contents(pdf);
    run = demo.cli(print + QStringList{QStringLiteral("--ref"), QStringLiteral("LY-2026-0001/1")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("already exists")));
    CHECK(contents(pdf) == before);
    run = demo.cli(print + QStringList{QStringLiteral("--ref"), QStringLiteral("LY-2026-0001/1"),
                                       QStringLiteral("--force"), QStringLiteral("--arabic")});
    CHECK(run.exitCode == 0);
    CHECK(contents(pdf) != before);
    run = demo.cli(print + QStringList{QStringLiteral("--ref"), QStringLiteral("LY-2026-0099/1")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("No disembarkation LY-2026-0099/1")));
    run = demo.cli(print + QStringList{QStringLiteral("--ref"), QStringLiteral("LY-2026-0001/1"),
                                       QStringLiteral("--id"), QStringLiteral("1")});
    CHECK(run.exitCode == 2);
    run = demo.cli({QStringLiteral("disembarkation"), QStringLiteral("pdf"), QStringLiteral("--db"), demo.db,
                    QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--out"),
                    demo.folder.filePath(QStringLiteral("form.txt"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("FILE.pdf")));
    run = demo.cli({QStringLiteral("disembarkation"), QStringLiteral("pdf"), QStringLiteral("--db"), demo.db,
                    QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--out"),
                    demo.folder.filePath(QStringLiteral("by-id.pdf"))});
    CHECK(run.exitCode == 0);

    run = demo.cli({QStringLiteral("disembarkation")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("list, export or pdf")));
    CHECK(run.err.contains(QStringLiteral("disembarkation pdf --db PATH")));
}
