#include "storage/demo_data.h"

#include "storage/demo_handovers.h"
#include "storage/demo_traffic.h"
#include "storage/track_store.h"

#include "core/logging.h"
#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/incident_service.h"
#include "storage/journal.h"
#include "storage/place_repository.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <map>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::DemoData)
};

struct DemoAccount {
    const char *userName;
    const char *displayName;
    core::Agency agency;
    core::Role role;
};

// Fictitious officers: demonstration accounts, no real person.
constexpr DemoAccount kAccounts[] = {
    {"cg.officer", "Coast Guard watch officer (demo)", core::Agency::CoastGuard, core::Role::WatchOfficer},
    {"cg.supervisor", "Coast Guard supervisor (demo)", core::Agency::CoastGuard, core::Role::Supervisor},
    {"dcim.officer", "DCIM officer (demo)", core::Agency::Dcim, core::Role::WatchOfficer},
    {"dcim.supervisor", "DCIM supervisor (demo)", core::Agency::Dcim, core::Role::Supervisor},
    {"lrc.officer", "Red Crescent officer (demo)", core::Agency::RedCrescent, core::Role::WatchOfficer},
    {"observer", "IOM/UNHCR observer (demo)", core::Agency::Observer, core::Role::WatchOfficer},
    {"trainer", "Trainer (demo)", core::Agency::CoastGuard, core::Role::Trainer},
    {"admin", "Administrator (demo)", core::Agency::CoastGuard, core::Role::Administrator},
};

/// A clock that the demonstration script sets to each step's time.
class ScriptClock final : public core::Clock {
public:
    QDateTime now;
    QDateTime nowUtc() const override { return now; }
};

struct Step {
    int minutesAfterAlert;
    enum Kind { Phase, Status, Outcome, Log, Task, OnScene, Release, Handover } kind;
    core::EmergencyPhase phase = core::EmergencyPhase::Uncertainty;
    core::IncidentStatus status = core::IncidentStatus::Reported;
    core::Outcome outcome;
    const char *remarks = "";
    bool byDcim = false;
    const char *asset = nullptr;   ///< Task, OnScene, Release: the asset's name
    const char *landing = nullptr; ///< Handover: the place of the disembarkation (demo_handovers.cpp)
    demo::HandoverAction action = demo::HandoverAction::Declare;
};

/// A step of the handover of the case's disembarkation at `landing`, by the agency whose step it is.
Step handover(int minutesAfterAlert, const char *landing, demo::HandoverAction action) {
    Step step{minutesAfterAlert, Step::Handover, {}, {}, {}, "", false, nullptr};
    step.landing = landing;
    step.action = action;
    return step;
}

struct DemoAsset {
    const char *name;
    const char *callSign;
    std::int64_t mmsi; ///< 0: none (aircraft)
    core::AssetKind kind;
    const char *homePort;
    double knots; ///< transit speed
};

// Demonstration units: Libyan MID 642, invented call signs and numbers. Transit speeds, well below
// the top speeds of the classes the Libyan Coast Guard has received from Italy, as a boat keeps them
// over tens of miles in the sea state it works in: Corrubia class (27 m, about 43 kn top) and
// Bigliani class (27 m, built for 40-45 kn in 1986 on) 24 kn, as the shipped scenarios' radio calls
// say; ex-Guardia Costiera class 500 (10.4 m, 37 kn top, 220 NM range) 20 kn; a medium SAR
// helicopter (AW139 class) 140 kn.
constexpr DemoAsset kAssets[] = {
    {"Ubari", "5ACG1", 642'000'101, core::AssetKind::PatrolBoat, "tripoli", 24.0},
    {"Fezzan", "5ACG2", 642'000'102, core::AssetKind::PatrolBoat, "tripoli", 24.0},
    {"Sabratha", "5ACG3", 642'000'103, core::AssetKind::PatrolBoat, "zuwara", 24.0},
    {"Zawia", "5ACG4", 642'000'104, core::AssetKind::PatrolBoat, "az-zawiya", 24.0},
    {"Ras Jadir", "5ACG5", 642'000'105, core::AssetKind::PatrolBoat, "misrata", 24.0},
    {"Tobruk 1", "5ACG6", 642'000'106, core::AssetKind::PatrolBoat, "tobruk", 20.0},
    {"Coast Guard helicopter 1", "5AH01", 0, core::AssetKind::Aircraft, "tripoli", 140.0},
};

