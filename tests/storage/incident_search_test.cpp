#include "storage_fixture.h"

#include <QSqlError>

using namespace marsa;
using namespace test;
using core::IncidentStatus;

namespace {

// Three cases a day apart: an open ALERFA off Zuwara (LBY), a false alarm, a DETRESFA in the
// Malta/Libya overlap with an Arabic remark.
struct SearchFixture : Fixture {
    std::vector<core::Incident> cases;
    SearchFixture() {
        for (int day = 0; day < 3; ++day) {
            storage::NewIncident fresh = rubberBoatOffZuwara();
            fresh.firstAlertUtc = QDateTime(QDate(2026, 11, 20 + day), QTime(3, 0), Qt::UTC);
            if (day == 2) {
                fresh.srrs = {QStringLiteral("LBY"), QStringLiteral("MLT")};
                fresh.phase = core::EmergencyPhase::Distress;
            }
            const QString remarks = day == 2 ? QStringLiteral("قارب مطاطي يغرق قرب البوري")
                                             : QStringLiteral("Alarm Phone relays call #%1").arg(day);
            auto created = service->create(kOfficer, fresh, remarks);
            REQUIRE(created);
            cases.push_back(created.value());
        }
        REQUIRE(service->changeStatus(kOfficer, cases[1].id, IncidentStatus::FalseAlarm, {}));
        REQUIRE(service->addLogEntry(kDcim, cases[0].id, QStringLiteral("Bus READY at the naval base")));
    }
    QStringList found(const storage::IncidentFilter &filter) {
        auto page = service->search(filter);
        INFO((page ? QString() : page.errorMessage()).toStdString());
        REQUIRE(page);
        QStringList numbers;
        for (const storage::IncidentRow &row : page->rows) {
            numbers << row.incident.caseNumber.text();
        }
        return numbers;
    }
};

QStringList cases(std::initializer_list<const char *> numbers) {
    QStringList list;
    for (const char *n : numbers) {
        list << QString::fromLatin1(n);
    }
    return list;
}

} // namespace

TEST_CASE("The Incidents panel's search filters by status, phase, SRR and date, newest first", "[engines]") {
    SearchFixture f;
    CHECK(f.found({}) == cases({"LY-2026-0003", "LY-2026-0002", "LY-2026-0001"}));
    storage::IncidentFilter open;
    open.openOnly = true;
    CHECK(f.found(open) == cases({"LY-2026-0003", "LY-2026-0001"}));
    storage::IncidentFilter falseAlarms;
    falseAlarms.status = IncidentStatus::FalseAlarm;
    CHECK(f.found(falseAlarms) == cases({"LY-2026-0002"}));
    storage::IncidentFilter distress;
    distress.phase = core::EmergencyPhase::Distress;
    CHECK(f.found(distress) == cases({"LY-2026-0003"}));
    storage::IncidentFilter malta;
    malta.srr = QStringLiteral("MLT");
    CHECK(f.found(malta) == cases({"LY-2026-0003"}));
    storage::IncidentFilter lby;
    lby.srr = QStringLiteral("LB"); // a whole SRR id, never a part of one
    CHECK(f.found(lby).isEmpty());
    storage::IncidentFilter days;
    days.fromUtc = QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC);
    days.toUtc = QDateTime(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC);
    CHECK(f.found(days) == cases({"LY-2026-0002"}));
    storage::IncidentFilter firstTwo;
    firstTwo.limit = 2;
    const auto page = f.service->search(firstTwo);
    REQUIRE(page);
    CHECK(page->rows.size() == 2);
    CHECK(page->more);
    firstTwo.limit = 3;
    CHECK_FALSE(f.service->search(firstTwo)->more);
}

TEST_CASE("Text search finds case numbers and any remark of the timeline, in any case and in Arabic",
          "[engines]") {
    SearchFixture f;
    storage::IncidentFilter filter;
    filter.text = QStringLiteral("0002");
    CHECK(f.found(filter) == cases({"LY-2026-0002"}));
    filter.text = QStringLiteral("ly-2026-0001");
    CHECK(f.found(filter) == cases({"LY-2026-0001"}));
    filter.text = QStringLiteral("bus ready");
    CHECK(f.found(filter) == cases({"LY-2026-0001"}));
    filter.text = QStringLiteral("  alarm phone  ");
    CHECK(f.found(filter) == cases({"LY-2026-0002", "LY-2026-0001"}));
    filter.text = QStringLiteral("البوري");
    CHECK(f.found(filter) == cases({"LY-2026-0003"}));
    filter.text = QStringLiteral("%");
    CHECK(f.found(filter).size() == 3); // wildcards alone search for nothing in particular
    filter.text = QStringLiteral("50%_x");
    CHECK(f.found(filter).isEmpty());
    filter.text = QStringLiteral("#1");
    CHECK(f.found(filter) == cases({"LY-2026-0002"}));
}

