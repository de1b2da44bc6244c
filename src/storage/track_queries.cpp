#include "storage/track_queries.h"

#include "storage/connection_errors.h"
#include "storage/sql_dialect.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace marsa::storage::detail {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::TrackStore)
};

using core::Error;
using core::Result;
using core::VesselPosition;
using core::VesselStatic;

const QString kPositionColumns = QStringLiteral(
    "mmsi, time_ms, latitude, longitude, sog_kn, cog_deg, heading_deg, nav_status, message_type, source_id");

// Every MMSI of the archive, one index seek each (a skip scan), instead of a scan of every row.
const QString kArchiveVessels = QStringLiteral(
    "WITH RECURSIVE vessel (mmsi) AS (SELECT MIN(mmsi) FROM vessel_positions UNION ALL "
    "SELECT (SELECT MIN(p.mmsi) FROM vessel_positions AS p WHERE p.mmsi > vessel.mmsi) FROM vessel "
    "WHERE vessel.mmsi IS NOT NULL) ");

Error failed(const QSqlQuery &query) {
    return queryFailure(query,
                        Text::tr("Cannot read or write the vessel tracks: %1").arg(query.lastError().text()));
}

VesselPosition positionFrom(const QSqlQuery &query) {
    VesselPosition position;
    position.mmsi = static_cast<std::uint32_t>(query.value(0).toLongLong());
    position.timeMs = query.value(1).toLongLong();
    position.lat = query.value(2).toDouble();
    position.lon = query.value(3).toDouble();
    constexpr float kNotAvailable = std::numeric_limits<float>::quiet_NaN();
    position.sog = query.value(4).isNull() ? kNotAvailable : query.value(4).toFloat();
    position.cog = query.value(5).isNull() ? kNotAvailable : query.value(5).toFloat();
    position.heading =
        query.value(6).isNull() ? std::int16_t{-1} : static_cast<std::int16_t>(query.value(6).toInt());
    position.navStatus = static_cast<std::uint8_t>(query.value(7).toInt());
    position.messageType = static_cast<std::uint8_t>(query.value(8).toInt());
    position.sourceId = static_cast<std::uint16_t>(query.value(9).toInt());
    return position;
}

VesselStatic staticFrom(const QSqlQuery &query) {
    VesselStatic data;
    data.mmsi = static_cast<std::uint32_t>(query.value(0).toLongLong());
    data.name = query.value(1).toString();
    data.callSign = query.value(2).toString();
    data.imo = static_cast<std::uint32_t>(query.value(3).toLongLong());
    data.shipType = query.value(4).toInt();
    data.toBow = query.value(5).toInt();
    data.toStern = query.value(6).toInt();
    data.toPort = query.value(7).toInt();
    data.toStarboard = query.value(8).toInt();
    data.draught = query.value(9).toFloat();
    data.destination = query.value(10).toString();
    data.confirmedMs = query.value(11).toLongLong();
    return data;
}

const QString kStaticColumns = QStringLiteral("mmsi, name, call_sign, imo, ship_type, to_bow, to_stern, "
                                              "to_port, to_starboard, draught_m, destination, confirmed_ms");

/// Runs a prepared query and reads every row as a position.
Result<std::vector<VesselPosition>> positionsOf(QSqlQuery &query) {
    if (!query.exec()) {
        return failed(query);
    }
    std::vector<VesselPosition> positions;
    while (query.next()) {
        positions.push_back(positionFrom(query));
    }
    return positions;
}

Result<std::int64_t> singleNumber(QSqlQuery &query) {
    if (!query.exec() || !query.next()) {
        return failed(query);
    }
    return query.value(0).toLongLong();
}

} // namespace

