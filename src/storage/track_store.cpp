#include "storage/track_store.h"

#include "core/static_merge.h"
#include "storage/database.h"
#include "storage/sql_dialect.h"
#include "storage/sqlite_native.h"
#include "storage/track_queries.h"
#include "storage/track_retention.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::TrackStore)
};

using core::Error;
using core::Result;
using core::VesselPosition;

constexpr std::size_t kDefaultCompactThreshold = 250'000;

const char *const kInsertRecent =
    "INSERT INTO vessel_positions_recent (mmsi, time_ms, latitude, longitude, sog_kn, cog_deg, heading_deg, "
    "nav_status, message_type, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
// A run straight into the archive: OR IGNORE keeps the row stored first.
const char *const kInsertArchive =
    "INSERT OR IGNORE INTO vessel_positions (mmsi, time_ms, latitude, longitude, sog_kn, cog_deg, "
    "heading_deg, nav_status, message_type, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
// Positions appended into days that were thinned already move the mark back to their day.
const char *const kLowerThinnedUntil =
    "UPDATE meta SET value = ? WHERE key = ? AND CAST(value AS BIGINT) > ?";

using native::sqliteHandleOf;
using native::StatementPtr;

bool isValid(const VesselPosition &position) {
    return position.mmsi != 0 && std::isfinite(position.lat) && std::isfinite(position.lon) &&
           std::abs(position.lat) <= 90.0 && std::abs(position.lon) <= 180.0;
}

/// A float speed or course as the double it was meant to be (10.3F is 10.300000190734863 as a
/// double): rounded to a thousandth, finer than any AIS or GPS resolution, so the file and every
/// export show 10.3.
double asDecimal(float value) {
    return std::round(static_cast<double>(value) * 1000.0) / 1000.0;
}

Error nativeError(sqlite3 *handle) {
    return Error{Text::tr("Cannot read or write the vessel tracks: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
}

} // namespace

struct TrackStore::Impl {
    std::unique_ptr<Database> owned; // the store's own connection, from open()
    QSqlDatabase db;
    sqlite3 *handle = nullptr;
    // Prepared on first use, reused for every row after.
    StatementPtr insertRecent;
    StatementPtr insertArchive;
    StatementPtr lowerThinnedUntil;
    StatementPtr dataVersionQuery;
    std::size_t compactThreshold = kDefaultCompactThreshold;
    bool bulkLoad = false;
    std::optional<std::size_t> recentRows; // counted on the first append, then kept up to date
    // The recent table's rows in the order they were stored, while this store knows them all: it
    // wrote each since the table was last empty, and no other connection wrote to the file
    // meanwhile (PRAGMA data_version, which only others change, is still dataVersion). A move then
    // sorts them in memory instead of reading the table back and sorting it in SQL (a fifth of
    // the move's time). Checked against the table's row count before use: an enclosing
    // transaction rolled back after an append leaves rows here that are not there.
    std::vector<VesselPosition> pending;
    bool pendingKnown = false;
    std::int64_t dataVersion = 0;

    /// Inserts the rows with sql (kInsertRecent or kInsertArchive); answers how many were written.
    Result<std::size_t> insert(const char *sql, std::span<const VesselPosition> rows);
    Result<std::size_t> insertNative(StatementPtr &prepared, const char *sql,
                                     std::span<const VesselPosition> rows);
    Result<std::size_t> insertQt(const char *sql, std::span<const VesselPosition> rows);
    Result<void> lowerThinnedMark(std::int64_t earliestMs);
    /// PRAGMA data_version (SQLite API only): changes when another connection commits.
    Result<std::int64_t> readDataVersion();
    /// Starts knowing the recent table's rows when it is empty (SQLite API only).
    Result<void> startPending(std::size_t recentCount);
    /// Moves the pending rows, sorted, into the archive and empties the recent table, if they were
    /// known and still match it; answers whether it did. Inside the caller's transaction.
    Result<bool> movePending(bool known);
};

Result<std::int64_t> TrackStore::Impl::readDataVersion() {
    if (!dataVersionQuery) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(handle, "PRAGMA data_version", -1, SQLITE_PREPARE_PERSISTENT, &statement,
                               nullptr) != SQLITE_OK) {
            return nativeError(handle);
        }
        dataVersionQuery.reset(statement);
    }
    sqlite3_stmt *statement = dataVersionQuery.get();
    const int stepped = sqlite3_step(statement);
    const std::int64_t version = sqlite3_column_int64(statement, 0);
    sqlite3_reset(statement);
    if (stepped != SQLITE_ROW) {
        return nativeError(handle);
    }
    return version;
}

