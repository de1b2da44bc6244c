// End to end: a live AIS feed over UDP on loopback reaches the chart, the Vessels panel and the
// track store of a running console, through the feed worker, the decoder and the pipeline.

#include "app_fixture.h"

#include "app/chart_canvas.h"
#include "app/vessel_console.h"
#include "app/vessels_panel.h"
#include "chart/own_ship_layer.h"
#include "chart/target_layer.h"
#include "feeds/ais_encoder.h"
#include "feeds/feed_manager.h"
#include "feeds/feed_source.h"
#include "feeds/nmea_sentence.h"
#include "models/vessel_filter_model.h"
#include "models/vessel_table_model.h"
#include "storage/track_store.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QTest>
#include <QUdpSocket>

#include <functional>

using namespace marsa;

namespace {

constexpr std::uint32_t kTrader = 247'999'001; // an Italian cargo ship
constexpr std::uint32_t kSart = 970'111'222;   // an AIS-SART in the water

bool waitFor(const std::function<bool()> &done, int timeoutMs = 8000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

// Starts a UDP feed on a free loopback port, as an officer would in the Feeds dialog, and
// answers the port once it listens.
quint16 listenOnLoopback(app::VesselConsole &vessels, quint16 id, const QString &name) {
    QUdpSocket probe;
    REQUIRE(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 port = probe.localPort();
    probe.close();
    feeds::FeedConfig config;
    config.id = id;
    config.name = name;
    config.kind = feeds::FeedKind::UdpListener;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    vessels.feeds().setFeeds({config});
    REQUIRE(waitFor([&] {
        const auto &status = vessels.feeds().status();
        return !status.isEmpty() && status.front().state == feeds::FeedState::Listening;
    }));
    return port;
}

feeds::AisMessage positionReport(std::uint32_t mmsi, double lat, double lon, double sogKn, double cogDeg,
                                 int navStatus) {
    feeds::AisMessage message;
    message.type = 1;
    message.mmsi = mmsi;
    feeds::ais::ClassAPositionReport report;
    report.navStatus = static_cast<std::uint8_t>(navStatus);
    report.speed = static_cast<std::uint16_t>(sogKn * 10);
    report.lat = static_cast<std::int32_t>(lat * feeds::ais::kPositionUnitsPerDegree);
    report.lon = static_cast<std::int32_t>(lon * feeds::ais::kPositionUnitsPerDegree);
    report.course = static_cast<std::uint16_t>(cogDeg * 10);
    report.heading = static_cast<std::uint16_t>(cogDeg);
    report.second = 0;
    message.body = report;
    return message;
}

feeds::AisMessage staticData(std::uint32_t mmsi, std::string_view name) {
    feeds::AisMessage message;
    message.type = 5;
    message.mmsi = mmsi;
    feeds::ais::StaticVoyageData data;
    data.imo = 9'700'001;
    data.callSign.assign("IBCD");
    data.shipName.assign(name);
    data.shipType = 70;
    data.toBow = 120;
    data.toStern = 30;
    data.toPort = 12;
    data.toStarboard = 12;
    data.destination.assign("MISURATA");
    message.body = data;
    return message;
}

} // namespace

TEST_CASE("A live UDP feed reaches the chart, the Vessels panel and the track store of the console") {
    test::Console console;
    app::VesselConsole &vessels = console.window->vessels();
    const std::size_t demoTargets = vessels.targets().size();
    REQUIRE(demoTargets >= 15); // the demonstration ships, loaded from the track store

    const quint16 port = listenOnLoopback(vessels, 7, QStringLiteral("Loopback receiver"));

    // What a shore receiver forwards: a cargo ship's position and voyage data, and an AIS-SART,
    // stamped with the console's clock in NMEA 4 tag blocks.
    feeds::NmeaFraming framing;
    framing.tagTimeMs = console.clock.now.toMSecsSinceEpoch();
    framing.tagSource = "loopback";
    QByteArray datagram;
    for (const feeds::AisMessage &message :
         {positionReport(kTrader, 33.5, 13.0, 12.5, 135.0, 0), staticData(kTrader, "TEST TRADER"),
          positionReport(kSart, 33.91, 12.60, 0, 0, 14)}) {
        for (const QByteArray &sentence : feeds::encodeAisSentences(message, framing)) {
            datagram += sentence + "\r\n";
        }
    }
    QUdpSocket sender;
    REQUIRE(sender.writeDatagram(datagram, QHostAddress::LocalHost, port) == datagram.size());

    REQUIRE(waitFor([&] {
        const core::LiveTarget *trader = vessels.targets().find(kTrader);
        return trader != nullptr && trader->statics.name == QStringLiteral("TEST TRADER") &&
               vessels.targets().find(kSart) != nullptr;
    }));
    CHECK(vessels.targets().size() == demoTargets + 2);
    const core::LiveTarget &trader = *vessels.targets().find(kTrader);
    CHECK(trader.position.lat == Approx(33.5).margin(1e-5));
    CHECK(trader.position.lon == Approx(13.0).margin(1e-5));
    CHECK(trader.position.sog == Approx(12.5));
    CHECK(trader.position.timeMs == console.clock.now.toMSecsSinceEpoch());
    CHECK(vessels.targets().find(kSart)->isUnacknowledgedAlarm());

    SECTION("The Vessels panel lists the ship by name and the SART as an alarm, first") {
        QAbstractItemModel &rows = vessels.panel().filterModel();
        QStringList names;
        for (int row = 0; row < rows.rowCount(); ++row) {
            names << rows.index(row, 0).data().toString();
        }
        CHECK(names.contains(QStringLiteral("TEST TRADER")));
        CHECK(vessels.targets().counts().unacknowledgedAlarms == 1);
    }

    SECTION("A click on the ship's symbol on the chart selects it in the panel") {
        app::ChartCanvas &canvas = console.window->canvas();
        const QPointF pixel = canvas.viewport().toScreen(geo::LatLon{33.5, 13.0});
        REQUIRE(canvas.rect().contains(pixel.toPoint()));
        QTest::mouseClick(&canvas, Qt::LeftButton, Qt::NoModifier, pixel.toPoint());
        CHECK(vessels.panel().selectedTarget() == kTrader);
        CHECK(vessels.layer().selected() == kTrader);
        // For the eyes of whoever changes the chart (docs/screenshots is not written by tests).
        console.window->grab().save(QDir::temp().filePath(QStringLiteral("marsa-vessels-live.png")));
    }

    SECTION("The feed worker stored the reports in the track store") {
        storage::TrackStore store(*console.database);
        REQUIRE(waitFor([&] {
            auto track = store.track(kTrader, 0, console.clock.now.toMSecsSinceEpoch());
            return track && track->size() == 1;
        }));
        auto statics = store.staticOf(kTrader);
        REQUIRE(statics);
        REQUIRE(statics.value());
        CHECK(statics.value()->name == QStringLiteral("TEST TRADER"));
    }
}

TEST_CASE("Own ship's GPS sentences from a feed put own ship on the chart and in the status bar") {
    test::Console console;
    app::VesselConsole &vessels = console.window->vessels();
    CHECK_FALSE(vessels.ownShipLayer().fix().has_value());
    CHECK(vessels.ownShipLabel().isHidden());

    const quint16 port = listenOnLoopback(vessels, 8, QStringLiteral("Bridge GPS"));

    // 33°05.400'N 013°10.200'E, 12.3 kn over the ground on 045°, heading 047.5° true. Qt reports a
    // fix once the next second's sentence arrives.
    const auto sentence = [](const QByteArray &body) -> QByteArray {
        return "$" + body + "*" +
               QByteArray::number(feeds::nmeaChecksum(body), 16).toUpper().rightJustified(2, '0') + "\r\n";
    };
    const QByteArray datagram = sentence("GPRMC,100000.00,A,3305.400,N,01310.200,E,12.3,45.0,231126,,,A") +
                                sentence("GPHDT,47.5,T") +
                                sentence("GPRMC,100001.00,A,3305.402,N,01310.203,E,12.3,45.0,231126,,,A");
    QUdpSocket sender;
    REQUIRE(sender.writeDatagram(datagram, QHostAddress::LocalHost, port) == datagram.size());
    REQUIRE(waitFor([&] {
        const auto &fix = vessels.ownShipLayer().fix();
        return fix.has_value() && !std::isnan(fix->headingDeg);
    }));
    const chart::OwnShipFix fix = *vessels.ownShipLayer().fix();
    CHECK(fix.lat == Approx(33.09).margin(1e-4));
    CHECK(fix.lon == Approx(13.17).margin(1e-4));
    CHECK(fix.sogKn == Approx(12.3).margin(0.05));
    CHECK(fix.cogDeg == Approx(45.0));
    CHECK(fix.headingDeg == Approx(47.5));
    CHECK_FALSE(vessels.ownShipLabel().isHidden());
    CHECK(vessels.ownShipLabel().text().contains(QStringLiteral("33°05.40'N")));
    CHECK(vessels.ownShipLabel().text().contains(QStringLiteral("12.3 kn")));
    // No AIS target was made of it.
    CHECK(vessels.targets().find(0) == nullptr);
}
