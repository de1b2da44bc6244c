#include "handover_fixture.h"

using namespace marsa;
using namespace test;

TEST_CASE("Statistics read from the database equal the figures worked out by hand", "[engines]") {
    HandoverFixture f;
    // Case 1: 80 landed at Tripoli at 07:10 (58 men, 12 women, 7 boys, 3 girls), 2 dead, 3 missing, approved.
    const core::DisembarkationId tripoli = f.waitingForReview();
    REQUIRE(f.handovers->approve(kSupervisor, tripoli));
    // Case 2: 40 men landed at Misrata at 06:10, 5 missing, only declared.
    f.incident = f.rescuedCase({40, 0, 5});
    core::Declaration misrata = HandoverFixture::declaration();
    misrata.placeKey = QStringLiteral("misrata");
    misrata.timeUtc = misrata.timeUtc.addSecs(-3600);
    misrata.persons = {40, 0, 0, 0, 0};
    misrata.unaccompaniedMinors = 0;
    misrata.nationalities.clear();
    misrata.bodiesRecovered = 0;
    misrata.medicalCasesReferred = 0;
    REQUIRE(f.handovers->declare(kOfficer, f.incident, misrata));
    // Case 3: a shipwreck, 3 dead and 12 missing, nobody brought ashore.
    f.rescuedCase({0, 3, 12});

    const core::StatisticsRequest week{QDate(2026, 11, 23), QDate(2026, 11, 29), core::StatisticsPeriod::Week,
                                       false};
    auto stats = f.handovers->statistics(week);
    REQUIRE(stats);
    REQUIRE(stats->periods.size() == 1);
    const core::HandoverFigures &total = stats->periods.front().total;
    CHECK(total.persons == core::PersonCounts{98, 12, 7, 3, 0});
    CHECK(total.persons.total() == 120);
    CHECK(total.boats == 2);
    CHECK(total.dead == 2 + 0 + 3);
    CHECK(total.missing == 3 + 5 + 12);
    CHECK(total.medicalCases == 3);
    CHECK(total.medicalEvacuations == 2);
    CHECK(total.bodiesRecovered == 2);
    REQUIRE(stats->byPlace.size() == 3);
    CHECK(stats->byPlace[0].placeName == QStringLiteral("Misrata"));
    CHECK(stats->byPlace[0].figures.missing == 5);
    CHECK(stats->byPlace[1].placeName == QStringLiteral("Tripoli"));
    CHECK(stats->byPlace[1].figures.persons.total() == 80);
    CHECK(stats->byPlace[2].placeKey == QStringLiteral("none"));
    CHECK(stats->byPlace[2].figures.dead == 3);
    const QStringList csv =
        core::iomWeeklyCsv(stats.value()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(csv.size() == 5);
    CHECK(csv[2] == QStringLiteral("2026-W48,2026-11-23,2026-11-29,Tripoli,80,58,12,10,0,2,3,1,3"));
    CHECK(csv[4] == QStringLiteral("2026-W48,2026-11-23,2026-11-29,All points,120,98,12,10,0,5,20,2,3"));

    auto approved = f.handovers->statistics({week.from, week.to, core::StatisticsPeriod::Month, true});
    REQUIRE(approved);
    CHECK(approved->periods.front().label == QStringLiteral("2026-11"));
    CHECK(approved->total.persons.total() == 80);
    CHECK(approved->total.dead == 2 + 3);
    CHECK(approved->total.missing == 3 + 12);

    auto later = f.handovers->statistics(
        {QDate(2026, 11, 24), QDate(2026, 11, 30), core::StatisticsPeriod::Week, false});
    REQUIRE(later);
    CHECK(later->total == core::HandoverFigures{});
    CHECK_FALSE(f.handovers->statistics(
        {QDate(2026, 11, 30), QDate(2026, 11, 1), core::StatisticsPeriod::Week, false}));
}
