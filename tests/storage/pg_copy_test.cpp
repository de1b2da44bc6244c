#include "quiet_logging.h" // first: it configures Catch2

#include "core/clock.h"
#include "pg_fixture.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/database_copy.h"
#include "storage/demo_data.h"

#include "catch_qt.h"

#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using namespace marsa;
using namespace marsa::storage;

namespace {

// One value with its type, so 1, 1.0 and '1' differ and a double shows all its bits.
QString dumpValue(const QVariant &value) {
    if (value.isNull()) {
        return QStringLiteral("NULL");
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::ULongLong: // PostgreSQL's driver: a BIGINT that is not negative
    case QMetaType::Int:
        return QStringLiteral("i:") + QString::number(value.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("d:") + QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(value.toByteArray().toHex());
    default:
        return QStringLiteral("t:") + value.toString();
    }
}

// Every row of every copied table, sorted, without PostgreSQL's own arrival numbers.
std::map<QString, QStringList> dump(const Database &database) {
    std::map<QString, QStringList> tables;
    for (const QString &table : copiedTables()) {
        QSqlQuery query(database.connection());
        INFO(table.toStdString());
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM ") + table));
        QStringList &rows = tables[table];
        while (query.next()) {
            QStringList values;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) != QLatin1String("arrival")) {
                    values << record.fieldName(i) + QLatin1Char('=') + dumpValue(query.value(i));
                }
            }
            rows << values.join(QLatin1Char('|'));
        }
        rows.sort();
    }
    return tables;
}

void exec(const Database &database, const QString &sql) {
    QSqlQuery query(database.connection());
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(query.exec(sql));
}

// Table by table; a difference names the table and its first differing row.
void checkSameRecords(const std::map<QString, QStringList> &copy,
                      const std::map<QString, QStringList> &original) {
    REQUIRE(copy.size() == original.size());
    for (const auto &[table, rows] : original) {
        const QStringList &copied = copy.at(table);
        INFO(table.toStdString() << ": " << rows.size() << " rows in the original, " << copied.size()
                                 << " in the copy");
        CHECK(copied.size() == rows.size());
        for (qsizetype i = 0; i < std::min(rows.size(), copied.size()); ++i) {
            if (rows[i] != copied[i]) {
                INFO("original " << rows[i].toStdString() << "\ncopy     " << copied[i].toStdString());
                CHECK(rows[i] == copied[i]);
                break;
            }
        }
    }
}

std::int64_t auditRows(const Database &database) {
    auto verified = AuditLog(database.connection()).verify();
    REQUIRE(verified);
    CHECK_FALSE(verified->firstBrokenRow);
    return verified->rows;
}

// The demonstration data, and values at the edges of what the columns hold, in a station's file.
Database stationDatabase(const QTemporaryDir &dir) {
    auto opened = Database::open(dir.filePath(QStringLiteral("station.sqlite")));
    REQUIRE(opened);
    Database database = std::move(opened.value());
    const core::SystemClock clock;
    REQUIRE(writeDemoData(database, clock));
    exec(database,
         QStringLiteral("INSERT INTO meta (key, value) VALUES ('copy-test', 'مرسى ✓ ''quoted'' \\ x')"));
    exec(database, QStringLiteral("INSERT INTO vessel_positions (mmsi, time_ms, latitude, longitude, "
                                  "sog_kn, cog_deg, heading_deg, nav_status, message_type, source_id) VALUES "
                                  "(9223372036854775807, -9223372036854775807, 0.1, -179.99999999999997, "
                                  "NULL, 1e-300, NULL, 15, 27, 0)"));
    return database;
}

