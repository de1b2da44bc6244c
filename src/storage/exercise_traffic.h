#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace marsa::storage {

class Database;

/// One line of an exercise's recorded traffic (migration 11, table exercise_traffic): a line the
/// operational feeds received in the replay window the exercise was made from, at its own time.
struct ExerciseTrafficLine {
    std::int64_t id = 0;
    std::int64_t timeMs = 0; ///< UTC ms: the time the operational feed received it
    std::int64_t source = 0; ///< the operational feed's id
    QByteArray line;
};

/// The recorded traffic of an exercise made from a replay window (docs/exercises.md, "An exercise
/// from a replay window"): copied once when the exercise is made, then only read, page by page in
/// time order, as the exercise clock passes the lines' times.
class ExerciseTraffic {
public:
    explicit ExerciseTraffic(const Database &database)
        : m_database(&database) {}

    /// The lines with fromMs < time <= toMs (or after `after`, (time, id) of the last line of the
    /// previous page), oldest first, at most `limit`.
    core::Result<std::vector<ExerciseTrafficLine>>
    read(std::int64_t fromMs, std::int64_t toMs,
         std::optional<std::pair<std::int64_t, std::int64_t>> after = std::nullopt, int limit = 5000) const;
    core::Result<std::int64_t> count() const;

    /// Copies the journal's received lines (kind 1) of fromMs <= time <= toMs from `source` into
    /// `target`'s exercise_traffic, page by page; inside the caller's transaction. Answers how many.
    static core::Result<std::int64_t> copyWindow(const Database &source, const Database &target,
                                                 std::int64_t fromMs, std::int64_t toMs);

private:
    const Database *m_database;
};

/// Which console on an exercise records the exercise's AIS (the track store and the journal): one at
/// a time, so that each line is journalled once however many consoles run the exercise. Every
/// console plays the lines into its own live picture; only the holder of this lease also records
/// them. The lease is a row of the meta table ("exercise_traffic_recorder" = "<console id> <wall
/// ms>"), renewed at every tick and taken over by another console once it is kStaleMs old (the
/// recorder closed or lost the database). Claimed and renewed by a compare-and-set on the row.
class ExerciseRecorderLease {
public:
    static constexpr std::int64_t kStaleMs = 10'000;

    /// `consoleId` tells this console from the others; `wall` is the real clock.
    ExerciseRecorderLease(const Database &database, const core::Clock &wall, QString consoleId);

    /// Claims or renews the lease; answers whether this console records now.
    core::Result<bool> hold();
    /// Gives the lease up (a console closing), so another takes it at once.
    void release();

private:
    const Database *m_database;
    const core::Clock *m_wall;
    QString m_consoleId;
};

} // namespace marsa::storage
