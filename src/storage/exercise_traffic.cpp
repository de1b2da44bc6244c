#include "storage/exercise_traffic.h"

#include "storage/database.h"
#include "storage/journal.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace marsa::storage {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::ExerciseTraffic)
};

const QString kLeaseKey = QStringLiteral("exercise_traffic_recorder");
constexpr int kCopyPage = 20'000;

core::Error trafficError(const QSqlQuery &query) {
    return core::Error{
        Text::tr("The exercise's traffic could not be read or written: %1").arg(query.lastError().text())};
}

} // namespace

core::Result<std::vector<ExerciseTrafficLine>>
ExerciseTraffic::read(std::int64_t fromMs, std::int64_t toMs,
                      std::optional<std::pair<std::int64_t, std::int64_t>> after, int limit) const {
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    if (after) {
        query.prepare(QStringLiteral(
            "SELECT line_id, time_ms, source, line FROM exercise_traffic WHERE time_ms <= ? AND "
            "(time_ms > ? OR (time_ms = ? AND line_id > ?)) ORDER BY time_ms, line_id LIMIT ?"));
        query.addBindValue(QVariant::fromValue<qlonglong>(toMs));
        query.addBindValue(QVariant::fromValue<qlonglong>(after->first));
        query.addBindValue(QVariant::fromValue<qlonglong>(after->first));
        query.addBindValue(QVariant::fromValue<qlonglong>(after->second));
    } else {
        query.prepare(QStringLiteral("SELECT line_id, time_ms, source, line FROM exercise_traffic WHERE "
                                     "time_ms > ? AND time_ms <= ? ORDER BY time_ms, line_id LIMIT ?"));
        query.addBindValue(QVariant::fromValue<qlonglong>(fromMs));
        query.addBindValue(QVariant::fromValue<qlonglong>(toMs));
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        return trafficError(query);
    }
    std::vector<ExerciseTrafficLine> lines;
    while (query.next()) {
        lines.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                         query.value(2).toLongLong(), query.value(3).toByteArray()});
    }
    return lines;
}

core::Result<std::int64_t> ExerciseTraffic::count() const {
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM exercise_traffic")) || !query.next()) {
        return trafficError(query);
    }
    return query.value(0).toLongLong();
}

core::Result<std::int64_t> ExerciseTraffic::copyWindow(const Database &source, const Database &target,
                                                       std::int64_t fromMs, std::int64_t toMs) {
    const Journal journal(source.connection());
    JournalQuery page;
    page.fromMs = fromMs;
    page.toMs = toMs;
    page.kind = JournalKind::Line;
    page.limit = kCopyPage;
    QSqlQuery insert(target.connection());
    insert.prepare(QStringLiteral("INSERT INTO exercise_traffic (time_ms, source, line) VALUES (?, ?, ?)"));
    std::int64_t copied = 0;
    for (;;) {
        QString failure;
        std::optional<std::pair<std::int64_t, std::int64_t>> last;
        auto scanned = journal.scan(page, [&](const JournalEntryView &entry) {
            last = std::pair{entry.timeMs, entry.id};
            if (!failure.isEmpty()) {
                return;
            }
            insert.addBindValue(QVariant::fromValue<qlonglong>(entry.timeMs));
            insert.addBindValue(QVariant::fromValue<qlonglong>(entry.source));
            insert.addBindValue(QString::fromUtf8(entry.payload.data(), entry.payload.size()));
            if (!insert.exec()) {
                failure = insert.lastError().text();
            }
        });
        if (!scanned) {
            return scanned.error();
        }
        if (!failure.isEmpty()) {
            return core::Error{Text::tr("The window's received lines could not be copied: %1").arg(failure)};
        }
        copied += static_cast<std::int64_t>(scanned.value());
        if (scanned.value() < static_cast<std::size_t>(kCopyPage) || !last) {
            return copied;
        }
        page.after = last;
    }
}

ExerciseRecorderLease::ExerciseRecorderLease(const Database &database, const core::Clock &wall,
                                             QString consoleId)
    : m_database(&database)
    , m_wall(&wall)
    , m_consoleId(std::move(consoleId)) {}

core::Result<bool> ExerciseRecorderLease::hold() {
    const std::int64_t nowMs = m_wall->nowUtc().toMSecsSinceEpoch();
    const QString mine = m_consoleId + QLatin1Char(' ') + QString::number(nowMs);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(kLeaseKey);
    if (!query.exec()) {
        return trafficError(query);
    }
    if (!query.next()) {
        // Nobody records yet: the first to insert the row does (the key is unique).
        QSqlQuery claim(m_database->connection());
        claim.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        claim.addBindValue(kLeaseKey);
        claim.addBindValue(mine);
        return claim.exec();
    }
    const QString held = query.value(0).toString();
    query.finish();
    const QStringList parts = held.split(QLatin1Char(' '));
    const bool ours = parts.value(0) == m_consoleId;
    const std::int64_t renewedMs = parts.value(1).toLongLong();
    // A lease renewed "in the future" (another console's clock ahead) counts as fresh until then.
    if (!ours && nowMs - renewedMs < kStaleMs) {
        return false;
    }
    QSqlQuery renew(m_database->connection());
    renew.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ? AND value = ?"));
    renew.addBindValue(mine);
    renew.addBindValue(kLeaseKey);
    renew.addBindValue(held);
    if (!renew.exec()) {
        return trafficError(renew);
    }
    return renew.numRowsAffected() == 1;
}

void ExerciseRecorderLease::release() {
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ? AND value LIKE ?"));
    query.addBindValue(kLeaseKey);
    query.addBindValue(QString(m_consoleId + QStringLiteral(" %")));
    static_cast<void>(query.exec());
}

} // namespace marsa::storage