Result<void> TrackStore::Impl::startPending(std::size_t recentCount) {
    pending.clear();
    pendingKnown = false;
    if (handle == nullptr || recentCount != 0) {
        return {};
    }
    auto version = readDataVersion();
    if (!version) {
        return version.error();
    }
    dataVersion = version.value();
    pendingKnown = true;
    return {};
}

Result<bool> TrackStore::Impl::movePending(bool known) {
    if (!known) {
        return false;
    }
    auto version = readDataVersion();
    if (!version) {
        return version.error();
    }
    auto count = detail::queryRecentCount(db);
    if (!count) {
        return count.error();
    }
    if (version.value() != dataVersion || static_cast<std::size_t>(count.value()) != pending.size()) {
        return false;
    }
    // Stable: of two rows with the same vessel and time the one stored first stays, as in SQL.
    std::stable_sort(pending.begin(), pending.end(), [](const VesselPosition &a, const VesselPosition &b) {
        return a.mmsi != b.mmsi ? a.mmsi < b.mmsi : a.timeMs < b.timeMs;
    });
    const auto last =
        std::unique(pending.begin(), pending.end(), [](const VesselPosition &a, const VesselPosition &b) {
            return a.mmsi == b.mmsi && a.timeMs == b.timeMs;
        });
    pending.erase(last, pending.end());
    if (auto written = insert(kInsertArchive, pending); !written) {
        return written.error();
    }
    QSqlQuery empty(db);
    if (!empty.exec(QStringLiteral("DELETE FROM vessel_positions_recent"))) {
        return Error{Text::tr("Cannot read or write the vessel tracks: %1").arg(empty.lastError().text())};
    }
    return true;
}

Result<std::size_t> TrackStore::Impl::insert(const char *sql, std::span<const VesselPosition> rows) {
    if (handle == nullptr) {
        return insertQt(sql, rows);
    }
    return insertNative(sql == kInsertRecent ? insertRecent : insertArchive, sql, rows);
}

Result<std::size_t> TrackStore::Impl::insertNative(StatementPtr &prepared, const char *sql,
                                                   std::span<const VesselPosition> rows) {
    if (!prepared) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
            SQLITE_OK) {
            return nativeError(handle);
        }
        prepared.reset(statement);
    }
    sqlite3_stmt *statement = prepared.get();
    std::size_t written = 0;
    for (const VesselPosition &position : rows) {
        sqlite3_bind_int64(statement, 1, position.mmsi);
        sqlite3_bind_int64(statement, 2, position.timeMs);
        sqlite3_bind_double(statement, 3, position.lat);
        sqlite3_bind_double(statement, 4, position.lon);
        position.hasSog() ? sqlite3_bind_double(statement, 5, asDecimal(position.sog))
                          : sqlite3_bind_null(statement, 5);
        position.hasCog() ? sqlite3_bind_double(statement, 6, asDecimal(position.cog))
                          : sqlite3_bind_null(statement, 6);
        position.hasHeading() ? sqlite3_bind_int(statement, 7, position.heading)
                              : sqlite3_bind_null(statement, 7);
        sqlite3_bind_int(statement, 8, position.navStatus);
        sqlite3_bind_int(statement, 9, position.messageType);
        sqlite3_bind_int(statement, 10, position.sourceId);
        const int stepped = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (stepped != SQLITE_DONE) {
            return nativeError(handle);
        }
        written += static_cast<std::size_t>(sqlite3_changes(handle));
    }
    return written;
}

