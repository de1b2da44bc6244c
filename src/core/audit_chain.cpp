#include "core/audit_chain.h"

#include <QCryptographicHash>

namespace marsa::core {
namespace {

void append(QByteArray &out, const QByteArray &field) {
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
}

} // namespace

QByteArray AuditChain::canonicalContent(const AuditEntry &entry) {
    QByteArray out;
    append(out, QByteArray::number(static_cast<qlonglong>(entry.sequence)));
    append(out, entry.timeUtc.toUTC().toString(Qt::ISODateWithMs).toUtf8());
    append(out, entry.userName.toUtf8());
    append(out, entry.agency.toUtf8());
    append(out, entry.action.toUtf8());
    append(out, entry.subject.toUtf8());
    append(out, entry.details.toUtf8());
    append(out, entry.previousHash);
    return out;
}

QByteArray AuditChain::computeHash(const AuditEntry &entry) {
    return QCryptographicHash::hash(canonicalContent(entry), QCryptographicHash::Sha256).toHex();
}

void AuditChain::seal(AuditEntry &entry, const AuditEntry *previous) {
    entry.sequence = previous == nullptr ? 1 : previous->sequence + 1;
    entry.previousHash = previous == nullptr ? QByteArray() : previous->hash;
    entry.hash = computeHash(entry);
}

std::optional<std::int64_t> AuditChain::firstBrokenRow(const std::vector<AuditEntry> &entries) {
    const AuditEntry *previous = nullptr;
    std::int64_t expectedSequence = 1;
    for (const AuditEntry &entry : entries) {
        const QByteArray expectedPrevious = previous == nullptr ? QByteArray() : previous->hash;
        if (entry.sequence != expectedSequence || entry.previousHash != expectedPrevious ||
            entry.hash != computeHash(entry)) {
            return entry.sequence;
        }
        previous = &entry;
        ++expectedSequence;
    }
    return std::nullopt;
}

} // namespace marsa::core
