#pragma once

#include <QLatin1String>
#include <QString>

#include <cstddef>
#include <optional>
#include <utility>

namespace marsa::core {

/// The stored key of an enum value, from a table of {value, key} pairs: the keys the database,
/// the exports and the command line use. Empty for a value the table does not hold.
template <typename Enum, std::size_t N>
QString keyOf(Enum value, const std::pair<Enum, const char *> (&table)[N]) {
    for (const auto &[candidate, key] : table) {
        if (candidate == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

/// The enum value of a stored key; nothing for an unknown key.
template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const QString &text, const std::pair<Enum, const char *> (&table)[N]) {
    for (const auto &[candidate, key] : table) {
        if (text == QLatin1String(key)) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace marsa::core
