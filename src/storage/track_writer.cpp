#include "storage/track_writer.h"

#include "core/static_merge.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>

#include <spdlog/spdlog.h>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::TrackStore)
};

} // namespace

TrackWriter::TrackWriter(TrackStore &store)
    : TrackWriter(store, Options{}) {}

TrackWriter::TrackWriter(TrackStore &store, Options options)
    : m_store(store)
    , m_options(options) {
    m_options.batchRows = std::max<std::size_t>(m_options.batchRows, 1);
    m_positions.reserve(m_options.batchRows);
}

TrackWriter::~TrackWriter() {
    if (auto flushed = flush(); !flushed) {
        spdlog::error("vessel reports lost when the track writer closed: {}",
                      flushed.errorMessage().toStdString());
    }
}

void TrackWriter::startClock() {
    if (!m_oldest.isValid()) {
        m_oldest.start();
    }
}

core::Result<void> TrackWriter::add(const core::VesselPosition &position) {
    startClock();
    m_positions.push_back(position);
    if (m_positions.size() >= m_options.batchRows) {
        return flush();
    }
    return flushIfDue();
}

core::Result<void> TrackWriter::add(const core::VesselStatic &report) {
    startClock();
    auto [at, inserted] = m_statics.try_emplace(report.mmsi, report);
    if (!inserted) {
        at->second = core::mergedStatic(at->second, report);
    }
    return flushIfDue();
}

void TrackWriter::addLine(std::int64_t timeMs, std::int64_t source, const QByteArray &line) {
    startClock();
    m_lines.push_back({0, timeMs, JournalKind::Line, source, line});
}

core::Result<void> TrackWriter::flushIfDue() {
    if (m_oldest.isValid() && m_oldest.elapsed() >= m_options.maxDelayMs) {
        return flush();
    }
    return {};
}

core::Result<void> TrackWriter::flush() {
    m_oldest.invalidate();
    if (m_positions.empty() && m_statics.empty() && m_lines.empty()) {
        return {};
    }
    // The reports leave the queue whether or not the write succeeds: a database that refuses
    // them now would refuse them again, and the queue must not grow without bound.
    std::vector<core::VesselPosition> positions;
    positions.swap(m_positions);
    m_positions.reserve(m_options.batchRows);
    std::vector<core::VesselStatic> statics;
    statics.reserve(m_statics.size());
    for (auto &entry : m_statics) {
        statics.push_back(std::move(entry.second));
    }
    m_statics.clear();
    std::vector<JournalEntry> lines;
    lines.swap(m_lines);
    ++m_totals.batches;
    // One commit for the batch: the store's own transactions become savepoints inside it.
    QSqlDatabase db = m_store.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        return core::Error{Text::tr("Cannot start a transaction: %1").arg(db.lastError().text())};
    }
    AppendResult appended;
    if (!positions.empty()) {
        auto stored = m_store.appendPositions(positions);
        if (!stored) {
            return stored.error();
        }
        appended = stored.value();
    }
    if (!statics.empty()) {
        if (auto written = m_store.upsertStatics(statics); !written) {
            return written.error();
        }
    }
    if (!lines.empty()) {
        if (auto written = Journal(db).append(lines); !written) {
            return written.error();
        }
    }
    if (!transaction.commit()) {
        return core::Error{Text::tr("Cannot read or write the vessel tracks: %1").arg(db.lastError().text())};
    }
    m_totals.positions += static_cast<std::int64_t>(appended.stored);
    m_totals.duplicates += static_cast<std::int64_t>(appended.duplicates);
    m_totals.invalid += static_cast<std::int64_t>(appended.invalid);
    m_totals.statics += static_cast<std::int64_t>(statics.size());
    m_totals.journalled += static_cast<std::int64_t>(lines.size());
    return {};
}

} // namespace marsa::storage
