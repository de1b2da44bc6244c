#include "handover_fixture.h"
#include "storage/change_feed.h"
#include "storage/transaction.h"
#include "storage/user_admin_service.h"
#include "storage/user_repository.h"

#include <QDeadlineTimer>

#include <algorithm>

using namespace marsa;
using namespace test;

namespace {

struct Seen {
    QString kind;
    qint64 id = 0;
};

/// Collects what a listener signals; waits up to a deadline for a change of kind and id.
class ChangeSpy {
public:
    explicit ChangeSpy(storage::ChangeListener &listener) {
        QObject::connect(&listener, &storage::ChangeListener::changed, &m_context,
                         [this](const QString &kind, qint64 id) {
                             seen.push_back({kind, id});
                         });
    }
    bool contains(const QString &kind, qint64 id) const {
        return std::any_of(seen.begin(), seen.end(),
                           [&](const Seen &s) { return s.kind == kind && s.id == id; });
    }
    /// Spins the event loop until the change is seen or ms have passed.
    bool waitFor(const QString &kind, qint64 id, int ms) {
        QDeadlineTimer deadline(ms);
        while (!contains(kind, id) && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        }
        return contains(kind, id);
    }
    void spin(int ms) {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        }
    }
    std::vector<Seen> seen;

private:
    QObject m_context;
};

/// A second console: another connection to the fixture's database.
storage::Database secondConnection(const Fixture &f) {
    auto other = storage::Database::open(f.where.location());
    INFO((other ? QString() : other.errorMessage()).toStdString());
    REQUIRE(other);
    return std::move(other.value());
}

/// The second console listening to changes, and what it heard.
struct Listening {
    explicit Listening(const Fixture &f)
        : database(secondConnection(f))
        , listener(database)
        , spy(listener) {
        REQUIRE(listener.isListening());
    }
    storage::Database database;
    storage::ChangeListener listener;
    ChangeSpy spy;
};

} // namespace

TEST_CASE("A change payload names the kind the record and its version") {
    const storage::Change change{QStringLiteral("incident"), 42, 7};
    CHECK(change.payload() == QStringLiteral("incident:42:7"));
    const auto parsed = storage::Change::fromPayload(QStringLiteral("disembarkation:3:2"));
    CHECK(parsed.kind == QStringLiteral("disembarkation"));
    CHECK(parsed.id == 3);
    CHECK(parsed.version == 2);
    for (const char *bad : {"", "incident", "incident:x:1", "incident:1", ":1:1", "incident:1:1:1"}) {
        INFO(bad);
        CHECK(storage::Change::fromPayload(QString::fromLatin1(bad)).kind.isEmpty());
    }
}

TEST_CASE("A case changed on one connection reaches the other's listener within a second", "[engines]") {
    Fixture f;
    Listening console(f);
    ChangeSpy &spy = console.spy;

    const auto created = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(created);
    CHECK(spy.waitFor(QStringLiteral("incident"), created->id.value, 1000));

    const auto second = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(second);
    REQUIRE(spy.waitFor(QStringLiteral("incident"), second->id.value, 1000));
    spy.seen.clear();
    const auto changed = f.service->changePhase(kOfficer, created->id, core::EmergencyPhase::Distress,
                                                QStringLiteral("water on board"));
    INFO((changed ? QString() : changed.errorMessage()).toStdString());
    REQUIRE(changed);
    CHECK(spy.waitFor(QStringLiteral("incident"), created->id.value, 1000));
    // The payload names the case that changed, not the other one.
    CHECK_FALSE(spy.contains(QStringLiteral("incident"), second->id.value));
}

TEST_CASE("A rolled back change announces nothing", "[engines]") {
    Fixture f;
    Listening console(f);
    ChangeSpy &spy = console.spy;
    {
        storage::Transaction unit(f.database->connection());
        REQUIRE(unit.isActive());
        REQUIRE(f.service->create(kOfficer, rubberBoatOffZuwara(), {}));
        // unit is rolled back here, with the case inside it.
    }
    spy.spin(600); // more than two looks at an SQLite file
    CHECK(spy.seen.empty());

    const auto created = f.service->create(kOfficer, rubberBoatOffZuwara(), {});
    REQUIRE(created);
    CHECK(spy.waitFor(QStringLiteral("incident"), created->id.value, 1000));
}

TEST_CASE("A handover declared on one connection reaches the other's listener by its id", "[engines]") {
    HandoverFixture f;
    Listening console(f);
    ChangeSpy &spy = console.spy;

    const auto declared = f.handovers->declare(kOfficer, f.incident, HandoverFixture::declaration());
    REQUIRE(declared);
    CHECK(spy.waitFor(QStringLiteral("disembarkation"), declared->id.value, 1000));
    CHECK(spy.contains(QStringLiteral("incident"), f.incident.value));
}

TEST_CASE(
    "Accounts, assets and the handover lists changed on one connection reach the other's listener by id",
    "[engines]") {
    HandoverFixture f;
    // The administrator as the database holds them: the user service asks it again.
    core::User admin = kAdministrator;
    admin.userName = QStringLiteral("l.admin");
    auto storedAdmin =
        storage::UserRepository(f.database->connection()).create(admin, QStringLiteral("Tripoli-watch-2026"));
    REQUIRE(storedAdmin);
    Listening console(f);
    ChangeSpy &spy = console.spy;

    storage::UserAdminService users(*f.database, f.clock);
    core::User account;
    account.userName = QStringLiteral("n.salem");
    account.displayName = QStringLiteral("N. Salem");
    account.agency = core::Agency::Dcim;
    const auto created = users.create(storedAdmin.value(), account, QStringLiteral("Zuwara-port-2026"));
    REQUIRE(created);
    CHECK(spy.waitFor(QStringLiteral("user"), created->id, 1000));
    spy.seen.clear();
    REQUIRE(users.deactivate(storedAdmin.value(), created->id));
    CHECK(spy.waitFor(QStringLiteral("user"), created->id, 1000));
    // A refusal writes nothing and announces nothing: the administrator may not deactivate themself.
    spy.seen.clear();
    REQUIRE_FALSE(users.deactivate(storedAdmin.value(), storedAdmin->id));
    spy.spin(600);
    CHECK(spy.seen.empty());

    const core::AssetId boat = f.addBoat("Ras Jadir", 642167000);
    CHECK(spy.waitFor(QStringLiteral("asset"), boat.value, 1000));

    storage::HandoverListRepository lists(f.database->connection(), f.clock);
    const auto added = lists.add(kAdministrator, {0,
                                                  core::FacilityKind::Hospital,
                                                  QStringLiteral("Zuwara Hospital"),
                                                  {},
                                                  QStringLiteral("Zuwara"),
                                                  true});
    REQUIRE(added);
    CHECK(spy.waitFor(QStringLiteral("facility"), added->id, 1000));
    spy.seen.clear();
    REQUIRE(lists.setActive(kAdministrator, added->id, false));
    CHECK(spy.waitFor(QStringLiteral("facility"), added->id, 1000));
    // Only what changed is named.
    CHECK(std::all_of(spy.seen.begin(), spy.seen.end(), [&](const Seen &seen) {
        return seen.kind == QStringLiteral("facility") && seen.id == added->id;
    }));
}
