#include "core/logging.h"

#include "catch_qt.h"

using marsa::core::parseLogLevel;

// Names as spdlog spells them (spdlog/common.h, SPDLOG_LEVEL_NAMES), plus "warning".
TEST_CASE("A log level name is parsed to the spdlog level") {
    CHECK(parseLogLevel(QStringLiteral("trace")) == spdlog::level::trace);
    CHECK(parseLogLevel(QStringLiteral("debug")) == spdlog::level::debug);
    CHECK(parseLogLevel(QStringLiteral("info")) == spdlog::level::info);
    CHECK(parseLogLevel(QStringLiteral("warn")) == spdlog::level::warn);
    CHECK(parseLogLevel(QStringLiteral("error")) == spdlog::level::err);
    CHECK(parseLogLevel(QStringLiteral("critical")) == spdlog::level::critical);
}

TEST_CASE("The log level name warning is accepted as warn") {
    CHECK(parseLogLevel(QStringLiteral("warning")) == spdlog::level::warn);
}

TEST_CASE("Log level names ignore case and surrounding spaces") {
    CHECK(parseLogLevel(QStringLiteral("  DEBUG ")) == spdlog::level::debug);
    CHECK(parseLogLevel(QStringLiteral("Warning")) == spdlog::level::warn);
}

TEST_CASE("The log level off is accepted only when asked for") {
    CHECK(parseLogLevel(QStringLiteral("off")) == spdlog::level::off);
    CHECK_FALSE(parseLogLevel(QStringLiteral("nonsense")).has_value());
    CHECK_FALSE(parseLogLevel(QString()).has_value());
    CHECK_FALSE(parseLogLevel(QStringLiteral("verbose")).has_value());
}

TEST_CASE("A QString is formatted by fmt as UTF-8") {
    CHECK(fmt::format("opened {}", QStringLiteral("طرابلس")) == std::string("opened طرابلس"));
}