Result<std::size_t> TrackStore::Impl::insertQt(const char *sql, std::span<const VesselPosition> rows) {
    QSqlQuery query(db);
    query.prepare(SqlDialect::of(db).insertIgnoringDuplicates(QString::fromLatin1(sql)));
    const QVariant null;
    std::size_t written = 0;
    for (const VesselPosition &position : rows) {
        query.addBindValue(static_cast<qlonglong>(position.mmsi));
        query.addBindValue(static_cast<qlonglong>(position.timeMs));
        query.addBindValue(position.lat);
        query.addBindValue(position.lon);
        query.addBindValue(position.hasSog() ? QVariant(asDecimal(position.sog)) : null);
        query.addBindValue(position.hasCog() ? QVariant(asDecimal(position.cog)) : null);
        query.addBindValue(position.hasHeading() ? QVariant(position.heading) : null);
        query.addBindValue(position.navStatus);
        query.addBindValue(position.messageType);
        query.addBindValue(position.sourceId);
        if (!query.exec()) {
            return Error{
                Text::tr("Cannot read or write the vessel tracks: %1").arg(query.lastError().text())};
        }
        written += static_cast<std::size_t>(std::max(query.numRowsAffected(), 0));
    }
    return written;
}

Result<void> TrackStore::Impl::lowerThinnedMark(std::int64_t earliestMs) {
    const std::int64_t day = detail::thinWindowStart(earliestMs);
    if (handle == nullptr) {
        QSqlQuery query(db);
        query.prepare(QString::fromLatin1(kLowerThinnedUntil));
        query.addBindValue(QString::number(day));
        query.addBindValue(QLatin1String(kThinnedUntilKey));
        query.addBindValue(static_cast<qlonglong>(day));
        if (!query.exec()) {
            return Error{
                Text::tr("Cannot read or write the vessel tracks: %1").arg(query.lastError().text())};
        }
        return {};
    }
    if (!lowerThinnedUntil) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(handle, kLowerThinnedUntil, -1, SQLITE_PREPARE_PERSISTENT, &statement,
                               nullptr) != SQLITE_OK) {
            return nativeError(handle);
        }
        lowerThinnedUntil.reset(statement);
    }
    sqlite3_stmt *statement = lowerThinnedUntil.get();
    sqlite3_bind_int64(statement, 1, day); // stored as text: the column's affinity
    sqlite3_bind_text(statement, 2, kThinnedUntilKey, -1, SQLITE_STATIC);
    sqlite3_bind_int64(statement, 3, day);
    const int stepped = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (stepped != SQLITE_DONE) {
        return nativeError(handle);
    }
    return {};
}

TrackStore::TrackStore(const Database &database)
    : TrackStore(database.connection()) {}

TrackStore::TrackStore(QSqlDatabase connection)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->db = std::move(connection);
    m_impl->handle = sqliteHandleOf(m_impl->db);
}

Result<TrackStore> TrackStore::open(const QString &path) {
    auto database = Database::open(path);
    if (!database) {
        return database.error();
    }
    auto owned = std::make_unique<Database>(std::move(database.value()));
    QSqlQuery pragma(owned->connection());
    for (const QString &setting : owned->dialect().trackStoreSetup()) {
        if (!pragma.exec(setting)) {
            return Error{
                Text::tr("Cannot read or write the vessel tracks: %1").arg(pragma.lastError().text())};
        }
        pragma.finish();
    }
    TrackStore store(owned->connection());
    store.m_impl->owned = std::move(owned);
    return store;
}

TrackStore::TrackStore(TrackStore &&) noexcept = default;
TrackStore &TrackStore::operator=(TrackStore &&) noexcept = default;
TrackStore::~TrackStore() = default;

QSqlDatabase TrackStore::connection() const {
    return m_impl->db;
}

