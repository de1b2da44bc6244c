// The exercise director: the scenario's messages at their exercise times, once whoever runs it, and
// its AIS picture as real !AIVDM lines that the project's decoder reads back at the scripted
// positions; the exercise clock that drives it.

#include "feeds/ais_decoder.h"
#include "geo/geodesy.h"
#include "replay/drift.h"
#include "replay/exercise_ais.h"
#include "replay/exercise_clock.h"
#include "replay/exercise_director.h"
#include "replay/exercise_traffic.h"
#include "storage/database.h"
#include "storage/exercise.h"
#include "storage/exercise_run.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <map>

using namespace marsa;

namespace {

const QDateTime kTZero(QDate(2026, 11, 23), QTime(1, 40, 0), Qt::UTC);

// The wall clock the test moves (what a monotonic source is to a replay).
class WallClock final : public core::Clock {
public:
    QDateTime now = QDateTime(QDate(2026, 12, 5), QTime(9, 0, 0), Qt::UTC);
    QDateTime nowUtc() const override { return now; }
};

QString scenarioText(const char *name) {
    QFile file(QStringLiteral(":/marsa/scenarios/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

struct Drill {
    QTemporaryDir folder;
    std::unique_ptr<storage::Database> database;
    WallClock wall;
    std::unique_ptr<replay::ExerciseClock> clock;
    std::unique_ptr<storage::ExerciseRunStore> run;
    std::unique_ptr<replay::ExerciseDirector> director;
    std::unique_ptr<replay::ExerciseTraffic> traffic;
    std::vector<feeds::ReceivedLine> lines;

    explicit Drill(const char *scenario = "zuwara-night.json") {
        auto db = storage::Database::open(folder.filePath(QStringLiteral("drill.sqlite")));
        REQUIRE(db);
        database = std::make_unique<storage::Database>(std::move(db.value()));
        storage::ExerciseScript script;
        script.scenarioText = scenarioText(scenario);
        script.startUtc = kTZero;
        REQUIRE(storage::markAsExercise(*database, QStringLiteral("Course 3"), QStringLiteral("ops"),
                                        wall.now, script));
        clock = std::make_unique<replay::ExerciseClock>(kTZero, wall);
        auto store = storage::ExerciseRunStore::open(*database, wall);
        REQUIRE(store);
        run = std::make_unique<storage::ExerciseRunStore>(std::move(store.value()));
        auto made = replay::ExerciseDirector::create(*database, *clock);
        INFO((made ? QString() : made.errorMessage()).toStdString());
        REQUIRE(made);
        director = std::move(made.value());
        auto played = replay::ExerciseTraffic::create(
            *database, *clock, {{QStringLiteral("zuwara"), geo::LatLon{32.93, 12.08}}});
        REQUIRE(played);
        traffic = std::move(played.value());
        traffic->setLineSink([this](std::vector<feeds::ReceivedLine> sent) {
            lines.insert(lines.end(), sent.begin(), sent.end());
        });
    }
    void follow() { clock->setRun(run->read().value()); }
    void advance(int seconds) {
        wall.now = wall.now.addSecs(seconds);
        follow();
    }
    int tick() {
        auto sent = director->tick();
        INFO((sent ? QString() : sent.errorMessage()).toStdString());
        REQUIRE(sent);
        REQUIRE(traffic->tick());
        return sent.value();
    }
    std::vector<storage::ExerciseMessage> messages() const {
        return storage::ExerciseMessages(*database).after(0).value();
    }
};

std::int64_t at(int seconds) {
    return kTZero.toMSecsSinceEpoch() + seconds * 1000LL;
}

} // namespace

TEST_CASE("The exercise clock follows the run state: T+0 before the start, still when paused", "[exercise]") {
    WallClock wall;
    replay::ExerciseClock clock(kTZero, wall);
    CHECK(clock.isSimulated());
    CHECK(clock.nowUtc() == kTZero);
    storage::ExerciseRun run;
    run.state = storage::ExerciseState::Running;
    run.speed = 60.0;
    run.anchorExerciseMs = kTZero.toMSecsSinceEpoch();
    run.anchorWallMs = wall.now.toMSecsSinceEpoch();
    clock.setRun(run);
    wall.now = wall.now.addSecs(30);
    CHECK(clock.nowUtc() == kTZero.addSecs(1800));
    CHECK(replay::ExerciseClock::offsetText(clock.elapsedSeconds()) == QLatin1String("T+00:30:00"));
    run.state = storage::ExerciseState::Paused;
    clock.setRun(run);
    CHECK(clock.nowUtc() == kTZero);
}

TEST_CASE("The director sends each scripted message at its exercise time, once, and never a trainer's note",
          "[exercise]") {
    Drill d;
    d.advance(600);
    CHECK(d.tick() == 0); // not started: nothing is due
    CHECK(d.messages().empty());
    REQUIRE(d.run->start());
    d.follow();
    CHECK(d.tick() == 2); // T+0: the alert and the weather
    auto messages = d.messages();
    REQUIRE(messages.size() == 2);
    const auto alert = std::find_if(messages.begin(), messages.end(),
                                    [](const auto &m) { return m.kind == QLatin1String("alert"); });
    REQUIRE(alert != messages.end());
    CHECK(alert->timeMs == at(0));
    const QJsonObject fields = QJsonDocument::fromJson(alert->payload).object();
    CHECK(fields.value(QStringLiteral("case")).toString() == QLatin1String("zuwara-rubber"));
    CHECK(fields.value(QStringLiteral("source")).toString() == QLatin1String("alarm_phone"));
    CHECK(fields.value(QStringLiteral("persons")).toInt() > 0);

    d.advance(19 * 60 + 59);
    CHECK(d.tick() == 0);
    d.advance(1);
    CHECK(d.tick() == 1); // T+00:20:00, the radio call
    CHECK(d.messages().back().timeMs == at(1200));
    CHECK(d.messages().back().kind == QLatin1String("radio_call"));
    CHECK(d.tick() == 0);

    // A second console's director on its own connection sends nothing again.
    auto other = storage::Database::open(d.database->path());
    REQUIRE(other);
    auto second = replay::ExerciseDirector::create(other.value(), *d.clock);
    REQUIRE(second);
    CHECK(second.value()->tick().value() == 0);

    // The trainer sends the man overboard (T+01:10) early: at once, and not again at its time.
    std::size_t overboard = 0;
    for (std::size_t i = 0; i < d.director->timeline().size(); ++i) {
        if (d.director->timeline()[i].inject == replay::InjectKind::ManOverboard) {
            overboard = i;
        }
    }
    REQUIRE(d.director->sendNow(overboard).value());
    CHECK(d.messages().back().timeMs == at(1200));
    CHECK_FALSE(d.director->sendNow(overboard).value());

    REQUIRE(d.run->setSpeed(60.0));
    d.advance(100); // 100 s at 60x: to T+02:00:00
    d.tick();
    messages = d.messages();
    int overboards = 0;
    for (const auto &m : messages) {
        overboards += m.kind == QLatin1String("man_overboard") ? 1 : 0;
        CHECK(m.kind != QLatin1String("note"));
        CHECK_FALSE(QString::fromUtf8(m.payload).contains(QStringLiteral("stand by, the trainer")));
    }
    CHECK(overboards == 1);
    CHECK(messages.back().timeMs == at(7200)); // the weather of T+02:00:00

    // Paused, then ended: nothing more, whatever the wall clock does.
    const auto count = messages.size();
    REQUIRE(d.run->end());
    d.advance(3 * 3600);
    CHECK(d.tick() == 0);
    CHECK(d.messages().size() == count);
    CHECK(d.clock->nowUtc() == kTZero.addSecs(7200));
}

TEST_CASE("The exercise traffic's AIS lines decode back to the scripted positions", "[exercise]") {
    Drill d;
    REQUIRE(d.run->start());
    d.follow();
    d.tick();
    d.advance(45 * 60); // at 1x: the last minute is sent (a console that was away sends no flood)
    d.tick();
    REQUIRE_FALSE(d.lines.empty());
    const replay::Scenario &scenario = d.director->scenario();
    std::map<std::uint32_t, std::vector<geo::LatLon>> scripted;
    feeds::AisDecoder decoder;
    int positions = 0;
    int statics = 0;
    for (const feeds::ReceivedLine &line : d.lines) {
        CHECK(line.sourceId == replay::ExerciseTraffic::kFeedId);
        CHECK(line.line.startsWith("!AIVDM,"));
        feeds::AisMessage message;
        if (!decoder.decodeLine(line.line, message, line.receivedMs).hasMessage()) {
            continue;
        }
        if (const auto *report = message.as<feeds::ais::ClassAPositionReport>()) {
            ++positions;
            const auto decoded =
                feeds::ais::latLonDegrees(report->lat, report->lon, feeds::ais::kPositionUnitsPerDegree);
            REQUIRE(decoded);
            const replay::Offset offset{(line.receivedMs - kTZero.toMSecsSinceEpoch()) / 1000};
            for (const replay::TrafficVessel &vessel : scenario.traffic) {
                if (static_cast<std::uint32_t>(vessel.mmsi) == message.mmsi) {
                    const geo::LatLon expected = replay::positionOnTrack(replay::vesselTrack(vessel), offset);
                    const double metres =
                        geo::rangeBearing(expected, geo::LatLon{decoded->first, decoded->second}).distanceNm *
                        1852.0;
                    CHECK(metres < 10.0);
                }
            }
        }
        if (const auto *data = message.as<feeds::ais::StaticVoyageData>()) {
            ++statics;
            if (message.mmsi == 636021457) {
                CHECK(data->shipName.view() == "ARAL TRADER");
                CHECK(data->callSign.view() == "D5QR7");
            }
        }
    }
    CHECK(statics == 3); // every vessel at sea at T+0 heard at the first tick (AL HOUT 3 appears at T+00:30)
    CHECK(positions == 3 + 6 * 4); // T+0, then T+44:10 to T+45:00 for all four
    // Reports every 10 s of exercise time, on the line's receive time.
    CHECK(d.lines.back().receivedMs == at(45 * 60));
}

TEST_CASE("A type 1 report encodes like the reference vector of its values", "[exercise]") {
    // ais-vectors.csv, gpsd's sample: type 1, MMSI 371798000, 48.381633 N 123.395383 W, 12.3 kn, 224°.
    replay::AisVesselFix fix;
    fix.mmsi = 371798000;
    fix.position = geo::LatLon{48.381633, -123.395383};
    fix.sogKn = 12.3;
    fix.cogDeg = 224.0;
    const QList<QByteArray> sentences = replay::positionReportSentences(fix);
    REQUIRE(sentences.size() == 1);
    // The payload's first five characters carry the type, the repeat indicator and 28 bits of the MMSI.
    CHECK(sentences.front().startsWith("!AIVDM,1,1,,A,15RTg"));
    feeds::AisDecoder decoder;
    feeds::AisMessage message;
    REQUIRE(decoder.decodeLine(sentences.front(), message).hasMessage());
    const auto *report = message.as<feeds::ais::ClassAPositionReport>();
    REQUIRE(report);
    CHECK(message.mmsi == 371798000);
    CHECK(report->speed == 123);
    CHECK(report->course == 2240);
    const auto decoded =
        feeds::ais::latLonDegrees(report->lat, report->lon, feeds::ais::kPositionUnitsPerDegree);
    CHECK(decoded->first == Approx(48.381633).margin(1e-6));
    CHECK(decoded->second == Approx(-123.395383).margin(1e-6));
}

TEST_CASE("Nothing of a scenario runs on an operational database", "[exercise]") {
    QTemporaryDir folder;
    auto db = storage::Database::open(folder.filePath(QStringLiteral("ops.sqlite")));
    REQUIRE(db);
    WallClock wall;
    replay::ExerciseClock clock(kTZero, wall);
    auto director = replay::ExerciseDirector::create(db.value(), clock);
    REQUIRE_FALSE(director);
    CHECK(director.errorMessage().contains(QStringLiteral("not an exercise")));
    auto traffic = replay::ExerciseTraffic::create(db.value(), clock, {});
    REQUIRE_FALSE(traffic);
    CHECK(traffic.errorMessage().contains(QStringLiteral("not an exercise")));
    CHECK_FALSE(storage::ExerciseRunStore::open(db.value(), wall));
}