Result<std::vector<VesselPosition>> queryTrack(const QSqlDatabase &db, std::uint32_t mmsi,
                                               std::int64_t fromMs, std::int64_t toMs) {
    if (toMs < fromMs) {
        return Error{Text::tr("The time window ends before it starts: choose a start before the end.")};
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Both tables in one statement, so one snapshot; the archive's row first where a duplicate
    // waits in the recent table, then the recent rows in the order they came.
    query.prepare(QStringLiteral("SELECT ") + kPositionColumns +
                  QStringLiteral(", 0 AS tier, 0 AS arrival FROM vessel_positions "
                                 "WHERE mmsi = ? AND time_ms BETWEEN ? AND ? UNION ALL SELECT ") +
                  kPositionColumns + QStringLiteral(", 1, ") + SqlDialect::of(db).arrivalOrder() +
                  QStringLiteral(" FROM vessel_positions_recent WHERE mmsi = ? AND time_ms "
                                 "BETWEEN ? AND ? ORDER BY 2, 11, 12"));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(static_cast<qlonglong>(mmsi));
        query.addBindValue(static_cast<qlonglong>(fromMs));
        query.addBindValue(static_cast<qlonglong>(toMs));
    }
    auto rows = positionsOf(query);
    if (!rows) {
        return rows;
    }
    std::vector<VesselPosition> &track = rows.value();
    std::size_t kept = 0;
    for (std::size_t i = 0; i < track.size(); ++i) {
        if (kept == 0 || track[i].timeMs != track[kept - 1].timeMs) {
            track[kept++] = track[i];
        }
    }
    track.resize(kept);
    return rows;
}

Result<std::vector<VesselPosition>> queryLatestPositions(const QSqlDatabase &db, std::int64_t sinceMs) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(kArchiveVessels +
                  QStringLiteral("SELECT p.mmsi, p.time_ms, p.latitude, p.longitude, "
                                 "p.sog_kn, p.cog_deg, p.heading_deg, p.nav_status, "
                                 "p.message_type, p.source_id FROM vessel JOIN "
                                 "vessel_positions AS p ON p.mmsi = vessel.mmsi AND "
                                 "p.time_ms = (SELECT MAX(l.time_ms) FROM "
                                 "vessel_positions AS l WHERE l.mmsi = vessel.mmsi) "
                                 "WHERE p.time_ms >= ? UNION ALL SELECT ") +
                  kPositionColumns + QStringLiteral(" FROM vessel_positions_recent WHERE time_ms >= ?"));
    query.addBindValue(static_cast<qlonglong>(sinceMs));
    query.addBindValue(static_cast<qlonglong>(sinceMs));
    auto rows = positionsOf(query);
    if (!rows) {
        return rows;
    }
    // The archive's rows come first: on a tie in time the archive's row stays.
    std::map<std::uint32_t, VesselPosition> latest;
    for (const VesselPosition &position : rows.value()) {
        auto [at, inserted] = latest.try_emplace(position.mmsi, position);
        if (!inserted && position.timeMs > at->second.timeMs) {
            at->second = position;
        }
    }
    std::vector<VesselPosition> positions;
    positions.reserve(latest.size());
    for (const auto &entry : latest) {
        positions.push_back(entry.second);
    }
    return positions;
}

QString tracksSql(const SqlDialect &dialect) {
    // Each archived vessel's window is a range read (a seek per vessel through the skip scan),
    // the recent table one scan; four parameters: from, to, from, to.
    return kArchiveVessels +
           QStringLiteral("SELECT p.mmsi, p.time_ms, p.latitude, p.longitude, p.sog_kn, p.cog_deg, "
                          "p.heading_deg, p.nav_status, p.message_type, p.source_id, 0, 0 FROM vessel "
                          "JOIN vessel_positions AS p ON p.mmsi = vessel.mmsi AND p.time_ms BETWEEN ? "
                          "AND ? UNION ALL SELECT ") +
           kPositionColumns + QStringLiteral(", 1, ") + dialect.arrivalOrder() +
           QStringLiteral(" FROM vessel_positions_recent WHERE time_ms BETWEEN ? AND ?");
}

std::vector<VesselTrack> tracksOf(std::vector<TrackRow> rows) {
    // As track() orders them: by vessel and time, the archive's row first where a duplicate waits
    // in the recent table, then the recent rows in the order they came; the first one stays.
    std::sort(rows.begin(), rows.end(), [](const TrackRow &a, const TrackRow &b) {
        return std::tie(a.position.mmsi, a.position.timeMs, a.tier, a.arrival) <
               std::tie(b.position.mmsi, b.position.timeMs, b.tier, b.arrival);
    });
    std::vector<VesselTrack> tracks;
    for (const TrackRow &row : rows) {
        const VesselPosition &position = row.position;
        if (tracks.empty() || tracks.back().mmsi != position.mmsi) {
            tracks.push_back({position.mmsi, {}});
        } else if (tracks.back().positions.back().timeMs == position.timeMs) {
            continue;
        }
        tracks.back().positions.push_back(position);
    }
    return tracks;
}

