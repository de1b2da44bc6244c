#include "replay/scenario_checker.h"

#include "core/asset.h"
#include "core/incident.h"
#include "geo/land_mask.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace marsa::replay::detail {

QString tr(const char *text) {
    return QCoreApplication::translate("marsa::replay::ScenarioReader", text);
}

void Checker::report(const QString &path, const QString &message) {
    m_issues.push_back({m_json.lineOf(path), path, message});
}

std::vector<ScenarioIssue> Checker::takeIssues() {
    std::stable_sort(m_issues.begin(), m_issues.end(),
                     [](const ScenarioIssue &a, const ScenarioIssue &b) { return a.line < b.line; });
    return std::move(m_issues);
}

std::optional<QJsonObject> Checker::object(const QString &path, const QJsonValue &value,
                                           std::initializer_list<const char *> required,
                                           std::initializer_list<const char *> optional) {
    if (!value.isObject()) {
        report(path, tr("expected an object { ... }"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    QStringList allowed;
    for (const char *name : required) {
        allowed << QString::fromLatin1(name);
        if (!object.contains(QLatin1String(name))) {
            report(path, tr("missing field \"%1\"").arg(QLatin1String(name)));
        }
    }
    for (const char *name : optional) {
        allowed << QString::fromLatin1(name);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            report(memberPath(path, it.key()), tr("unknown field \"%1\" (expected one of: %2)")
                                                   .arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }
    return object;
}

std::optional<QJsonArray> Checker::array(const QString &path, const QJsonValue &value, bool nonEmpty) {
    if (!value.isArray()) {
        report(path, tr("expected an array [ ... ]"));
        return std::nullopt;
    }
    if (nonEmpty && value.toArray().isEmpty()) {
        report(path, tr("must have at least one entry"));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QString> Checker::string(const QString &path, const QJsonValue &value, bool nonEmpty) {
    if (!value.isString()) {
        report(path, tr("expected a text in double quotes"));
        return std::nullopt;
    }
    if (nonEmpty && value.toString().trimmed().isEmpty()) {
        report(path, tr("must not be empty"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<double> Checker::number(const QString &path, const QJsonValue &value, double min, double max) {
    if (!value.isDouble()) {
        report(path, tr("expected a number"));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number < min || number > max) {
        report(path, tr("%1 is outside %2 to %3").arg(number).arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

std::optional<std::int64_t> Checker::integer(const QString &path, const QJsonValue &value, std::int64_t min,
                                             std::int64_t max) {
    if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble())) {
        report(path, tr("expected a whole number"));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number < double(min) || number > double(max)) {
        report(path, tr("%1 is outside %2 to %3").arg(number, 0, 'f', 0).arg(min).arg(max));
        return std::nullopt;
    }
    return std::int64_t(number);
}

std::optional<bool> Checker::boolean(const QString &path, const QJsonValue &value) {
    if (!value.isBool()) {
        report(path, tr("expected true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<Offset> Checker::offset(const QString &path, const QJsonValue &value) {
    if (!value.isString()) {
        report(path, tr("expected a T+hh:mm:ss offset in double quotes"));
        return std::nullopt;
    }
    const auto parsed = Offset::parse(value.toString());
    if (!parsed) {
        report(path, tr("\"%1\" is not a T+hh:mm:ss offset").arg(value.toString()));
    }
    return parsed;
}

std::optional<QString> Checker::choice(const QString &path, const QJsonValue &value,
                                       const QStringList &keys) {
    const auto text = string(path, value);
    if (!text) {
        return std::nullopt;
    }
    if (!keys.contains(*text)) {
        report(path, tr("\"%1\" is not one of: %2").arg(*text, keys.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return text;
}

std::optional<geo::LatLon> Checker::position(const QString &path, const QJsonValue &value) {
    const auto object = this->object(path, value, {"lat", "lon"}, {});
    if (!object || !object->contains(QLatin1String("lat")) || !object->contains(QLatin1String("lon"))) {
        return std::nullopt;
    }
    const auto lat =
        number(memberPath(path, QStringLiteral("lat")), object->value(QLatin1String("lat")), -90, 90);
    const auto lon =
        number(memberPath(path, QStringLiteral("lon")), object->value(QLatin1String("lon")), -180, 180);
    if (!lat || !lon) {
        return std::nullopt;
    }
    const geo::LatLon position{*lat, *lon};
    const core::GeoBox &area = core::kChartArea;
    if (!area.contains(*lat, *lon)) {
        report(path, tr("%1 is outside the chart area (latitude %2 to %3, longitude %4 to %5)")
                         .arg(positionText(position))
                         .arg(area.south)
                         .arg(area.north)
                         .arg(area.west)
                         .arg(area.east));
        return std::nullopt;
    }
    if (!isAtSea(position)) {
        report(path, tr("%1 is on land").arg(positionText(position)));
        return std::nullopt;
    }
    return position;
}

bool Checker::isAtSea(const geo::LatLon &position) const {
    return m_context.land == nullptr || !m_context.land->isLand(position);
}

std::optional<std::int64_t> Checker::mmsi(const QString &path, const QJsonValue &value) {
    if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()) ||
        !core::isValidMmsi(std::int64_t(value.toDouble()))) {
        report(path, tr("%1 is not an MMSI: nine digits, the first from 2 to 7")
                         .arg(value.isDouble() ? QString::number(value.toDouble(), 'f', 0)
                                               : value.toVariant().toString()));
        return std::nullopt;
    }
    return std::int64_t(value.toDouble());
}

void Checker::checkWithin(const QString &path, Offset at, Offset duration) {
    if (at > duration) {
        report(path, tr("%1 is after the end of the exercise (%2)").arg(at.text(), duration.text()));
    }
}

void Checker::checkOrder(const QString &path, Offset at, std::optional<Offset> previous) {
    if (previous && at < *previous) {
        report(path, tr("%1 comes before the previous entry's %2; keep the entries in time order")
                         .arg(at.text(), previous->text()));
    }
}

Member member(const QJsonObject &object, const QString &path, const char *name) {
    const QString key = QString::fromLatin1(name);
    return {object.value(key), memberPath(path, key)};
}

QString positionText(const geo::LatLon &position) {
    return QStringLiteral("%1, %2").arg(position.latitude, 0, 'f', 4).arg(position.longitude, 0, 'f', 4);
}

} // namespace marsa::replay::detail
