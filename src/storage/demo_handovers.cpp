#include "storage/demo_handovers.h"

#include "storage/database.h"
#include "storage/disembarkation_service.h"
#include "storage/handover_list_repository.h"

#include <vector>

namespace marsa::storage::demo {
namespace {

using core::MonitoringParty;

struct DemoFacility {
    core::FacilityKind kind;
    const char *name;
    const char *nameArabic;
    const char *city;
};

// Real places named in public reports of disembarkations in Libya (an administrator keeps the real
// lists): Tariq al-Sikka, Ain Zara, Abu Salim (InfoMigrants, 2019); Al-Nasr in Az Zawiya (IOM, quoted by
// specialelibia.it, May 2020); Sabratha Teaching Hospital (libyaalahrar.net); Al Khums hospital
// (Africanews, Dec 2021); Qasr Ahmed hospital in Misrata (MSF); Tripoli Central Hospital.
constexpr DemoFacility kFacilities[] = {
    {core::FacilityKind::DetentionCentre, "Tariq al-Sikka", "طريق السكة", "Tripoli"},
    {core::FacilityKind::DetentionCentre, "Ain Zara", "عين زارة", "Tripoli"},
    {core::FacilityKind::DetentionCentre, "Abu Salim", "أبو سليم", "Tripoli"},
    {core::FacilityKind::DetentionCentre, "Al-Nasr", "النصر", "Az Zawiya"},
    {core::FacilityKind::Hospital, "Tripoli Central Hospital", "مستشفى طرابلس المركزي", "Tripoli"},
    {core::FacilityKind::Hospital, "Sabratha Teaching Hospital", "مستشفى صبراتة التعليمي", "Sabratha"},
    {core::FacilityKind::Hospital, "Al Khums Hospital", "مستشفى الخمس", "Al Khums"},
    {core::FacilityKind::Hospital, "Qasr Ahmed Hospital", "مستشفى قصر أحمد", "Misrata"},
};

struct Moved {
    core::TransferKind kind;
    const char *facility; ///< a detention centre or hospital above, or nullptr
    const char *note;
    int count;
};

/// What each agency records at one landing. Counts only, no names.
struct Landing {
    const char *place;
    const char *unit;
    core::PersonCounts persons;
    int unaccompanied;
    std::vector<std::pair<const char *, int>> nationalities;
    int referred;
    int bodies;
    std::vector<MonitoringParty> monitoring;
    const char *remarks;
    core::PersonCounts received;
    std::vector<Moved> transfers;
    const char *dcimRemarks;
    int medicalCases;
    std::vector<Moved> evacuations;
    const char *bodiesTo; ///< a hospital above
    const char *medicalRemarks;
    const char *returnReason; ///< a supervisor returns it to DCIM's step
};

const std::vector<Landing> &landings() {
    using K = core::TransferKind;
    static const std::vector<Landing> all{
        // Case 1: approved. 78 to DCIM and 2 to hospital: 80, as declared.
        {"tripoli",
         "Ubari",
         {58, 12, 7, 3, 0},
         4,
         {{"SD", 30}, {"ER", 18}, {"NG", 12}, {"unknown", 20}},
         3,
         2,
         {MonitoringParty::Iom, MonitoringParty::Unhcr},
         "landed at the Tripoli naval base",
         {57, 11, 7, 3, 0},
         {{K::DetentionCentre, "Tariq al-Sikka", "", 60}, {K::DetentionCentre, "Ain Zara", "", 18}},
         "2 taken to hospital by the Red Crescent before the count",
         3,
         {{K::Other, "Tripoli Central Hospital", "", 2}},
         "Tripoli Central Hospital",
         "dehydration; two with fuel burns evacuated",
         nullptr},
        // Case 6: DCIM counted 89 at the gate against 95 handed over; returned to DCIM.
        {"az-zawiya",
         "Zawia",
         {70, 15, 6, 4, 0},
         3,
         {{"SD", 35}, {"ML", 20}, {"CI", 15}, {"unknown", 25}},
         2,
         0,
         {MonitoringParty::Iom},
         "landed at the refinery port",
         {64, 15, 6, 4, 0},
         {{K::DetentionCentre, "Al-Nasr", "", 89}},
         "",
         2,
         {{K::Other, "Sabratha Teaching Hospital", "", 1}},
         nullptr,
         "one fracture evacuated",
         "DCIM counted 89 at the gate, the Coast Guard 95 on board: recount at "
         "Al-Nasr and sign again"},
        // Case 7: only declared.
        {"zuwara",
         "Sabratha",
         {30, 5, 2, 1, 0},
         1,
         {{"EG", 20}, {"BD", 12}, {"unknown", 6}},
         0,
         0,
         {},
         "intercepted 9 NM north of Zuwara",
         {},
         {},
         "",
         0,
         {},
         nullptr,
         "",
         nullptr},
        // Case 8, first landing: acknowledged by DCIM, waiting for the Red Crescent.
        {"al-khums",
         "Ubari",
         {100, 12, 5, 3, 0},
         2,
         {{"SD", 60}, {"EG", 25}, {"ER", 20}, {"unknown", 15}},
         2,
         0,
         {MonitoringParty::Iom, MonitoringParty::Unhcr},
         "first of the two boats' survivors",
         {100, 12, 5, 3, 0},
         {{K::DetentionCentre, "Abu Salim", "", 100},
          {K::Released, nullptr, "women and children, to UNHCR's care", 20}},
         "",
         0,
         {},
         nullptr,
         "",
         nullptr},
        // Case 8, second landing: 102 received and 3 evacuated against 106 handed over; waiting for review.
        {"misrata",
         "Ras Jadir",
         {80, 15, 6, 4, 1},
         3,
         {{"SD", 40}, {"NG", 30}, {"unknown", 36}},
         5,
         1,
         {MonitoringParty::Iom, MonitoringParty::Imc},
         "second boat, one body recovered",
         {77, 14, 6, 4, 1},
         {{K::DetentionCentre, "Tariq al-Sikka", "", 102}},
         "taken to Tripoli by bus",
         5,
         {{K::Other, "Qasr Ahmed Hospital", "", 3}},
         "Qasr Ahmed Hospital",
         "hypothermia, three evacuated",
         nullptr},
    };
    return all;
}

const Landing *landingAt(const char *place) {
    for (const Landing &landing : landings()) {
        if (qstrcmp(landing.place, place) == 0) {
            return &landing;
        }
    }
    return nullptr;
}

} // namespace

core::Result<void> writeHandoverLists(Database &database, const core::Clock &clock,
                                      const core::User &administrator) {
    HandoverListRepository lists(database.connection(), clock);
    for (const DemoFacility &demo : kFacilities) {
        auto added = lists.add(administrator,
                               {0, demo.kind, QString::fromUtf8(demo.name),
                                QString::fromUtf8(demo.nameArabic), QString::fromUtf8(demo.city), true});
        if (!added) {
            return added.error();
        }
    }
    return {};
}

HandoverScript::HandoverScript(Database &database, const core::Clock &clock, HandoverSigners signers)
    : m_database(database)
    , m_clock(clock)
    , m_signers(std::move(signers)) {}

core::Result<void> HandoverScript::run(core::IncidentId incident, const char *place, HandoverAction action) {
    const Landing *landing = landingAt(place);
    if (landing == nullptr) {
        return core::Error{QStringLiteral("no demonstration landing at %1").arg(QLatin1String(place))};
    }
    if (m_facilities.empty()) {
        auto all = HandoverListRepository(m_database.connection(), m_clock).all();
        if (!all) {
            return all.error();
        }
        for (const core::Facility &facility : all.value()) {
            m_facilities[facility.name] = facility.id;
        }
    }
    const auto facility = [&](const char *name) {
        return name == nullptr ? std::int64_t{0} : m_facilities[QString::fromUtf8(name)];
    };
    DisembarkationService service(m_database, m_clock);
    const QString key = QString::fromLatin1(place);
    core::Result<core::Disembarkation> done = core::Error{};
    switch (action) {
    case HandoverAction::Declare: {
        core::Declaration declaration;
        declaration.placeKey = key;
        declaration.timeUtc = m_clock.nowUtc().addSecs(-5 * 60);
        declaration.unit = QString::fromUtf8(landing->unit);
        declaration.persons = landing->persons;
        declaration.unaccompaniedMinors = landing->unaccompanied;
        for (const auto &[country, count] : landing->nationalities) {
            declaration.nationalities.push_back({QString::fromLatin1(country), count});
        }
        declaration.medicalCasesReferred = landing->referred;
        declaration.bodiesRecovered = landing->bodies;
        declaration.monitoringParties = landing->monitoring;
        declaration.remarks = QString::fromUtf8(landing->remarks);
        done = service.declare(m_signers.coastGuard, incident, declaration);
        if (done) {
            m_landings[key] = done->id;
        }
        break;
    }
    case HandoverAction::Acknowledge: {
        core::Acknowledgement acknowledgement;
        acknowledgement.received = landing->received;
        for (const Moved &moved : landing->transfers) {
            acknowledgement.transfers.push_back(
                {moved.kind, facility(moved.facility), QString::fromUtf8(moved.note), moved.count});
        }
        acknowledgement.remarks = QString::fromUtf8(landing->dcimRemarks);
        done = service.acknowledge(m_signers.dcim, m_landings.at(key), acknowledgement);
        break;
    }
    case HandoverAction::Medical: {
        core::MedicalReport report;
        report.medicalCases = landing->medicalCases;
        for (const Moved &moved : landing->evacuations) {
            report.evacuations.push_back({facility(moved.facility), moved.count});
        }
        report.bodies = landing->bodies;
        report.bodiesHospitalId = facility(landing->bodiesTo);
        report.remarks = QString::fromUtf8(landing->medicalRemarks);
        done = service.recordMedical(m_signers.redCrescent, m_landings.at(key), report);
        break;
    }
    case HandoverAction::Approve:
        done = service.approve(m_signers.coastGuardSupervisor, m_landings.at(key));
        break;
    case HandoverAction::Return:
        done =
            service.returnTo(m_signers.dcimSupervisor, m_landings.at(key),
                             core::HandoverStep::Acknowledgement, QString::fromUtf8(landing->returnReason));
        break;
    }
    if (!done) {
        return done.error();
    }
    return {};
}

} // namespace marsa::storage::demo