TEST_CASE("The Event log reads the newest events of every case after the last one it showed", "[engines]") {
    SearchFixture f;
    const auto last = f.service->lastEventId();
    REQUIRE(last);
    CHECK(*last == 5);
    const auto newest = f.service->eventsAfter(0, 2);
    REQUIRE(newest);
    REQUIRE(newest->size() == 2);
    CHECK(newest->at(0).eventId == 4);
    CHECK(newest->at(1).eventId == 5);
    CHECK(newest->at(1).caseNumber == QStringLiteral("LY-2026-0001"));
    CHECK(newest->at(1).agency == QStringLiteral("dcim"));
    CHECK(f.service->eventsAfter(5, 10)->empty());
    REQUIRE(f.service->addLogEntry(kOfficer, f.cases[2].id, QStringLiteral("helicopter overhead")));
    const auto next = f.service->eventsAfter(5, 10);
    REQUIRE(next->size() == 1);
    CHECK(next->front().caseNumber == QStringLiteral("LY-2026-0003"));
}

TEST_CASE("A timeline cannot be rewritten: updates and deletes of events are refused by the database",
          "[engines]") {
    SearchFixture f;
    QSqlQuery query(f.database->connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE incident_events SET remarks = 'nothing happened'")));
    CHECK(query.lastError().text().contains(QStringLiteral("append-only")));
    CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM incident_events")));
    CHECK(rowsIn(*f.database, "incident_events") == 5);
}

TEST_CASE("Bad input when opening a case is refused with a message and writes nothing", "[engines]") {
    SearchFixture f;
    const std::int64_t audit = f.auditRows();
    const std::int64_t events = rowsIn(*f.database, "incident_events");

    storage::NewIncident future = rubberBoatOffZuwara();
    future.firstAlertUtc = f.clock.now.addSecs(3600);
    const auto late = f.service->create(kOfficer, future, {});
    REQUIRE_FALSE(late);
    CHECK(late.errorMessage().contains(QStringLiteral("future")));

    storage::NewIncident taken = rubberBoatOffZuwara();
    taken.caseNumber = core::CaseNumber{2026, 2};
    const auto duplicate = f.service->create(kOfficer, taken, {});
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.errorMessage() == QStringLiteral("Case LY-2026-0002 already exists."));
    taken.caseNumber = core::CaseNumber{2025, 40};
    CHECK_FALSE(f.service->create(kOfficer, taken, {}));

    storage::NewIncident faraway = rubberBoatOffZuwara();
    faraway.latitude = 45.0; // the Adriatic, off the chart
    const auto outside = f.service->create(kOfficer, faraway, {});
    REQUIRE_FALSE(outside);
    CHECK(outside.errorMessage().contains(QStringLiteral("outside the chart")));

    storage::NewIncident negative = rubberBoatOffZuwara();
    negative.personsOnBoard.children = -1;
    CHECK_FALSE(f.service->create(kOfficer, negative, {}));
    negative = rubberBoatOffZuwara();
    negative.positionUncertaintyNm = -2.0;
    CHECK_FALSE(f.service->create(kOfficer, negative, {}));

    CHECK(rowsIn(*f.database, "incidents") == 3);
    CHECK(rowsIn(*f.database, "incident_events") == events);
    CHECK(f.auditRows() == audit);

    storage::NewIncident entered = rubberBoatOffZuwara();
    entered.caseNumber = core::CaseNumber{2026, 153};
    const auto afterTheFact = f.service->create(kOfficer, entered, {});
    REQUIRE(afterTheFact);
    CHECK(afterTheFact->caseNumber.text() == QStringLiteral("LY-2026-0153"));
    CHECK(f.service->create(kOfficer, rubberBoatOffZuwara(), {})->caseNumber.sequence == 154);
}
