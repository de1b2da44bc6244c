#include "storage/journal.h"

#include "storage/sqlite_native.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <sqlite3.h>

namespace marsa::storage {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::Journal)
};

core::Error queryError(const QSqlQuery &query) {
    return core::Error{
        Text::tr("The journal could not be read or written: %1").arg(query.lastError().text())};
}

// Rows per INSERT: 4 values each, well under SQLite's and PostgreSQL's limits of bound values.
constexpr std::size_t kRowsPerInsert = 500;

QString timeText(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value) {
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

std::optional<std::pair<std::int64_t, std::int64_t>> boundsFrom(QSqlQuery &query) {
    if (!query.next() || query.value(0).isNull()) {
        return std::nullopt;
    }
    return std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

} // namespace

Journal::Journal(QSqlDatabase database)
    : m_database(std::move(database)) {}

core::Result<void> Journal::append(std::span<const JournalEntry> entries) {
    QSqlQuery query(m_database);
    QString prepared;
    std::size_t preparedRows = 0;
    for (std::size_t start = 0; start < entries.size(); start += kRowsPerInsert) {
        const std::size_t rows = std::min(kRowsPerInsert, entries.size() - start);
        if (rows != preparedRows) {
            QStringList values;
            values.reserve(static_cast<qsizetype>(rows));
            for (std::size_t row = 0; row < rows; ++row) {
                values << QStringLiteral("(?, ?, ?, ?)");
            }
            prepared = QStringLiteral("INSERT INTO journal (time_ms, kind, source, payload) VALUES ") +
                       values.join(QLatin1Char(','));
            if (!query.prepare(prepared)) {
                return queryError(query);
            }
            preparedRows = rows;
        }
        for (std::size_t row = start; row < start + rows; ++row) {
            const JournalEntry &entry = entries[row];
            query.addBindValue(static_cast<qlonglong>(entry.timeMs));
            query.addBindValue(static_cast<int>(entry.kind));
            query.addBindValue(static_cast<qlonglong>(entry.source));
            query.addBindValue(QString::fromUtf8(entry.payload));
        }
        if (!query.exec()) {
            return queryError(query);
        }
    }
    return {};
}

namespace {

// The SELECT of a query, and its bound values in order.
std::pair<QString, std::vector<qlonglong>> selectFor(const JournalQuery &request) {
    QString sql = QStringLiteral("SELECT entry_id, time_ms, kind, source, payload FROM journal "
                                 "WHERE time_ms >= ? AND time_ms <= ?");
    std::vector<qlonglong> values{request.fromMs, request.toMs};
    if (request.kind) {
        // A literal, so that SQLite can use the partial indexes of one kind (journal_alarms).
        sql += QStringLiteral(" AND kind = %1").arg(static_cast<int>(*request.kind));
    }
    if (request.source) {
        sql += QStringLiteral(" AND source = ?");
        values.push_back(*request.source);
    }
    if (request.after) {
        sql += QStringLiteral(" AND (time_ms > ? OR (time_ms = ? AND entry_id > ?))");
        values.insert(values.end(), {request.after->first, request.after->first, request.after->second});
    }
    sql += QStringLiteral(" ORDER BY time_ms, entry_id LIMIT ?");
    values.push_back(request.limit);
    return {sql, values};
}

bool isKnownKind(std::int64_t kind) {
    // A kind of a newer version of Marsa is not ours to replay.
    return kind == static_cast<int>(JournalKind::Line) || kind == static_cast<int>(JournalKind::Case) ||
           kind == static_cast<int>(JournalKind::AlarmAcknowledged);
}

} // namespace

core::Result<std::vector<JournalEntry>> Journal::read(const JournalQuery &request) const {
    std::vector<JournalEntry> entries;
    auto scanned = scan(request, [&entries](const JournalEntryView &entry) {
        entries.push_back({entry.id, entry.timeMs, entry.kind, entry.source, entry.payload.toByteArray()});
    });
    if (!scanned) {
        return scanned.error();
    }
    return entries;
}

core::Result<std::size_t> Journal::scan(const JournalQuery &request,
                                        const std::function<void(const JournalEntryView &)> &visit) const {
    const auto [sql, values] = selectFor(request);
    std::size_t visited = 0;
    if (sqlite3 *handle = native::sqliteHandleOf(m_database)) {
        sqlite3_stmt *prepared = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &prepared, nullptr) !=
            SQLITE_OK) {
            return core::Error{Text::tr("The journal could not be read or written: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
        }
        const native::StatementPtr statement(prepared);
        for (std::size_t i = 0; i < values.size(); ++i) {
            sqlite3_bind_int64(prepared, static_cast<int>(i + 1), values[i]);
        }
        int stepped = SQLITE_ROW;
        while ((stepped = sqlite3_step(prepared)) == SQLITE_ROW) {
            const std::int64_t kind = sqlite3_column_int64(prepared, 2);
            if (!isKnownKind(kind)) {
                continue;
            }
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(prepared, 4));
            visit({sqlite3_column_int64(prepared, 0), sqlite3_column_int64(prepared, 1),
                   static_cast<JournalKind>(kind), sqlite3_column_int64(prepared, 3),
                   QByteArrayView(text, sqlite3_column_bytes(prepared, 4))});
            ++visited;
        }
        if (stepped != SQLITE_DONE) {
            return core::Error{Text::tr("The journal could not be read or written: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(handle)))};
        }
        return visited;
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (qlonglong value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return queryError(query);
    }
    while (query.next()) {
        const std::int64_t kind = query.value(2).toLongLong();
        if (!isKnownKind(kind)) {
            continue;
        }
        const QByteArray payload = query.value(4).toString().toUtf8();
        visit({query.value(0).toLongLong(), query.value(1).toLongLong(), static_cast<JournalKind>(kind),
               query.value(3).toLongLong(), payload});
        ++visited;
    }
    return visited;
}

core::Result<std::optional<std::pair<std::int64_t, std::int64_t>>> Journal::bounds() const {
    QSqlQuery query(m_database);
    // Two index lookups, not a scan of the journal.
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT MIN(time_ms) FROM journal), (SELECT MAX(time_ms) FROM journal)"))) {
        return queryError(query);
    }
    return boundsFrom(query);
}

core::Result<std::optional<std::pair<std::int64_t, std::int64_t>>>
Journal::caseBounds(core::IncidentId id) const {
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT MIN(time_ms), MAX(time_ms) FROM journal WHERE kind = ? AND source = ?"));
    query.addBindValue(static_cast<int>(JournalKind::Case));
    query.addBindValue(static_cast<qlonglong>(id.value));
    if (!query.exec()) {
        return queryError(query);
    }
    return boundsFrom(query);
}

core::Result<std::int64_t> Journal::count() const {
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM journal")) || !query.next()) {
        return queryError(query);
    }
    return query.value(0).toLongLong();
}

