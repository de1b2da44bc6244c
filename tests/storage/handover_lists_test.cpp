#include "handover_fixture.h"

using namespace marsa;
using namespace test;

TEST_CASE("Only an administrator keeps the lists of detention centres and hospitals, each change audited",
          "[engines]") {
    HandoverFixture f;
    storage::HandoverListRepository lists(f.database->connection(), f.clock);
    const auto before = f.auditRows();
    const core::Facility abuSalim{0,  core::FacilityKind::DetentionCentre, QStringLiteral("Abu Salim"),
                                  {}, QStringLiteral("Tripoli"),           true};
    CHECK_FALSE(lists.add(kSupervisor, abuSalim));
    CHECK_FALSE(lists.add(kDcim, abuSalim));
    CHECK(lists.add(kAdministrator, {0, core::FacilityKind::Hospital, QStringLiteral(" "), {}, {}, true})
              .errorMessage() == QStringLiteral("A detention centre or hospital needs a name."));
    CHECK(lists
              .add(kAdministrator,
                   {0, core::FacilityKind::DetentionCentre, QStringLiteral("Tariq al-Sikka"), {}, {}, true})
              .errorMessage() == QStringLiteral("Tariq al-Sikka is already in the list."));
    CHECK(f.auditRows() == before);
    auto added = lists.add(kAdministrator, abuSalim);
    REQUIRE(added);
    CHECK(lists.all(core::FacilityKind::DetentionCentre)->size() == 2);
    CHECK(lists.all()->size() == 3);

    // A centre out of use is refused in new handovers, and stays named in old ones.
    auto declared = f.handovers->declare(kOfficer, f.incident, HandoverFixture::declaration());
    REQUIRE(declared);
    REQUIRE(f.handovers->acknowledge(kDcim, declared->id, f.acknowledgement()));
    REQUIRE(lists.setActive(kAdministrator, f.centre, false));
    CHECK_FALSE(lists.find(f.centre)->isActive);
    CHECK(f.handovers->find(declared->id)->acknowledgement->values.transfers.front().facilityId == f.centre);
    f.incident = f.rescuedCase({80, 2, 3});
    auto next = f.handovers->declare(kOfficer, f.incident, HandoverFixture::declaration());
    REQUIRE(next);
    CHECK(f.handovers->acknowledge(kDcim, next->id, f.acknowledgement()).errorMessage() ==
          QStringLiteral("Tariq al-Sikka is no longer in use: choose another detention centre."));
    CHECK(f.auditRows() ==
          before + 1 + 2 + 1 + 2 + 4 + 1); // add, 2 steps, deactivate, case, 4 steps, declare
}
