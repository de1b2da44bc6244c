#include "storage/place_repository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace marsa::storage {

core::Result<std::vector<core::Place>> PlaceRepository::all() const {
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT place_key, label, label_ar, description, country, role, quality, "
                                   "latitude, longitude FROM places ORDER BY label"))) {
        return core::Error{QCoreApplication::translate("marsa::storage", "Cannot read the places: %1")
                               .arg(query.lastError().text())};
    }
    std::vector<core::Place> places;
    while (query.next()) {
        core::Place p;
        p.key = query.value(0).toString();
        p.label = query.value(1).toString();
        p.labelArabic = query.value(2).toString();
        p.description = query.value(3).toString();
        p.country = query.value(4).toString();
        p.role = query.value(5).toString();
        p.quality = query.value(6).toString();
        p.latitude = query.value(7).toDouble();
        p.longitude = query.value(8).toDouble();
        places.push_back(std::move(p));
    }
    return places;
}

core::Result<void> PlaceRepository::save(const core::Place &place) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM places WHERE place_key = ?"));
    query.addBindValue(place.key);
    if (query.exec()) {
        query.prepare(
            QStringLiteral("INSERT INTO places (place_key, label, label_ar, description, country, role, "
                           "quality, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value :
             {QVariant(place.key), QVariant(place.label), QVariant(place.labelArabic),
              QVariant(place.description), QVariant(place.country), QVariant(place.role),
              QVariant(place.quality), QVariant(place.latitude), QVariant(place.longitude)}) {
            query.addBindValue(value);
        }
        if (query.exec()) {
            return {};
        }
    }
    return core::Error{QCoreApplication::translate("marsa::storage", "Cannot save the place %1: %2")
                           .arg(place.label, query.lastError().text())};
}

} // namespace marsa::storage
