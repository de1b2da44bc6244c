#include "core/audit_chain.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace marsa::core;

namespace {

std::vector<AuditEntry> chainOf(int rows) {
    std::vector<AuditEntry> entries;
    for (int i = 0; i < rows; ++i) {
        AuditEntry entry;
        entry.timeUtc = QDateTime(QDate(2026, 11, 23), QTime(10, i, 0), Qt::UTC);
        entry.userName = QStringLiteral("officer%1").arg(i % 3);
        entry.agency = QStringLiteral("Coast Guard");
        entry.action = QStringLiteral("incident.phase");
        entry.subject = QStringLiteral("LY-2026-0153");
        entry.details = QStringLiteral(R"({"to":"DETRESFA","reason":"taking water"})");
        AuditChain::seal(entry, entries.empty() ? nullptr : &entries.back());
        entries.push_back(entry);
    }
    return entries;
}

} // namespace

TEST_CASE("Each audit row carries the SHA-256 of its content and of the row before") {
    const std::vector<AuditEntry> entries = chainOf(3);
    CHECK(entries[0].sequence == 1);
    CHECK(entries[0].previousHash.isEmpty());
    CHECK(entries[1].previousHash == entries[0].hash);
    CHECK(entries[2].previousHash == entries[1].hash);
    CHECK(entries[0].hash.size() == 64);
    CHECK(entries[0].hash ==
          QCryptographicHash::hash(AuditChain::canonicalContent(entries[0]), QCryptographicHash::Sha256)
              .toHex());
    CHECK_FALSE(AuditChain::firstBrokenRow(entries).has_value());
}

TEST_CASE("Changing, removing or reordering an audit row is found and named") {
    std::vector<AuditEntry> changed = chainOf(5);
    changed[2].details = QStringLiteral(R"({"to":"ALERFA","reason":"taking water"})");
    CHECK(AuditChain::firstBrokenRow(changed) == 3);

    std::vector<AuditEntry> removed = chainOf(5);
    removed.erase(removed.begin() + 1);
    CHECK(AuditChain::firstBrokenRow(removed) == 3);

    std::vector<AuditEntry> reordered = chainOf(5);
    std::swap(reordered[3], reordered[4]);
    CHECK(AuditChain::firstBrokenRow(reordered) == 5);

    // Rehashing a changed row is not enough: the next row still points at the old hash.
    std::vector<AuditEntry> resealed = chainOf(5);
    resealed[1].userName = QStringLiteral("someone else");
    resealed[1].hash = AuditChain::computeHash(resealed[1]);
    CHECK(AuditChain::firstBrokenRow(resealed) == 3);
}

TEST_CASE("The canonical content cannot be confused by moving text between fields") {
    AuditEntry a;
    a.userName = QStringLiteral("ab");
    a.agency = QStringLiteral("c");
    AuditEntry b;
    b.userName = QStringLiteral("a");
    b.agency = QStringLiteral("bc");
    CHECK(AuditChain::canonicalContent(a) != AuditChain::canonicalContent(b));
}
