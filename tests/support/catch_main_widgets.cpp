// Test runner for the console's widgets: an offscreen QApplication with the console's style and
// a private settings and data folder (QStandardPaths test mode), so tests never touch the user's.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/console_style.h"
#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MarsaTests"));
    QApplication::setApplicationName(QStringLiteral("MarsaTests"));
    QApplication::setStyle(new marsa::app::ConsoleStyle);
    return Catch::Session().run(argc, argv);
}