struct DemoCase {
    int minutesAgo; // first alert, before now
    core::AlertSource source;
    double latitude;
    double longitude;
    double uncertaintyNm;
    core::CraftType craft;
    const char *condition;
    core::PersonsOnBoard pob;
    const char *weather;
    core::EmergencyPhase phase;
    const char *remarks;
    std::vector<Step> steps;
};

std::vector<DemoCase> demoCases() {
    using P = core::EmergencyPhase;
    using S = core::IncidentStatus;
    using H = demo::HandoverAction;
    return {
        // A rubber boat off Zuwara at night: rescued, disembarked at Tripoli, closed.
        {30 * 60,
         core::AlertSource::AlarmPhone,
         33.27,
         12.08,
         3.0,
         core::CraftType::RubberBoat,
         "tubes losing air, engine failed",
         {85, 61, 14, 10},
         "NW 4, sea state 3, night",
         P::Alert,
         "Alarm Phone relays a call from the boat; GPS position from the caller",
         {{20, Step::Phase, P::Distress, {}, {}, "water inside the boat, people in the water"},
          {25, Step::Task, {}, {}, {}, "tasked from Tripoli", false, "Ubari"},
          {150, Step::OnScene, {}, {}, {}, "boat half submerged", false, "Ubari"},
          {175, Step::Outcome, {}, {}, {80, 2, 3}, "3 missing, reported fallen in the water before arrival"},
          {176, Step::Status, {}, S::RescueComplete, {}, ""},
          {178, Step::Release, {}, {}, {}, "returning to Tripoli with the survivors", false, "Ubari"},
          {330, Step::Status, {}, S::Disembarked, {}, "disembarked at Tripoli naval base"},
          handover(335, "tripoli", H::Declare),
          {340, Step::Log, {}, {}, {}, "received 80 persons at the naval base", true},
          handover(350, "tripoli", H::Acknowledge),
          handover(365, "tripoli", H::Medical),
          handover(420, "tripoli", H::Approve),
          {600, Step::Status, {}, S::Closed, {}, "case closed after handover"}}},
        // A wooden boat with hundreds on board north of Tobruk: patrol boat on its way.
        {5 * 60,
         core::AlertSource::MrccRome,
         33.35,
         23.6,
         5.0,
         core::CraftType::WoodenBoat,
         "overloaded, drifting",
         {320, 250, 40, 30},
         "N 5, sea state 4",
         P::Alert,
         "MRCC Rome relays a merchant vessel's sighting",
         {{30, Step::Status, {}, S::Assessing, {}, "asking the merchant vessel to stand by"},
          {70, Step::Task, {}, {}, {}, "tasked from Tobruk, ETA 4 h", false, "Tobruk 1"}}},
        // A fibreglass boat reported off Sabratha by an own patrol: being assessed.
        {2 * 60,
         core::AlertSource::OwnPatrol,
         33.05,
         12.45,
         2.0,
         core::CraftType::FibreglassBoat,
         "under way, no distress signal",
         {45, 40, 3, 2},
         "W 3, sea state 2",
         P::Uncertainty,
         "own patrol reports a small boat heading north",
         {{15, Step::Status, {}, S::Assessing, {}, "trying to reach the boat by radio"}}},
        // A rubber boat near the Bouri oil field, sighted by an aircraft: unit on scene now.
        {50,
         core::AlertSource::AircraftSighting,
         33.9,
         12.62,
         1.0,
         core::CraftType::RubberBoat,
         "sinking, people waving",
         {110, 95, 10, 5},
         "SW 4, sea state 3",
         P::Distress,
         "aircraft reports a sinking rubber boat 6 NM west of Bouri field",
         {{5, Step::Task, {}, {}, {}, "nearest patrol boat", false, "Fezzan"},
          {8, Step::Task, {}, {}, {}, "to keep the boat in sight", false, "Coast Guard helicopter 1"},
          {45, Step::OnScene, {}, {}, {}, "rescue under way", false, "Fezzan"}}},
        // A false alarm off Misrata.
        {20 * 60,
         core::AlertSource::DistressCall,
         32.6,
         15.5,
         8.0,
         core::CraftType::Other,
         "unknown",
         {0, std::nullopt, std::nullopt, std::nullopt},
         "calm",
         P::Uncertainty,
         "VHF call, weak signal, position uncertain",
         {{90, Step::Status, {}, S::FalseAlarm, {}, "fishing vessel testing its radio"}}},
        // A rubber boat off Sabratha: landed at Az Zawiya; DCIM's count differs, returned to DCIM.
        {44 * 60,
         core::AlertSource::AlarmPhone,
         33.02,
         12.35,
         2.0,
         core::CraftType::RubberBoat,
         "taking water, no engine",
         {95, 70, 15, 10},
         "N 3, sea state 2",
         P::Distress,
         "Alarm Phone relays a call; people in the water",
         {{15, Step::Task, {}, {}, {}, "tasked from Az Zawiya", false, "Zawia"},
          {110, Step::OnScene, {}, {}, {}, "boat swamped, all taken on board", false, "Zawia"},
          {140, Step::Outcome, {}, {}, {95, 0, 0}, ""},
          {141, Step::Status, {}, S::RescueComplete, {}, ""},
          {142, Step::Release, {}, {}, {}, "returning to Az Zawiya", false, "Zawia"},
          {230, Step::Status, {}, S::Disembarked, {}, "disembarked at the Zawiya refinery port"},
          handover(235, "az-zawiya", H::Declare),
          handover(250, "az-zawiya", H::Acknowledge),
          handover(270, "az-zawiya", H::Medical),
          handover(330, "az-zawiya", H::Return)}},
        // A fibreglass boat intercepted off Zuwara: landed and declared, DCIM not yet there.
        {8 * 60,
         core::AlertSource::OwnPatrol,
         33.08,
         12.1,
         1.0,
         core::CraftType::FibreglassBoat,
         "overloaded, under way",
         {38, 30, 5, 3},
         "W 2, sea state 1",
         P::Alert,
         "own patrol reports an overloaded boat heading north",
         {{10, Step::Task, {}, {}, {}, "nearest patrol boat", false, "Sabratha"},
          {60, Step::OnScene, {}, {}, {}, "boat stopped, persons taken on board", false, "Sabratha"},
          {80, Step::Outcome, {}, {}, {38, 0, 0}, ""},
          {81, Step::Status, {}, S::RescueComplete, {}, ""},
          {82, Step::Release, {}, {}, {}, "returning to Zuwara", false, "Sabratha"},
          {170, Step::Status, {}, S::Disembarked, {}, "disembarked at Zuwara harbour"},
          handover(175, "zuwara", H::Declare)}},
        // A wooden boat off Garabulli with 230 on board: two patrol boats, two ports.
        {36 * 60,
         core::AlertSource::MerchantVessel,
         33.2,
         14.05,
         3.0,
         core::CraftType::WoodenBoat,
         "listing, engine failed",
         {230, 190, 35, 5},
         "NE 4, sea state 3",
         P::Distress,
         "a merchant vessel reports a listing wooden boat and stands by",
         {{15, Step::Task, {}, {}, {}, "tasked from Misrata", false, "Ras Jadir"},
          {20, Step::Task, {}, {}, {}, "tasked from Tripoli", false, "Ubari"},
          {140, Step::OnScene, {}, {}, {}, "boat listing, transfer under way", false, "Ras Jadir"},
          {150, Step::OnScene, {}, {}, {}, "taking the rest on board", false, "Ubari"},
          {200, Step::Outcome, {}, {}, {226, 1, 3}, "3 missing according to the survivors"},
          {201, Step::Status, {}, S::RescueComplete, {}, "Ubari to Al Khums, Ras Jadir to Misrata"},
          {205, Step::Release, {}, {}, {}, "to Misrata with 106 and one body", false, "Ras Jadir"},
          {206, Step::Release, {}, {}, {}, "to Al Khums with 120", false, "Ubari"},
          handover(330, "al-khums", H::Declare),
          handover(345, "al-khums", H::Acknowledge),
          handover(380, "misrata", H::Declare),
          handover(395, "misrata", H::Acknowledge),
          handover(410, "misrata", H::Medical),
          {420, Step::Status, {}, S::Disembarked, {}, "both boats disembarked"}}},
    };
}

