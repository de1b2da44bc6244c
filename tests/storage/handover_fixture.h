#pragma once

// What the handover storage tests share: a database with Tripoli and Misrata, a detention centre and a
// hospital, a rescued case, and the users of each agency.

#include "storage_fixture.h"

#include "core/handover_rules.h"
#include "storage/disembarkation_service.h"
#include "storage/handover_list_repository.h"
#include "storage/place_repository.h"

namespace test {

inline const core::User kRedCrescent = user("h.omar", core::Agency::RedCrescent, core::Role::WatchOfficer);
inline const core::User kDcimSupervisor = user("s.ali", core::Agency::Dcim, core::Role::Supervisor);
inline const core::User kAdministrator = user("admin", core::Agency::CoastGuard, core::Role::Administrator);

struct HandoverFixture : Fixture {
    std::unique_ptr<storage::DisembarkationService> handovers;
    std::int64_t centre = 0;
    std::int64_t hospital = 0;
    core::IncidentId incident;

    HandoverFixture() {
        handovers = std::make_unique<storage::DisembarkationService>(*database, clock);
        storage::PlaceRepository places(database->connection());
        for (const auto &[key, label] : {std::pair{"tripoli", "Tripoli"}, std::pair{"misrata", "Misrata"}}) {
            core::Place place;
            place.key = QString::fromLatin1(key);
            place.label = QString::fromLatin1(label);
            place.labelArabic = place.description = place.role = place.quality = QStringLiteral("");
            place.country = QStringLiteral("LY");
            REQUIRE(places.save(place));
        }
        storage::HandoverListRepository lists(database->connection(), clock);
        auto added = lists.add(kAdministrator, {0,
                                                core::FacilityKind::DetentionCentre,
                                                QStringLiteral("Tariq al-Sikka"),
                                                {},
                                                QStringLiteral("Tripoli"),
                                                true});
        REQUIRE(added);
        centre = added->id;
        added = lists.add(kAdministrator, {0,
                                           core::FacilityKind::Hospital,
                                           QStringLiteral("Tripoli Central Hospital"),
                                           {},
                                           QStringLiteral("Tripoli"),
                                           true});
        REQUIRE(added);
        hospital = added->id;
        incident = rescuedCase({80, 2, 3});
        clock.now = QDateTime(QDate(2026, 11, 23), QTime(7, 30), Qt::UTC);
    }

    /// A case of 85 on board off Zuwara, with this outcome and its rescue complete.
    core::IncidentId rescuedCase(core::Outcome outcome) {
        auto created = service->create(kOfficer, rubberBoatOffZuwara(), {});
        REQUIRE(created);
        for (core::IncidentStatus next : {core::IncidentStatus::Assessing, core::IncidentStatus::AssetTasked,
                                          core::IncidentStatus::OnScene}) {
            REQUIRE(service->changeStatus(kOfficer, created->id, next, {}));
        }
        REQUIRE(service->recordOutcome(kOfficer, created->id, outcome, QStringLiteral("as counted on deck")));
        REQUIRE(service->changeStatus(kOfficer, created->id, core::IncidentStatus::RescueComplete, {}));
        return created->id;
    }

    /// 80 persons at Tripoli at 07:10 (58 men, 12 women, 7 boys, 3 girls), 2 bodies, 3 referred.
    static core::Declaration declaration() {
        core::Declaration d;
        d.placeKey = QStringLiteral("tripoli");
        d.timeUtc = QDateTime(QDate(2026, 11, 23), QTime(7, 10), Qt::UTC);
        d.unit = QStringLiteral("Ubari");
        d.persons = {58, 12, 7, 3, 0};
        d.unaccompaniedMinors = 4;
        d.nationalities = {
            {QStringLiteral("sdn"), 30}, {QStringLiteral("ER"), 18}, {QStringLiteral("unknown"), 32}};
        d.medicalCasesReferred = 3;
        d.bodiesRecovered = 2;
        d.monitoringParties = {core::MonitoringParty::Iom, core::MonitoringParty::Other};
        d.otherMonitoringParty = QStringLiteral("MSF");
        return d;
    }
    /// `received` persons, all to the detention centre (2 went to hospital when 78).
    core::Acknowledgement acknowledgement(int men = 57) const {
        core::Acknowledgement a;
        a.received = {men, 11, 7, 3, 0};
        a.transfers = {{core::TransferKind::DetentionCentre, centre, {}, men + 21}};
        return a;
    }
    core::MedicalReport medical() const {
        core::MedicalReport m;
        m.medicalCases = 3;
        m.evacuations = {{hospital, 2}};
        m.bodies = 2;
        m.bodiesHospitalId = hospital;
        return m;
    }

    /// Declared, acknowledged and recorded by the three agencies: waiting for review.
    core::DisembarkationId waitingForReview(int received = 57) {
        auto declared = handovers->declare(kOfficer, incident, declaration());
        INFO((declared ? QString() : declared.errorMessage()).toStdString());
        REQUIRE(declared);
        REQUIRE(handovers->acknowledge(kDcim, declared->id, acknowledgement(received)));
        auto recorded = handovers->recordMedical(kRedCrescent, declared->id, medical());
        INFO((recorded ? QString() : recorded.errorMessage()).toStdString());
        REQUIRE(recorded);
        return declared->id;
    }

    /// Rows of every table a handover writes, to show that a refusal wrote none.
    std::vector<std::int64_t> rowCounts() {
        std::vector<std::int64_t> counts;
        for (const char *table : {"disembarkations", "handover_steps", "handover_nationalities",
                                  "handover_transfers", "handover_evacuations", "handover_explanations",
                                  "handover_amendments", "incident_events", "audit_log"}) {
            counts.push_back(rowsIn(*database, table));
        }
        return counts;
    }
};

} // namespace test