Result<AppendResult> TrackStore::appendPositions(std::span<const VesselPosition> positions) {
    AppendResult result;
    std::vector<VesselPosition> rows;
    rows.reserve(positions.size());
    for (const VesselPosition &position : positions) {
        if (isValid(position)) {
            rows.push_back(position);
        } else {
            ++result.invalid;
        }
    }
    // Sorted by vessel and time, duplicates are neighbours; stable, so the first one stays.
    std::stable_sort(rows.begin(), rows.end(), [](const VesselPosition &a, const VesselPosition &b) {
        return a.mmsi != b.mmsi ? a.mmsi < b.mmsi : a.timeMs < b.timeMs;
    });
    const auto last =
        std::unique(rows.begin(), rows.end(), [](const VesselPosition &a, const VesselPosition &b) {
            return a.mmsi == b.mmsi && a.timeMs == b.timeMs;
        });
    result.duplicates = static_cast<std::size_t>(rows.end() - last);
    rows.erase(last, rows.end());
    if (rows.empty()) {
        return result;
    }
    // A batch as large as a run is one: sorted already, it goes straight into the archive after
    // the recent rows (which were stored first, so they win a tie).
    const bool straight = m_impl->bulkLoad || rows.size() >= m_impl->compactThreshold;
    if (straight) {
        if (auto compacted = compact(); !compacted) {
            return compacted.error();
        }
    } else if (!m_impl->recentRows) {
        auto counted = detail::queryRecentCount(m_impl->db);
        if (!counted) {
            return counted.error();
        }
        m_impl->recentRows = static_cast<std::size_t>(counted.value());
        if (auto started = m_impl->startPending(*m_impl->recentRows); !started) {
            return started.error();
        }
    }
    Transaction transaction(m_impl->db);
    if (!transaction.isActive()) {
        return Error{Text::tr("Cannot start a transaction: %1").arg(m_impl->db.lastError().text())};
    }
    auto written = m_impl->insert(straight ? kInsertArchive : kInsertRecent, rows);
    if (!written) {
        return written.error();
    }
    const auto earliest = std::min_element(rows.begin(), rows.end(),
                                           [](const auto &a, const auto &b) { return a.timeMs < b.timeMs; });
    if (auto lowered = m_impl->lowerThinnedMark(earliest->timeMs); !lowered) {
        return lowered.error();
    }
    if (!straight && m_impl->pendingKnown) {
        auto version = m_impl->readDataVersion();
        if (!version) {
            return version.error();
        }
        if (version.value() != m_impl->dataVersion) { // another connection wrote meanwhile
            m_impl->pendingKnown = false;
            m_impl->pending.clear();
        }
    }
    if (!transaction.commit()) {
        return Error{
            Text::tr("Cannot read or write the vessel tracks: %1").arg(m_impl->db.lastError().text())};
    }
    result.stored = written.value();
    result.duplicates += rows.size() - written.value();
    if (straight) {
        return result;
    }
    if (m_impl->pendingKnown) {
        m_impl->pending.insert(m_impl->pending.end(), rows.begin(), rows.end());
    }
    *m_impl->recentRows += rows.size();
    if (*m_impl->recentRows >= m_impl->compactThreshold) {
        if (auto compacted = compact(); !compacted) {
            return compacted.error();
        }
    }
    return result;
}

