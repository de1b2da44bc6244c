// Issue 6: every editable record carries a version, and a save over a version someone else changed
// meanwhile is refused as a conflict, writing nothing. Cases are tested with the incident service.

#include "handover_fixture.h"

using namespace marsa;
using namespace test;
using core::HandoverState;
using core::HandoverStep;

namespace {

template <typename T>
std::string message(const core::Result<T> &result) {
    return (result ? QString() : result.errorMessage()).toStdString();
}

} // namespace

TEST_CASE("A handover signed over a version someone else changed is refused as a conflict, writing nothing",
          "[engines]") {
    HandoverFixture f;
    auto declared = f.handovers->declare(kOfficer, f.incident, HandoverFixture::declaration());
    REQUIRE(declared);
    const core::DisembarkationId id = declared->id;
    const int seen = declared->version; // what the first DCIM officer opened
    CHECK(seen == 1);

    // A second DCIM session acknowledges first.
    auto theirs = f.handovers->acknowledge(kDcimSupervisor, id, f.acknowledgement(57), seen);
    INFO(message(theirs));
    REQUIRE(theirs);
    CHECK(theirs->version == 2);

    const auto before = f.rowCounts();
    auto mine = f.handovers->acknowledge(kDcim, id, f.acknowledgement(55), seen);
    REQUIRE_FALSE(mine);
    CHECK(mine.isConflict());
    CHECK(mine.errorMessage().contains(QStringLiteral("LY-2026-0001/1")));
    // The version comes before the rules: without it, the same call is an ordinary refusal.
    auto unchecked = f.handovers->acknowledge(kDcim, id, f.acknowledgement(55));
    REQUIRE_FALSE(unchecked);
    CHECK_FALSE(unchecked.isConflict());
    CHECK(f.rowCounts() == before);
    CHECK(f.handovers->find(id)->acknowledgement->values == f.acknowledgement(57));

    // Every other signing call checks the version the same way.
    CHECK(f.handovers->recordMedical(kRedCrescent, id, f.medical(), seen).isConflict());
    CHECK(f.handovers
              ->explain(kDcim, id, core::DiscrepancyRule::HandedOverReceived,
                        QStringLiteral("two to hospital"), seen)
              .isConflict());
    CHECK(f.handovers->approve(kSupervisor, id, {}, seen).isConflict());
    CHECK(
        f.handovers->returnTo(kSupervisor, id, HandoverStep::Acknowledgement, QStringLiteral("recount"), seen)
            .isConflict());
    CHECK(f.handovers->declareAgain(kOfficer, id, HandoverFixture::declaration(), seen).isConflict());
    CHECK(f.rowCounts() == before);

    // On the version stored now the next step is written, and the version moves on.
    auto recorded = f.handovers->recordMedical(kRedCrescent, id, f.medical(), 2);
    INFO(message(recorded));
    REQUIRE(recorded);
    CHECK(recorded->version == 3);
    CHECK(recorded->state == HandoverState::MedicalRecorded);
}

TEST_CASE("Returns, explanations, approvals and amendments each move the handover's version", "[engines]") {
    HandoverFixture f;
    const core::DisembarkationId id = f.waitingForReview(55); // two persons short: a discrepancy
    int version = f.handovers->find(id)->version;
    CHECK(version == 3);
    auto returned = f.handovers->returnTo(kSupervisor, id, HandoverStep::Acknowledgement,
                                          QStringLiteral("count again"), version);
    INFO(message(returned));
    REQUIRE(returned);
    CHECK(returned->version == ++version);
    auto acknowledged = f.handovers->acknowledge(kDcim, id, f.acknowledgement(55), version);
    INFO(message(acknowledged));
    REQUIRE(acknowledged);
    CHECK(acknowledged->version == ++version);
    const auto row = f.handovers->row(id);
    REQUIRE(row);
    const std::vector<core::Discrepancy> discrepancies = row->unexplained;
    REQUIRE_FALSE(discrepancies.empty());
    auto explained = f.handovers->explain(kDcim, id, discrepancies.front().rule,
                                          QStringLiteral("two taken to hospital at the quay"), version);
    INFO(message(explained));
    REQUIRE(explained);
    CHECK(explained->version == ++version);
    std::vector<storage::ExplanationText> rest;
    const auto left = f.handovers->row(id);
    REQUIRE(left);
    for (const core::Discrepancy &discrepancy : left->unexplained) {
        rest.push_back({discrepancy.rule, QStringLiteral("counted at the quay")});
    }
    auto approved = f.handovers->approve(kSupervisor, id, rest, version);
    INFO(message(approved));
    REQUIRE(approved);
    CHECK(approved->version == ++version);

    const auto before = f.rowCounts();
    auto stale =
        f.handovers->amend(kSupervisor, id, f.acknowledgement(56), QStringLiteral("recount"),
                           {{discrepancies.front().rule, QStringLiteral("one at hospital")}}, version - 1);
    CHECK(stale.isConflict());
    CHECK(f.rowCounts() == before);
}

TEST_CASE("A detention centre changed by another administrator meanwhile is refused as a conflict",
          "[engines]") {
    HandoverFixture f;
    storage::HandoverListRepository lists(f.database->connection(), f.clock);
    auto seen = lists.find(f.centre);
    REQUIRE(seen);
    CHECK(seen->version == 1);
    auto theirs = lists.setActive(kAdministrator, f.centre, false, seen->version);
    REQUIRE(theirs);
    CHECK(theirs->version == 2);
    CHECK(lists.find(f.centre)->version == 2);

    const auto audit = f.auditRows();
    const auto facilities = rowsIn(*f.database, "handover_facilities");
    auto stale = lists.setActive(kAdministrator, f.centre, true, seen->version);
    CHECK(stale.isConflict());
    // Even a change that would leave it as it is now: the administrator decided on what they saw.
    CHECK(lists.setActive(kAdministrator, f.centre, false, seen->version).isConflict());
    CHECK(f.auditRows() == audit);
    CHECK(rowsIn(*f.database, "handover_facilities") == facilities);
    CHECK_FALSE(lists.find(f.centre)->isActive);

    auto current = lists.setActive(kAdministrator, f.centre, true, 2);
    REQUIRE(current);
    CHECK(current->isActive);
    CHECK(current->version == 3);
    CHECK(lists.find(f.centre)->version == 3);
}
