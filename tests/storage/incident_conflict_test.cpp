// Issue 6: a change made on a version of a case that another console has moved on since is refused
// as a conflict and writes nothing; the same change on the current version is saved.

#include "storage_fixture.h"

#include <functional>
#include <utility>

using namespace marsa;
using core::IncidentStatus;

using namespace test;

namespace {

/// What a refusal must leave as it was.
struct Counts {
    std::int64_t incidents = 0;
    std::int64_t events = 0;
    std::int64_t audit = 0;
    std::int64_t taskings = 0;
    bool operator==(const Counts &) const = default;
};

Counts countsIn(storage::Database &database) {
    return {rowsIn(database, "incidents"), rowsIn(database, "incident_events"), rowsIn(database, "audit_log"),
            rowsIn(database, "taskings")};
}

/// A second console: its own connection to the fixture's database.
std::unique_ptr<storage::Database> secondConsole(const Fixture &f) {
    auto other = storage::Database::open(f.where.location());
    INFO((other ? QString() : other.errorMessage()).toStdString());
    REQUIRE(other);
    return std::make_unique<storage::Database>(std::move(other.value()));
}

template <typename T>
void requireConflict(const core::Result<T> &result) {
    REQUIRE_FALSE(result);
    INFO(result.errorMessage().toStdString());
    CHECK(result.isConflict());
    CHECK(result.errorMessage().contains(QStringLiteral("changed by someone else")));
}

} // namespace

TEST_CASE("A change made on a version another console has moved on is refused as a conflict and writes "
          "nothing",
          "[engines]") {
    Fixture f;
    const core::AssetId boat = f.addBoat("Ubari", 642000101);
    const auto created = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(created);
    const core::IncidentId id = created->id;
    const auto tasked = f.service->taskAsset(kOfficer, id, boat, {});
    REQUIRE(tasked);
    const int seen = f.service->find(id)->version; // what console A shows

    // Console B, on its own connection, escalates the case.
    auto other = secondConsole(f);
    storage::IncidentService b(*other, f.clock);
    const auto escalated =
        b.changePhase(kSupervisor, id, core::EmergencyPhase::Distress, QStringLiteral("taking water"));
    REQUIRE(escalated);
    REQUIRE(escalated->version == seen + 1);

    const core::AssetId second = f.addBoat("Sabratha", 642000102);
    const Counts before = countsIn(*f.database);
    requireConflict(f.service->changeStatus(kOfficer, id, IncidentStatus::OnScene, {}, seen));
    requireConflict(f.service->changePhase(kOfficer, id, core::EmergencyPhase::Uncertainty,
                                           QStringLiteral("contact made"), seen));
    requireConflict(f.service->recordOutcome(kOfficer, id, {85, 0, 0}, {}, seen));
    requireConflict(f.service->reopen(kSupervisor, id, QStringLiteral("x"), seen));
    requireConflict(f.service->taskAsset(kOfficer, id, second, {}, seen));
    requireConflict(f.service->assetOnScene(kOfficer, tasked->id, {}, seen));
    requireConflict(f.service->releaseAsset(kOfficer, tasked->id, {}, seen));
    CHECK(countsIn(*f.database) == before);
    const core::Incident stored = f.service->find(id).value();
    CHECK(stored.version == seen + 1);
    CHECK(stored.phase == core::EmergencyPhase::Distress);
    CHECK(stored.status == IncidentStatus::AssetTasked);
    CHECK(f.service->tasking(tasked->id)->isOpen());
    CHECK_FALSE(f.service->tasking(tasked->id)->onSceneUtc.isValid());

    // On the version saved now, the same change is accepted.
    const auto onScene = f.service->changeStatus(kOfficer, id, IncidentStatus::OnScene, {}, seen + 1);
    REQUIRE(onScene);
    CHECK(onScene->version == seen + 2);
    CHECK(onScene->phase == core::EmergencyPhase::Distress); // B's escalation is kept
    CHECK(countsIn(*f.database).events == before.events + 1);
}

