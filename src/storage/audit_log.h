#pragma once

#include "core/audit_chain.h"
#include "core/permissions.h"
#include "core/result.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace marsa::storage {

/// The audit log in the database: append-only (triggers refuse UPDATE and DELETE) and
/// hash-chained (core::AuditChain). Every user action writes its change and its audit row in
/// the same transaction, which the caller owns.
class AuditLog {
public:
    explicit AuditLog(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Appends a row after the current last one, sealed with its hash; returns it.
    core::Result<core::AuditEntry> append(const core::User &user, const QString &action,
                                          const QString &subject, const QString &details,
                                          const QDateTime &timeUtc);

    core::Result<std::vector<core::AuditEntry>> all() const;

    /// What `marsa-cli audit verify` reports.
    struct Verification {
        std::int64_t rows = 0;
        std::optional<std::int64_t> firstBrokenRow;
    };
    core::Result<Verification> verify() const;

private:
    QSqlDatabase m_database;
};

} // namespace marsa::storage
