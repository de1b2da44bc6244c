#include "core/handover_rules.h"

#include <QCoreApplication>

#include <algorithm>

// The discrepancy rules of a handover: computed from the numbers, never typed.

namespace marsa::core {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::HandoverRules)
};

Figure figure(const char *key, int value) {
    return {QString::fromLatin1(key), value};
}

} // namespace

std::vector<Discrepancy> HandoverRules::discrepancies(const Incident &incident,
                                                      const Disembarkation &disembarkation,
                                                      const OtherDisembarkations &others) {
    std::vector<Discrepancy> found;
    const Declaration &declared = disembarkation.declaration.values;
    const int handedOver = declared.persons.total();
    if (const auto &outcome = incident.outcome) {
        const int reported = incident.personsOnBoard.total;
        const int accounted = outcome->rescued + outcome->dead + outcome->missing;
        // A case reported without a count of persons on board (0) has nothing to compare.
        if (reported > 0 && reported != accounted) {
            found.push_back({DiscrepancyRule::PersonsOnBoard,
                             Text::tr("%1 were reported on board, but rescued, dead and missing add up to %2 "
                                      "(%3 + %4 + %5).")
                                 .arg(reported)
                                 .arg(accounted)
                                 .arg(outcome->rescued)
                                 .arg(outcome->dead)
                                 .arg(outcome->missing),
                             {figure("on_board", reported), figure("rescued", outcome->rescued),
                              figure("dead", outcome->dead), figure("missing", outcome->missing)}});
        }
        const int disembarked = handedOver + others.persons;
        if (outcome->rescued != disembarked) {
            found.push_back({DiscrepancyRule::RescuedDisembarked,
                             others.count == 0 ? Text::tr("%1 rescued (case outcome), but %2 disembarked.")
                                                     .arg(outcome->rescued)
                                                     .arg(disembarked)
                                               : Text::tr("%1 rescued (case outcome), but %2 disembarked: %3 "
                                                          "here and %4 at the case's other "
                                                          "disembarkations.")
                                                     .arg(outcome->rescued)
                                                     .arg(disembarked)
                                                     .arg(handedOver)
                                                     .arg(others.persons),
                             {figure("rescued", outcome->rescued), figure("disembarked_here", handedOver),
                              figure("disembarked_elsewhere", others.persons)}});
        }
        const int bodies = declared.bodiesRecovered + others.bodies;
        if (outcome->dead != bodies) {
            found.push_back({DiscrepancyRule::DeadBodies,
                             Text::tr("%1 dead (case outcome), but %2 bodies brought ashore.")
                                 .arg(outcome->dead)
                                 .arg(bodies),
                             {figure("dead", outcome->dead), figure("bodies_here", declared.bodiesRecovered),
                              figure("bodies_elsewhere", others.bodies)}});
        }
    }
    if (disembarkation.acknowledgement && disembarkation.medical) {
        const int received = disembarkation.acknowledgement->values.received.total();
        const int evacuated = disembarkation.medical->values.evacuated();
        if (handedOver != received + evacuated) {
            found.push_back({DiscrepancyRule::HandedOverReceived,
                             Text::tr("%1 handed over by the Coast Guard, but %2 received by DCIM and %3 "
                                      "evacuated to hospital (%4 in all).")
                                 .arg(handedOver)
                                 .arg(received)
                                 .arg(evacuated)
                                 .arg(received + evacuated),
                             {figure("handed_over", handedOver), figure("received", received),
                              figure("evacuated", evacuated)}});
        }
    }
    if (disembarkation.medical) {
        const MedicalReport &medical = disembarkation.medical->values;
        if (declared.bodiesRecovered != medical.bodies) {
            found.push_back({DiscrepancyRule::BodiesRecorded,
                             Text::tr("The Coast Guard handed over %1 bodies, the Red Crescent recorded %2.")
                                 .arg(declared.bodiesRecovered)
                                 .arg(medical.bodies),
                             {figure("bodies_handed_over", declared.bodiesRecovered),
                              figure("bodies_recorded", medical.bodies)}});
        }
        // More medical cases than referred is ordinary triage; fewer means someone was not seen.
        if (declared.medicalCasesReferred > medical.medicalCases) {
            found.push_back(
                {DiscrepancyRule::MedicalReferred,
                 Text::tr("%1 persons were referred to medical care, but the Red Crescent recorded "
                          "%2 medical cases.")
                     .arg(declared.medicalCasesReferred)
                     .arg(medical.medicalCases),
                 {figure("referred", declared.medicalCasesReferred),
                  figure("medical_cases", medical.medicalCases)}});
        }
    }
    return found;
}

std::vector<Discrepancy> HandoverRules::unexplained(const std::vector<Discrepancy> &discrepancies,
                                                    const std::vector<Explanation> &explanations) {
    std::vector<Discrepancy> open;
    for (const Discrepancy &discrepancy : discrepancies) {
        const QString key = discrepancy.figuresKey();
        const bool explained =
            std::any_of(explanations.begin(), explanations.end(), [&](const Explanation &e) {
                return e.rule == discrepancy.rule && e.figuresKey == key && !e.text.trimmed().isEmpty();
            });
        if (!explained) {
            open.push_back(discrepancy);
        }
    }
    return open;
}

} // namespace marsa::core
