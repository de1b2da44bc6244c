#include "storage/demo_data.h"

#include "core/logging.h"
#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "storage/database.h"
#include "storage/place_repository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace marsa::storage {

core::Result<void> writeDemoData(Database &database) {
    auto places = geo::readPlaces(geo::sarReferencePath());
    if (!places) {
        return places.error();
    }
    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    PlaceRepository repository(db);
    for (const core::Place &place : places.value()) {
        if (auto saved = repository.save(place); !saved) {
            return saved;
        }
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo_data_written_at', ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const bool inserted = query.exec();
    query.finish();
    if (!inserted || !transaction.commit()) {
        return core::Error{
            QCoreApplication::translate("marsa::storage", "Cannot write the demonstration data: %1")
                .arg(query.lastError().text())};
    }
    spdlog::info("demonstration data written: {} places", places->size());
    return {};
}

bool hasDemoData(const Database &database) {
    return !database.meta(QStringLiteral("demo_data_written_at")).isEmpty();
}

} // namespace marsa::storage
