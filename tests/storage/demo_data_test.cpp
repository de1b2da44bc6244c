#include "core/clock.h"
#include "storage/audit_log.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/incident_service.h"
#include "storage/user_repository.h"

#include <QTemporaryDir>

#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

using namespace marsa;

TEST_CASE("The demonstration data set has an account for each agency and role and cases at every stage") {
    QTemporaryDir dir;
    auto database = storage::Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    REQUIRE(database);
    const core::SystemClock clock;
    REQUIRE(storage::writeDemoData(database.value(), clock));
    CHECK(storage::hasDemoData(database.value()));

    storage::UserRepository users(database->connection());
    CHECK(users.count().value() == 8);
    for (const char *name : {"cg.officer", "cg.supervisor", "dcim.officer", "dcim.supervisor", "lrc.officer",
                             "observer", "trainer", "admin"}) {
        INFO(name);
        CHECK(users.authenticate(QString::fromLatin1(name), storage::demoPassword()));
    }
    CHECK(users.authenticate(QStringLiteral("observer"), storage::demoPassword())->agency ==
          core::Agency::Observer);

    storage::IncidentService service(database.value(), clock);
    const auto incidents = service.all();
    REQUIRE(incidents);
    REQUIRE(incidents->size() == 5);
    const int year = clock.nowUtc().addSecs(-30 * 3600).date().year();
    CHECK(incidents->front().caseNumber.year >= year);
    std::set<core::IncidentStatus> statuses;
    for (const core::Incident &incident : incidents.value()) {
        statuses.insert(incident.status);
        CHECK(incident.firstAlertUtc < clock.nowUtc());
        CHECK_FALSE(service.timeline(incident.id)->empty());
        CHECK(incident.srrs.contains(QStringLiteral("LBY")));
    }
    CHECK(statuses.count(core::IncidentStatus::Closed) == 1);
    CHECK(statuses.count(core::IncidentStatus::OnScene) == 1);
    CHECK(statuses.count(core::IncidentStatus::FalseAlarm) == 1);
    // The closed rubber boat: 85 on board, 80 rescued, 2 dead, 3 missing.
    const auto closed = std::find_if(incidents->begin(), incidents->end(), [](const core::Incident &i) {
        return i.status == core::IncidentStatus::Closed;
    });
    REQUIRE(closed->outcome.has_value());
    CHECK(closed->outcome->rescued + closed->outcome->dead + closed->outcome->missing ==
          closed->personsOnBoard.total);

    const auto audit = storage::AuditLog(database->connection()).verify();
    REQUIRE(audit);
    CHECK(audit->rows > 15);
    CHECK_FALSE(audit->firstBrokenRow.has_value());
}