Result<std::vector<VesselTrack>> queryTracks(const QSqlDatabase &db, std::int64_t fromMs, std::int64_t toMs) {
    if (toMs < fromMs) {
        return Error{Text::tr("The time window ends before it starts: choose a start before the end.")};
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(tracksSql(SqlDialect::of(db)));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(static_cast<qlonglong>(fromMs));
        query.addBindValue(static_cast<qlonglong>(toMs));
    }
    if (!query.exec()) {
        return failed(query);
    }
    std::vector<TrackRow> rows;
    while (query.next()) {
        rows.push_back({positionFrom(query), query.value(10).toLongLong(), query.value(11).toLongLong()});
    }
    return tracksOf(std::move(rows));
}

Result<bool> queryHasPositions(const QSqlDatabase &db, std::uint32_t mmsi) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM vessel_positions WHERE mmsi = ?) OR EXISTS "
                                 "(SELECT 1 FROM vessel_positions_recent WHERE mmsi = ?)"));
    query.addBindValue(static_cast<qlonglong>(mmsi));
    query.addBindValue(static_cast<qlonglong>(mmsi));
    auto found = singleNumber(query);
    if (!found) {
        return found.error();
    }
    return found.value() != 0;
}

Result<std::int64_t> queryPositionCount(const QSqlDatabase &db) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM vessel_positions) + (SELECT COUNT(*) FROM (SELECT DISTINCT mmsi, "
        "time_ms FROM vessel_positions_recent) AS r WHERE NOT EXISTS (SELECT 1 FROM vessel_positions AS a "
        "WHERE a.mmsi = r.mmsi AND a.time_ms = r.time_ms))"));
    return singleNumber(query);
}

Result<std::int64_t> queryRecentCount(const QSqlDatabase &db) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM vessel_positions_recent"));
    return singleNumber(query);
}

Result<std::optional<VesselStatic>> queryStatic(const QSqlDatabase &db, std::uint32_t mmsi) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT ") + kStaticColumns +
                  QStringLiteral(" FROM vessel_static WHERE mmsi = ?"));
    query.addBindValue(static_cast<qlonglong>(mmsi));
    if (!query.exec()) {
        return failed(query);
    }
    if (!query.next()) {
        return std::optional<VesselStatic>{};
    }
    return std::optional<VesselStatic>{staticFrom(query)};
}

Result<std::vector<VesselStatic>> queryAllStatic(const QSqlDatabase &db) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kStaticColumns +
                    QStringLiteral(" FROM vessel_static ORDER BY mmsi"))) {
        return failed(query);
    }
    std::vector<VesselStatic> all;
    while (query.next()) {
        all.push_back(staticFrom(query));
    }
    return all;
}

Result<void> writeStatic(const QSqlDatabase &db, const VesselStatic &data) {
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO vessel_static (") + kStaticColumns +
        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (mmsi) DO UPDATE "
                       "SET name = excluded.name, call_sign = excluded.call_sign, imo = excluded.imo, "
                       "ship_type = excluded.ship_type, to_bow = excluded.to_bow, "
                       "to_stern = excluded.to_stern, to_port = excluded.to_port, "
                       "to_starboard = excluded.to_starboard, draught_m = excluded.draught_m, "
                       "destination = excluded.destination, confirmed_ms = excluded.confirmed_ms"));
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    query.addBindValue(static_cast<qlonglong>(data.mmsi));
    query.addBindValue(text(data.name));
    query.addBindValue(text(data.callSign));
    query.addBindValue(static_cast<qlonglong>(data.imo));
    query.addBindValue(data.shipType);
    query.addBindValue(data.toBow);
    query.addBindValue(data.toStern);
    query.addBindValue(data.toPort);
    query.addBindValue(data.toStarboard);
    query.addBindValue(std::round(static_cast<double>(data.draught) * 100.0) / 100.0); // 3.6F, not 3.5999999
    query.addBindValue(text(data.destination));
    query.addBindValue(static_cast<qlonglong>(data.confirmedMs));
    if (!query.exec()) {
        return failed(query);
    }
    return {};
}

