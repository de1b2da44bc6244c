#include "storage/asset_repository.h"

#include "storage/audit_log.h"
#include "storage/change_feed.h"
#include "storage/connection_errors.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace marsa::storage {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::storage::AssetRepository)
};

using core::Asset;
using core::Error;
using core::Result;

const QString kAssetColumns =
    QStringLiteral("asset_id, name, call_sign, mmsi, kind, home_port, is_active, speed_kn");

Result<Asset> assetFrom(const QSqlQuery &query) {
    Asset asset;
    asset.id = {query.value(0).toLongLong()};
    asset.name = query.value(1).toString();
    asset.callSign = query.value(2).toString();
    if (!query.value(3).isNull()) {
        asset.mmsi = query.value(3).toLongLong();
    }
    const auto kind = core::assetKindFromKey(query.value(4).toString());
    if (!kind) {
        return Error{Text::tr("Asset %1 is damaged in the database.").arg(asset.name)};
    }
    asset.kind = *kind;
    asset.homePort = query.value(5).toString();
    asset.isActive = query.value(6).toInt() == 1;
    if (!query.value(7).isNull()) {
        asset.speedKnots = query.value(7).toDouble();
    }
    return asset;
}

Error refused(const QSqlQuery &query) {
    return queryFailure(query, Text::tr("The database refused the change: %1").arg(query.lastError().text()));
}

} // namespace

Result<Asset> AssetRepository::create(const core::User &user, const Asset &asset) {
    if (const core::Decision allowed = core::authorize(user, core::Action::ManageAssets); !allowed) {
        return Error{allowed.reason};
    }
    Asset fresh = asset;
    fresh.name = asset.name.trimmed();
    fresh.callSign = asset.callSign.trimmed();
    if (fresh.name.isEmpty()) {
        return Error{Text::tr("An asset needs a name.")};
    }
    if (fresh.mmsi && !core::isValidMmsi(*fresh.mmsi)) {
        return Error{
            Text::tr("%1 is not a ship's MMSI: nine digits, starting with 2 to 7.").arg(*fresh.mmsi)};
    }
    if (fresh.speedKnots && !core::isValidAssetSpeed(*fresh.speedKnots)) {
        return Error{Text::tr("%1 kn is not a transit speed: more than 0, at most %2 kn.")
                         .arg(*fresh.speedKnots)
                         .arg(core::kMaxAssetKnots)};
    }
    Transaction transaction(m_database);
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM assets WHERE name = ?"));
    query.addBindValue(fresh.name);
    if (!query.exec() || !query.next()) {
        return refused(query);
    }
    if (query.value(0).toInt() > 0) {
        return Error{Text::tr("There is already an asset called %1.").arg(fresh.name)};
    }
    query.finish();
    query.prepare(
        QStringLiteral("INSERT INTO assets (name, call_sign, mmsi, kind, home_port, is_active, speed_kn) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(fresh.name);
    query.addBindValue(fresh.callSign.isNull() ? QStringLiteral("") : fresh.callSign);
    query.addBindValue(fresh.mmsi ? QVariant(static_cast<qlonglong>(*fresh.mmsi))
                                  : QVariant(QMetaType::fromType<qlonglong>()));
    query.addBindValue(core::assetKindKey(fresh.kind));
    query.addBindValue(fresh.homePort.isNull() ? QStringLiteral("") : fresh.homePort);
    query.addBindValue(fresh.isActive ? 1 : 0);
    query.addBindValue(fresh.speedKnots ? QVariant(*fresh.speedKnots)
                                        : QVariant(QMetaType::fromType<double>()));
    if (!query.exec()) {
        return refused(query);
    }
    Asset created = fresh;
    created.id = {query.lastInsertId().toLongLong()};
    const QJsonObject details{{QStringLiteral("call_sign"), created.callSign},
                              {QStringLiteral("kind"), core::assetKindKey(created.kind)},
                              {QStringLiteral("home_port"), created.homePort},
                              {QStringLiteral("speed_kn"), created.speedKnots
                                                               ? QJsonValue(*created.speedKnots)
                                                               : QJsonValue(QJsonValue::Null)}};
    auto row = AuditLog(m_database)
                   .append(user, QStringLiteral("asset.create"), created.name,
                           QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                           m_clock.nowUtc());
    if (!row) {
        return row.error();
    }
    if (auto announced = announceChange(m_database, {QStringLiteral("asset"), created.id.value, 0});
        !announced) {
        return announced.error();
    }
    if (!transaction.commit()) {
        return connectionFailure(
            m_database, Text::tr("The database refused the change: %1").arg(m_database.lastError().text()));
    }
    return created;
}

Result<std::vector<Asset>> AssetRepository::all() const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kAssetColumns +
                    QStringLiteral(" FROM assets ORDER BY name"))) {
        return refused(query);
    }
    std::vector<Asset> assets;
    while (query.next()) {
        auto asset = assetFrom(query);
        if (!asset) {
            return asset.error();
        }
        assets.push_back(std::move(asset.value()));
    }
    return assets;
}

Result<Asset> AssetRepository::find(core::AssetId id) const {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT ") + kAssetColumns +
                  QStringLiteral(" FROM assets WHERE asset_id = ?"));
    query.addBindValue(static_cast<qlonglong>(id.value));
    if (!query.exec()) {
        return refused(query);
    }
    if (!query.next()) {
        return Error{Text::tr("No such asset.")};
    }
    return assetFrom(query);
}

} // namespace marsa::storage
