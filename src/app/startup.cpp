#include "app/startup.h"

#include <QRegularExpression>

namespace marsa::app {

bool hasDisplay() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

QString noDisplayMessage() {
    // Printed before Qt (and its translations) exist: plain English.
    return QStringLiteral(
        "marsa: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the console cannot open a "
        "window.\n"
        "  - On a desktop, run it from a graphical session.\n"
        "  - On a server, run it under a virtual display:  xvfb-run -a build/dev/src/app/marsa\n"
        "    (Debian package xvfb; 'make run' installs it), and view it with a VNC server such as x11vnc.\n"
        "  - To render the console to an image without any display:\n"
        "        build/dev/src/app/marsa --screenshot marsa.png\n");
}

std::optional<QSize> parseSize(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 320 || size.height() < 240 || size.width() > 8192 || size.height() > 8192) {
        return std::nullopt;
    }
    return size;
}

} // namespace marsa::app