core::User asUser(const DemoAccount &account) {
    core::User user;
    user.userName = QString::fromLatin1(account.userName);
    user.displayName = QString::fromLatin1(account.displayName);
    user.agency = account.agency;
    user.role = account.role;
    return user;
}

core::Result<std::map<QString, core::AssetId>> writeAssets(Database &database, const core::Clock &clock) {
    const core::User supervisor = asUser(kAccounts[1]);
    AssetRepository repository(database.connection(), clock);
    std::map<QString, core::AssetId> ids;
    for (const DemoAsset &demo : kAssets) {
        core::Asset asset;
        asset.name = QString::fromUtf8(demo.name);
        asset.callSign = QString::fromLatin1(demo.callSign);
        if (demo.mmsi != 0) {
            asset.mmsi = demo.mmsi;
        }
        asset.kind = demo.kind;
        asset.homePort = QString::fromLatin1(demo.homePort);
        asset.speedKnots = demo.knots;
        auto created = repository.create(supervisor, asset);
        if (!created) {
            return created.error();
        }
        ids.emplace(created->name, created->id);
    }
    return ids;
}

core::Result<void> writeCases(Database &database, const core::Clock &clock, const geo::SrrCatalogue &srrs) {
    const core::User officer = asUser(kAccounts[0]);
    const core::User dcim = asUser(kAccounts[2]);
    auto assets = writeAssets(database, clock);
    if (!assets) {
        return assets.error();
    }
    if (auto lists = demo::writeHandoverLists(database, clock, asUser(kAccounts[7])); !lists) {
        return lists;
    }
    ScriptClock script;
    IncidentService service(database, script);
    demo::HandoverScript handovers(database, script,
                                   {officer, asUser(kAccounts[1]), dcim, asUser(kAccounts[3]),
                                    asUser(kAccounts[4]), asUser(kAccounts[7])});
    std::map<QString, std::int64_t> openTaskings; // asset name → its tasking
    for (const DemoCase &demo : demoCases()) {
        const QDateTime alert = clock.nowUtc().addSecs(-60LL * demo.minutesAgo);
        script.now = alert;
        NewIncident fresh;
        fresh.firstAlertUtc = alert;
        fresh.alertSource = demo.source;
        fresh.latitude = demo.latitude;
        fresh.longitude = demo.longitude;
        fresh.positionUncertaintyNm = demo.uncertaintyNm;
        fresh.srrs = srrs.zonesAt({demo.latitude, demo.longitude});
        fresh.craft = demo.craft;
        fresh.craftCondition = QString::fromUtf8(demo.condition);
        fresh.personsOnBoard = demo.pob;
        fresh.weather = QString::fromUtf8(demo.weather);
        fresh.phase = demo.phase;
        auto incident = service.create(officer, fresh, QString::fromUtf8(demo.remarks));
        if (!incident) {
            return incident.error();
        }
        for (const Step &step : demo.steps) {
            script.now = alert.addSecs(60LL * step.minutesAfterAlert);
            const QString remarks = QString::fromUtf8(step.remarks);
            core::Result<void> done;
            switch (step.kind) {
            case Step::Phase:
                if (auto r = service.changePhase(officer, incident->id, step.phase, remarks); !r) {
                    done = r.error();
                }
                break;
            case Step::Status:
                if (auto r = service.changeStatus(officer, incident->id, step.status, remarks); !r) {
                    done = r.error();
                }
                break;
            case Step::Outcome:
                if (auto r = service.recordOutcome(officer, incident->id, step.outcome, remarks); !r) {
                    done = r.error();
                }
                break;
            case Step::Log:
                done = service.addLogEntry(step.byDcim ? dcim : officer, incident->id, remarks);
                break;
            case Step::Task:
                if (auto r = service.taskAsset(officer, incident->id,
                                               assets->at(QString::fromUtf8(step.asset)), remarks);
                    !r) {
                    done = r.error();
                } else {
                    openTaskings[QString::fromUtf8(step.asset)] = r->id;
                }
                break;
            case Step::OnScene:
            case Step::Release: {
                const std::int64_t tasking = openTaskings.at(QString::fromUtf8(step.asset));
                auto r = step.kind == Step::OnScene ? service.assetOnScene(officer, tasking, remarks)
                                                    : service.releaseAsset(officer, tasking, remarks);
                if (!r) {
                    done = r.error();
                }
                break;
            }
            case Step::Handover:
                done = handovers.run(incident->id, step.landing, step.action);
                break;
            }
            if (!done) {
                return done.error();
            }
        }
    }
    return {};
}

} // namespace

