#pragma once

#include <QSize>
#include <QString>

#include <optional>

namespace marsa::app {

/// What the command line asked of the console.
struct StartupOptions {
    QString databasePath;              ///< empty: the default database in the user's data folder
    std::optional<QString> screenshot; ///< render the window to this PNG and exit
    QSize screenshotSize{1600, 1000};
    QString logLevel = QStringLiteral("info");
    QString palette;  ///< day, dusk or night; empty: as last time
    QString language; ///< "ar" or "en"; empty: the system's
};

/// True when Qt can show a window here: a display, Wayland, or a platform set by the user.
bool hasDisplay();

/// The text printed when there is no display, saying how to run the console anyway.
QString noDisplayMessage();

/// Parses "1600x1000".
std::optional<QSize> parseSize(const QString &text);

} // namespace marsa::app