QByteArray caseSnapshotJson(const CaseSnapshot &snapshot) {
    const core::Incident &incident = snapshot.incident;
    QJsonObject object{
        {QStringLiteral("id"), static_cast<qint64>(incident.id.value)},
        {QStringLiteral("case"), incident.caseNumber.text()},
        {QStringLiteral("version"), incident.version},
        {QStringLiteral("first_alert"), timeText(incident.firstAlertUtc)},
        {QStringLiteral("alert_source"), core::alertSourceKey(incident.alertSource)},
        {QStringLiteral("lat"), incident.latitude},
        {QStringLiteral("lon"), incident.longitude},
        {QStringLiteral("uncertainty_nm"), incident.positionUncertaintyNm},
        {QStringLiteral("srrs"), QJsonArray::fromStringList(incident.srrs)},
        {QStringLiteral("craft"), core::craftKey(incident.craft)},
        {QStringLiteral("pob"), incident.personsOnBoard.total},
        {QStringLiteral("phase"), core::phaseKey(incident.phase)},
        {QStringLiteral("status"), core::statusKey(incident.status)},
        {QStringLiteral("exercise"), incident.isExercise},
    };
    if (incident.outcome) {
        object.insert(QStringLiteral("outcome"),
                      QJsonObject{{QStringLiteral("rescued"), incident.outcome->rescued},
                                  {QStringLiteral("dead"), incident.outcome->dead},
                                  {QStringLiteral("missing"), incident.outcome->missing}});
    }
    QJsonArray taskings;
    for (const core::Tasking &tasking : snapshot.taskings) {
        taskings.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(tasking.id)},
                                    {QStringLiteral("asset"), static_cast<qint64>(tasking.asset.value)},
                                    {QStringLiteral("tasked"), timeText(tasking.taskedUtc)},
                                    {QStringLiteral("on_scene"), timeText(tasking.onSceneUtc)},
                                    {QStringLiteral("released"), timeText(tasking.releasedUtc)}});
    }
    object.insert(QStringLiteral("taskings"), taskings);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