core::Result<void> writeDemoData(Database &database, const core::Clock &clock,
                                 const DemoLineEncoder &encodeLines) {
    auto places = geo::readPlaces(geo::sarReferencePath());
    if (!places) {
        return places.error();
    }
    auto srrs = geo::SrrCatalogue::load(geo::sarReferencePath());
    if (!srrs) {
        return srrs.error();
    }
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    PlaceRepository repository(db);
    for (const core::Place &place : places.value()) {
        if (auto saved = repository.save(place); !saved) {
            return saved;
        }
    }
    UserRepository users(db);
    for (const DemoAccount &account : kAccounts) {
        if (auto created = users.create(asUser(account), demoPassword()); !created) {
            return created.error();
        }
    }
    if (auto cases = writeCases(database, clock, srrs.value()); !cases) {
        return cases;
    }
    // The ships around the cases: three hours of tracks up to now, in the same transaction.
    const DemoTraffic traffic = demoTraffic(clock.nowUtc());
    TrackStore tracks(database);
    if (auto stored = tracks.appendPositions(traffic.positions); !stored) {
        return stored.error();
    }
    if (auto stored = tracks.upsertStatics(traffic.statics); !stored) {
        return stored;
    }
    if (encodeLines) {
        const std::vector<JournalEntry> lines = encodeLines(traffic);
        if (auto journalled = Journal(db).append(lines); !journalled) {
            return journalled;
        }
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo_data_written_at', ?)"));
    query.addBindValue(clock.nowUtc().toString(Qt::ISODate));
    const bool inserted = query.exec();
    query.finish();
    if (!inserted || !transaction.commit()) {
        return core::Error{Text::tr("Cannot write the demonstration data: %1").arg(query.lastError().text())};
    }
    spdlog::info("demonstration data written: {} places, {} accounts, {} assets, {} cases, {} ships",
                 places->size(), std::size(kAccounts), std::size(kAssets), demoCases().size(),
                 traffic.statics.size());
    return {};
}

bool hasDemoData(const Database &database) {
    return !database.meta(QStringLiteral("demo_data_written_at")).isEmpty();
}

} // namespace marsa::storage
