#include "geo/coordinate_format.h"

#include "catch_qt.h"

#include <cmath>
#include <limits>

using namespace marsa::geo;

// Reference values are plain arithmetic: 0.09° × 60 = 5.4', 0.17° × 60 = 10.2',
// 24" = 0.4', 12" = 0.2'. Tripoli port is WPI 45330, 32.9000N 13.1833E (DOMAIN-FACTS §2.2).

TEST_CASE("A latitude is formatted in degrees and decimal minutes") {
    CHECK(formatLatitude(33.09) == QStringLiteral("33°05.400'N"));
    CHECK(formatLatitude(32.9) == QStringLiteral("32°54.000'N"));
    CHECK(formatLatitude(0.0) == QStringLiteral("00°00.000'N"));
    CHECK(formatLatitude(5.5) == QStringLiteral("05°30.000'N"));
}

TEST_CASE("A longitude is formatted with three degree digits") {
    CHECK(formatLongitude(13.17) == QStringLiteral("013°10.200'E"));
    CHECK(formatLongitude(13.1833) == QStringLiteral("013°10.998'E"));
    CHECK(formatLongitude(179.5) == QStringLiteral("179°30.000'E"));
}

TEST_CASE("Southern latitudes and western longitudes take S and W") {
    CHECK(formatLatitude(-33.09) == QStringLiteral("33°05.400'S"));
    CHECK(formatLongitude(-13.17) == QStringLiteral("013°10.200'W"));
    CHECK(formatLatitude(-0.5) == QStringLiteral("00°30.000'S"));
}

TEST_CASE("Rounding the minutes carries into the degrees") {
    CHECK(formatLatitude(33.999999) == QStringLiteral("34°00.000'N"));
    CHECK(formatLongitude(-12.9999999) == QStringLiteral("013°00.000'W"));
    CHECK(formatLatitude(33.999999, 1) == QStringLiteral("34°00.0'N"));
    // 59.9994' stays below the carry at three decimals.
    CHECK(formatLatitude(33.0 + 59.9994 / 60.0) == QStringLiteral("33°59.999'N"));
}

TEST_CASE("The number of minute decimals can be chosen") {
    CHECK(formatLatitude(33.09, 1) == QStringLiteral("33°05.4'N"));
    CHECK(formatLatitude(33.09, 0) == QStringLiteral("33°05'N"));
    CHECK(formatLongitude(13.17, 2) == QStringLiteral("013°10.20'E"));
}

TEST_CASE("A position is formatted latitude first") {
    CHECK(formatPosition({33.09, 13.17}) == QStringLiteral("33°05.400'N 013°10.200'E"));
    CHECK(formatPosition({-33.09, -13.17}, 1) == QStringLiteral("33°05.4'S 013°10.2'W"));
}

TEST_CASE("A non-finite coordinate is not formatted as a number") {
    const QString text = formatLatitude(std::numeric_limits<double>::quiet_NaN());
    CHECK_FALSE(text.isEmpty());
    CHECK_FALSE(text.contains(u'°'));
}

namespace {

void checkParses(const QString &text, double latitude, double longitude) {
    INFO(text.toStdString());
    const auto parsed = parsePosition(text);
    if (!parsed) {
        FAIL("refused: " << parsed.errorMessage().toStdString());
    }
    CHECK(parsed->latitude == Approx(latitude).margin(1e-9));
    CHECK(parsed->longitude == Approx(longitude).margin(1e-9));
}

void checkRejected(const QString &text) {
    INFO(text.toStdString());
    const auto parsed = parsePosition(text);
    REQUIRE_FALSE(parsed.isOk());
    CHECK_FALSE(parsed.errorMessage().isEmpty());
}

} // namespace

TEST_CASE("A position in degrees and decimal minutes with suffix letters is parsed") {
    checkParses(QStringLiteral("33 05.4N 13 10.2E"), 33.09, 13.17);
    checkParses(QStringLiteral("33 05.4n 13 10.2e"), 33.09, 13.17);
    checkParses(QStringLiteral("33 05.4S 13 10.2W"), -33.09, -13.17);
}

TEST_CASE("A position in decimal degrees is parsed") {
    checkParses(QStringLiteral("33.09, 13.17"), 33.09, 13.17);
    checkParses(QStringLiteral("33.09 13.17"), 33.09, 13.17);
    checkParses(QStringLiteral("-33.09 13.17"), -33.09, 13.17);
    checkParses(QStringLiteral("33.09,-13.17"), 33.09, -13.17);
}

TEST_CASE("A position as the formatter writes it is parsed") {
    checkParses(QStringLiteral("33°05.400'N 013°10.200'E"), 33.09, 13.17);
    checkParses(QStringLiteral("33°05.400'S 013°10.200'W"), -33.09, -13.17);
}