core::Result<CaseSnapshot> caseSnapshotFrom(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject object = document.object();
    const auto phase = core::phaseFromKey(object.value(QStringLiteral("phase")).toString());
    const auto status = core::statusFromKey(object.value(QStringLiteral("status")).toString());
    const auto number = core::CaseNumber::parse(object.value(QStringLiteral("case")).toString());
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !phase || !status ||
        !number) {
        return core::Error{Text::tr("A case entry of the journal cannot be read.")};
    }
    CaseSnapshot snapshot;
    core::Incident &incident = snapshot.incident;
    incident.id = core::IncidentId{object.value(QStringLiteral("id")).toInteger()};
    incident.caseNumber = *number;
    incident.version = object.value(QStringLiteral("version")).toInt();
    incident.firstAlertUtc = timeFrom(object.value(QStringLiteral("first_alert")));
    incident.alertSource = core::alertSourceFromKey(object.value(QStringLiteral("alert_source")).toString())
                               .value_or(core::AlertSource::Other);
    incident.latitude = object.value(QStringLiteral("lat")).toDouble();
    incident.longitude = object.value(QStringLiteral("lon")).toDouble();
    incident.positionUncertaintyNm = object.value(QStringLiteral("uncertainty_nm")).toDouble();
    for (const QJsonValue &srr : object.value(QStringLiteral("srrs")).toArray()) {
        incident.srrs << srr.toString();
    }
    incident.craft =
        core::craftFromKey(object.value(QStringLiteral("craft")).toString()).value_or(core::CraftType::Other);
    incident.personsOnBoard.total = object.value(QStringLiteral("pob")).toInt();
    incident.phase = *phase;
    incident.status = *status;
    incident.isExercise = object.value(QStringLiteral("exercise")).toBool();
    if (const QJsonValue outcome = object.value(QStringLiteral("outcome")); outcome.isObject()) {
        const QJsonObject counts = outcome.toObject();
        incident.outcome = core::Outcome{counts.value(QStringLiteral("rescued")).toInt(),
                                         counts.value(QStringLiteral("dead")).toInt(),
                                         counts.value(QStringLiteral("missing")).toInt()};
    }
    for (const QJsonValue &value : object.value(QStringLiteral("taskings")).toArray()) {
        const QJsonObject tasking = value.toObject();
        snapshot.taskings.push_back({tasking.value(QStringLiteral("id")).toInteger(), incident.id,
                                     core::AssetId{tasking.value(QStringLiteral("asset")).toInteger()},
                                     timeFrom(tasking.value(QStringLiteral("tasked"))),
                                     timeFrom(tasking.value(QStringLiteral("on_scene"))),
                                     timeFrom(tasking.value(QStringLiteral("released")))});
    }
    return snapshot;
}

} // namespace marsa::storage
