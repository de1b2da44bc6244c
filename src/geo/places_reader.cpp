#include "geo/places_reader.h"

#include "geo/vector_source.h"

namespace marsa::geo {

core::Result<std::vector<core::Place>> readPlaces(const QString &path) {
    auto features = VectorSource::readFile(path);
    if (!features) {
        return features.error();
    }
    std::vector<core::Place> places;
    for (const VectorFeature &feature : features.value()) {
        const QVariantMap &a = feature.attributes;
        if (a.value(QStringLiteral("kind")).toString() != QLatin1String("place") ||
            feature.kind != GeometryKind::Point) {
            continue;
        }
        core::Place place;
        place.label = a.value(QStringLiteral("label"), a.value(QStringLiteral("name"))).toString();
        place.key = place.label.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        place.labelArabic = a.value(QStringLiteral("label_ar"), place.label).toString();
        place.description = a.value(QStringLiteral("name")).toString();
        place.country = a.value(QStringLiteral("country")).toString();
        place.role = a.value(QStringLiteral("role")).toString();
        place.quality = a.value(QStringLiteral("coord_quality")).toString();
        place.latitude = feature.parts.front().front().latitude;
        place.longitude = feature.parts.front().front().longitude;
        places.push_back(std::move(place));
    }
    return places;
}

} // namespace marsa::geo