TEST_CASE("A position with prefix hemisphere letters is parsed") {
    checkParses(QStringLiteral("N33 05.4 E013 10.2"), 33.09, 13.17);
    checkParses(QStringLiteral("S33 05.4 W013 10.2"), -33.09, -13.17);
}

TEST_CASE("A position in degrees minutes and seconds is parsed") {
    checkParses(QStringLiteral("33 05 24N 013 10 12E"), 33.09, 13.17);
    checkParses(QStringLiteral("33°05'24\"N 013°10'12\"E"), 33.09, 13.17);
}

TEST_CASE("Hemisphere letters put longitude first in its place") {
    checkParses(QStringLiteral("13 10.2E 33 05.4N"), 33.09, 13.17);
}

TEST_CASE("Arabic-Indic digits and the Arabic decimal separator are parsed") {
    // U+0663 U+0663 U+066B U+0660 U+0669 = 33.09, separated by a space.
    checkParses(QStringLiteral("٣٣٫٠٩ ١٣٫١٧"), 33.09, 13.17);
    // Eastern Arabic-Indic (Persian) digits U+06F0..U+06F9.
    checkParses(QStringLiteral("۳۳٫۰۹ ۱۳٫۱۷"), 33.09, 13.17);
}

// An Arabic keyboard types the Arabic comma U+060C between the coordinates.
TEST_CASE("Arabic-Indic coordinates separated by the Arabic comma are parsed") {
    checkParses(QStringLiteral("٣٣٫٠٩، ١٣٫١٧"), 33.09, 13.17);
}

TEST_CASE("Text that is not a position is rejected with a message") {
    checkRejected(QStringLiteral("hello"));
    checkRejected(QString());
    checkRejected(QStringLiteral("   "));
    checkRejected(QStringLiteral("33.09, 13.17, 5"));
}

TEST_CASE("A latitude beyond 90 degrees is rejected") {
    checkRejected(QStringLiteral("91 13"));
    checkRejected(QStringLiteral("91 00.0N 013 00.0E"));
    checkRejected(QStringLiteral("-90.5, 13"));
}

TEST_CASE("A longitude beyond 180 degrees is rejected") {
    checkRejected(QStringLiteral("33, 181"));
    checkRejected(QStringLiteral("33N 180 30W"));
}

TEST_CASE("Minutes or seconds of 60 or more are rejected") {
    checkRejected(QStringLiteral("33 61N 13 10E"));
    checkRejected(QStringLiteral("33 60N 13 10E"));
    checkRejected(QStringLiteral("33 05 61N 013 10 12E"));
}

TEST_CASE("A lone number is rejected") {
    checkRejected(QStringLiteral("33"));
    checkRejected(QStringLiteral("33.09"));
    checkRejected(QStringLiteral("33 05.4 13"));
}

TEST_CASE("A coordinate with both a sign and a hemisphere letter is rejected") {
    checkRejected(QStringLiteral("-33 05.4N 13 10.2E"));
    checkRejected(QStringLiteral("33 05.4N -13 10.2E"));
}

TEST_CASE("Malformed hemisphere letters are rejected") {
    checkRejected(QStringLiteral("33 05.4N 13 10.2N")); // two latitudes
    checkRejected(QStringLiteral("33 05.4N 13 10.2"));  // one letter only
    checkRejected(QStringLiteral("33.5 05N 13 10E"));   // decimals before the last part
}

TEST_CASE("Formatting then parsing returns the position within a micro-degree") {
    int checked = 0;
    for (double latitude = -89.75; latitude <= 89.75; latitude += 7.37) {
        for (double longitude = -179.9; longitude <= 179.9; longitude += 11.13) {
            const LatLon position{latitude, longitude};
            // Five minute decimals resolve 1e-7 degrees.
            const auto parsed = parsePosition(formatPosition(position, 5));
            REQUIRE(parsed.isOk());
            CHECK(parsed->latitude == Approx(latitude).margin(1e-6));
            CHECK(parsed->longitude == Approx(longitude).margin(1e-6));
            ++checked;
        }
    }
    CHECK(checked > 500);
}

TEST_CASE("Positions on whole thousandths of a minute survive the default format exactly") {
    for (int k = -40; k <= 40; ++k) {
        const double minutes = 17.0 + 0.037 * k; // 15.520' .. 18.480', a multiple of 0.001'
        const double sign = k % 2 == 0 ? 1.0 : -1.0;
        const LatLon position{sign * (32.0 + minutes / 60.0), -sign * (13.0 + minutes / 60.0)};
        const auto parsed = parsePosition(formatPosition(position));
        REQUIRE(parsed.isOk());
        CHECK(parsed->latitude == Approx(position.latitude).margin(1e-6));
        CHECK(parsed->longitude == Approx(position.longitude).margin(1e-6));
    }
}
