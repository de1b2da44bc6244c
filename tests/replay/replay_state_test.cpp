#include "replay/replay_state.h"

#include "core/live_targets.h"
#include "feeds/ais_encoder.h"
#include "feeds/ais_pipeline.h"
#include "feeds/ais_traffic.h"
#include "storage/asset_repository.h"
#include "storage/database.h"
#include "storage/incident_service.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>

using namespace marsa;

namespace {

// What the chart and the Vessels panel show of a target: compared between the live run and replay.
struct Shown {
    double lat = 0;
    double lon = 0;
    std::int64_t heardMs = 0;
    core::TargetState state = core::TargetState::Live;
    QString name;
    bool alarm = false;
    bool operator==(const Shown &) const = default;
};

std::map<std::uint32_t, Shown> shown(const core::LiveTargets &targets) {
    std::map<std::uint32_t, Shown> result;
    for (const core::LiveTarget &target : targets.targets()) {
        result[target.mmsi] = {target.position.lat, target.position.lon,  target.position.timeMs,
                               target.state,        target.displayName(), target.isAlarm};
    }
    return result;
}

// Received lines of a generated feed: each received 300 ms after its tag block's time, by one of
// two feeds.
std::vector<feeds::ReceivedLine> generatedFeed(std::int64_t count, int ships) {
    feeds::TrafficOptions options;
    options.ships = ships;
    const QByteArray traffic = feeds::generateTraffic(7, count, options);
    static const QRegularExpression tagTime(QStringLiteral(R"(c:(\d+))"));
    std::vector<feeds::ReceivedLine> lines;
    std::int64_t lastMs = options.startMs;
    quint16 feed = 1;
    for (const QByteArray &sentence : traffic.split('\n')) {
        const QByteArray line = sentence.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const auto match = tagTime.match(QString::fromLatin1(line));
        if (match.hasMatch()) {
            lastMs = std::max<std::int64_t>(lastMs, match.captured(1).toLongLong() * 1000 + 300);
        }
        // A two-sentence message comes whole from one feed; others alternate.
        if (!line.contains(",2,2,")) {
            feed = feed == 1 ? 2 : 1;
        }
        lines.push_back({line, lastMs, feed});
    }
    // The shore receivers fail for 8.5 minutes, 14 minutes in: the targets not heard again soon
    // after are lost at the instants that follow.
    const std::int64_t outageMs = options.startMs + 14 * 60'000;
    std::erase_if(lines, [outageMs](const feeds::ReceivedLine &line) {
        return line.receivedMs >= outageMs && line.receivedMs < outageMs + 510'000;
    });
    return lines;
}

} // namespace

