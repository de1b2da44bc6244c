#pragma once

// Catch2 with Qt's string types printed as text in failure messages (QString and QByteArray are
// ranges, which Catch would otherwise print character by character as "{?}").

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

namespace Catch {

template <>
struct StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};

template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &bytes) { return '"' + bytes.toStdString() + '"'; }
};

} // namespace Catch