TEST_CASE("Taskings on the current version are accepted, and a log entry never conflicts", "[engines]") {
    Fixture f;
    const core::AssetId boat = f.addBoat("Ubari", 642000101);
    const auto created = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(created);
    const core::IncidentId id = created->id;
    const auto tasked = f.service->taskAsset(kOfficer, id, boat, {}, created->version);
    REQUIRE(tasked);
    int version = f.service->find(id)->version;
    REQUIRE(f.service->assetOnScene(kOfficer, tasked->id, {}, version));
    version = f.service->find(id)->version;
    CHECK(f.service->find(id)->status == IncidentStatus::OnScene);

    // Another console writes a log entry: an append, accepted whatever version anyone saw; it
    // rewrites none of the case's fields, and the release made on the version before it conflicts.
    auto other = secondConsole(f);
    REQUIRE(storage::IncidentService(*other, f.clock)
                .addLogEntry(kDcim, id, QStringLiteral("bus ready at the naval base")));
    REQUIRE(f.service->addLogEntry(kOfficer, id, QStringLiteral("ETA Tripoli 14:00")));
    CHECK(f.service->find(id)->status == IncidentStatus::OnScene);
    requireConflict(f.service->releaseAsset(kOfficer, tasked->id, {}, version));
    const auto released = f.service->releaseAsset(kOfficer, tasked->id, {}, f.service->find(id)->version);
    REQUIRE(released);
    CHECK_FALSE(released->isOpen());
}

TEST_CASE("Undoing a change superseded by another console is refused as a conflict", "[engines]") {
    Fixture f;
    const auto created = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(created);
    const auto changed =
        f.service->changeStatus(kOfficer, created->id, IncidentStatus::Assessing, {}, created->version);
    REQUIRE(changed);
    auto other = secondConsole(f);
    REQUIRE(storage::IncidentService(*other, f.clock)
                .changePhase(kSupervisor, created->id, core::EmergencyPhase::Distress, QStringLiteral("x")));
    const Counts before = countsIn(*f.database);
    const auto undone = f.service->undoChange(kOfficer, core::Action::ChangeStatus, created.value(),
                                              changed->version, QStringLiteral("Status"));
    REQUIRE_FALSE(undone);
    CHECK(undone.isConflict());
    CHECK(countsIn(*f.database) == before);
}

namespace {

/// A clock that lets another console write once, the first time the service asks it the time: that
/// is inside the change's transaction, after the case was read and checked.
class RacingClock final : public core::Clock {
public:
    explicit RacingClock(const FixedClock &clock)
        : m_clock(clock) {}
    mutable std::function<void()> race; // nowUtc() is const; the race runs once
    QDateTime nowUtc() const override {
        if (race) {
            const auto once = std::exchange(race, nullptr);
            once();
        }
        return m_clock.nowUtc();
    }

private:
    const FixedClock &m_clock;
};

} // namespace

TEST_CASE("A change that loses the race inside its transaction to another console is refused as a conflict",
          "[engines]") {
    Fixture f;
    const auto created = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(created);
    auto other = secondConsole(f);
    RacingClock racing(f.clock);
    bool raced = false;
    racing.race = [&] {
        raced = bool(storage::IncidentService(*other, f.clock)
                         .changePhase(kSupervisor, created->id, core::EmergencyPhase::Distress,
                                      QStringLiteral("capsizing")));
    };
    const Counts before = countsIn(*f.database);
    // No version given: the case read at the start is the one the change is made on.
    const auto lost = storage::IncidentService(*f.database, racing)
                          .changeStatus(kOfficer, created->id, IncidentStatus::Assessing, {});
    REQUIRE(raced);
    requireConflict(lost);
    const Counts after = countsIn(*f.database);
    CHECK(after.events == before.events + 1); // the other console's change only
    CHECK(after.audit == before.audit + 1);
    const core::Incident stored = f.service->find(created->id).value();
    CHECK(stored.status == IncidentStatus::Reported);
    CHECK(stored.phase == core::EmergencyPhase::Distress);
}