namespace {

/// Thins one vessel's archive rows in [fromMs, untilMs) (UTC midnights), a day at a time so that a
/// year of one vessel is never in memory at once; answers what it examined and removed. The
/// caller holds the transaction.
Result<ThinResult> thinVessel(const QSqlDatabase &db, std::uint32_t mmsi, std::int64_t fromMs,
                              std::int64_t untilMs, const core::ThinningOptions &options) {
    QSqlQuery first(db);
    first.prepare(
        QStringLiteral("SELECT MIN(time_ms) FROM vessel_positions WHERE mmsi = ? AND time_ms >= ?"));
    first.addBindValue(static_cast<qlonglong>(mmsi));
    first.addBindValue(static_cast<qlonglong>(fromMs));
    auto start = singleNumber(first);
    if (!start) {
        return start.error();
    }
    QSqlQuery read(db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT ") + kPositionColumns +
                 QStringLiteral(" FROM vessel_positions WHERE mmsi = ? AND time_ms >= ? AND time_ms < ? "
                                "ORDER BY time_ms"));
    QSqlQuery remove(db);
    remove.prepare(
        QStringLiteral("DELETE FROM vessel_positions WHERE mmsi = ? AND time_ms > ? AND time_ms < ?"));
    ThinResult result;
    result.vessels = 1;
    for (std::int64_t from = thinWindowStart(start.value()); from < untilMs; from += kThinWindowMs) {
        read.addBindValue(static_cast<qlonglong>(mmsi));
        read.addBindValue(static_cast<qlonglong>(from));
        read.addBindValue(static_cast<qlonglong>(from + kThinWindowMs));
        auto rows = positionsOf(read);
        if (!rows) {
            return rows.error();
        }
        read.finish();
        const std::vector<VesselPosition> &day = rows.value();
        result.examined += static_cast<std::int64_t>(day.size());
        const std::vector<std::size_t> kept = core::thinnedIndexes(day, options);
        for (std::size_t i = 1; i < kept.size(); ++i) {
            if (kept[i] == kept[i - 1] + 1) {
                continue;
            }
            remove.addBindValue(static_cast<qlonglong>(mmsi));
            remove.addBindValue(static_cast<qlonglong>(day[kept[i - 1]].timeMs));
            remove.addBindValue(static_cast<qlonglong>(day[kept[i]].timeMs));
            if (!remove.exec()) {
                return failed(remove);
            }
            result.removed += remove.numRowsAffected();
        }
    }
    return result;
}

} // namespace

Result<ThinResult> thinArchive(const QSqlDatabase &db, std::int64_t fromMs, std::int64_t untilMs,
                               const core::ThinningOptions &options) {
    if (!(options.toleranceMetres >= 0) || options.maxGapMs <= 0) {
        return Error{
            Text::tr("Thinning needs a tolerance of zero metres or more and a gap of more than zero.")};
    }
    QSqlQuery vessels(db);
    vessels.setForwardOnly(true);
    vessels.prepare(kArchiveVessels +
                    QStringLiteral("SELECT mmsi FROM vessel WHERE mmsi IS NOT NULL AND EXISTS (SELECT 1 FROM "
                                   "vessel_positions AS p WHERE p.mmsi = vessel.mmsi AND p.time_ms >= ? AND "
                                   "p.time_ms < ?)"));
    vessels.addBindValue(static_cast<qlonglong>(fromMs));
    vessels.addBindValue(static_cast<qlonglong>(untilMs));
    if (!vessels.exec()) {
        return failed(vessels);
    }
    std::vector<std::uint32_t> mmsis;
    while (vessels.next()) {
        mmsis.push_back(static_cast<std::uint32_t>(vessels.value(0).toLongLong()));
    }
    vessels.finish();
    ThinResult total;
    total.untilMs = untilMs;
    for (const std::uint32_t mmsi : mmsis) {
        Transaction transaction(db);
        if (!transaction.isActive()) {
            return connectionFailure(db,
                                     Text::tr("Cannot start a transaction: %1").arg(db.lastError().text()));
        }
        auto done = thinVessel(db, mmsi, fromMs, untilMs, options);
        if (!done) {
            return done.error();
        }
        if (!transaction.commit()) {
            return connectionFailure(
                db, Text::tr("Cannot read or write the vessel tracks: %1").arg(db.lastError().text()));
        }
        total.vessels += done->vessels;
        total.examined += done->examined;
        total.removed += done->removed;
    }
    return total;
}

} // namespace marsa::storage::detail
