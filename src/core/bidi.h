#pragma once

#include <QChar>
#include <QString>

namespace marsa::core {

/// Wraps text in a left-to-right isolate (U+2066 … U+2069, UI.md): coordinates, times, MMSIs,
/// case numbers, addresses and signed numbers keep their order inside Arabic text ("33°05.4'N"
/// would otherwise show as "N'33°05.4", "-12" as "12-").
inline QString isolated(const QString &text) {
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace marsa::core
