// marsa-cli: Marsa's headless commands.

#include "cli/cli_commands.h"

#include <QGuiApplication>

int main(int argc, char **argv) {
    // Rendering needs fonts and QPainter but never a window: the offscreen platform always works.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication application(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Marsa"));
    QGuiApplication::setApplicationName(QStringLiteral("Marsa"));
    QGuiApplication::setApplicationVersion(QStringLiteral(MARSA_VERSION));
    return marsa::cli::runCommand(QGuiApplication::arguments().mid(1));
}
