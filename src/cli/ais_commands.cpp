#include "cli/ais_commands.h"

#include "cli/cli_support.h"
#include "feeds/ais_decoder.h"
#include "feeds/ais_json.h"
#include "feeds/ais_traffic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstring>

namespace marsa::cli {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

const char *kAisUsage =
    "usage: marsa-cli ais decode [FILE...] [--stats] [--count-only] [--split24] [--timeout-ms N]\n"
    "       marsa-cli ais generate --count N [--seed S] [--ships N] [--no-tag-blocks]\n";

// JSON is written to stdout in blocks of this size.
constexpr qsizetype kFlushBytes = 1 << 20;
constexpr std::size_t kReadBytes = 1 << 20;

/// The decode loop: lines in, JSON out, counts kept.
class DecodeRun {
public:
    DecodeRun(feeds::AisDecoder &decoder, bool json, bool split24)
        : m_decoder(decoder)
        , m_json(json)
        , m_split24(split24) {
        m_out.reserve(kFlushBytes + 4096);
    }

    void setDevice(const QByteArray &device) {
        m_device = device;
        m_writer = feeds::GpsdJsonWriter(m_device.constData(), m_split24);
    }
    /// Decodes the complete lines of data; answers how many bytes it used (the rest is the start
    /// of a line that continues in the next block).
    qsizetype feed(QByteArrayView data, bool atEnd) {
        const char *begin = data.data();
        const char *end = begin + data.size();
        const char *p = begin;
        while (p < end) {
            const auto *newline =
                static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
            if (!newline && !atEnd) {
                break;
            }
            const char *lineEnd = newline ? newline : end;
            if (m_decoder.decodeLine(QByteArrayView(p, lineEnd - p), m_message).hasMessage() && m_json) {
                m_writer.write(m_message, m_out);
                if (m_out.size() >= kFlushBytes) {
                    flush();
                }
            }
            p = newline ? newline + 1 : end;
        }
        return p - begin;
    }
    void flush() {
        std::fwrite(m_out.constData(), 1, static_cast<std::size_t>(m_out.size()), stdout);
        m_out.resize(0);
    }

private:
    feeds::AisDecoder &m_decoder;
    bool m_json;
    bool m_split24;
    QByteArray m_device = "stdin";
    feeds::GpsdJsonWriter m_writer{"stdin", false};
    feeds::AisMessage m_message;
    QByteArray m_out;
};

/// Reads a whole stream block by block through run; false when it cannot be read.
bool decodeStream(std::FILE *stream, DecodeRun &run) {
    QByteArray buffer(static_cast<qsizetype>(kReadBytes) * 2, Qt::Uninitialized);
    qsizetype kept = 0;
    for (;;) {
        const std::size_t got = std::fread(buffer.data() + kept, 1, kReadBytes, stream);
        if (got == 0 && std::ferror(stream)) {
            return false;
        }
        const qsizetype size = kept + static_cast<qsizetype>(got);
        const bool atEnd = got == 0;
        const qsizetype used = run.feed(QByteArrayView(buffer.constData(), size), atEnd);
        kept = size - used;
        if (atEnd) {
            return true;
        }
        if (kept > static_cast<qsizetype>(kReadBytes)) {
            kept = 0; // a "line" of more than a megabyte: garbage, dropped
        }
        std::memmove(buffer.data(), buffer.constData() + used, static_cast<std::size_t>(kept));
    }
}

void printStats(const feeds::DecodeStats &stats) {
    const auto line = [](const QString &text) {
        std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    };
    line(Text::tr("lines: %1").arg(stats.lines));
    line(Text::tr("messages: %1").arg(stats.messages()));
    for (std::size_t type = 0; type < stats.messagesByType.size(); ++type) {
        if (stats.messagesByType[type] > 0) {
            line(Text::tr("  type %1: %2").arg(type).arg(stats.messagesByType[type]));
        }
    }
    line(Text::tr("rejected lines: %1").arg(stats.rejectedLines()));
    for (int reason = 1; reason < feeds::kRejectReasonCount; ++reason) {
        const auto value = static_cast<feeds::RejectReason>(reason);
        line(QStringLiteral("  %1: %2").arg(feeds::rejectReasonName(value)).arg(stats.rejected(value)));
    }
    line(Text::tr("other NMEA sentences: %1").arg(stats.otherSentences));
}

int decode(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.setApplicationDescription(Text::tr(
        "Decodes AIS sentences (NMEA !AIVDM/!AIVDO lines, with or without tag blocks) from the "
        "files, or standard input, into one gpsd JSON object per message, as gpsdecode -j prints them."));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 Text::tr("Files to read; none or - for standard input."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption stats(QStringLiteral("stats"),
                                   Text::tr("Print the messages by type and the rejected lines by reason to "
                                            "standard error."));
    const QCommandLineOption countOnly(
        QStringLiteral("count-only"), Text::tr("Decode without writing JSON; print the number of messages."));
    const QCommandLineOption split24(
        QStringLiteral("split24"), Text::tr("Print type 24 parts A and B that were not joined, as gpsdecode "
                                            "--split24 does."));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"),
                                     Text::tr("How long a fragment waits for the rest of its message."),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({stats, countOnly, split24, timeout});
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    bool ok = false;
    const qint64 timeoutMs = parser.value(timeout).toLongLong(&ok);
    if (!ok || timeoutMs < 0) {
        printErr(Text::tr("--timeout-ms must be a whole number of milliseconds."));
        return 2;
    }
    QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        files << QStringLiteral("-");
    }
    feeds::AisDecoder::Options options;
    options.fragmentTimeoutMs = timeoutMs;
    feeds::AisDecoder decoder(options);
    DecodeRun run(decoder, !parser.isSet(countOnly), parser.isSet(split24));
    int exitCode = 0;
    for (const QString &file : files) {
        const bool standardInput = file == QLatin1String("-");
        std::FILE *stream = standardInput ? stdin : std::fopen(QFile::encodeName(file).constData(), "rb");
        if (!stream) {
            printErr(Text::tr("cannot read %1: %2").arg(file, QString::fromLocal8Bit(std::strerror(errno))));
            exitCode = 1;
            continue;
        }
        run.setDevice(standardInput ? QByteArray("stdin") : QFile::encodeName(file));
        const bool read = decodeStream(stream, run);
        if (!standardInput) {
            std::fclose(stream);
        }
        if (!read) {
            printErr(Text::tr("cannot read %1").arg(file));
            exitCode = 1;
        }
    }
    decoder.finish();
    run.flush();
    if (parser.isSet(countOnly)) {
        std::fprintf(stdout, "%llu\n", static_cast<unsigned long long>(decoder.stats().messages()));
    }
    std::fflush(stdout);
    if (parser.isSet(stats)) {
        printStats(decoder.stats());
    }
    return exitCode;
}

int generate(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.setApplicationDescription(
        Text::tr("Writes a realistic Central Mediterranean AIS feed (NMEA sentences with tag blocks) to "
                 "standard output."));
    const QCommandLineOption count(QStringLiteral("count"), Text::tr("How many sentences."),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("The same seed gives the same feed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption ships(QStringLiteral("ships"), Text::tr("How many vessels."),
                                   QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption noTags(QStringLiteral("no-tag-blocks"),
                                    Text::tr("Sentences without tag blocks."));
    parser.addOptions({count, seed, ships, noTags});
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    bool countOk = false;
    bool seedOk = false;
    bool shipsOk = false;
    const qint64 sentences = parser.value(count).toLongLong(&countOk);
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    const int shipCount = parser.value(ships).toInt(&shipsOk);
    if (!countOk || sentences < 0 || sentences > 100'000'000) {
        printErr(Text::tr("generate needs --count N, a whole number from 0 to 100000000."));
        return 2;
    }
    if (!seedOk || !shipsOk || shipCount < 2 || shipCount > 100'000) {
        printErr(Text::tr("--seed must be a whole number, --ships one from 2 to 100000."));
        return 2;
    }
    feeds::TrafficOptions options;
    options.ships = shipCount;
    options.tagBlocks = !parser.isSet(noTags);
    const QByteArray traffic = feeds::generateTraffic(seedValue, sentences, options);
    std::fwrite(traffic.constData(), 1, static_cast<std::size_t>(traffic.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

int aisCommand(const QStringList &arguments) {
    const QString command = arguments.value(0);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(kAisUsage, stdout);
        return 0;
    }
    // QCommandLineParser expects the program name first.
    QStringList rest = arguments.mid(1);
    rest.prepend(QStringLiteral("marsa-cli ais ") + command);
    if (command == QLatin1String("decode")) {
        return decode(rest);
    }
    if (command == QLatin1String("generate")) {
        return generate(rest);
    }
    printErr(command.isEmpty() ? Text::tr("ais needs decode or generate.")
                               : Text::tr("unknown ais command \"%1\"").arg(command));
    std::fputs(kAisUsage, stderr);
    return 2;
}

} // namespace marsa::cli
