#include "storage_fixture.h"

#include "storage/journal.h"
#include "storage/track_store.h"
#include "storage/track_writer.h"

#include <QSqlError>

using namespace marsa;
using test::Fixture;

namespace {

constexpr std::int64_t kT0 = 1'795'428'000'000; // 2026-11-23 10:00 UTC

storage::JournalQuery window(std::int64_t fromMs, std::int64_t toMs) {
    storage::JournalQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    return query;
}

storage::JournalEntry line(std::int64_t timeMs, std::int64_t source, const char *text) {
    return {0, timeMs, storage::JournalKind::Line, source, QByteArray(text)};
}

std::vector<storage::JournalEntry> caseEntries(storage::Database &database) {
    auto read = storage::Journal(database.connection()).read([] {
        auto query = window(0, std::numeric_limits<std::int64_t>::max());
        query.kind = storage::JournalKind::Case;
        return query;
    }());
    REQUIRE(read);
    return read.value();
}

} // namespace

TEST_CASE("The journal keeps entries in time order and pages through a window",
          "[storage][journal][engines]") {
    Fixture f;
    storage::Journal journal(f.database->connection());
    std::vector<storage::JournalEntry> entries;
    // Out of order on purpose, with two entries at the same millisecond, over 1,200 entries (more
    // than one INSERT statement).
    for (int i = 0; i < 1200; ++i) {
        entries.push_back(
            line(kT0 + (1199 - i) * 1000, i % 3, "!AIVDM,1,1,,A,13aEOK?P00PD2wVMdLDRhgvL289?,0*26"));
    }
    entries.push_back(line(kT0 + 5000, 7, "$GPGGA,second at the same time"));
    REQUIRE(journal.append(entries));
    CHECK(journal.count().value() == 1201);
    auto bounds = journal.bounds();
    REQUIRE(bounds);
    REQUIRE(bounds.value());
    CHECK(bounds.value()->first == kT0);
    CHECK(bounds.value()->second == kT0 + 1199 * 1000);

    storage::JournalQuery query{kT0 + 2000, kT0 + 9000, storage::JournalKind::Line, {}, {}, 4};
    std::vector<storage::JournalEntry> read;
    for (;;) {
        auto page = journal.read(query);
        REQUIRE(page);
        read.insert(read.end(), page->begin(), page->end());
        if (page->size() < 4) {
            break;
        }
        query.after = std::pair{page->back().timeMs, page->back().id};
    }
    REQUIRE(read.size() == 9); // 2 s to 9 s inclusive: 8 seconds, one of them twice
    for (std::size_t i = 1; i < read.size(); ++i) {
        CHECK(std::pair{read[i - 1].timeMs, read[i - 1].id} < std::pair{read[i].timeMs, read[i].id});
    }
    CHECK(read[3].timeMs == kT0 + 5000);
    CHECK(read[4].timeMs == kT0 + 5000);
    CHECK(read[4].payload == QByteArray("$GPGGA,second at the same time"));
    CHECK(read[4].source == 7);

    storage::JournalQuery onlyFeed7 = window(kT0, kT0 + 9000);
    onlyFeed7.source = 7;
    auto only = journal.read(onlyFeed7);
    REQUIRE(only);
    CHECK(only->size() == 1);
}

TEST_CASE("The journal is append-only", "[storage][journal][engines]") {
    Fixture f;
    storage::Journal journal(f.database->connection());
    const storage::JournalEntry entry = line(kT0, 1, "!AIVDM");
    REQUIRE(journal.append(std::span(&entry, 1)));
    QSqlQuery query(f.database->connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE journal SET payload = 'forged'")));
    CHECK(query.lastError().text().contains(QStringLiteral("append-only")));
    CHECK(journal.read(window(kT0, kT0))->front().payload == QByteArray("!AIVDM"));
}

TEST_CASE("Each change of a case journals its state in the change's transaction",
          "[storage][journal][engines]") {
    Fixture f;
    const core::AssetId boat = f.addBoat("Fezzan", 642167000);
    auto created =
        f.service->create(test::kOfficer, test::rubberBoatOffZuwara(), QStringLiteral("Alarm Phone call"));
    REQUIRE(created);
    f.clock.now = f.clock.now.addSecs(300);
    REQUIRE(f.service->changePhase(test::kOfficer, created->id, core::EmergencyPhase::Distress,
                                   QStringLiteral("taking water")));
    f.clock.now = f.clock.now.addSecs(300);
    auto tasked = f.service->taskAsset(test::kOfficer, created->id, boat, {});
    REQUIRE(tasked);

    std::vector<storage::JournalEntry> entries = caseEntries(*f.database);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].source == created->id.value);
    CHECK(entries[1].timeMs == f.clock.now.addSecs(-300).toMSecsSinceEpoch());
    auto last = storage::caseSnapshotFrom(entries[2].payload);
    REQUIRE(last);
    CHECK(last->incident.caseNumber == created->caseNumber);
    CHECK(last->incident.phase == core::EmergencyPhase::Distress);
    CHECK(last->incident.status == core::IncidentStatus::AssetTasked);
    CHECK(last->incident.version == 3);
    REQUIRE(last->taskings.size() == 1);
    CHECK(last->taskings.front().asset == boat);
    CHECK(last->taskings.front().taskedUtc == f.clock.now);
    CHECK_FALSE(last->taskings.front().releasedUtc.isValid());
    auto first = storage::caseSnapshotFrom(entries[0].payload);
    REQUIRE(first);
    CHECK(first->incident.phase == core::EmergencyPhase::Alert);
    CHECK(first->incident.personsOnBoard.total == 85);
    CHECK(first->taskings.empty());

    // A refused change journals nothing.
    CHECK_FALSE(
        f.service->changePhase(test::kDcim, created->id, core::EmergencyPhase::Alert, QStringLiteral("no")));
    CHECK(caseEntries(*f.database).size() == 3);
    auto bounds = storage::Journal(f.database->connection()).caseBounds(created->id);
    REQUIRE(bounds);
    REQUIRE(bounds.value());
    CHECK(bounds.value()->first == entries[0].timeMs);
    CHECK(bounds.value()->second == entries[2].timeMs);
}

TEST_CASE("A journal entry that is not a case is refused with a message", "[storage][journal]") {
    CHECK_FALSE(storage::caseSnapshotFrom("{\"phase\":\"distress\"}"));
    CHECK_FALSE(storage::caseSnapshotFrom("not json"));
    CHECK(storage::caseSnapshotFrom("[]").errorMessage().contains(QStringLiteral("journal")));
}

TEST_CASE("The track writer journals received lines with its batch", "[storage][journal][engines]") {
    test::TestDatabaseLocation where;
    {
        auto database = storage::Database::open(where.location());
        REQUIRE(database);
    }
    auto store = storage::TrackStore::open(where.location());
    REQUIRE(store);
    {
        storage::TrackWriter writer(store.value(), {100, 60'000});
        writer.addLine(kT0, 2, "!AIVDM,1,1,,B,first");
        writer.addLine(kT0 + 10, 2, "!AIVDM,1,1,,B,second");
        CHECK(storage::Journal(store->connection()).count().value() == 0); // not before the batch
        REQUIRE(writer.flush());
        CHECK(writer.totals().journalled == 2);
    }
    auto read = storage::Journal(store->connection()).read(window(kT0, kT0 + 10));
    REQUIRE(read);
    REQUIRE(read->size() == 2);
    CHECK(read->at(1).payload == QByteArray("!AIVDM,1,1,,B,second"));
    CHECK(read->at(1).kind == storage::JournalKind::Line);
}
