#include "core/countries.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace marsa::core {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::Countries)
};

} // namespace

std::span<const Country> countries() {
    return detail::kCountries;
}

const Country *findCountry(const QString &code) {
    const QByteArray upper = code.trimmed().toUpper().toLatin1();
    if (upper.size() == 2) {
        // The table is sorted by alpha-2 (scripts/make-countries.py).
        const auto all = countries();
        const auto found =
            std::lower_bound(all.begin(), all.end(), upper, [](const Country &c, const QByteArray &key) {
                return std::strcmp(c.alpha2, key.constData()) < 0;
            });
        return found != all.end() && upper == found->alpha2 ? &*found : nullptr;
    }
    if (upper.size() == 3) {
        for (const Country &country : countries()) {
            if (upper == country.alpha3) {
                return &country;
            }
        }
    }
    return nullptr;
}

std::optional<QString> normalizedNationality(const QString &code) {
    if (code.trimmed().compare(kUnknownNationality, Qt::CaseInsensitive) == 0) {
        return QString(kUnknownNationality);
    }
    if (const Country *country = findCountry(code)) {
        return QString::fromLatin1(country->alpha2);
    }
    return std::nullopt;
}

QString nationalityName(const QString &code, bool arabic) {
    if (code == kUnknownNationality) {
        return Text::tr("Nationality unknown");
    }
    const Country *country = findCountry(code);
    if (country == nullptr) {
        return code;
    }
    return QString::fromUtf8(arabic ? country->nameArabic : country->name);
}

} // namespace marsa::core
