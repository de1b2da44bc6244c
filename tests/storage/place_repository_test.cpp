#include "core/clock.h"
#include "storage/database.h"
#include "storage/demo_data.h"
#include "storage/place_repository.h"
#include "storage/transaction.h"

#include "catch_qt.h"
#include "pg_fixture.h"

#include <QSqlQuery>

#include <algorithm>

using namespace marsa::storage;
using marsa::core::Place;

namespace {

int placeCount(const Database &database) {
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM places")) && query.next() ? query.value(0).toInt()
                                                                                     : -1;
}

Place sample(const QString &key, const QString &label) {
    Place place;
    place.key = key;
    place.label = label;
    place.labelArabic = QStringLiteral("طرابلس");
    place.description = QStringLiteral("Tripoli port (Mina Tarabulus)");
    place.country = QStringLiteral("LY");
    place.role = QStringLiteral("LY disembarkation");
    place.quality = QStringLiteral("WPI 45330");
    place.latitude = 32.9;
    place.longitude = 13.1833;
    return place;
}

} // namespace

TEST_CASE("The demonstration data holds the 30 reference places", "[engines]") {
    test::TestDatabaseLocation dir;
    auto database = Database::open(dir.location());
    REQUIRE(database.isOk());
    CHECK_FALSE(hasDemoData(*database));
    REQUIRE(writeDemoData(*database, marsa::core::SystemClock()).isOk());
    CHECK(hasDemoData(*database));

    auto places = PlaceRepository(database->connection()).all();
    REQUIRE(places.isOk());
    REQUIRE(places->size() == 30); // DOMAIN-FACTS §2 via the reference GeoJSON
    CHECK(std::is_sorted(places->begin(), places->end(),
                         [](const Place &a, const Place &b) { return a.label < b.label; }));
    const auto tripoli = std::find_if(places->begin(), places->end(),
                                      [](const Place &p) { return p.key == QStringLiteral("tripoli"); });
    REQUIRE(tripoli != places->end());
    CHECK(tripoli->label == QStringLiteral("Tripoli"));
    CHECK(tripoli->labelArabic == QStringLiteral("طرابلس"));
    CHECK(tripoli->latitude == Approx(32.9).margin(1e-4));
    CHECK(tripoli->longitude == Approx(13.1833).margin(1e-4));
    CHECK(tripoli->isLibyan());
}

TEST_CASE("The demonstration data survives reopening the database", "[engines]") {
    test::TestDatabaseLocation dir;
    const QString path = dir.location();
    {
        auto database = Database::open(path);
        REQUIRE(database.isOk());
        REQUIRE(writeDemoData(*database, marsa::core::SystemClock()).isOk());
    }
    auto reopened = Database::open(path);
    REQUIRE(reopened.isOk());
    CHECK_FALSE(reopened->wasCreated());
    CHECK(hasDemoData(*reopened));
    CHECK(placeCount(*reopened) == 30);
}

TEST_CASE("Saving a place with the same key replaces it", "[engines]") {
    test::TestDatabaseLocation dir;
    auto database = Database::open(dir.location());
    REQUIRE(database.isOk());
    PlaceRepository repository(database->connection());
    REQUIRE(repository.save(sample(QStringLiteral("tripoli"), QStringLiteral("Tripoli"))).isOk());
    REQUIRE(repository.save(sample(QStringLiteral("tripoli"), QStringLiteral("Tarabulus"))).isOk());
    REQUIRE(repository.save(sample(QStringLiteral("tajura"), QStringLiteral("Tajura"))).isOk());
    auto places = repository.all();
    REQUIRE(places.isOk());
    REQUIRE(places->size() == 2);
    CHECK(places->at(0).label == QStringLiteral("Tajura"));
    CHECK(places->at(1).label == QStringLiteral("Tarabulus"));
    CHECK(places->at(1).quality == QStringLiteral("WPI 45330"));
}

TEST_CASE("A place with an impossible latitude is refused by the schema", "[engines]") {
    test::TestDatabaseLocation dir;
    auto database = Database::open(dir.location());
    REQUIRE(database.isOk());
    Place wrong = sample(QStringLiteral("nowhere"), QStringLiteral("Nowhere"));
    wrong.latitude = 95.0;
    const auto saved = PlaceRepository(database->connection()).save(wrong);
    REQUIRE_FALSE(saved.isOk());
    CHECK(saved.errorMessage().contains(QStringLiteral("Nowhere")));
    CHECK(placeCount(*database) == 0);
}

TEST_CASE("A transaction rolls back unless committed", "[engines]") {
    test::TestDatabaseLocation dir;
    auto database = Database::open(dir.location());
    REQUIRE(database.isOk());
    {
        Transaction transaction(database->connection());
        REQUIRE(transaction.isActive());
        REQUIRE(PlaceRepository(database->connection())
                    .save(sample(QStringLiteral("a"), QStringLiteral("A")))
                    .isOk());
    }
    CHECK(placeCount(*database) == 0);
    {
        Transaction transaction(database->connection());
        REQUIRE(PlaceRepository(database->connection())
                    .save(sample(QStringLiteral("b"), QStringLiteral("B")))
                    .isOk());
        CHECK(transaction.commit());
        CHECK_FALSE(transaction.isActive());
        CHECK_FALSE(transaction.commit()); // a second commit has nothing to commit
    }
    CHECK(placeCount(*database) == 1);
}
