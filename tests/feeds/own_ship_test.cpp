#include "feeds/own_ship.h"

#include "feed_fixtures.h"

#include "catch_qt.h"

#include <QSignalSpy>

using namespace marsa;
using test::sentence;

namespace {

// Off Tripoli: 32°54.000'N 13°11.000'E; 5.5 kn over ground, course 045°.
const QByteArray kRmc = sentence('$', "GPRMC,101500.00,A,3254.000,N,01311.000,E,5.5,045.0,231126,,,A");
const QByteArray kGga = sentence('$', "GPGGA,101500.00,3254.000,N,01311.000,E,1,08,0.9,10.0,M,30.0,M,,");

constexpr double kMetresPerSecondPerKnot = 1852.0 / 3600.0;

} // namespace

TEST_CASE("Own ship's position, speed and course come from RMC and GGA through Qt Positioning") {
    feeds::OwnShip ownShip;
    QSignalSpy updates(&ownShip, &feeds::OwnShip::positionUpdated);
    ownShip.acceptLine(kRmc);
    ownShip.acceptLine(kGga);
    REQUIRE(updates.wait(2000));
    const auto info = updates.takeFirst().at(0).value<QGeoPositionInfo>();
    REQUIRE(info.isValid());
    CHECK(info.coordinate().latitude() == Approx(32.9));
    CHECK(info.coordinate().longitude() == Approx(13.0 + 11.0 / 60.0));
    CHECK(info.timestamp() == QDateTime(QDate(2026, 11, 23), QTime(10, 15, 0), Qt::UTC));
    REQUIRE(info.hasAttribute(QGeoPositionInfo::GroundSpeed));
    CHECK(info.attribute(QGeoPositionInfo::GroundSpeed) ==
          Approx(5.5 * kMetresPerSecondPerKnot).epsilon(1e-4));
    CHECK(info.attribute(QGeoPositionInfo::Direction) == Approx(45.0));
    CHECK(ownShip.position().coordinate() == info.coordinate());
}

TEST_CASE("Own ship reads any talker ($GN, $GL), a tag block in front, and signs south and west") {
    feeds::OwnShip ownShip;
    QSignalSpy updates(&ownShip, &feeds::OwnShip::positionUpdated);
    ownShip.acceptLine(test::tagged(
        "s:bridge,c:1795428901", sentence('$', "GNRMC,101501.00,A,3254.500,S,01311.500,W,0.0,,231126,,,A")));
    REQUIRE(updates.wait(2000));
    const auto info = updates.takeFirst().at(0).value<QGeoPositionInfo>();
    CHECK(info.coordinate().latitude() == Approx(-(32.0 + 54.5 / 60.0)));
    CHECK(info.coordinate().longitude() == Approx(-(13.0 + 11.5 / 60.0)));
    ownShip.acceptLine(sentence('$', "GLGGA,101502.00,3255.000,N,01312.000,E,1,08,0.9,10.0,M,30.0,M,,"));
    REQUIRE(updates.wait(2000));
    CHECK(updates.takeFirst().at(0).value<QGeoPositionInfo>().coordinate().latitude() ==
          Approx(32.0 + 55.0 / 60.0));
}

TEST_CASE("A void fix gives no position") {
    feeds::OwnShip ownShip;
    QSignalSpy updates(&ownShip, &feeds::OwnShip::positionUpdated);
    ownShip.acceptLine(sentence('$', "GPRMC,101503.00,V,,,,,,,231126,,,N"));
    ownShip.acceptLine(sentence('$', "GPGGA,101503.00,,,,,0,00,99.99,,,,,,"));
    CHECK_FALSE(updates.wait(300));
    CHECK_FALSE(ownShip.position().isValid());
}

TEST_CASE("Own ship's heading comes from HDT, which Qt Positioning does not read") {
    feeds::OwnShip ownShip;
    QSignalSpy headings(&ownShip, &feeds::OwnShip::headingUpdated);
    QSignalSpy updates(&ownShip, &feeds::OwnShip::positionUpdated);
    CHECK_FALSE(ownShip.heading().has_value());
    ownShip.acceptLine(sentence('$', "HEHDT,050.5,T"));
    REQUIRE(headings.size() == 1);
    CHECK(headings[0][0].toDouble() == Approx(50.5));
    CHECK(ownShip.heading() == 50.5);
    ownShip.acceptLine(sentence('$', "GPHDT,359.9,T"));
    CHECK(ownShip.heading() == 359.9);
    // No heading (an empty field), a magnetic one, or out of range: ignored.
    ownShip.acceptLine(sentence('$', "HEHDT,,T"));
    ownShip.acceptLine(sentence('$', "HEHDT,120.0,M"));
    ownShip.acceptLine(sentence('$', "HEHDT,360.0,T"));
    CHECK(headings.size() == 2);
    CHECK(ownShip.heading() == 359.9);
    CHECK_FALSE(updates.wait(200)); // a heading is no position
}
