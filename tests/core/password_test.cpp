#include "core/password.h"

#include <catch2/catch.hpp>

using namespace marsa::core;

TEST_CASE("A password is stored as an Argon2id hash and verified against it") {
    const auto hashed = Password::hash(QStringLiteral("Zuwara-2026-watch"));
    REQUIRE(hashed);
    CHECK(hashed->startsWith("$argon2id$"));
    CHECK_FALSE(hashed->contains("Zuwara"));
    CHECK(Password::verify(QStringLiteral("Zuwara-2026-watch"), hashed.value()));
    CHECK_FALSE(Password::verify(QStringLiteral("zuwara-2026-watch"), hashed.value()));
    CHECK_FALSE(Password::verify(QStringLiteral("Zuwara-2026-watch"), QByteArray("garbage")));
    CHECK_FALSE(Password::needsRehash(hashed.value()));
    // The same password hashes differently each time (a random salt).
    const auto again = Password::hash(QStringLiteral("Zuwara-2026-watch"));
    REQUIRE(again);
    CHECK(again.value() != hashed.value());
}

TEST_CASE("A password that is too short is refused with a message") {
    const auto hashed = Password::hash(QStringLiteral("short"));
    REQUIRE_FALSE(hashed);
    CHECK(hashed.errorMessage().contains(QStringLiteral("10")));
}

TEST_CASE("Arabic passwords work as well as Latin ones") {
    const QString password = QStringLiteral("كلمة-سر-طرابلس-٢٠٢٦");
    const auto hashed = Password::hash(password);
    REQUIRE(hashed);
    CHECK(Password::verify(password, hashed.value()));
}