Result<void> TrackStore::compact() {
    Transaction transaction(m_impl->db);
    if (!transaction.isActive()) {
        return Error{Text::tr("Cannot start a transaction: %1").arg(m_impl->db.lastError().text())};
    }
    // Unknown until the table is empty again: a move that fails leaves pending sorted or half used.
    const bool known = std::exchange(m_impl->pendingKnown, false);
    auto fromMemory = m_impl->movePending(known);
    if (!fromMemory) {
        return fromMemory.error();
    }
    if (!fromMemory.value()) {
        QSqlQuery query(m_impl->db);
        // One sorted run: each vessel's leaf pages of the archive are written once per compaction,
        // not once per batch. OR IGNORE drops duplicates; in (mmsi, time, rowid) order the first
        // stored wins, and a row already in the archive wins over all.
        const SqlDialect dialect = SqlDialect::of(m_impl->db);
        const bool moved =
            query.exec(dialect.insertIgnoringDuplicates(
                QStringLiteral("INSERT OR IGNORE INTO vessel_positions SELECT mmsi, time_ms, "
                               "latitude, longitude, sog_kn, cog_deg, heading_deg, nav_status, "
                               "message_type, source_id FROM vessel_positions_recent ORDER BY "
                               "mmsi, time_ms, ") +
                dialect.arrivalOrder())) &&
            query.exec(QStringLiteral("DELETE FROM vessel_positions_recent"));
        if (!moved) {
            return Error{
                Text::tr("Cannot read or write the vessel tracks: %1").arg(query.lastError().text())};
        }
        query.finish();
    }
    spdlog::debug("recent vessel positions moved into the archive ({})",
                  fromMemory.value() ? "sorted in memory" : "sorted by SQLite");
    // The table is empty inside this transaction: from here on this store knows its rows (the
    // version read now, before the commit, so that any later writer's commit changes it).
    if (auto started = m_impl->startPending(0); !started) {
        return started.error();
    }
    if (!transaction.commit()) {
        m_impl->pendingKnown = false;
        m_impl->pending.clear();
        return Error{
            Text::tr("Cannot read or write the vessel tracks: %1").arg(m_impl->db.lastError().text())};
    }
    m_impl->recentRows = 0;
    return {};
}

std::size_t TrackStore::compactThreshold() const {
    return m_impl->compactThreshold;
}

void TrackStore::setCompactThreshold(std::size_t rows) {
    m_impl->compactThreshold = std::max<std::size_t>(rows, 1);
}

void TrackStore::setBulkLoad(bool bulk) {
    m_impl->bulkLoad = bulk;
}

Result<core::VesselStatic> TrackStore::upsertStatic(const core::VesselStatic &report) {
    if (report.mmsi == 0) {
        return Error{Text::tr("Static data without an MMSI cannot be stored.")};
    }
    Transaction transaction(m_impl->db);
    if (!transaction.isActive()) {
        return Error{Text::tr("Cannot start a transaction: %1").arg(m_impl->db.lastError().text())};
    }
    auto known = detail::queryStatic(m_impl->db, report.mmsi);
    if (!known) {
        return known.error();
    }
    const core::VesselStatic merged = known.value() ? core::mergedStatic(*known.value(), report) : report;
    if (auto written = detail::writeStatic(m_impl->db, merged); !written) {
        return written.error();
    }
    if (!transaction.commit()) {
        return Error{
            Text::tr("Cannot read or write the vessel tracks: %1").arg(m_impl->db.lastError().text())};
    }
    return merged;
}

Result<void> TrackStore::upsertStatics(std::span<const core::VesselStatic> reports) {
    Transaction transaction(m_impl->db);
    if (!transaction.isActive()) {
        return Error{Text::tr("Cannot start a transaction: %1").arg(m_impl->db.lastError().text())};
    }
    for (const core::VesselStatic &report : reports) {
        if (auto stored = upsertStatic(report); !stored) {
            return stored.error();
        }
    }
    if (!transaction.commit()) {
        return Error{
            Text::tr("Cannot read or write the vessel tracks: %1").arg(m_impl->db.lastError().text())};
    }
    return {};
}

Result<std::vector<VesselPosition>> TrackStore::track(std::uint32_t mmsi, std::int64_t fromMs,
                                                      std::int64_t toMs) const {
    return detail::queryTrack(m_impl->db, mmsi, fromMs, toMs);
}

Result<bool> TrackStore::hasPositions(std::uint32_t mmsi) const {
    return detail::queryHasPositions(m_impl->db, mmsi);
}

