// Test runner for the chart layer: QPainter text and QImage need a QGuiApplication. The
// offscreen platform lets it run without a display (CI, ctest's test discovery).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
