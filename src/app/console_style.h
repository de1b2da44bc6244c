#pragma once

#include <QProxyStyle>

namespace marsa::app {

/// Fusion, with the few icons Fusion draws in fixed light colours (the dock panels' float and
/// close buttons) drawn in the palette's text colour instead: at night a light icon is a flash
/// that spoils the officers' dark adaptation (UI.md).
class ConsoleStyle final : public QProxyStyle {
    Q_OBJECT
public:
    ConsoleStyle();
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace marsa::app
