#include "core/handover_statistics.h"

#include "catch_qt.h"

#include <algorithm>

using namespace marsa::core;

namespace {

QDateTime at(int month, int day, int hour) {
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

Incident incident(std::int64_t id, const QDateTime &alert, Outcome outcome, bool exercise = false) {
    Incident i;
    i.id = {id};
    i.caseNumber = {2026, static_cast<int>(id)};
    i.firstAlertUtc = alert;
    i.status = IncidentStatus::Closed;
    i.outcome = outcome;
    i.isExercise = exercise;
    return i;
}

Disembarkation landing(std::int64_t id, std::int64_t incidentId, const char *place, const char *name,
                       const QDateTime &time, PersonCounts persons, HandoverState state) {
    Disembarkation d;
    d.id = {id};
    d.incident = {incidentId};
    d.placeName = QString::fromLatin1(name);
    d.state = state;
    d.declaration.values.placeKey = QString::fromLatin1(place);
    d.declaration.values.timeUtc = time;
    d.declaration.values.persons = persons;
    return d;
}

MedicalReport medical(int cases, int evacuated) {
    MedicalReport m;
    m.medicalCases = cases;
    if (evacuated > 0) {
        m.evacuations = {{1, evacuated}};
    }
    return m;
}

/// A known data set over two ISO weeks (2026-W48: 23-29 November, W49: 30 November - 6 December),
/// with the figures below worked out by hand.
struct KnownData {
    std::vector<Incident> incidents{
        incident(1, at(11, 23, 1), {80, 2, 3}),
        incident(2, at(11, 25, 2), {150, 1, 0}),      // two disembarkations, two weeks
        incident(3, at(11, 24, 3), {0, 4, 20}),       // a shipwreck, nobody brought ashore
        incident(4, at(11, 24, 4), {30, 0, 0}, true), // an exercise: never counted
        incident(5, at(12, 1, 5), {25, 0, 0}),        // landed at a position
        incident(7, at(11, 10, 5), {0, 1, 1}),        // before the period
        incident(8, at(11, 20, 5), {10, 0, 0}),       // landed before the period
    };
    std::vector<Disembarkation> disembarkations;
    KnownData() {
        Disembarkation tripoli =
            landing(1, 1, "tripoli", "Tripoli", at(11, 23, 7), {58, 12, 7, 3, 0}, HandoverState::Approved);
        tripoli.declaration.values.unaccompaniedMinors = 4;
        tripoli.declaration.values.bodiesRecovered = 2;
        tripoli.medical = Signed<MedicalReport>{medical(3, 2), {}};
        Disembarkation khums = landing(2, 2, "al-khums", "Al Khums", at(11, 25, 10), {70, 10, 5, 5, 0},
                                       HandoverState::Acknowledged);
        Disembarkation misrata = landing(3, 2, "misrata", "Misrata", at(11, 30, 8), {40, 10, 5, 3, 2},
                                         HandoverState::MedicalRecorded);
        misrata.declaration.values.bodiesRecovered = 1;
        misrata.medical = Signed<MedicalReport>{medical(5, 1), {}};
        Disembarkation exercise =
            landing(4, 4, "tripoli", "Tripoli", at(11, 24, 9), {30, 0, 0, 0, 0}, HandoverState::Approved);
        exercise.isExercise = true;
        Disembarkation beach =
            landing(5, 5, "", "beach", at(12, 2, 6), {20, 3, 1, 1, 0}, HandoverState::Declared);
        beach.declaration.values.position = QGeoCoordinate(32.95, 12.1);
        Disembarkation zawiya =
            landing(6, 8, "az-zawiya", "Az Zawiya", at(11, 20, 9), {10, 0, 0, 0, 0}, HandoverState::Approved);
        disembarkations = {tripoli, khums, misrata, exercise, beach, zawiya};
    }
};

const PlaceFigures &placeIn(const std::vector<PlaceFigures> &places, const char *key) {
    const auto found = std::find_if(places.begin(), places.end(),
                                    [&](const PlaceFigures &p) { return p.placeKey == QLatin1String(key); });
    REQUIRE(found != places.end());
    return *found;
}

} // namespace

TEST_CASE("Weekly statistics equal the figures worked out by hand") {
    const KnownData data;
    const auto stats =
        computeHandoverStatistics({QDate(2026, 11, 23), QDate(2026, 12, 6), StatisticsPeriod::Week, false},
                                  data.incidents, data.disembarkations);
    REQUIRE(stats.periods.size() == 2);
    const PeriodFigures &w48 = stats.periods[0];
    CHECK(w48.label == QStringLiteral("2026-W48"));
    CHECK(w48.first == QDate(2026, 11, 23));
    CHECK(w48.last == QDate(2026, 11, 29));
    // Tripoli 80 + Al Khums 90; the shipwreck's 4 dead and 20 missing under "no disembarkation".
    CHECK(w48.total.disembarkations == 2);
    CHECK(w48.total.boats == 2);
    CHECK(w48.total.persons == PersonCounts{128, 22, 12, 8, 0});
    CHECK(w48.total.persons.total() == 170);
    CHECK(w48.total.dead == 2 + 1 + 4);
    CHECK(w48.total.missing == 3 + 0 + 20);
    CHECK(w48.total.unaccompaniedMinors == 4);
    CHECK(w48.total.bodiesRecovered == 2);
    CHECK(w48.total.medicalCases == 3);
    CHECK(w48.total.medicalEvacuations == 2);
    REQUIRE(w48.byPlace.size() == 3);
    CHECK(w48.byPlace[0].placeName == QStringLiteral("Al Khums")); // by name, "none" last
    CHECK(w48.byPlace[1].placeName == QStringLiteral("Tripoli"));
    CHECK(w48.byPlace[2].placeKey == QStringLiteral("none"));
    CHECK(placeIn(w48.byPlace, "al-khums").figures.dead == 1); // case 2's outcome, at its first landing

    const PeriodFigures &w49 = stats.periods[1];
    CHECK(w49.label == QStringLiteral("2026-W49"));
    // Misrata is case 2's second landing: its persons count, its boat and dead do not again.
    const HandoverFigures &misrata = placeIn(w49.byPlace, "misrata").figures;
    CHECK(misrata.boats == 0);
    CHECK(misrata.dead == 0);
    CHECK(misrata.persons.total() == 60);
    CHECK(misrata.medicalCases == 5);
    CHECK(placeIn(w49.byPlace, "other").figures.persons.total() == 25);
    CHECK(placeIn(w49.byPlace, "other").figures.boats == 1);
    CHECK(w49.total.persons == PersonCounts{60, 13, 6, 4, 2});
    CHECK(w49.total.boats == 1);

    CHECK(stats.total.persons.total() == 255);
    CHECK(stats.total.boats == 3);
    CHECK(stats.total.dead == 7);
    CHECK(stats.total.missing == 23);
    CHECK(stats.total.medicalCases == 8);
    CHECK(stats.total.medicalEvacuations == 3);
    CHECK(stats.total.bodiesRecovered == 3);
    CHECK(placeIn(stats.byPlace, "tripoli").figures.persons.total() == 80); // not the exercise's 30
}

TEST_CASE("The statistics CSV has the layout of IOM's weekly Libya maritime update") {
    const KnownData data;
    const auto stats =
        computeHandoverStatistics({QDate(2026, 11, 23), QDate(2026, 12, 6), StatisticsPeriod::Week, false},
                                  data.incidents, data.disembarkations);
    CHECK(iomWeeklyCsv(stats) ==
          QStringLiteral(
              "period,from,to,disembarkation_point,intercepted_returned,men,women,children,unknown,dead,"
              "missing,boats,medical_cases\r\n"
              "2026-W48,2026-11-23,2026-11-29,Al Khums,90,70,10,10,0,1,0,1,0\r\n"
              "2026-W48,2026-11-23,2026-11-29,Tripoli,80,58,12,10,0,2,3,1,3\r\n"
              "2026-W48,2026-11-23,2026-11-29,No disembarkation,0,0,0,0,0,4,20,0,0\r\n"
              "2026-W48,2026-11-23,2026-11-29,All points,170,128,22,20,0,7,23,2,3\r\n"
              "2026-W49,2026-11-30,2026-12-06,Misrata,60,40,10,8,2,0,0,0,5\r\n"
              "2026-W49,2026-11-30,2026-12-06,Other places,25,20,3,2,0,0,0,1,0\r\n"
              "2026-W49,2026-11-30,2026-12-06,All points,85,60,13,10,2,0,0,1,5\r\n"));
}

TEST_CASE("Monthly statistics, approved handovers only, and ISO weeks across a new year") {
    const KnownData data;
    auto stats =
        computeHandoverStatistics({QDate(2026, 11, 23), QDate(2026, 12, 6), StatisticsPeriod::Month, false},
                                  data.incidents, data.disembarkations);
    REQUIRE(stats.periods.size() == 2);
    CHECK(stats.periods[0].label == QStringLiteral("2026-11"));
    CHECK(stats.periods[0].first == QDate(2026, 11, 23));
    CHECK(stats.periods[0].last == QDate(2026, 11, 30));
    CHECK(stats.periods[0].total.persons.total() == 80 + 90 + 60);
    CHECK(stats.periods[0].total.boats == 2);
    CHECK(stats.periods[1].label == QStringLiteral("2026-12"));
    CHECK(stats.periods[1].last == QDate(2026, 12, 6));
    CHECK(stats.periods[1].total.persons.total() == 25);

    // Approved only: Tripoli; case 2 has landings not yet approved, so its dead wait with them.
    stats = computeHandoverStatistics({QDate(2026, 11, 23), QDate(2026, 12, 6), StatisticsPeriod::Week, true},
                                      data.incidents, data.disembarkations);
    CHECK(stats.total.persons.total() == 80);
    CHECK(stats.total.boats == 1);
    CHECK(stats.total.dead == 2 + 4);
    CHECK(stats.total.missing == 3 + 20);

    // 1 January 2027 is a Friday: it belongs to 2026-W53 (ISO 8601), and 2027-W01 starts on 4 January.
    stats = computeHandoverStatistics(
        {QDate(2026, 12, 28), QDate(2027, 1, 10), StatisticsPeriod::Week, false}, {}, {});
    REQUIRE(stats.periods.size() == 2);
    CHECK(stats.periods[0].label == QStringLiteral("2026-W53"));
    CHECK(stats.periods[0].last == QDate(2027, 1, 3));
    CHECK(stats.periods[1].label == QStringLiteral("2027-W01"));
    CHECK(stats.periods[1].total == HandoverFigures{});
    CHECK(statisticsPeriodFromKey(QStringLiteral("month")) == StatisticsPeriod::Month);
    CHECK_FALSE(statisticsPeriodFromKey(QStringLiteral("day")).has_value());
}
