#pragma once

#include <QLatin1String>
#include <QString>

#include <optional>
#include <span>

namespace marsa::core {

/// One country of ISO 3166-1, with the names forms and tables show.
struct Country {
    const char *alpha2;     ///< "SD"
    const char *alpha3;     ///< "SDN"
    const char *name;       ///< English, UTF-8: "Sudan"
    const char *nameArabic; ///< Arabic, UTF-8: "السّودان"
};

/// The nationality recorded for persons whose nationality is not known.
inline constexpr QLatin1String kUnknownNationality("unknown");

/// Every country of ISO 3166-1 (249, from Debian's iso-codes; scripts/make-countries.py), by alpha-2.
std::span<const Country> countries();

/// The country of an alpha-2 or alpha-3 code in any case ("sd", "SDN"); nullptr for any other text.
const Country *findCountry(const QString &code);

/// A nationality as it is stored: an alpha-2 code in capitals ("SD"), or kUnknownNationality. Accepts
/// alpha-2 and alpha-3 codes in any case and "unknown"; nothing for any other text.
std::optional<QString> normalizedNationality(const QString &code);

/// The name shown for a stored nationality: the country's English or Arabic name, or the translated
/// "Nationality unknown"; a code that is not a country is shown as it is.
QString nationalityName(const QString &code, bool arabic = false);

namespace detail {
extern const Country kCountries[249];
} // namespace detail

} // namespace marsa::core
