// End to end: a live AIS feed over UDP on loopback reaches the chart, the Vessels panel and the
// track store of a running console, through the feed worker, the decoder and the pipeline.

#include "app_fixture.h"

#include "app/chart_canvas.h"
#include "app/feeds_dialog.h"
#include "app/vessel_console.h"
#include "app/vessels_panel.h"
#include "chart/own_ship_layer.h"
#include "chart/target_layer.h"
#include "feeds/ais_encoder.h"
#include "feeds/feed_config.h"
#include "feeds/feed_manager.h"
#include "feeds/feed_source.h"
#include "feeds/nmea_sentence.h"
#include "models/feed_table_model.h"
#include "models/vessel_filter_model.h"
#include "models/vessel_table_model.h"
#include "storage/track_store.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGeoPositionInfo>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QTableView>
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
    // ...each with its recent track and, for those that sent one, its static data.
    std::size_t named = 0;
    for (const core::LiveTarget &target : vessels.targets().targets()) {
        CHECK(target.track.size() > 10);
        named += target.statics.name.isEmpty() ? 0 : 1;
    }
    CHECK(named >= 12);

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

TEST_CASE("The Feeds dialog gives each feed's lines the AIS decoder rejected, with the reasons") {
    test::Console console;
    app::VesselConsole &vessels = console.window->vessels();
    const quint16 port = listenOnLoopback(vessels, 7, QStringLiteral("Loopback receiver"));
    // The configuration as the Feeds dialog keeps it, so that the dialog lists the feed.
    feeds::FeedConfig config;
    config.id = 7;
    config.name = QStringLiteral("Loopback receiver");
    config.kind = feeds::FeedKind::UdpListener;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    feeds::saveFeedConfigs(*console.settings, {config});

    // One good report, and three sentences with right checksums that the decoder cannot use: a
    // safety broadcast (type 14, not decoded), a payload cut short, an X outside the armour.
    const auto sentence = [](const QByteArray &body) -> QByteArray {
        return "!" + body + "*" +
               QByteArray::number(feeds::nmeaChecksum(body), 16).toUpper().rightJustified(2, '0') + "\r\n";
    };
    QByteArray datagram;
    for (const QByteArray &line :
         feeds::encodeAisSentences(positionReport(kTrader, 33.5, 13.0, 12.5, 135.0, 0), {})) {
        datagram += line + "\r\n";
    }
    datagram += sentence("AIVDM,1,1,,A,>5?Per18=HB1U:1@E=B0m<L,2") +
                sentence("AIVDM,1,1,,A,15RTgt0PAso;90TK,0") +
                sentence("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CX,0");
    QUdpSocket sender;
    REQUIRE(sender.writeDatagram(datagram, QHostAddress::LocalHost, port) == datagram.size());
    REQUIRE(waitFor([&] {
        const auto &status = vessels.feeds().status();
        return !status.isEmpty() && status.front().rejectedLines() == 3;
    }));
    const feeds::FeedStatus status = vessels.feeds().status().front();
    CHECK(status.messages == 1);
    CHECK(status.rejected[static_cast<std::size_t>(feeds::RejectReason::UnsupportedType)] == 1);
    CHECK(status.rejected[static_cast<std::size_t>(feeds::RejectReason::WrongLength)] == 1);
    CHECK(status.rejected[static_cast<std::size_t>(feeds::RejectReason::Malformed)] == 1);
    CHECK(status.damaged == 0); // the checksums are right: the feed saw nothing wrong

    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        app::FeedsDialog dialog(*console.settings, console.window.get());
        dialog.setLayoutDirection(direction);
        dialog.showStatus(vessels.feeds().status());
        dialog.show();
        QTest::qWait(20);
        const QModelIndex rejected = dialog.model().index(0, models::FeedTableModel::RejectedColumn);
        CHECK(rejected.data().toString() == QStringLiteral("3"));
        CHECK(rejected.data(Qt::ToolTipRole).toString() ==
              QStringLiteral(
                  "AIS messages decoded: 1\nLines rejected by the AIS decoder, by reason:\nmalformed: 1\n"
                  "wrong length for its message type: 1\nunsupported message type: 1"));
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("feedsView"));
        REQUIRE(view != nullptr);
        view->selectionModel()->setCurrentIndex(
            dialog.model().index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("feedDetail"))
                  ->text()
                  .endsWith(QStringLiteral(": Listening. AIS messages decoded: 1; lines rejected: 3.")));
        // Every column readable: none cut to less than its header, the whole table in the dialog.
        const QHeaderView *header = view->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            const QString title = dialog.model().headerData(column, Qt::Horizontal).toString();
            CHECK(header->sectionSize(column) >= view->fontMetrics().horizontalAdvance(title));
        }
        CHECK(header->length() <= view->viewport()->width());
        if (const QByteArray dir = qgetenv("MARSA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.grab().save(QString::fromLocal8Bit(dir) + (direction == Qt::RightToLeft
                                                                  ? QStringLiteral("/feeds-dialog-rtl.png")
                                                                  : QStringLiteral("/feeds-dialog.png")));
        }
    }
}

TEST_CASE("Own ship's fresh fix is the Vessels panel's reference when picked, and the pick is remembered") {
    test::Console console;
    app::VesselConsole &vessels = console.window->vessels();
    auto *reference = vessels.panel().findChild<QComboBox *>(QStringLiteral("vesselReference"));
    REQUIRE(reference != nullptr);
    vessels.panel().setReference(app::VesselsPanel::Reference::OwnShip);
    const models::VesselTableModel &model = vessels.panel().model();
    CHECK_FALSE(model.reference().has_value()); // no fix yet: nothing to measure from

    // A fix from the bridge GPS: 33°N 13°E, 12 kn on 045°.
    QGeoPositionInfo fix(QGeoCoordinate(33.0, 13.0), console.clock.now);
    fix.setAttribute(QGeoPositionInfo::GroundSpeed, 12.0 * 1852.0 / 3600.0);
    fix.setAttribute(QGeoPositionInfo::Direction, 45.0);
    Q_EMIT vessels.feeds().ownShipPositionUpdated(fix);
    REQUIRE(model.reference().has_value());
    CHECK(model.reference()->lat == 33.0);
    CHECK(model.reference()->lon == 13.0);
    CHECK(model.reference()->sogKn == Approx(12.0));
    CHECK(model.reference()->cogDeg == 45.0);

    // A minute and more without a new fix (the GPS feed died): the figures go, and say why.
    console.clock.now = console.clock.now.addSecs(61);
    vessels.tick();
    CHECK_FALSE(model.reference().has_value());
    const int row = 0;
    CHECK(model.index(row, models::VesselTableModel::RangeColumn).data().toString().isEmpty());
    CHECK(model.index(row, models::VesselTableModel::RangeColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("more than a minute old")));
    // A new fix brings them back.
    fix.setTimestamp(console.clock.now);
    Q_EMIT vessels.feeds().ownShipPositionUpdated(fix);
    CHECK(model.reference().has_value());
    vessels.tick();
    CHECK(model.reference().has_value());

    // The choice is in the settings, and the next start of the console measures from own ship.
    CHECK(console.settings->value(QStringLiteral("vessels/rangesFrom")).toString() ==
          QStringLiteral("ownShip"));
    console.open();
    CHECK(console.window->vessels().panel().reference() == app::VesselsPanel::Reference::OwnShip);
    console.window->vessels().panel().setReference(app::VesselsPanel::Reference::SelectedCase);
    CHECK(console.settings->value(QStringLiteral("vessels/rangesFrom")).toString() == QStringLiteral("case"));
}
