#include "core/countries.h"
#include "core/disembarkation.h"

#include "catch_qt.h"

using namespace marsa::core;

TEST_CASE("Counts by sex and age group derive children, adults and the total") {
    const PersonCounts counts{58, 12, 7, 3, 2};
    CHECK(counts.children() == 10);
    CHECK(counts.adults() == 70);
    CHECK(counts.total() == 82);
    CHECK_FALSE(counts.hasNegative());
    CHECK(PersonCounts{0, 0, -1, 0, 0}.hasNegative());
}

TEST_CASE("Nationalities are ISO 3166-1 codes, alpha-2 or alpha-3 in any case, or unknown") {
    // ISO 3166-1 (Debian iso-codes 4.15): 249 countries.
    CHECK(countries().size() == 249);
    REQUIRE(findCountry(QStringLiteral("sd")) != nullptr);
    CHECK(QString::fromLatin1(findCountry(QStringLiteral("sd"))->alpha3) == QStringLiteral("SDN"));
    CHECK(findCountry(QStringLiteral("ERI")) == findCountry(QStringLiteral("ER")));
    CHECK(findCountry(QStringLiteral("XK")) == nullptr);
    CHECK(findCountry(QStringLiteral("Sudan")) == nullptr);
    CHECK(normalizedNationality(QStringLiteral(" bgd ")) == QStringLiteral("BD"));
    CHECK(normalizedNationality(QStringLiteral("Unknown")) == QStringLiteral("unknown"));
    CHECK_FALSE(normalizedNationality(QStringLiteral("ZZ")).has_value());
    CHECK(nationalityName(QStringLiteral("SY")) == QStringLiteral("Syria"));
    CHECK(nationalityName(QStringLiteral("EG"), true) == QStringLiteral("مصر"));
    CHECK(nationalityName(QStringLiteral("unknown")) == QStringLiteral("Nationality unknown"));
    // Every alpha-2 is unique, and so sorted that the lookup finds each.
    for (const Country &country : countries()) {
        INFO(country.alpha2);
        CHECK(findCountry(QString::fromLatin1(country.alpha2)) == &country);
        CHECK(findCountry(QString::fromLatin1(country.alpha3)) == &country);
    }
}

TEST_CASE("Handover keys are stable and read back") {
    for (HandoverState state :
         {HandoverState::Declared, HandoverState::Acknowledged, HandoverState::MedicalRecorded,
          HandoverState::Returned, HandoverState::Approved}) {
        CHECK(handoverStateFromKey(handoverStateKey(state)) == state);
    }
    for (DiscrepancyRule rule : {DiscrepancyRule::PersonsOnBoard, DiscrepancyRule::RescuedDisembarked,
                                 DiscrepancyRule::HandedOverReceived, DiscrepancyRule::DeadBodies,
                                 DiscrepancyRule::BodiesRecorded, DiscrepancyRule::MedicalReferred}) {
        CHECK(discrepancyRuleFromKey(discrepancyRuleKey(rule)) == rule);
        CHECK_FALSE(discrepancyRuleName(rule).isEmpty());
    }
    CHECK(handoverStateKey(HandoverState::MedicalRecorded) == QStringLiteral("medical_recorded"));
    CHECK(monitoringPartyFromKey(QStringLiteral("unhcr")) == MonitoringParty::Unhcr);
    CHECK(monitoringPartyName(MonitoringParty::Irc) == QStringLiteral("IRC"));
    CHECK(transferKindFromKey(QStringLiteral("released")) == TransferKind::Released);
    CHECK(facilityKindKey(FacilityKind::Hospital) == QStringLiteral("hospital"));
    CHECK(handoverStepFromKey(QStringLiteral("medical")) == HandoverStep::Medical);
    CHECK_FALSE(handoverStepFromKey(QStringLiteral("triage")).has_value());
}
