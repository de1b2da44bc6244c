#pragma once

// A journal to replay, shared by the replay and the console tests: generated AIS traffic as two
// feeds received it, and one case that changes while it plays.

#include "core/clock.h"
#include "core/incident.h"
#include "feeds/ais_traffic.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/incident_service.h"
#include "storage/journal.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace marsa::test {

/// What writeReplayJournal() wrote.
struct ReplayJournal {
    std::int64_t startMs = 0; ///< the first received line
    std::int64_t endMs = 0;   ///< the last one
    core::IncidentId caseId;
    core::CaseNumber caseNumber;
    std::vector<std::int64_t> changesMs; ///< the case's entries: opened, DETRESFA, patrol boat tasked
};

/// The journal's clock while the case changes.
class JournalClock final : public core::Clock {
public:
    QDateTime now;
    QDateTime nowUtc() const override { return now; }
};

inline core::User replaySupervisor() {
    core::User user;
    user.userName = QStringLiteral("a.salem");
    user.agency = core::Agency::CoastGuard;
    user.role = core::Role::Supervisor;
    return user;
}

/// `count` lines of generated traffic of `ships` vessels from `startMs`, each received 300 ms
/// after its tag block's time by one of two feeds, appended to the journal; a case opened 2
/// minutes in (ALERFA, first alert a minute before), DETRESFA at 6 minutes, a patrol boat tasked
/// at 9.
inline ReplayJournal writeReplayJournal(storage::Database &database, std::int64_t count = 6'000,
                                        int ships = 40, std::int64_t startMs = 1'777'593'600'000) {
    feeds::TrafficOptions options;
    options.ships = ships;
    options.startMs = startMs;
    const QByteArray traffic = feeds::generateTraffic(7, count, options);
    static const QRegularExpression tagTime(QStringLiteral(R"(c:(\d+))"));
    std::vector<storage::JournalEntry> lines;
    std::int64_t lastMs = options.startMs;
    std::int64_t feed = 1;
    for (const QByteArray &sentence : traffic.split('\n')) {
        const QByteArray line = sentence.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const auto match = tagTime.match(QString::fromLatin1(line));
        if (match.hasMatch()) {
            lastMs = std::max<std::int64_t>(lastMs, match.captured(1).toLongLong() * 1000 + 300);
        }
        if (!line.contains(",2,2,")) { // a two-sentence message comes whole from one feed
            feed = feed == 1 ? 2 : 1;
        }
        lines.push_back({0, lastMs, storage::JournalKind::Line, feed, line});
    }
    REQUIRE(storage::Journal(database.connection()).append(lines));

    ReplayJournal run;
    run.startMs = lines.front().timeMs;
    run.endMs = lines.back().timeMs;
    JournalClock clock;
    auto at = [&clock, &run](int minutes) {
        clock.now = QDateTime::fromMSecsSinceEpoch(run.startMs + minutes * 60'000, Qt::UTC);
        run.changesMs.push_back(clock.now.toMSecsSinceEpoch());
    };
    const core::User officer = replaySupervisor();
    storage::IncidentService service(database, clock);
    clock.now = QDateTime::fromMSecsSinceEpoch(run.startMs, Qt::UTC);
    core::Asset boat;
    boat.name = QStringLiteral("Sabratha 7");
    boat.callSign = QStringLiteral("5ARP7");
    boat.homePort = QStringLiteral("tripoli");
    auto asset = storage::AssetRepository(database.connection(), clock).create(officer, boat);
    INFO((asset.isOk() ? QString() : asset.errorMessage()).toStdString());
    REQUIRE(asset);

    at(2);
    storage::NewIncident fresh;
    fresh.firstAlertUtc = clock.now.addSecs(-60);
    fresh.latitude = 33.1;
    fresh.longitude = 12.1;
    fresh.srrs = {QStringLiteral("LBY")};
    fresh.personsOnBoard.total = 110;
    fresh.phase = core::EmergencyPhase::Alert;
    auto created = service.create(officer, fresh, {});
    INFO((created.isOk() ? QString() : created.errorMessage()).toStdString());
    REQUIRE(created);
    run.caseId = created->id;
    run.caseNumber = created->caseNumber;
    at(6);
    REQUIRE(service.changePhase(officer, run.caseId, core::EmergencyPhase::Distress,
                                QStringLiteral("taking water")));
    at(9);
    REQUIRE(service.taskAsset(officer, run.caseId, asset->id, {}));
    return run;
}

} // namespace marsa::test
