#include "core/handover_statistics.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <tuple>

namespace marsa::core {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::HandoverStatistics)
};

QDate periodStart(const QDate &day, StatisticsPeriod period) {
    return period == StatisticsPeriod::Week ? day.addDays(1 - day.dayOfWeek())
                                            : QDate(day.year(), day.month(), 1);
}

QDate nextPeriodStart(const QDate &start, StatisticsPeriod period) {
    return period == StatisticsPeriod::Week ? start.addDays(7) : start.addMonths(1);
}

QString periodLabel(const QDate &start, StatisticsPeriod period) {
    if (period == StatisticsPeriod::Month) {
        return start.toString(QStringLiteral("yyyy-MM"));
    }
    int year = 0;
    const int week = start.weekNumber(&year); // ISO 8601: the week's year may differ from the date's
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString placeKeyOf(const Disembarkation &disembarkation) {
    const QString &key = disembarkation.declaration.values.placeKey;
    return key.isEmpty() ? QString(kOtherPlaceKey) : key;
}

// Places of the list by name, then other places, then the cases without a disembarkation.
bool placeOrder(const PlaceFigures &a, const PlaceFigures &b) {
    const auto rank = [](const PlaceFigures &p) {
        return p.placeKey == kNoDisembarkationKey ? 2 : p.placeKey == kOtherPlaceKey ? 1 : 0;
    };
    return std::forward_as_tuple(rank(a), a.placeName) < std::forward_as_tuple(rank(b), b.placeName);
}

void addTo(std::vector<PlaceFigures> &places, const QString &key, const QString &name,
           const HandoverFigures &figures) {
    auto found =
        std::find_if(places.begin(), places.end(), [&](const PlaceFigures &p) { return p.placeKey == key; });
    if (found == places.end()) {
        places.push_back({key, name, {}});
        found = places.end() - 1;
    }
    found->figures += figures;
}

QString csvField(const QString &text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString statisticsPeriodKey(StatisticsPeriod period) {
    return period == StatisticsPeriod::Week ? QStringLiteral("week") : QStringLiteral("month");
}

std::optional<StatisticsPeriod> statisticsPeriodFromKey(const QString &key) {
    if (key == QLatin1String("week")) {
        return StatisticsPeriod::Week;
    }
    if (key == QLatin1String("month")) {
        return StatisticsPeriod::Month;
    }
    return std::nullopt;
}

HandoverFigures &HandoverFigures::operator+=(const HandoverFigures &other) {
    disembarkations += other.disembarkations;
    boats += other.boats;
    persons.men += other.persons.men;
    persons.women += other.persons.women;
    persons.boys += other.persons.boys;
    persons.girls += other.persons.girls;
    persons.unknown += other.persons.unknown;
    unaccompaniedMinors += other.unaccompaniedMinors;
    dead += other.dead;
    missing += other.missing;
    bodiesRecovered += other.bodiesRecovered;
    medicalCases += other.medicalCases;
    medicalEvacuations += other.medicalEvacuations;
    return *this;
}

HandoverStatistics computeHandoverStatistics(const StatisticsRequest &request,
                                             const std::vector<Incident> &incidents,
                                             const std::vector<Disembarkation> &disembarkations) {
    HandoverStatistics statistics;
    statistics.request = request;
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from) {
        return statistics;
    }
    for (QDate start = periodStart(request.from, request.period); start <= request.to;
         start = nextPeriodStart(start, request.period)) {
        statistics.periods.push_back(
            {periodLabel(start, request.period),
             std::max(start, request.from),
             std::min(nextPeriodStart(start, request.period).addDays(-1), request.to),
             {},
             {}});
    }
    const auto periodOf = [&](const QDate &day) -> PeriodFigures * {
        if (day < request.from || day > request.to) {
            return nullptr;
        }
        const QString label = periodLabel(periodStart(day, request.period), request.period);
        const auto found = std::find_if(statistics.periods.begin(), statistics.periods.end(),
                                        [&](const PeriodFigures &p) { return p.label == label; });
        return found == statistics.periods.end() ? nullptr : &*found;
    };
    std::map<std::int64_t, const Incident *> incidentById;
    for (const Incident &incident : incidents) {
        incidentById[incident.id.value] = &incident;
    }
    // A case's first disembarkation (brought ashore first, then the first recorded) carries its boat,
    // dead and missing; cases with a disembarkation that does not count yet count nowhere.
    std::map<std::int64_t, const Disembarkation *> firstOfCase;
    std::map<std::int64_t, bool> hasAnyDisembarkation;
    for (const Disembarkation &d : disembarkations) {
        if (d.isExercise != request.exerciseCases) {
            continue;
        }
        hasAnyDisembarkation[d.incident.value] = true;
        if (request.approvedOnly && d.state != HandoverState::Approved) {
            continue;
        }
        const Disembarkation *&first = firstOfCase[d.incident.value];
        if (first == nullptr || std::tie(d.declaration.values.timeUtc, d.id.value) <
                                    std::tie(first->declaration.values.timeUtc, first->id.value)) {
            first = &d;
        }
    }
    const auto add = [&](PeriodFigures &period, const QString &key, const QString &name,
                         const HandoverFigures &figures) {
        period.total += figures;
        addTo(period.byPlace, key, name, figures);
        statistics.total += figures;
        addTo(statistics.byPlace, key, name, figures);
    };
    for (const Disembarkation &d : disembarkations) {
        if (d.isExercise != request.exerciseCases ||
            (request.approvedOnly && d.state != HandoverState::Approved)) {
            continue;
        }
        const Declaration &declared = d.declaration.values;
        PeriodFigures *period = periodOf(declared.timeUtc.toUTC().date());
        if (period == nullptr) {
            continue;
        }
        HandoverFigures figures;
        figures.disembarkations = 1;
        figures.persons = declared.persons;
        figures.unaccompaniedMinors = declared.unaccompaniedMinors;
        figures.bodiesRecovered = declared.bodiesRecovered;
        if (d.medical) {
            figures.medicalCases = d.medical->values.medicalCases;
            figures.medicalEvacuations = d.medical->values.evacuated();
        }
        if (firstOfCase[d.incident.value] == &d) {
            figures.boats = 1;
            const auto incident = incidentById.find(d.incident.value);
            if (incident != incidentById.end() && incident->second->outcome) {
                figures.dead = incident->second->outcome->dead;
                figures.missing = incident->second->outcome->missing;
            }
        }
        const QString key = placeKeyOf(d);
        const QString name = key == kOtherPlaceKey ? Text::tr("Other places") : d.placeName;
        add(*period, key, name, figures);
    }
    for (const Incident &incident : incidents) {
        if (incident.isExercise != request.exerciseCases || !incident.outcome ||
            incident.status == IncidentStatus::FalseAlarm ||
            hasAnyDisembarkation.count(incident.id.value) > 0 ||
            incident.outcome->dead + incident.outcome->missing == 0) {
            continue;
        }
        if (PeriodFigures *period = periodOf(incident.firstAlertUtc.toUTC().date())) {
            HandoverFigures figures;
            figures.dead = incident.outcome->dead;
            figures.missing = incident.outcome->missing;
            add(*period, QString(kNoDisembarkationKey), Text::tr("No disembarkation"), figures);
        }
    }
    for (PeriodFigures &period : statistics.periods) {
        std::sort(period.byPlace.begin(), period.byPlace.end(), placeOrder);
    }
    std::sort(statistics.byPlace.begin(), statistics.byPlace.end(), placeOrder);
    return statistics;
}

QString iomWeeklyCsv(const HandoverStatistics &statistics) {
    QString csv =
        QStringLiteral("period,from,to,disembarkation_point,intercepted_returned,men,women,children,"
                       "unknown,dead,missing,boats,medical_cases\r\n");
    const auto row = [&](const PeriodFigures &period, const QString &point, const HandoverFigures &f) {
        QStringList fields{period.label, period.first.toString(Qt::ISODate),
                           period.last.toString(Qt::ISODate), csvField(point)};
        for (int value : {f.persons.total(), f.persons.men, f.persons.women, f.persons.children(),
                          f.persons.unknown, f.dead, f.missing, f.boats, f.medicalCases}) {
            fields << QString::number(value);
        }
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (const PeriodFigures &period : statistics.periods) {
        for (const PlaceFigures &place : period.byPlace) {
            // Fixed English names: the file reads the same whatever the console's language.
            const QString point = place.placeKey == kOtherPlaceKey ? QStringLiteral("Other places")
                                  : place.placeKey == kNoDisembarkationKey
                                      ? QStringLiteral("No disembarkation")
                                      : place.placeName;
            row(period, point, place.figures);
        }
        row(period, QStringLiteral("All points"), period.total);
    }
    return csv;
}

} // namespace marsa::core
