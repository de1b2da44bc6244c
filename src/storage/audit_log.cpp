#include "storage/audit_log.h"

#include "storage/connection_errors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::AuditLog)
};

core::AuditEntry entryFrom(const QSqlQuery &query) {
    core::AuditEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.timeUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
    entry.userName = query.value(2).toString();
    entry.agency = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.subject = query.value(5).toString();
    entry.details = query.value(6).toString();
    entry.previousHash = query.value(7).toString().toLatin1();
    entry.hash = query.value(8).toString().toLatin1();
    return entry;
}

const QString kColumns =
    QStringLiteral("sequence, time_utc, user_name, agency, action, subject, details, previous_hash, hash");

} // namespace

core::Result<core::AuditEntry> AuditLog::append(const core::User &user, const QString &action,
                                                const QString &subject, const QString &details,
                                                const QDateTime &timeUtc) {
    QSqlQuery query(m_database);
    std::optional<core::AuditEntry> previous;
    if (!query.exec(QStringLiteral("SELECT ") + kColumns +
                    QStringLiteral(" FROM audit_log ORDER BY sequence DESC LIMIT 1"))) {
        return queryFailure(query, Text::tr("Cannot read the audit log: %1").arg(query.lastError().text()));
    }
    if (query.next()) {
        previous = entryFrom(query);
    }
    query.finish();
    core::AuditEntry entry;
    entry.timeUtc = timeUtc.toUTC();
    entry.userName = user.userName;
    entry.agency = core::agencyKey(user.agency);
    entry.action = action;
    entry.subject = subject;
    entry.details = details;
    core::AuditChain::seal(entry, previous ? &*previous : nullptr);
    query.prepare(QStringLiteral("INSERT INTO audit_log (") + kColumns +
                  QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(static_cast<qlonglong>(entry.sequence));
    query.addBindValue(entry.timeUtc.toString(Qt::ISODateWithMs));
    query.addBindValue(entry.userName);
    query.addBindValue(entry.agency);
    query.addBindValue(entry.action);
    query.addBindValue(entry.subject);
    query.addBindValue(entry.details);
    // The first row has no previous hash: bind an empty string, not NULL.
    query.addBindValue(entry.previousHash.isEmpty() ? QStringLiteral("")
                                                    : QString::fromLatin1(entry.previousHash));
    query.addBindValue(QString::fromLatin1(entry.hash));
    if (!query.exec()) {
        return queryFailure(query, Text::tr("Cannot write the audit log: %1").arg(query.lastError().text()));
    }
    return entry;
}

core::Result<std::vector<core::AuditEntry>> AuditLog::all() const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns +
                    QStringLiteral(" FROM audit_log ORDER BY sequence"))) {
        return queryFailure(query, Text::tr("Cannot read the audit log: %1").arg(query.lastError().text()));
    }
    std::vector<core::AuditEntry> entries;
    while (query.next()) {
        entries.push_back(entryFrom(query));
    }
    return entries;
}

core::Result<AuditLog::Verification> AuditLog::verify() const {
    auto entries = all();
    if (!entries) {
        return entries.error();
    }
    return Verification{static_cast<std::int64_t>(entries->size()),
                        core::AuditChain::firstBrokenRow(entries.value())};
}

} // namespace marsa::storage
