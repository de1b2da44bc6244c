#pragma once

#include "core/disembarkation.h"
#include "core/incident.h"

#include <QDate>
#include <QLatin1String>
#include <QString>

#include <optional>
#include <vector>

namespace marsa::core {

enum class StatisticsPeriod { Week, Month };

/// "week", "month".
QString statisticsPeriodKey(StatisticsPeriod period);
std::optional<StatisticsPeriod> statisticsPeriodFromKey(const QString &key);

/// The place key of disembarkations at a position rather than a port of the list.
inline constexpr QLatin1String kOtherPlaceKey("other");
/// The place key of the dead and missing of cases that ended without a disembarkation.
inline constexpr QLatin1String kNoDisembarkationKey("none");

/// What the statistics count, for a period and a place (or in all).
struct HandoverFigures {
    int disembarkations = 0;
    /// Boats intercepted or rescued and brought back: a case counts once, at its first disembarkation.
    int boats = 0;
    PersonCounts persons; ///< disembarked (IOM: intercepted/rescued and returned), as handed over
    int unaccompaniedMinors = 0;
    /// Of the cases' outcomes, counted at the case's first disembarkation; a case without one counts
    /// under kNoDisembarkationKey in the period of its first alert.
    int dead = 0;
    int missing = 0;
    int bodiesRecovered = 0; ///< bodies brought ashore
    int medicalCases = 0;
    int medicalEvacuations = 0;

    HandoverFigures &operator+=(const HandoverFigures &other);
    bool operator==(const HandoverFigures &) const = default;
};

struct PlaceFigures {
    QString placeKey; ///< a place of the list, kOtherPlaceKey or kNoDisembarkationKey
    QString placeName;
    HandoverFigures figures;
};

/// One week (ISO 8601: Monday to Sunday, "2026-W48") or calendar month ("2026-11").
struct PeriodFigures {
    QString label;
    QDate first; ///< the first day counted: the period's, or the request's `from`
    QDate last;  ///< the last day counted
    HandoverFigures total;
    std::vector<PlaceFigures> byPlace; ///< places of the list by name, then other places, then none
};

/// Which disembarkations the statistics read: by the date (UTC) they were brought ashore.
struct StatisticsRequest {
    QDate from; ///< first day, inclusive
    QDate to;   ///< last day, inclusive
    StatisticsPeriod period = StatisticsPeriod::Week;
    bool approvedOnly = false; ///< only approved handovers (otherwise every declared one: provisional)
    /// Count the exercise cases instead of the operational ones: an exercise database's own figures
    /// (storage::DisembarkationService sets it there). Never both.
    bool exerciseCases = false;
};

struct HandoverStatistics {
    StatisticsRequest request;
    std::vector<PeriodFigures> periods; ///< every period from `from` to `to`, empty ones too
    HandoverFigures total;
    std::vector<PlaceFigures> byPlace;
};

/// The statistics of disembarkations and their cases. Exercise cases never count (but in an
/// exercise's own figures, StatisticsRequest::exerciseCases, where only they do). Persons by sex and
/// age group are the Coast Guard's declared counts as they stand (after any amendment); medical cases
/// and evacuations are the Red Crescent's. `incidents` must hold the cases of the disembarkations.
HandoverStatistics computeHandoverStatistics(const StatisticsRequest &request,
                                             const std::vector<Incident> &incidents,
                                             const std::vector<Disembarkation> &disembarkations);

/// The statistics as CSV in the layout of IOM Libya's weekly maritime update: one row a period and
/// disembarkation point, then the period's total ("All points"). Columns: period, from, to,
/// disembarkation_point, intercepted_returned, men, women, children, unknown, dead, missing, then
/// boats and medical_cases. English and ISO dates whatever the console's language; CRLF line ends.
QString iomWeeklyCsv(const HandoverStatistics &statistics);

} // namespace marsa::core
