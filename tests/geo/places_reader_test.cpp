#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "geo/srr_catalogue.h"

#include "catch_qt.h"

#include <algorithm>

using namespace marsa::geo;
using marsa::core::Place;

// DOMAIN-FACTS §2: 30 ports and places; Tripoli port is WPI 45330, 32.9000N 13.1833E.

namespace {

const std::vector<Place> &places() {
    static const std::vector<Place> read = [] {
        auto result = readPlaces(sarReferencePath());
        if (!result) {
            FAIL("cannot read the places: " << result.errorMessage().toStdString());
        }
        return std::move(result).value();
    }();
    return read;
}

const Place *find(const QString &label) {
    const auto it =
        std::find_if(places().begin(), places().end(), [&](const Place &p) { return p.label == label; });
    return it == places().end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("The reference file holds 30 ports and places") {
    CHECK(places().size() == 30);
    const auto libyan =
        std::count_if(places().begin(), places().end(), [](const Place &p) { return p.isLibyan(); });
    CHECK(libyan == 16); // DOMAIN-FACTS §2.2: 15 Libyan places and Ras Ajdir on the border
}

TEST_CASE("Tripoli is read with its position and Arabic name") {
    const Place *tripoli = find(QStringLiteral("Tripoli"));
    REQUIRE(tripoli != nullptr);
    CHECK(tripoli->latitude == Approx(32.9).margin(1e-4));
    CHECK(tripoli->longitude == Approx(13.1833).margin(1e-4));
    CHECK(tripoli->labelArabic == QStringLiteral("طرابلس"));
    CHECK(tripoli->key == QStringLiteral("tripoli"));
    CHECK(tripoli->country == QStringLiteral("LY"));
    CHECK(tripoli->isLibyan());
}

TEST_CASE("Foreign places of safety are not Libyan") {
    const Place *lampedusa = find(QStringLiteral("Lampedusa"));
    REQUIRE(lampedusa != nullptr);
    CHECK(lampedusa->country == QStringLiteral("IT"));
    CHECK_FALSE(lampedusa->isLibyan());
    CHECK(lampedusa->latitude == Approx(35.494).margin(1e-6));
    CHECK(lampedusa->longitude == Approx(12.601).margin(1e-6));
}

TEST_CASE("Every place has a unique key and names in both languages") {
    QStringList keys;
    for (const Place &p : places()) {
        INFO(p.label.toStdString());
        CHECK_FALSE(p.key.isEmpty());
        CHECK_FALSE(p.label.isEmpty());
        CHECK_FALSE(p.labelArabic.isEmpty());
        CHECK(p.labelArabic != p.label);
        CHECK_FALSE(keys.contains(p.key));
        keys << p.key;
    }
}

TEST_CASE("Every Libyan place lies inside the Libya SRR") {
    // DOMAIN-FACTS §1.1: "All Libyan ports listed below fall inside the polygon".
    auto srrs = SrrCatalogue::load(sarReferencePath());
    REQUIRE(srrs.isOk());
    for (const Place &p : places()) {
        if (p.isLibyan()) {
            INFO(p.label.toStdString());
            CHECK(srrs->zonesAt({p.latitude, p.longitude}).contains(QStringLiteral("LBY")));
        }
    }
}

TEST_CASE("Reading places from a missing file fails with a message") {
    auto result = readPlaces(QStringLiteral("/nonexistent/places.geojson"));
    REQUIRE_FALSE(result.isOk());
    CHECK_FALSE(result.errorMessage().isEmpty());
}