std::int64_t count(const Database &database, const QString &table) {
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("A copy SQLite to PostgreSQL to SQLite keeps every record of every table") {
    QTemporaryDir dir;
    test::ScratchPgDatabase scratch;
    const Database source = stationDatabase(dir);
    const auto original = dump(source);
    CHECK(original.at(QStringLiteral("audit_log")).size() > 0);
    CHECK(original.at(QStringLiteral("handover_steps")).size() > 0);

    auto shared = Database::open(scratch.url());
    REQUIRE(shared);
    auto there = copyDatabase(source, shared.value());
    INFO((there ? QString() : there.errorMessage()).toStdString());
    REQUIRE(there);
    CHECK(there->auditRows == auditRows(source));
    checkSameRecords(dump(shared.value()), original);
    for (const CopiedTable &table : there->tables) {
        CHECK(table.sourceRows == table.targetRows);
    }

    auto laptop = Database::open(dir.filePath(QStringLiteral("laptop.sqlite")));
    REQUIRE(laptop);
    auto back = copyDatabase(shared.value(), laptop.value());
    INFO((back ? QString() : back.errorMessage()).toStdString());
    REQUIRE(back);
    checkSameRecords(dump(laptop.value()), original);
    CHECK(auditRows(laptop.value()) == auditRows(shared.value()));

    // New rows take keys past the copied ones, and the timeline search finds copied remarks.
    exec(shared.value(),
         QStringLiteral("INSERT INTO places (place_key, label, label_ar, description, country, "
                        "role, quality, latitude, longitude) VALUES "
                        "('x', 'x', 'x', '', 'LY', 'port', 'exact', 32, 13)"));
    exec(shared.value(), QStringLiteral("INSERT INTO handover_facilities (kind, name, name_ar, city) VALUES "
                                        "('hospital', 'copy-test', 'x', 'x')"));
    QSqlQuery search(laptop->connection());
    REQUIRE(search.exec(QStringLiteral("SELECT COUNT(*) FROM incident_event_text")));
    REQUIRE(search.next());
    CHECK(search.value(0).toLongLong() == count(laptop.value(), QStringLiteral("incident_events")));
}

TEST_CASE("A copy refuses a target that holds records and changes nothing") {
    QTemporaryDir dir;
    test::ScratchPgDatabase scratch;
    const Database source = stationDatabase(dir);
    auto target = Database::open(scratch.url());
    REQUIRE(target);
    exec(target.value(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('already', 'here')"));
    auto copied = copyDatabase(source, target.value());
    REQUIRE_FALSE(copied);
    CHECK(copied.errorMessage().contains(QStringLiteral("already holds Marsa records: meta (1)")));
    CHECK(count(target.value(), QStringLiteral("meta")) == 1);
    CHECK(count(target.value(), QStringLiteral("audit_log")) == 0);
}

TEST_CASE("A copy that fails midway leaves nothing in the target") {
    QTemporaryDir dir;
    const Database source = stationDatabase(dir);
    const bool toPostgreSql = GENERATE(false, true);
    std::unique_ptr<test::ScratchPgDatabase> scratch;
    if (toPostgreSql) {
        scratch = std::make_unique<test::ScratchPgDatabase>();
    }
    auto target = Database::open(toPostgreSql ? scratch->url() : dir.filePath(QStringLiteral("t.sqlite")));
    REQUIRE(target);
    // The target refuses the handover steps, copied after the audit log, incidents and tracks.
    exec(target.value(), toPostgreSql
                             ? QStringLiteral("CREATE TRIGGER refuse_steps BEFORE INSERT ON handover_steps "
                                              "FOR EACH ROW EXECUTE FUNCTION marsa_refuse('no steps here')")
                             : QStringLiteral("CREATE TRIGGER refuse_steps BEFORE INSERT ON handover_steps "
                                              "BEGIN SELECT RAISE(ABORT, 'no steps here'); END"));
    auto copied = copyDatabase(source, target.value());
    REQUIRE_FALSE(copied);
    CHECK(copied.errorMessage().contains(QStringLiteral("no steps here")));
    CHECK(copied.errorMessage().contains(QStringLiteral("handover_steps")));
    for (const QString &table : copiedTables()) {
        INFO(table.toStdString());
        CHECK(count(target.value(), table) == 0);
    }
}
