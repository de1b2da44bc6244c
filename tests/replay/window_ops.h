#pragma once

// An operational journal to make an exercise from (docs/exercises.md, "An exercise from a replay
// window"): the demonstration data, then, on 10 March 2030, the lines of a ship the feeds heard
// every 10 s from 01:50 to 03:30 UTC, a case opened before the window, and a case the watch worked
// in it (alert 02:03, opened 02:05 at ALERFA, DETRESFA 02:15, a unit tasked 02:20 and on scene
// 02:50, the outcome 03:10), all written through the services, which journal them.

#include "core/clock.h"
#include "replay/exercise_ais.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/incident_service.h"
#include "storage/journal.h"
#include "storage/user_repository.h"

#include <catch2/catch.hpp>

namespace marsa::test {

inline const QDateTime kWindowFrom(QDate(2030, 3, 10), QTime(2, 0), Qt::UTC);
inline const QDateTime kWindowTo(QDate(2030, 3, 10), QTime(3, 30), Qt::UTC);
inline constexpr std::uint32_t kWindowShip = 636099001;

class SettableClock final : public core::Clock {
public:
    QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime nowUtc() const override { return now; }
};

struct WindowJournal {
    core::CaseNumber caseNumber;
    core::CaseNumber earlierCase;
    QString unitName;
    core::User officer;
};

// The ship's position at a time of the window: eastwards along 33.4 N from 12.2 E, 0.001° per 10 s.
inline geo::LatLon windowShipAt(const QDateTime &t) {
    const double steps = double(QDateTime(QDate(2030, 3, 10), QTime(1, 50), Qt::UTC).secsTo(t)) / 10.0;
    return geo::LatLon{33.40, 12.20 + steps * 0.001};
}

inline WindowJournal writeWindowJournal(storage::Database &ops, bool withDemo = true) {
    SettableClock clock;
    if (withDemo) {
        auto demo = storage::writeDemoData(ops, clock);
        INFO((demo ? QString() : demo.errorMessage()).toStdString());
        REQUIRE(demo);
    }
    WindowJournal made;
    auto officer = storage::UserRepository(ops.connection())
                       .authenticate(QStringLiteral("cg.officer"), storage::demoPassword());
    REQUIRE(officer);
    made.officer = officer.value();
    // The feeds' lines.
    std::vector<storage::JournalEntry> lines;
    int sequence = 0;
    for (QDateTime t(QDate(2030, 3, 10), QTime(1, 50), Qt::UTC);
         t <= QDateTime(QDate(2030, 3, 10), QTime(3, 30), Qt::UTC); t = t.addSecs(10)) {
        replay::AisVesselFix fix;
        fix.mmsi = kWindowShip;
        fix.position = windowShipAt(t);
        fix.sogKn = 0.001 * 60 * 360 * 0.84; // about 18 kn at 33.4 N
        fix.cogDeg = 90.0;
        fix.utcSecond = t.time().second();
        for (const QByteArray &sentence : replay::positionReportSentences(fix)) {
            lines.push_back({0, t.toMSecsSinceEpoch(), storage::JournalKind::Line, 3, sentence});
        }
        if (t.time().minute() % 6 == 0 && t.time().second() == 0) {
            for (const QByteArray &sentence : replay::staticDataSentences(
                     kWindowShip, QStringLiteral("WINDOW TRADER"), QStringLiteral("5AWT1"), 70, sequence)) {
                lines.push_back({0, t.toMSecsSinceEpoch(), storage::JournalKind::Line, 3, sentence});
            }
            sequence = (sequence + 1) % 10;
        }
    }
    REQUIRE(storage::Journal(ops.connection()).append(lines));

    storage::IncidentService service(ops, clock);
    auto at = [&clock](int hour, int minute) {
        clock.now = QDateTime(QDate(2030, 3, 10), QTime(hour, minute), Qt::UTC);
    };
    // A case opened before the window: not the window's.
    at(1, 30);
    storage::NewIncident earlier;
    earlier.firstAlertUtc = clock.now;
    earlier.alertSource = core::AlertSource::MerchantVessel;
    earlier.latitude = 33.9;
    earlier.longitude = 13.1;
    earlier.craft = core::CraftType::WoodenBoat;
    earlier.personsOnBoard.total = 30;
    earlier.phase = core::EmergencyPhase::Uncertainty;
    earlier.srrs = QStringList{QStringLiteral("LBY")};
    auto first = service.create(made.officer, earlier, {});
    INFO((first ? QString() : first.errorMessage()).toStdString());
    REQUIRE(first);
    made.earlierCase = first->caseNumber;
    // The window's case.
    at(2, 5);
    storage::NewIncident boat;
    boat.firstAlertUtc = QDateTime(QDate(2030, 3, 10), QTime(2, 3), Qt::UTC);
    boat.alertSource = core::AlertSource::AlarmPhone;
    boat.latitude = 33.30;
    boat.longitude = 12.50;
    boat.positionUncertaintyNm = 2.0;
    boat.craft = core::CraftType::RubberBoat;
    boat.craftCondition = QStringLiteral("engine stopped, taking water");
    boat.personsOnBoard.total = 80;
    boat.phase = core::EmergencyPhase::Alert;
    boat.srrs = QStringList{QStringLiteral("LBY")};
    auto created = service.create(made.officer, boat, QStringLiteral("Alarm Phone relay"));
    INFO((created ? QString() : created.errorMessage()).toStdString());
    REQUIRE(created);
    made.caseNumber = created->caseNumber;
    at(2, 10);
    REQUIRE(
        service.changePhase(made.officer, first->id, core::EmergencyPhase::Alert, QStringLiteral("no news")));
    at(2, 15);
    REQUIRE(service.changePhase(made.officer, created->id, core::EmergencyPhase::Distress,
                                QStringLiteral("water inside")));
    auto assets = storage::AssetRepository(ops.connection(), clock).all();
    REQUIRE(assets);
    REQUIRE_FALSE(assets->empty());
    at(2, 20);
    // The first unit not busy on a demonstration case.
    std::optional<core::Tasking> tasked;
    for (const core::Asset &asset : assets.value()) {
        if (!tasked) {
            if (auto sent = service.taskAsset(made.officer, created->id, asset.id, {})) {
                tasked = sent.value();
                made.unitName = asset.name;
            }
        }
    }
    REQUIRE(tasked);
    at(2, 50);
    REQUIRE(service.assetOnScene(made.officer, tasked->id, {}));
    at(3, 5);
    REQUIRE(service.changeStatus(made.officer, created->id, core::IncidentStatus::RescueComplete, {}));
    at(3, 10);
    core::Outcome outcome;
    outcome.rescued = 78;
    outcome.missing = 2;
    auto recorded = service.recordOutcome(made.officer, created->id, outcome, {});
    INFO((recorded ? QString() : recorded.errorMessage()).toStdString());
    REQUIRE(recorded);
    return made;
}

} // namespace marsa::test
