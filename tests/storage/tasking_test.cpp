#include "storage_fixture.h"

using namespace marsa;
using namespace test;
using core::IncidentStatus;

TEST_CASE("Tasking a patrol boat moves the case to asset tasked, then on scene, with timeline and audit",
          "[engines]") {
    Fixture f;
    const core::AssetId ubari = f.addBoat("Ubari", 642000101);
    const auto incident = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(incident);
    const std::int64_t audit = f.auditRows();

    f.clock.now = f.clock.now.addSecs(300);
    const auto tasked = f.service->taskAsset(kOfficer, incident->id, ubari, QStringLiteral("ETA 2 h"));
    REQUIRE(tasked);
    CHECK(tasked->isOpen());
    CHECK(tasked->taskedUtc == f.clock.now);
    CHECK(f.service->find(incident->id)->status == IncidentStatus::AssetTasked);

    f.clock.now = f.clock.now.addSecs(7200);
    const auto onScene = f.service->assetOnScene(kOfficer, tasked->id, {});
    REQUIRE(onScene);
    CHECK(onScene->onSceneUtc == f.clock.now);
    CHECK(f.service->find(incident->id)->status == IncidentStatus::OnScene);

    const auto page = f.service->search({});
    REQUIRE(page);
    REQUIRE(page->rows.size() == 1);
    CHECK(page->rows.front().assets == QStringList{QStringLiteral("Ubari")});

    f.clock.now = f.clock.now.addSecs(1800);
    const auto released = f.service->releaseAsset(kOfficer, tasked->id, QStringLiteral("returning"));
    REQUIRE(released);
    CHECK_FALSE(released->isOpen());
    CHECK(f.service->search({})->rows.front().assets.isEmpty());

    const auto timeline = f.service->timeline(incident->id);
    REQUIRE(timeline);
    REQUIRE(timeline->size() == 4);
    CHECK(timeline->at(1).kind == QStringLiteral("tasked"));
    CHECK(timeline->at(1).summary == QStringLiteral("Ubari tasked; status Reported → Asset tasked"));
    CHECK(timeline->at(1).remarks == QStringLiteral("ETA 2 h"));
    CHECK(timeline->at(2).summary == QStringLiteral("Ubari on scene; status Asset tasked → On scene"));
    CHECK(timeline->at(3).summary == QStringLiteral("Ubari released"));
    CHECK(f.auditRows() == audit + 3);
    const auto taskings = f.service->taskings(incident->id);
    REQUIRE(taskings);
    REQUIRE(taskings->size() == 1);
    CHECK(taskings->front().releasedUtc == f.clock.now);
}

TEST_CASE("An asset on one case cannot be tasked to another until released, and refusals write nothing",
          "[engines]") {
    Fixture f;
    const core::AssetId fezzan = f.addBoat("Fezzan", 642000102);
    const auto first = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    const auto second = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(first);
    REQUIRE(second);
    const auto tasked = f.service->taskAsset(kOfficer, first->id, fezzan, {});
    REQUIRE(tasked);
    const std::int64_t audit = f.auditRows();
    const std::int64_t taskings = rowsIn(*f.database, "taskings");

    const auto busy = f.service->taskAsset(kOfficer, second->id, fezzan, {});
    REQUIRE_FALSE(busy);
    CHECK(busy.errorMessage() ==
          QStringLiteral("Fezzan is tasked to case LY-2026-0001: release it there first."));
    const auto again = f.service->taskAsset(kOfficer, first->id, fezzan, {});
    REQUIRE_FALSE(again);
    CHECK(again.errorMessage().contains(QStringLiteral("already tasked")));
    const auto dcim = f.service->taskAsset(kDcim, second->id, fezzan, {});
    REQUIRE_FALSE(dcim);
    const auto observer = f.service->releaseAsset(kObserver, tasked->id, {});
    REQUIRE_FALSE(observer);
    CHECK_FALSE(f.service->taskAsset(kOfficer, second->id, core::AssetId{999}, {}));
    CHECK(f.service->find(second->id)->status == IncidentStatus::Reported);
    CHECK(f.auditRows() == audit);
    CHECK(rowsIn(*f.database, "taskings") == taskings);

    REQUIRE(f.service->releaseAsset(kOfficer, tasked->id, {}));
    CHECK_FALSE(f.service->releaseAsset(kOfficer, tasked->id, {}));
    CHECK_FALSE(f.service->assetOnScene(kOfficer, tasked->id, {}));
    CHECK(f.service->taskAsset(kOfficer, second->id, fezzan, {}));
}

TEST_CASE("No asset is tasked to a closed case", "[engines]") {
    Fixture f;
    const core::AssetId boat = f.addBoat("Sabratha", 642000103);
    const auto incident = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(incident);
    REQUIRE(f.service->changeStatus(kOfficer, incident->id, IncidentStatus::FalseAlarm,
                                    QStringLiteral("fisher")));
    const auto refused = f.service->taskAsset(kOfficer, incident->id, boat, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("closed")));
}

