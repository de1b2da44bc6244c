#include "storage/database.h"
#include "storage/database_location.h"

#include "catch_qt.h"

using namespace marsa::storage;

TEST_CASE("A database argument that is not a postgresql URL is an SQLite path") {
    for (const QString &path : {QStringLiteral("/var/lib/marsa/marsa.sqlite"), QStringLiteral("marsa.sqlite"),
                                QStringLiteral("C:/marsa/postgresql.sqlite")}) {
        auto location = parseDatabaseLocation(path);
        REQUIRE(location);
        CHECK(location->engine == Engine::Sqlite);
        CHECK(location->path == path);
        CHECK(location->display() == path);
    }
}

TEST_CASE("A postgresql URL names the role, server, port and database") {
    auto location = parseDatabaseLocation(QStringLiteral("postgresql://ops@10.1.2.3:6543/marsa"));
    REQUIRE(location);
    CHECK(location->engine == Engine::PostgreSql);
    CHECK(location->user == QStringLiteral("ops"));
    CHECK(location->host == QStringLiteral("10.1.2.3"));
    CHECK(location->port == 6543);
    CHECK(location->databaseName == QStringLiteral("marsa"));
    CHECK(location->display() == QStringLiteral("postgresql://ops@10.1.2.3:6543/marsa"));

    auto defaultPort = parseDatabaseLocation(QStringLiteral("postgres://ops@db.tripoli.local/marsa"));
    REQUIRE(defaultPort);
    CHECK(defaultPort->port == 5432);
    CHECK(defaultPort->host == QStringLiteral("db.tripoli.local"));
}

TEST_CASE("A postgresql URL with a password is refused and the password is not repeated") {
    for (const QString &url : {QStringLiteral("postgresql://ops:S3cretPw@127.0.0.1:5432/marsa"),
                               QStringLiteral("postgresql://ops:@127.0.0.1:5432/marsa")}) {
        auto location = parseDatabaseLocation(url);
        REQUIRE_FALSE(location);
        CHECK(location.errorMessage().contains(QStringLiteral("PGPASSFILE")));
        CHECK(location.errorMessage().contains(QStringLiteral("PGPASSWORD")));
        CHECK_FALSE(location.errorMessage().contains(QStringLiteral("S3cretPw")));
    }
    // Database::open refuses it before any connection is tried.
    auto database = Database::open(QStringLiteral("postgresql://ops:S3cretPw@127.0.0.1:1/marsa"));
    REQUIRE_FALSE(database);
    CHECK(database.errorMessage().contains(QStringLiteral("PGPASSFILE")));
    CHECK_FALSE(database.errorMessage().contains(QStringLiteral("S3cretPw")));
}

TEST_CASE("A postgresql URL without a user, server or database, or with options, is refused") {
    for (const QString &url :
         {QStringLiteral("postgresql://127.0.0.1:5432/marsa"),
          QStringLiteral("postgresql://ops@127.0.0.1:5432/"), QStringLiteral("postgresql://ops@:5432/marsa"),
          QStringLiteral("postgresql://ops@127.0.0.1:99999/marsa"),
          QStringLiteral("postgresql://ops@127.0.0.1/marsa/extra"),
          QStringLiteral("postgresql://ops@127.0.0.1/marsa?sslmode=disable")}) {
        INFO(url.toStdString());
        auto location = parseDatabaseLocation(url);
        CHECK_FALSE(location);
    }
}
