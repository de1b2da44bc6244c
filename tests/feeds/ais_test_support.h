#pragma once

// Shared by the AIS tests: the reference vectors (tests/data/ais-vectors.csv), decoding helpers,
// and running gpsd's gpsdecode (a declared dependency: scripts/debian-packages.txt).

#include "feeds/ais_decoder.h"
#include "feeds/ais_sentence.h"

#include "catch_qt.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <vector>

namespace ais_test {

inline const QString kGpsdecode = QStringLiteral("/usr/bin/gpsdecode");

/// One row of ais-vectors.csv: sentence(s), type, mmsi, lat, lon, sog, cog, heading, name,
/// source, notes (DOMAIN-FACTS 6.3).
struct VectorRow {
    QList<QByteArray> sentences;
    int type = 0;
    quint32 mmsi = 0;
    QString lat, lon, sog, cog, heading, name, notes;
    bool isNegative() const { return notes.startsWith(QStringLiteral("NEGATIVE")); }
};

/// A minimal CSV reader: quoted fields may hold commas, "" is a quote.
inline QStringList csvFields(const QString &line) {
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

inline std::vector<VectorRow> aisVectors() {
    QFile file(QStringLiteral(MARSA_TEST_DATA_DIR "/ais-vectors.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    std::vector<VectorRow> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = csvFields(lines.at(i));
        REQUIRE(f.size() == 11);
        VectorRow row;
        for (const QString &sentence : f[0].split(QStringLiteral(" | "))) {
            row.sentences.append(sentence.toLatin1());
        }
        row.type = f[1].toInt();
        row.mmsi = f[2].toUInt();
        row.lat = f[3];
        row.lon = f[4];
        row.sog = f[5];
        row.cog = f[6];
        row.heading = f[7];
        row.name = f[8];
        row.notes = f[10];
        rows.push_back(row);
    }
    REQUIRE(rows.size() == 34); // DOMAIN-FACTS 6.3
    return rows;
}

/// Every message decoded from the lines, in order (finish() called at the end).
inline std::vector<marsa::feeds::AisMessage> decodeAll(const QList<QByteArray> &lines,
                                                       marsa::feeds::AisDecoder &decoder) {
    std::vector<marsa::feeds::AisMessage> messages;
    marsa::feeds::AisMessage message;
    for (const QByteArray &line : lines) {
        if (decoder.decodeLine(line, message).hasMessage()) {
            messages.push_back(message);
        }
    }
    decoder.finish();
    return messages;
}

/// The lines of a text with "\r\n" or "\n" line ends.
inline QList<QByteArray> linesOf(const QByteArray &text) {
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    if (!lines.isEmpty() && lines.back().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

/// A sentence with its checksum: "!" + body + "*hh".
inline QByteArray withChecksum(const QByteArray &body, char delimiter = '!') {
    const QByteArray sum =
        QByteArray::number(marsa::feeds::xorChecksum(body), 16).toUpper().rightJustified(2, '0');
    return delimiter + body + '*' + sum;
}

/// The checks every decoder's counters must pass: each line in exactly one place.
inline void checkStatsInvariant(const marsa::feeds::DecodeStats &stats) {
    CHECK(stats.lines == stats.messageLines + stats.rejectedLines() + stats.otherSentences +
                             stats.blankLines + stats.pendingLines);
}

/// gpsdecode's output for an input (stdout only). The test fails when gpsdecode is missing:
/// it is a declared dependency of the build, not an optional one.
inline QByteArray runGpsdecode(const QByteArray &input,
                               const QStringList &arguments = {QStringLiteral("-j")}) {
    INFO("gpsdecode (gpsd-clients) is a declared dependency: scripts/debian-packages.txt");
    REQUIRE(QFileInfo(kGpsdecode).isExecutable());
    QProcess process;
    process.setProgram(kGpsdecode);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    REQUIRE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    QByteArray output;
    while (!process.waitForFinished(100)) {
        output += process.readAllStandardOutput();
        process.readAllStandardError();
        REQUIRE(process.state() != QProcess::NotRunning);
    }
    output += process.readAllStandardOutput();
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return output;
}

} // namespace ais_test
