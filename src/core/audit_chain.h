#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace marsa::core {

/// One row of the append-only audit log: who did what, when, to which record.
struct AuditEntry {
    std::int64_t sequence = 0; ///< 1, 2, 3, ... without gaps
    QDateTime timeUtc;
    QString userName;
    QString agency;
    QString action;          ///< e.g. "incident.phase"
    QString subject;         ///< e.g. "LY-2026-0153"
    QString details;         ///< what changed, as JSON; never a password or a rescued person's name
    QByteArray previousHash; ///< hex SHA-256 of the previous row ("" for the first)
    QByteArray hash;         ///< hex SHA-256 of this row's content and previousHash
};

/// The tamper-evident chain of the audit log: each row's hash covers its content and the hash of
/// the row before, so changing, removing or reordering any row breaks every hash after it.
class AuditChain {
public:
    /// The bytes a row's hash covers: every field but the hash, in a fixed, unambiguous encoding
    /// (length-prefixed UTF-8), times as ISO 8601 UTC with milliseconds.
    static QByteArray canonicalContent(const AuditEntry &entry);
    /// Hex SHA-256 of canonicalContent(entry).
    static QByteArray computeHash(const AuditEntry &entry);
    /// Fills previousHash and hash of a new row that follows `previous` (nullptr for the first).
    static void seal(AuditEntry &entry, const AuditEntry *previous);
    /// The sequence number of the first row that does not match, or nothing when all do.
    static std::optional<std::int64_t> firstBrokenRow(const std::vector<AuditEntry> &entries);
};

} // namespace marsa::core
