// Test runner for the layers without a GUI (core, geo, storage, feeds, replay): Qt's translation
// lookups, resources and Qt SQL expect a QCoreApplication, so one lives for the whole run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
