#pragma once

#include <QString>
#include <QStringList>

namespace marsa::core {

/// A port or place where rescued people are brought ashore, or a place of safety nearby.
/// Positions are WGS84 degrees, latitude first (ISO 6709).
struct Place {
    QString key;         ///< stable identifier, e.g. "tripoli"
    QString label;       ///< short English name drawn on the chart
    QString labelArabic; ///< short Arabic name
    QString description; ///< the source's full name
    QString country;     ///< ISO 3166-1 alpha-2, or "LY/TN" for a border point
    QString role;        ///< e.g. "LY disembarkation", "foreign place of safety"
    QString quality;     ///< how good the position is, with its source
    double latitude = 0.0;
    double longitude = 0.0;

    bool isLibyan() const { return country.startsWith(QLatin1String("LY")); }
};

} // namespace marsa::core