TEST_CASE("A replay shows the targets the live console showed at the same instant", "[replay]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("m.sqlite"));
    auto database = storage::Database::open(path);
    REQUIRE(database);

    const std::vector<feeds::ReceivedLine> lines = generatedFeed(30'000, 40);
    const std::int64_t startMs = lines.front().receivedMs;
    const std::int64_t endMs = lines.back().receivedMs;
    REQUIRE(endMs - startMs > 45 * 60'000); // long enough for targets to be lost and removed

    // Instants to compare at: early, when targets have been lost, and late.
    std::vector<std::int64_t> instants{startMs + 5 * 60'000, startMs + 22 * 60'000 + 40'000,
                                       startMs + 41 * 60'000 + 500, endMs};
    std::map<std::int64_t, std::map<std::uint32_t, Shown>> live;

    // The live run: the pipeline the console runs (decode, journal, batches to the target table,
    // positions then static data as VesselConsole applies them), in batches of 250 ms of traffic.
    {
        feeds::AisPipeline pipeline(path, 1'000'000);
        core::LiveTargets targets;
        QObject::connect(&pipeline, &feeds::AisPipeline::batchReady,
                         [&targets](const feeds::TargetBatchPtr &batch) {
                             targets.apply(std::span<const core::VesselPosition>(batch->positions));
                             for (const core::VesselStatic &statics : batch->statics) {
                                 targets.apply(statics);
                             }
                         });
        std::size_t next = 0;
        std::size_t instant = 0;
        while (next < lines.size()) {
            std::size_t end = next;
            while (end < lines.size() && lines[end].receivedMs < lines[next].receivedMs + 250) {
                ++end;
            }
            // Stop at the next instant: what arrived at or before it, not after.
            if (instant < instants.size()) {
                std::size_t upTo = next;
                while (upTo < end && lines[upTo].receivedMs <= instants[instant]) {
                    ++upTo;
                }
                end = std::max(upTo,
                               next + (upTo == next && lines[next].receivedMs > instants[instant] ? 0 : 1));
            }
            if (end > next) {
                pipeline.acceptLines(std::span(lines).subspan(next, end - next));
                pipeline.flush();
                targets.age(lines[end - 1].receivedMs);
                next = end;
            }
            while (instant < instants.size() &&
                   (next == lines.size() || lines[next].receivedMs > instants[instant])) {
                targets.age(instants[instant]);
                live[instants[instant]] = shown(targets);
                ++instant;
            }
        }
        pipeline.shutdown();
    }

    for (std::int64_t at : instants) {
        INFO("instant " << (at - startMs) / 1000 << " s into the feed");
        auto replayed = replay::stateAt(database->connection(), at);
        REQUIRE(replayed);
        const auto expected = live.at(at);
        const auto actual = shown(replayed->targets);
        CHECK(actual.size() == expected.size());
        for (const auto &[mmsi, target] : expected) {
            INFO("MMSI " << mmsi);
            REQUIRE(actual.count(mmsi) == 1);
            CHECK(actual.at(mmsi) == target);
        }
    }
    // Some of them were lost at one instant: the comparison covered that state too.
    bool anyLost = false;
    for (const auto &[at, targets] : live) {
        for (const auto &[mmsi, target] : targets) {
            anyLost = anyLost || target.state == core::TargetState::Lost;
        }
    }
    CHECK(anyLost);
}

namespace {

class FixedClock final : public core::Clock {
public:
    QDateTime now;
    QDateTime nowUtc() const override { return now; }
};

core::User officer() {
    core::User user;
    user.userName = QStringLiteral("a.salem");
    user.agency = core::Agency::CoastGuard;
    user.role = core::Role::Supervisor;
    return user;
}

QJsonObject replayCli(const QString &path, const QString &from, const QString &to, const QString &at) {
    QProcess process;
    process.start(QStringLiteral(MARSA_CLI_EXECUTABLE),
                  {QStringLiteral("replay"), QStringLiteral("--db"), path, QStringLiteral("--from"), from,
                   QStringLiteral("--to"), to, QStringLiteral("--at"), at, QStringLiteral("--state")});
    REQUIRE(process.waitForFinished(60'000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QString iso(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

TEST_CASE("marsa-cli replay prints the targets and the case as the live console had them", "[replay][cli]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("m.sqlite"));
    auto database = storage::Database::open(path);
    REQUIRE(database);
    const std::vector<feeds::ReceivedLine> lines = generatedFeed(6'000, 40);
    const std::int64_t startMs = lines.front().receivedMs;
    FixedClock clock;
    storage::IncidentService service(database.value(), clock);
    core::Asset boat;
    boat.name = QStringLiteral("Fezzan");
    boat.callSign = QStringLiteral("5ACG9");
    boat.homePort = QStringLiteral("tripoli");
    clock.now = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    auto asset = storage::AssetRepository(database->connection(), clock).create(officer(), boat);
    REQUIRE(asset);

    // The case's changes at minutes 2, 6 and 9 of the feed; the states compared at 4, 8 and 10.
    struct Change {
        std::int64_t atMs;
        std::function<void()> apply;
    };
    core::IncidentId id;
    const std::vector<Change> changes{
        {startMs + 2 * 60'000,
         [&] {
             storage::NewIncident fresh;
             fresh.firstAlertUtc = clock.now.addSecs(-60);
             fresh.latitude = 33.1;
             fresh.longitude = 12.1;
             fresh.srrs = {QStringLiteral("LBY")};
             fresh.personsOnBoard.total = 110;
             fresh.phase = core::EmergencyPhase::Alert;
             auto created = service.create(officer(), fresh, {});
             INFO((created.isOk() ? QString() : created.errorMessage()).toStdString());
             REQUIRE(created);
             id = created->id;
         }},
        {startMs + 6 * 60'000,
         [&] {
             REQUIRE(service.changePhase(officer(), id, core::EmergencyPhase::Distress,
                                         QStringLiteral("taking water")));
         }},
        {startMs + 9 * 60'000, [&] { REQUIRE(service.taskAsset(officer(), id, asset->id, {})); }},
    };
    const std::vector<std::int64_t> instants{startMs + 4 * 60'000, startMs + 8 * 60'000,
                                             startMs + 10 * 60'000};
    std::map<std::int64_t, std::map<std::uint32_t, Shown>> liveTargets;
    std::map<std::int64_t, core::Incident> liveCase;
    {
        feeds::AisPipeline pipeline(path, 1'000'000);
        core::LiveTargets targets;
        QObject::connect(&pipeline, &feeds::AisPipeline::batchReady,
                         [&targets](const feeds::TargetBatchPtr &batch) {
                             targets.apply(std::span<const core::VesselPosition>(batch->positions));
                             for (const core::VesselStatic &statics : batch->statics) {
                                 targets.apply(statics);
                             }
                         });
        std::size_t change = 0;
        std::size_t instant = 0;
        for (const feeds::ReceivedLine &line : lines) {
            while (instant < instants.size() && line.receivedMs > instants[instant]) {
                pipeline.flush();
                targets.age(instants[instant]);
                liveTargets[instants[instant]] = shown(targets);
                liveCase[instants[instant]] = service.find(id).value();
                ++instant;
            }
            if (change < changes.size() && line.receivedMs > changes[change].atMs) {
                clock.now = QDateTime::fromMSecsSinceEpoch(changes[change].atMs, Qt::UTC);
                changes[change++].apply();
            }
            pipeline.acceptLines(std::span(&line, 1));
        }
        pipeline.shutdown();
    }
    REQUIRE(liveCase.size() == 3);

    for (std::int64_t at : instants) {
        INFO("minute " << (at - startMs) / 60'000);
        const QJsonObject state = replayCli(path, iso(startMs), iso(lines.back().receivedMs), iso(at));
        const QJsonArray targets = state.value(QStringLiteral("targets")).toArray();
        REQUIRE(targets.size() == static_cast<qsizetype>(liveTargets.at(at).size()));
        for (const QJsonValue &value : targets) {
            const QJsonObject target = value.toObject();
            const auto mmsi = static_cast<std::uint32_t>(target.value(QStringLiteral("mmsi")).toInteger());
            REQUIRE(liveTargets.at(at).count(mmsi) == 1);
            const Shown &live = liveTargets.at(at).at(mmsi);
            CHECK(target.value(QStringLiteral("lat")).toDouble() == live.lat);
            CHECK(target.value(QStringLiteral("lon")).toDouble() == live.lon);
            CHECK(target.value(QStringLiteral("name")).toString() == live.name);
            CHECK(target.value(QStringLiteral("state")).toString() ==
                  (live.state == core::TargetState::Live ? QStringLiteral("live") : QStringLiteral("lost")));
        }
        const QJsonArray incidents = state.value(QStringLiteral("incidents")).toArray();
        REQUIRE(incidents.size() == 1);
        const QJsonObject shownCase = incidents.first().toObject();
        const core::Incident &live = liveCase.at(at);
        CHECK(shownCase.value(QStringLiteral("case")).toString() == live.caseNumber.text());
        CHECK(shownCase.value(QStringLiteral("phase")).toString() == core::phaseCode(live.phase));
        CHECK(shownCase.value(QStringLiteral("status")).toString() == core::statusKey(live.status));
        CHECK(shownCase.value(QStringLiteral("version")).toInt() == live.version);
        CHECK(state.value(QStringLiteral("taskings")).toArray().size() == (at > changes[2].atMs ? 1 : 0));
    }
    CHECK(liveCase.at(instants[0]).phase == core::EmergencyPhase::Alert);
    CHECK(liveCase.at(instants[2]).status == core::IncidentStatus::AssetTasked);
}

TEST_CASE("marsa-cli replay refuses a malformed request with a message", "[replay][cli]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("m.sqlite"));
    REQUIRE(storage::Database::open(path));
    auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(MARSA_CLI_EXECUTABLE),
                      QStringList{QStringLiteral("replay")} + arguments);
        REQUIRE(process.waitForFinished(60'000));
        return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
    };
    const QString db = QStringLiteral("--db");
    // Neither --incident nor a window; both; --at outside the window; no such case; no journal of it.
    CHECK(run({db, path, QStringLiteral("--at"), QStringLiteral("end"), QStringLiteral("--state")}).first ==
          2);
    CHECK(
        run({db, path, QStringLiteral("--incident"), QStringLiteral("LY-2026-0001"), QStringLiteral("--from"),
             QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-02"),
             QStringLiteral("--at"), QStringLiteral("end"), QStringLiteral("--state")})
            .first == 2);
    const auto outside =
        run({db, path, QStringLiteral("--from"), QStringLiteral("2026-05-01T00:00:00Z"),
             QStringLiteral("--to"), QStringLiteral("2026-05-01T01:00:00Z"), QStringLiteral("--at"),
             QStringLiteral("2026-05-01T02:00:00Z"), QStringLiteral("--state")});
    CHECK(outside.first == 2);
    CHECK(outside.second.contains(QStringLiteral("inside the window")));
    const auto unknown = run({db, path, QStringLiteral("--incident"), QStringLiteral("LY-2026-0042"),
                              QStringLiteral("--at"), QStringLiteral("end"), QStringLiteral("--state")});
    CHECK(unknown.first == 1);
    CHECK(unknown.second.contains(QStringLiteral("LY-2026-0042")));
    CHECK(run({db, folder.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--from"),
               QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-05-02"),
               QStringLiteral("--at"), QStringLiteral("start"), QStringLiteral("--state")})
              .first == 2);
}

namespace {

// An AIS-SART's position report (type 1, navigational status 14) received at `atMs`.
storage::JournalEntry sartLine(std::uint32_t mmsi, std::int64_t atMs) {
    feeds::AisMessage message;
    message.type = 1;
    message.mmsi = mmsi;
    feeds::ais::ClassAPositionReport report;
    report.navStatus = 14;
    report.lat = static_cast<std::int32_t>(33.1 * 600'000);
    report.lon = static_cast<std::int32_t>(12.4 * 600'000);
    report.speed = 0;
    report.course = 0;
    message.body = report;
    feeds::NmeaFraming framing;
    framing.tagTimeMs = atMs;
    const QList<QByteArray> sentences = feeds::encodeAisSentences(message, framing);
    REQUIRE(sentences.size() == 1);
    return {0, atMs, storage::JournalKind::Line, 1, sentences.front()};
}

// As the live console journals it: when, and when the target was last heard.
storage::JournalEntry acknowledgement(std::uint32_t mmsi, std::int64_t atMs, std::int64_t heardMs) {
    return {0, atMs, storage::JournalKind::AlarmAcknowledged, mmsi, QByteArray::number(heardMs)};
}

bool acknowledgedAt(storage::Database &database, std::uint32_t mmsi, std::int64_t atMs) {
    auto state = replay::stateAt(database.connection(), atMs);
    REQUIRE(state);
    const core::LiveTarget *target = state->targets.find(mmsi);
    REQUIRE(target != nullptr);
    REQUIRE(target->isAlarm);
    return target->isAcknowledged;
}

} // namespace

TEST_CASE("A replay shows an alarm acknowledged from the moment the officer acknowledged it", "[replay]") {
    QTemporaryDir folder;
    auto database = storage::Database::open(folder.filePath(QStringLiteral("journal.sqlite")));
    REQUIRE(database);
    constexpr std::int64_t t0 = 1'777'593'600'000;
    constexpr std::int64_t minute = 60'000;
    constexpr std::uint32_t heardOn = 970'012'345; // transmits every minute for two hours
    constexpr std::uint32_t silent = 970'012'346;  // acknowledged, silent for 30 minutes, heard again
    // The live console's journal: both acknowledged at 5:30, and every 5 minutes again while the
    // live table holds them. The silent one was last heard at 10:01 and removed at 30:01 (20
    // minutes without a report): its last acknowledgement is at 25:30.
    std::vector<storage::JournalEntry> entries;
    for (std::int64_t m = 0; m <= 120; ++m) {
        entries.push_back(sartLine(heardOn, t0 + m * minute));
        if (m <= 10 || m >= 40) {
            entries.push_back(sartLine(silent, t0 + m * minute + 1'000));
        }
        if (m % 5 == 0 && m >= 5) {
            entries.push_back(acknowledgement(heardOn, t0 + m * minute + 30'000, t0 + m * minute));
            if (m <= 25) {
                entries.push_back(acknowledgement(silent, t0 + m * minute + 30'000,
                                                  t0 + std::min<std::int64_t>(m, 10) * minute + 1'000));
            }
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.timeMs < b.timeMs; });
    REQUIRE(storage::Journal(database->connection()).append(entries));

    // Before the acknowledgement: flashing. Just after it: acknowledged.
    CHECK_FALSE(acknowledgedAt(database.value(), heardOn, t0 + 5 * minute));
    CHECK(acknowledgedAt(database.value(), heardOn, t0 + 6 * minute));
    CHECK(acknowledgedAt(database.value(), silent, t0 + 6 * minute));
    // An hour later the acknowledgement lies before the replayed window of 20 minutes: the SART
    // heard all along is still the acknowledged alarm.
    CHECK(acknowledgedAt(database.value(), heardOn, t0 + 60 * minute));
    CHECK(acknowledgedAt(database.value(), heardOn, t0 + 120 * minute));
    // The one silent for 30 minutes was removed from the live table and flagged afresh.
    CHECK_FALSE(acknowledgedAt(database.value(), silent, t0 + 45 * minute));

    // Playing through the acknowledgement does the same as seeking past it.
    core::LiveTargets played;
    replay::LineReplayer replayer(played);
    REQUIRE(replay::replayLines(database->connection(), replayer, t0, t0 + 5 * minute));
    CHECK(played.find(heardOn)->isUnacknowledgedAlarm());
    REQUIRE(replay::replayLines(database->connection(), replayer, t0 + 5 * minute + 1, t0 + 7 * minute));
    CHECK_FALSE(played.find(heardOn)->isUnacknowledgedAlarm());
    CHECK(played.counts().unacknowledgedAlarms == 0);
}
