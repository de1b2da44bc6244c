#include "handover_fixture.h"
#include "storage/change_feed.h"
#include "storage/transaction.h"

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