TEST_CASE("Assets are added by who manages them, with a ship's MMSI and a unique name", "[engines]") {
    Fixture f;
    storage::AssetRepository assets(f.database->connection(), f.clock);
    core::Asset boat;
    boat.name = QStringLiteral("Zawia");
    boat.mmsi = 642000104;
    boat.homePort = QStringLiteral("az-zawiya");
    const core::User admin = user("root", core::Agency::CoastGuard, core::Role::Administrator);
    CHECK_FALSE(assets.create(kOfficer, boat));
    CHECK_FALSE(assets.create(kDcim, boat));
    CHECK_FALSE(assets.create(kObserver, boat));
    CHECK(f.auditRows() == 0);
    const auto created = assets.create(admin, boat);
    REQUIRE(created);
    CHECK(f.auditRows() == 1);
    const auto twice = assets.create(kSupervisor, boat);
    REQUIRE_FALSE(twice);
    CHECK(twice.errorMessage().contains(QStringLiteral("already")));
    boat.name = QStringLiteral("Misrata 2");
    boat.mmsi = 12345;
    const auto badMmsi = assets.create(kSupervisor, boat);
    REQUIRE_FALSE(badMmsi);
    CHECK(badMmsi.errorMessage().contains(QStringLiteral("MMSI")));
    core::Asset helicopter;
    helicopter.name = QStringLiteral("Helicopter 1");
    helicopter.kind = core::AssetKind::Aircraft;
    REQUIRE(assets.create(kSupervisor, helicopter));
    const auto all = assets.all();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).name == QStringLiteral("Helicopter 1"));
    CHECK_FALSE(all->at(0).mmsi.has_value());
    CHECK(all->at(1).mmsi == 642000104);
    CHECK(f.auditRows() == 2);
}

TEST_CASE("An asset keeps its transit speed, or none, and a speed out of range is refused", "[engines]") {
    Fixture f;
    storage::AssetRepository assets(f.database->connection(), f.clock);
    core::Asset boat;
    boat.name = QStringLiteral("Fezzan");
    boat.mmsi = 642000102;
    boat.homePort = QStringLiteral("tripoli");
    boat.speedKnots = 24.5;
    const auto created = assets.create(kSupervisor, boat);
    REQUIRE(created);
    CHECK(assets.find(created->id)->speedKnots == 24.5);
    core::Asset unknown;
    unknown.name = QStringLiteral("Zuwara 3");
    unknown.homePort = QStringLiteral("zuwara");
    const auto withoutSpeed = assets.create(kSupervisor, unknown);
    REQUIRE(withoutSpeed);
    CHECK_FALSE(assets.find(withoutSpeed->id)->speedKnots.has_value());
    const std::int64_t audit = f.auditRows();
    for (const double knots : {0.0, -12.0, 501.0}) {
        INFO(knots);
        core::Asset wrong = unknown;
        wrong.name = QStringLiteral("Tobruk 9");
        wrong.speedKnots = knots;
        const auto refused = assets.create(kSupervisor, wrong);
        REQUIRE_FALSE(refused);
        CHECK(refused.errorMessage().contains(QStringLiteral("transit speed")));
    }
    CHECK(f.auditRows() == audit);
    CHECK(assets.all()->size() == 2);
    // The database's own check holds against a write that skips the repository.
    QSqlQuery query(f.database->connection());
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE assets SET speed_kn = 0 WHERE name = 'Fezzan'")));
}

TEST_CASE("A change nobody has superseded can be undone, on the record, but a superseded one cannot",
          "[engines]") {
    Fixture f;
    const core::AssetId boat = f.addBoat("Ubari", 642000101);
    const auto created = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(created);
    const auto tasked = f.service->taskAsset(kOfficer, created->id, boat, {});
    REQUIRE(tasked);
    const core::Incident afterTasking = f.service->find(created->id).value();
    const auto undone =
        f.service->undoChange(kOfficer, core::Action::TaskAsset, created.value(), afterTasking.version,
                              QStringLiteral("Ubari tasked"), tasked->id);
    REQUIRE(undone);
    CHECK(undone->status == IncidentStatus::Reported);
    CHECK_FALSE(f.service->tasking(tasked->id)->isOpen());
    CHECK(f.service->timeline(created->id)->back().summary == QStringLiteral("Undone: Ubari tasked"));
    // Redo is the change again; then a colleague's log entry supersedes it.
    const auto again = f.service->taskAsset(kOfficer, created->id, boat, {});
    REQUIRE(again);
    const int versionAfter = f.service->find(created->id)->version;
    REQUIRE(f.service->addLogEntry(kDcim, created->id, QStringLiteral("bus ordered")));
    const std::int64_t audit = f.auditRows();
    const auto late = f.service->undoChange(kOfficer, core::Action::TaskAsset, undone.value(), versionAfter,
                                            QStringLiteral("Ubari tasked"), again->id);
    REQUIRE_FALSE(late);
    CHECK(late.errorMessage().contains(QStringLiteral("can no longer be undone")));
    CHECK(f.service->tasking(again->id)->isOpen());
    CHECK(f.auditRows() == audit);
    // An observer never undoes anything.
    const int now = f.service->find(created->id)->version;
    CHECK_FALSE(
        f.service->undoChange(kObserver, core::Action::TaskAsset, undone.value(), now, QStringLiteral("x")));
}
