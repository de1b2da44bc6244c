#include "storage/demo_data.h"

#include "core/logging.h"
#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"
#include "storage/database.h"
#include "storage/incident_service.h"
#include "storage/place_repository.h"
#include "storage/transaction.h"
#include "storage/user_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

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
    enum Kind { Phase, Status, Outcome, Log } kind;
    core::EmergencyPhase phase = core::EmergencyPhase::Uncertainty;
    core::IncidentStatus status = core::IncidentStatus::Reported;
    core::Outcome outcome;
    const char *remarks = "";
    bool byDcim = false;
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
          {25, Step::Status, {}, S::AssetTasked, {}, "patrol boat tasked from Tripoli"},
          {150, Step::Status, {}, S::OnScene, {}, "on scene, boat half submerged"},
          {175, Step::Outcome, {}, {}, {80, 2, 3}, "3 missing, reported fallen in the water before arrival"},
          {176, Step::Status, {}, S::RescueComplete, {}, ""},
          {330, Step::Status, {}, S::Disembarked, {}, "disembarked at Tripoli naval base"},
          {340, Step::Log, {}, {}, {}, "received 80 persons at the naval base", true},
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
          {70, Step::Status, {}, S::AssetTasked, {}, "patrol boat tasked from Tobruk, ETA 4 h"}}},
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
         {{5, Step::Status, {}, S::AssetTasked, {}, "nearest patrol boat tasked"},
          {45, Step::Status, {}, S::OnScene, {}, "on scene, rescue under way"}}},
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

core::Result<void> writeCases(Database &database, const core::Clock &clock, const geo::SrrCatalogue &srrs) {
    const core::User officer = asUser(kAccounts[0]);
    const core::User dcim = asUser(kAccounts[2]);
    ScriptClock script;
    IncidentService service(database, script);
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
            }
            if (!done) {
                return done.error();
            }
        }
    }
    return {};
}

} // namespace

core::Result<void> writeDemoData(Database &database, const core::Clock &clock) {
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
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo_data_written_at', ?)"));
    query.addBindValue(clock.nowUtc().toString(Qt::ISODate));
    const bool inserted = query.exec();
    query.finish();
    if (!inserted || !transaction.commit()) {
        return core::Error{Text::tr("Cannot write the demonstration data: %1").arg(query.lastError().text())};
    }
    spdlog::info("demonstration data written: {} places, {} accounts, {} cases", places->size(),
                 std::size(kAccounts), demoCases().size());
    return {};
}

bool hasDemoData(const Database &database) {
    return !database.meta(QStringLiteral("demo_data_written_at")).isEmpty();
}

} // namespace marsa::storage
