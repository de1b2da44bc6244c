#pragma once

// Keeps the output readable: the database logs every open and migration at info level. Include
// it in one source file of a test executable, before any other Catch2 header.

#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <spdlog/spdlog.h>

struct QuietLogging : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testRunStarting(const Catch::TestRunInfo &) override { spdlog::set_level(spdlog::level::warn); }
};

CATCH_REGISTER_LISTENER(QuietLogging)
