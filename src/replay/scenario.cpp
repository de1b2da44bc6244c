#include "replay/scenario.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace marsa::replay {

QString Offset::text() const {
    const std::int64_t s = seconds < 0 ? 0 : seconds;
    return QStringLiteral("T+%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

std::optional<Offset> Offset::parse(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^T\\+(\\d{2,3}):([0-5]\\d):([0-5]\\d)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return Offset{match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60 +
                  match.captured(3).toLongLong()};
}

QDateTime ScenarioStart::resolve(const QDateTime &createdUtc) const {
    switch (kind) {
    case Kind::Utc:
        return utc;
    case Kind::TimeOfDay:
        return QDateTime(createdUtc.toUTC().date(), timeOfDay, Qt::UTC);
    case Kind::Now:
        break;
    }
    return createdUtc.toUTC();
}

const WeatherEntry &Scenario::weatherAt(Offset at) const {
    auto it = std::upper_bound(weather.begin(), weather.end(), at,
                               [](Offset t, const WeatherEntry &entry) { return t < entry.at; });
    return it == weather.begin() ? weather.front() : *std::prev(it);
}

const ScenarioCase *Scenario::findCase(const QString &id) const {
    const auto it =
        std::find_if(cases.begin(), cases.end(), [&](const ScenarioCase &c) { return c.id == id; });
    return it == cases.end() ? nullptr : &*it;
}

const ScenarioAsset *Scenario::findAsset(const QString &name) const {
    const auto it =
        std::find_if(assets.begin(), assets.end(), [&](const ScenarioAsset &a) { return a.name == name; });
    return it == assets.end() ? nullptr : &*it;
}

namespace {
constexpr std::array<std::pair<InjectKind, const char *>, 6> kInjectKinds{{
    {InjectKind::SecondBoat, "second_boat"},
    {InjectKind::ManOverboard, "man_overboard"},
    {InjectKind::CountMismatch, "count_mismatch"},
    {InjectKind::RadioCall, "radio_call"},
    {InjectKind::AssetUnavailable, "asset_unavailable"},
    {InjectKind::Note, "note"},
}};
} // namespace

QString injectKindKey(InjectKind kind) {
    for (const auto &[k, key] : kInjectKinds) {
        if (k == kind) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<InjectKind> injectKindFromKey(const QString &key) {
    for (const auto &[k, name] : kInjectKinds) {
        if (key == QLatin1String(name)) {
            return k;
        }
    }
    return std::nullopt;
}

} // namespace marsa::replay
