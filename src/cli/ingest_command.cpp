#include "cli/ingest_command.h"

#include "cli/cli_support.h"
#include "feeds/ais_convert.h"
#include "feeds/ais_decoder.h"
#include "storage/track_store.h"
#include "storage/track_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unordered_set>

namespace marsa::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::cli)
};

constexpr std::size_t kReadBytes = 1 << 20;
// Each batch is sorted in memory and written straight into the clustered archive as one run (bulk
// load): nothing waits in the recent table to be sorted again at the end. Half a million rows
// (about 50 MB while sorted) write each vessel's pages about once a batch.
constexpr std::size_t kIngestBatchRows = 500'000;
constexpr qint64 kProgressEveryMs = 1000;

/// The ingest loop: lines → decoder → TrackWriter, the same writer the live feed uses. What it
/// cannot store is counted, never guessed: a message without a time (no tag block c:, and a file
/// has no receive time) has no place on a track.
class Ingest {
public:
    explicit Ingest(storage::TrackStore &store)
        : m_writer(store, {kIngestBatchRows, std::numeric_limits<std::int64_t>::max()}) {
        m_progress.start();
        m_started.start();
    }

    /// Decodes the complete lines of data; answers how many bytes it used.
    core::Result<qsizetype> feed(QByteArrayView data, bool atEnd, std::uint16_t fileId) {
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
            ++m_lines;
            if (m_decoder.decodeLine(QByteArrayView(p, lineEnd - p), m_message, 0, fileId).hasMessage()) {
                if (auto stored = store(); !stored) {
                    return stored.error();
                }
            }
            p = newline ? newline + 1 : end;
        }
        if (m_progress.elapsed() >= kProgressEveryMs) {
            m_progress.restart();
            printProgress();
        }
        return p - begin;
    }

    core::Result<void> finish() {
        m_decoder.finish();
        return m_writer.flush();
    }

    void printProgress() const {
        const double seconds = std::max<double>(m_started.elapsed(), 1) / 1000.0;
        printErr(
            Text::tr("ingest: %1 lines, %2 positions (%3 a second)")
                .arg(m_lines)
                .arg(m_writer.totals().positions + static_cast<std::int64_t>(m_writer.pendingPositions()))
                .arg(static_cast<qint64>(static_cast<double>(m_lines) / seconds)));
    }

    const storage::TrackWriter::Totals &totals() const { return m_writer.totals(); }
    const feeds::DecodeStats &stats() const { return m_decoder.stats(); }
    std::int64_t untimed() const { return m_untimed; }
    std::size_t vessels() const { return m_vessels.size(); }

private:
    core::Result<void> store() {
        const std::int64_t timeMs = m_message.timeMs;
        if (timeMs <= 0) {
            ++m_untimed;
            return {};
        }
        if (auto position = feeds::positionOf(m_message, timeMs, 0)) {
            m_vessels.insert(position->mmsi);
            if (auto added = m_writer.add(*position); !added) {
                return added;
            }
        }
        if (auto data = feeds::staticOf(m_message, timeMs)) {
            return m_writer.add(*data);
        }
        return {};
    }

    feeds::AisDecoder m_decoder;
    feeds::AisMessage m_message;
    storage::TrackWriter m_writer;
    std::unordered_set<std::uint32_t> m_vessels;
    std::int64_t m_lines = 0;
    std::int64_t m_untimed = 0;
    QElapsedTimer m_progress;
    QElapsedTimer m_started;
};

/// Reads a whole stream block by block; an Error when it cannot be read or stored.
core::Result<void> ingestStream(std::FILE *stream, Ingest &ingest, std::uint16_t fileId,
                                const QString &name) {
    QByteArray buffer(static_cast<qsizetype>(kReadBytes) * 2, Qt::Uninitialized);
    qsizetype kept = 0;
    for (;;) {
        const std::size_t got = std::fread(buffer.data() + kept, 1, kReadBytes, stream);
        if (got == 0 && std::ferror(stream)) {
            return core::Error{Text::tr("cannot read %1").arg(name)};
        }
        const qsizetype size = kept + static_cast<qsizetype>(got);
        const bool atEnd = got == 0;
        auto used = ingest.feed(QByteArrayView(buffer.constData(), size), atEnd, fileId);
        if (!used) {
            return used.error();
        }
        kept = size - used.value();
        if (atEnd) {
            return {};
        }
        if (kept > static_cast<qsizetype>(kReadBytes)) {
            kept = 0; // a "line" of more than a megabyte: garbage, dropped
        }
        std::memmove(buffer.data(), buffer.constData() + used.value(), static_cast<std::size_t>(kept));
    }
}

} // namespace

int ingestCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.setApplicationDescription(
        Text::tr("Decodes AIS log files (NMEA with tag blocks; - for standard input) into the vessel tracks "
                 "of a database, created if need be."));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database."), QStringLiteral("path"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("AIS log files."),
                                 QStringLiteral("FILE..."));
    if (const auto stop = parseOptions(parser, arguments)) {
        return *stop;
    }
    const QStringList files = parser.positionalArguments();
    if (parser.value(db).isEmpty() || files.isEmpty()) {
        printErr(Text::tr("ingest needs --db PATH and at least one FILE"));
        return 2;
    }
    auto store = storage::TrackStore::open(parser.value(db));
    if (!store) {
        printErr(store.errorMessage());
        return 1;
    }
    store->setBulkLoad(true);
    int exitCode = 0;
    {
        Ingest ingest(store.value());
        std::uint16_t fileId = 0;
        for (const QString &file : files) {
            const bool standardInput = file == QLatin1String("-");
            std::FILE *stream = standardInput ? stdin : std::fopen(QFile::encodeName(file).constData(), "rb");
            if (!stream) {
                printErr(
                    Text::tr("cannot read %1: %2").arg(file, QString::fromLocal8Bit(std::strerror(errno))));
                exitCode = 1;
                continue;
            }
            // Each file its own feed id, so that fragments never join across files.
            auto read = ingestStream(stream, ingest, ++fileId, file);
            if (!standardInput) {
                std::fclose(stream);
            }
            if (!read) {
                printErr(read.errorMessage());
                exitCode = 1;
            }
        }
        if (auto finished = ingest.finish(); !finished) {
            printErr(finished.errorMessage());
            return 1;
        }
        ingest.printProgress();
        const auto &totals = ingest.totals();
        printOut(
            Text::tr("stored %1 positions of %2 stations and %3 static records from %4 lines "
                     "(%5 messages; %6 rejected lines; %7 messages without a time; %8 repeated positions)")
                .arg(totals.positions)
                .arg(ingest.vessels())
                .arg(totals.statics)
                .arg(ingest.stats().lines)
                .arg(ingest.stats().messages())
                .arg(ingest.stats().rejectedLines())
                .arg(ingest.untimed())
                .arg(totals.duplicates));
    }
    // Leave the file compact: every position in the clustered archive (bulk load leaves nothing in
    // the recent table; rows another writer put there meanwhile move now).
    if (auto compacted = store->compact(); !compacted) {
        printErr(compacted.errorMessage());
        return 1;
    }
    return exitCode;
}

} // namespace marsa::cli