Result<std::vector<VesselTrack>> TrackStore::tracksSince(std::int64_t fromMs, std::int64_t toMs) const {
    if (m_impl->handle == nullptr || toMs < fromMs) {
        return detail::queryTracks(m_impl->db, fromMs, toMs);
    }
    // Through SQLite's API: tens of thousands of rows, where Qt SQL's QVariant a value costs
    // more than the read itself.
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(m_impl->handle, detail::tracksSql(SqlDialect(Engine::Sqlite)).toUtf8().constData(),
                           -1, &prepared, nullptr) != SQLITE_OK) {
        return nativeError(m_impl->handle);
    }
    const StatementPtr statement(prepared);
    for (int i = 0; i < 2; ++i) {
        sqlite3_bind_int64(prepared, 2 * i + 1, fromMs);
        sqlite3_bind_int64(prepared, 2 * i + 2, toMs);
    }
    std::vector<detail::TrackRow> rows;
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(prepared)) == SQLITE_ROW) {
        detail::TrackRow row;
        VesselPosition &p = row.position;
        p.mmsi = static_cast<std::uint32_t>(sqlite3_column_int64(prepared, 0));
        p.timeMs = sqlite3_column_int64(prepared, 1);
        p.lat = sqlite3_column_double(prepared, 2);
        p.lon = sqlite3_column_double(prepared, 3);
        if (sqlite3_column_type(prepared, 4) != SQLITE_NULL) {
            p.sog = static_cast<float>(sqlite3_column_double(prepared, 4));
        }
        if (sqlite3_column_type(prepared, 5) != SQLITE_NULL) {
            p.cog = static_cast<float>(sqlite3_column_double(prepared, 5));
        }
        if (sqlite3_column_type(prepared, 6) != SQLITE_NULL) {
            p.heading = static_cast<std::int16_t>(sqlite3_column_int(prepared, 6));
        }
        p.navStatus = static_cast<std::uint8_t>(sqlite3_column_int(prepared, 7));
        p.messageType = static_cast<std::uint8_t>(sqlite3_column_int(prepared, 8));
        p.sourceId = static_cast<std::uint16_t>(sqlite3_column_int(prepared, 9));
        row.tier = sqlite3_column_int64(prepared, 10);
        row.arrival = sqlite3_column_int64(prepared, 11);
        rows.push_back(row);
    }
    if (stepped != SQLITE_DONE) {
        return nativeError(m_impl->handle);
    }
    return detail::tracksOf(std::move(rows));
}

Result<std::vector<VesselPosition>> TrackStore::latestPositions(std::int64_t sinceMs) const {
    return detail::queryLatestPositions(m_impl->db, sinceMs);
}

Result<std::optional<core::VesselStatic>> TrackStore::staticOf(std::uint32_t mmsi) const {
    return detail::queryStatic(m_impl->db, mmsi);
}

Result<std::vector<core::VesselStatic>> TrackStore::allStatic() const {
    return detail::queryAllStatic(m_impl->db);
}

Result<std::int64_t> TrackStore::positionCount() const {
    return detail::queryPositionCount(m_impl->db);
}

Result<ThinResult> TrackStore::thin(std::int64_t olderThanMs, double toleranceMetres, std::int64_t maxGapMs) {
    if (auto compacted = compact(); !compacted) {
        return compacted.error();
    }
    core::ThinningOptions options;
    options.toleranceMetres = toleranceMetres;
    options.maxGapMs = maxGapMs;
    if (!(options.toleranceMetres >= 0) || options.maxGapMs <= 0) {
        return Error{
            Text::tr("Thinning needs a tolerance of zero metres or more and a gap of more than zero.")};
    }
    auto from = loadThinnedUntil(m_impl->db);
    if (!from) {
        return from.error();
    }
    // Whole days only: a day thinned in two parts would keep the points either side of the split.
    const std::int64_t until = detail::thinWindowStart(olderThanMs);
    if (until <= from.value()) {
        ThinResult nothing;
        nothing.untilMs = from.value();
        return nothing;
    }
    auto thinned = detail::thinArchive(m_impl->db, from.value(), until, options);
    if (!thinned) {
        return thinned;
    }
    // Only once every vessel is done: a run cut short reads its days again next time.
    if (auto saved = saveThinnedUntil(m_impl->db, until); !saved) {
        return saved.error();
    }
    return thinned;
}

} // namespace marsa::storage
