#include "replay/drift.h"
#include "replay/scenario_parser.h"

#include <array>
#include <utility>

namespace marsa::replay::detail {
namespace {

// ITU-R M.1371 types of ship for the AIS picture, by the words a trainer writes.
constexpr std::array<std::pair<const char *, int>, 10> kShipTypes{{{"cargo", 70},
                                                                   {"tanker", 80},
                                                                   {"passenger", 60},
                                                                   {"fishing", 30},
                                                                   {"tug", 52},
                                                                   {"sar", 51},
                                                                   {"law", 55},
                                                                   {"pleasure", 37},
                                                                   {"sailing", 36},
                                                                   {"other", 90}}};

QStringList shipTypeKeys() {
    QStringList keys;
    for (const auto &entry : kShipTypes) {
        keys << QString::fromLatin1(entry.first);
    }
    return keys;
}

int shipTypeOf(const QString &key) {
    for (const auto &[name, type] : kShipTypes) {
        if (key == QLatin1String(name)) {
            return type;
        }
    }
    return 0;
}

// What each kind of inject takes besides "at", "kind" and (always optional) "text".
struct InjectFields {
    InjectKind kind;
    std::initializer_list<const char *> required;
    std::initializer_list<const char *> optional;
};
const InjectFields kInjectFields[] = {
    {InjectKind::SecondBoat, {"case"}, {}},
    {InjectKind::ManOverboard, {"case", "persons"}, {}},
    {InjectKind::CountMismatch, {"case", "counted"}, {}},
    {InjectKind::RadioCall, {"text"}, {"case", "asset"}},
    {InjectKind::AssetUnavailable, {"asset"}, {"until"}},
    {InjectKind::Note, {"text"}, {}},
};

bool listed(std::initializer_list<const char *> names, const char *name) {
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return qstrcmp(n, name) == 0; });
}

// A copy of `o` with only lat and lon, for Checker::position (the other members are checked by the
// caller's object()).
QJsonObject latLonOf(const QJsonObject &o) {
    QJsonObject p;
    for (const char *name : {"lat", "lon"}) {
        if (o.contains(QLatin1String(name))) {
            p.insert(QLatin1String(name), o.value(QLatin1String(name)));
        }
    }
    return p;
}

} // namespace

void ScenarioParser::readDrift(const Member &m, ScenarioCase &boat) {
    const auto o =
        m_check.object(m.path, m.value, {"model"}, {"object", "side", "current", "stepMinutes", "positions"});
    if (!o) {
        return;
    }
    const Member model = member(*o, m.path, "model");
    const auto key = model.present() ? m_check.choice(model.path, model.value,
                                                      {QStringLiteral("leeway"), QStringLiteral("positions")})
                                     : std::nullopt;
    if (!key) {
        return;
    }
    Drift &drift = boat.drift;
    const bool byPositions = *key == QLatin1String("positions");
    drift.kind = byPositions ? Drift::Kind::Positions : Drift::Kind::Leeway;
    for (const char *name : {"object", "side", "current", "stepMinutes", "positions"}) {
        const bool belongs = byPositions == (qstrcmp(name, "positions") == 0);
        const Member field = member(*o, m.path, name);
        if (field.present() && !belongs) {
            m_check.report(field.path,
                           tr("\"%1\" is not used by the %2 drift model").arg(QLatin1String(name), *key));
        }
    }
    if (byPositions) {
        const Member positions = member(*o, m.path, "positions");
        if (!positions.present()) {
            m_check.report(m.path, tr("missing field \"%1\"").arg(QStringLiteral("positions")));
            return;
        }
        const auto entries = m_check.array(positions.path, positions.value, true);
        std::optional<Offset> previous;
        for (qsizetype i = 0; entries && i < entries->size(); ++i) {
            const QString path = elementPath(positions.path, i);
            const auto p = m_check.object(path, entries->at(i), {"at"}, {"lat", "lon"});
            if (!p) {
                continue;
            }
            const Member at = member(*p, path, "at");
            const auto t = at.present() ? m_check.offset(at.path, at.value) : std::nullopt;
            const auto position = m_check.position(path, latLonOf(*p));
            if (!t || !position) {
                continue;
            }
            m_check.checkWithin(at.path, *t, m_duration);
            m_check.checkOrder(at.path, *t, previous);
            if (i == 0 && *t != boat.alertAt) {
                m_check.report(
                    at.path,
                    tr("the first position must be at the alert's time, %1").arg(boat.alertAt.text()));
            }
            previous = *t;
            drift.positions.push_back({*t, *position});
        }
        return;
    }
    if (std::any_of(m_scenario.weather.begin(), m_scenario.weather.end(),
                    [](const WeatherEntry &w) { return !w.recorded; })) {
        m_check.report(model.path, tr("a leeway drift needs the wind, and the weather is not recorded"));
    }
    drift.leewayClass = defaultLeewayClass(boat.craft);
    if (const Member object = member(*o, m.path, "object"); object.present()) {
        drift.leewayClass = m_check.choice(object.path, object.value, leewayClassKeys()).value_or(QString());
    } else if (drift.leewayClass.isEmpty()) {
        m_check.report(m.path, tr("a craft of type \"other\" needs an \"object\" leeway class"));
    }
    if (const Member side = member(*o, m.path, "side"); side.present()) {
        const auto s =
            m_check.choice(side.path, side.value, {QStringLiteral("right"), QStringLiteral("left")});
        drift.rightOfDownwind = s.value_or(QStringLiteral("right")) == QLatin1String("right");
    }
    if (const Member current = member(*o, m.path, "current"); current.present()) {
        if (const auto c = m_check.object(current.path, current.value, {"towardDeg", "knots"}, {})) {
            const Member toward = member(*c, current.path, "towardDeg");
            const Member knots = member(*c, current.path, "knots");
            if (toward.present()) {
                drift.current.towardDeg = m_check.number(toward.path, toward.value, 0, 360).value_or(0);
            }
            if (knots.present()) {
                drift.current.knots = m_check.number(knots.path, knots.value, 0, 5).value_or(0);
            }
        }
    }
    if (const Member step = member(*o, m.path, "stepMinutes"); step.present()) {
        drift.stepMinutes = int(m_check.integer(step.path, step.value, 1, 60).value_or(10));
    }
}

void ScenarioParser::readTraffic(const Member &m) {
    const auto entries = m_check.array(m.path, m.value, false);
    for (qsizetype i = 0; entries && i < entries->size(); ++i) {
        const QString path = elementPath(m.path, i);
        auto vessel = readVessel(path, entries->at(i));
        if (!vessel) {
            continue;
        }
        checkMmsiUnique(memberPath(path, QStringLiteral("mmsi")), vessel->mmsi);
        m_scenario.traffic.push_back(std::move(*vessel));
    }
}

std::optional<TrafficVessel> ScenarioParser::readVessel(const QString &path, const QJsonValue &value) {
    const auto o =
        m_check.object(path, value, {"mmsi", "name", "type", "knots", "waypoints"}, {"callSign", "appears"});
    if (!o) {
        return std::nullopt;
    }
    TrafficVessel vessel;
    if (const Member f = member(*o, path, "mmsi"); f.present()) {
        vessel.mmsi = m_check.mmsi(f.path, f.value).value_or(0);
    }
    if (const Member f = member(*o, path, "name"); f.present()) {
        vessel.name = m_check.string(f.path, f.value).value_or(QString());
        if (vessel.name.size() > 20) {
            m_check.report(f.path, tr("an AIS name has at most 20 characters"));
        }
    }
    if (const Member f = member(*o, path, "callSign"); f.present()) {
        vessel.callSign = m_check.string(f.path, f.value).value_or(QString());
    }
    if (const Member f = member(*o, path, "type"); f.present()) {
        vessel.typeKey = m_check.choice(f.path, f.value, shipTypeKeys()).value_or(QString());
        vessel.shipType = shipTypeOf(vessel.typeKey);
    }
    if (const Member f = member(*o, path, "appears"); f.present()) {
        if (const auto t = m_check.offset(f.path, f.value)) {
            vessel.appears = *t;
            m_check.checkWithin(f.path, *t, m_duration);
        }
    }
    if (const Member f = member(*o, path, "knots"); f.present()) {
        vessel.knots = m_check.number(f.path, f.value, 0.5, 40).value_or(0);
    }
    if (const Member f = member(*o, path, "waypoints"); f.present()) {
        const auto points = m_check.array(f.path, f.value, true);
        if (points && points->size() < 2) {
            m_check.report(f.path, tr("a track needs at least two waypoints"));
        }
        for (qsizetype i = 0; points && i < points->size(); ++i) {
            const QString p = elementPath(f.path, i);
            const auto w = m_check.object(p, points->at(i), {}, {"lat", "lon", "knots"});
            if (!w) {
                continue;
            }
            Waypoint waypoint;
            if (const Member k = member(*w, p, "knots"); k.present()) {
                waypoint.knots = m_check.number(k.path, k.value, 0.5, 40);
            }
            if (const auto position = m_check.position(p, latLonOf(*w))) {
                waypoint.position = *position;
                vessel.waypoints.push_back(waypoint);
            }
        }
    }
    return vessel;
}

void ScenarioParser::readAssets(const Member &m) {
    // A scenario from a replay window may name none: the exercise's own units are the ones to task.
    const auto entries = m_check.array(m.path, m.value, !m_scenario.origin);
    for (qsizetype i = 0; entries && i < entries->size(); ++i) {
        const QString path = elementPath(m.path, i);
        const auto o =
            m_check.object(path, entries->at(i), {"name"},
                           {"new", "homePort", "knots", "callSign", "mmsi", "position", "readyAt"});
        if (!o) {
            continue;
        }
        ScenarioAsset asset;
        if (const Member f = member(*o, path, "name"); f.present()) {
            asset.name = m_check.string(f.path, f.value).value_or(QString());
            if (!asset.name.isEmpty() && m_assetPaths.contains(asset.name)) {
                m_check.report(
                    f.path,
                    tr("name \"%1\" is already used by %2").arg(asset.name, m_assetPaths.value(asset.name)));
            }
            m_assetPaths.insert(asset.name, path);
        }
        if (const Member f = member(*o, path, "new"); f.present()) {
            asset.isNew = m_check.boolean(f.path, f.value).value_or(false);
        }
        for (const char *name : {"homePort", "knots", "callSign", "mmsi"}) {
            const Member f = member(*o, path, name);
            if (asset.isNew && !f.present() &&
                (qstrcmp(name, "homePort") == 0 || qstrcmp(name, "knots") == 0)) {
                m_check.report(path, tr("a new asset needs \"%1\"").arg(QLatin1String(name)));
            } else if (!asset.isNew && f.present()) {
                m_check.report(f.path,
                               tr("only a new asset (\"new\": true) takes \"%1\"; an existing one has it "
                                  "in the database")
                                   .arg(QLatin1String(name)));
            }
        }
        if (asset.isNew) {
            if (const Member f = member(*o, path, "homePort"); f.present()) {
                const QStringList &ports = m_check.context().placeKeys;
                asset.homePort = ports.isEmpty() ? m_check.string(f.path, f.value).value_or(QString())
                                                 : m_check.choice(f.path, f.value, ports).value_or(QString());
            }
            if (const Member f = member(*o, path, "knots"); f.present()) {
                asset.knots = m_check.number(f.path, f.value, 5, 60).value_or(0);
            }
            if (const Member f = member(*o, path, "callSign"); f.present()) {
                asset.callSign = m_check.string(f.path, f.value).value_or(QString());
            }
            if (const Member f = member(*o, path, "mmsi"); f.present()) {
                asset.mmsi = m_check.mmsi(f.path, f.value);
                checkMmsiUnique(f.path, asset.mmsi.value_or(0));
            }
        } else if (const auto &known = m_check.context().assetNames;
                   known && !asset.name.isEmpty() && !known->contains(asset.name)) {
            m_check.report(
                memberPath(path, QStringLiteral("name")),
                tr("no asset named \"%1\" in the database (known: %2); add \"new\": true to bring a new unit")
                    .arg(asset.name, known->join(QStringLiteral(", "))));
        }
        if (const Member f = member(*o, path, "position"); f.present()) {
            asset.position = m_check.position(f.path, f.value);
        }
        if (const Member f = member(*o, path, "readyAt"); f.present()) {
            if (const auto t = m_check.offset(f.path, f.value)) {
                asset.readyAt = *t;
                m_check.checkWithin(f.path, *t, m_duration);
            }
        }
        m_scenario.assets.push_back(std::move(asset));
    }
}

void ScenarioParser::readInjects(const Member &m) {
    const auto entries = m_check.array(m.path, m.value, false);
    std::optional<Offset> previous;
    for (qsizetype i = 0; entries && i < entries->size(); ++i) {
        const QString path = elementPath(m.path, i);
        const std::size_t before = m_scenario.injects.size();
        readInject(path, entries->at(i));
        if (m_scenario.injects.size() > before) {
            const Offset at = m_scenario.injects.back().at;
            m_check.checkOrder(memberPath(path, QStringLiteral("at")), at, previous);
            previous = at;
        }
    }
}

void ScenarioParser::readInject(const QString &path, const QJsonValue &value) {
    const auto o =
        m_check.object(path, value, {"at", "kind"}, {"case", "asset", "persons", "counted", "until", "text"});
    if (!o) {
        return;
    }
    Inject inject;
    const Member at = member(*o, path, "at");
    const auto t = at.present() ? m_check.offset(at.path, at.value) : std::nullopt;
    const Member kind = member(*o, path, "kind");
    const auto key = kind.present() ? m_check.choice(kind.path, kind.value,
                                                     [] {
                                                         QStringList keys;
                                                         for (const InjectFields &f : kInjectFields) {
                                                             keys << injectKindKey(f.kind);
                                                         }
                                                         return keys;
                                                     }())
                                    : std::nullopt;
    if (!t || !key) {
        return;
    }
    inject.at = *t;
    m_check.checkWithin(at.path, *t, m_duration);
    inject.kind = *injectKindFromKey(*key);
    const InjectFields &fields = *std::find_if(std::begin(kInjectFields), std::end(kInjectFields),
                                               [&](const InjectFields &f) { return f.kind == inject.kind; });
    for (const char *name : {"case", "asset", "persons", "counted", "until", "text"}) {
        const bool present = o->contains(QLatin1String(name));
        if (listed(fields.required, name) && !present) {
            m_check.report(path, tr("a %1 inject needs \"%2\"").arg(*key, QLatin1String(name)));
        } else if (present && !listed(fields.required, name) && !listed(fields.optional, name) &&
                   qstrcmp(name, "text") != 0) {
            m_check.report(memberPath(path, QLatin1String(name)),
                           tr("\"%1\" is not used by a %2 inject").arg(QLatin1String(name), *key));
        }
    }
    if (const Member f = member(*o, path, "text"); f.present()) {
        inject.text = m_check.string(f.path, f.value).value_or(QString());
    }
    if (const Member f = member(*o, path, "persons"); f.present()) {
        inject.persons = int(m_check.integer(f.path, f.value, 1, 2000).value_or(0));
    }
    if (const Member f = member(*o, path, "counted"); f.present()) {
        inject.counted = int(m_check.integer(f.path, f.value, 0, 2000).value_or(0));
    }
    if (const Member f = member(*o, path, "until"); f.present()) {
        inject.until = m_check.offset(f.path, f.value);
        if (inject.until) {
            m_check.checkWithin(f.path, *inject.until, m_duration);
        }
        if (inject.until && *inject.until <= inject.at) {
            m_check.report(
                f.path,
                tr("%1 is not after the inject's time %2").arg(inject.until->text(), inject.at.text()));
        }
    }
    const auto takes = [&](const char *name) {
        return listed(fields.required, name) || listed(fields.optional, name);
    };
    if (const Member f = member(*o, path, "case"); f.present() && takes("case")) {
        inject.caseId = m_check.string(f.path, f.value).value_or(QString());
        checkCaseReference(f, inject);
    }
    if (const Member f = member(*o, path, "asset"); f.present() && takes("asset")) {
        inject.asset = m_check.string(f.path, f.value).value_or(QString());
        checkAssetReference(f);
    }
    m_scenario.injects.push_back(std::move(inject));
}

void ScenarioParser::checkCaseReference(const Member &m, const Inject &inject) {
    if (inject.caseId.isEmpty()) {
        return;
    }
    const ScenarioCase *boat = m_scenario.findCase(inject.caseId);
    if (boat == nullptr) {
        QStringList ids = m_casePaths.keys();
        ids.sort();
        m_check.report(
            m.path,
            tr("no case \"%1\" in cases (known: %2)").arg(inject.caseId, ids.join(QStringLiteral(", "))));
        return;
    }
    if (inject.kind == InjectKind::SecondBoat) {
        if (boat->alertAt != inject.at) {
            m_check.report(m.path, tr("case \"%1\" raises its alert at %2, not at this sighting's %3")
                                       .arg(inject.caseId, boat->alertAt.text(), inject.at.text()));
        } else if (boat->alertAt.seconds == 0) {
            m_check.report(
                m.path, tr("case \"%1\" is the alert at T+00:00:00, not a second boat").arg(inject.caseId));
        }
    } else if (inject.at < boat->alertAt) {
        m_check.report(
            m.path,
            tr("case \"%1\" is not known before its alert at %2").arg(inject.caseId, boat->alertAt.text()));
    }
    const int onBoard = boat->personsOnBoard.total;
    if (inject.kind == InjectKind::ManOverboard && onBoard > 0 && inject.persons > onBoard) {
        m_check.report(
            m.path, tr("%1 persons overboard, more than the %2 on board").arg(inject.persons).arg(onBoard));
    }
    if (inject.kind == InjectKind::CountMismatch && inject.counted == onBoard) {
        m_check.report(m.path,
                       tr("the count %1 matches the %2 on board; a count mismatch needs another number")
                           .arg(inject.counted)
                           .arg(onBoard));
    }
}

void ScenarioParser::checkAssetReference(const Member &m) {
    const QString name = m.value.toString();
    if (!name.isEmpty() && !m_assetPaths.contains(name)) {
        QStringList names = m_assetPaths.keys();
        names.sort();
        m_check.report(
            m.path, tr("no asset \"%1\" in assets (known: %2)").arg(name, names.join(QStringLiteral(", "))));
    }
}

void ScenarioParser::checkMmsiUnique(const QString &path, std::int64_t mmsi) {
    if (mmsi == 0) {
        return;
    }
    if (m_mmsiPaths.contains(mmsi)) {
        m_check.report(path, tr("MMSI %1 is already used by %2").arg(mmsi).arg(m_mmsiPaths.value(mmsi)));
    }
    m_mmsiPaths.insert(mmsi, path);
}

void ScenarioParser::checkDriftAtSea() {
    for (std::size_t i = 0; i < m_scenario.cases.size(); ++i) {
        const ScenarioCase &boat = m_scenario.cases[i];
        if (boat.drift.kind != Drift::Kind::Leeway) {
            continue;
        }
        const QString path =
            memberPath(elementPath(QStringLiteral("cases"), qsizetype(i)), QStringLiteral("drift"));
        for (const TimedPosition &p : driftTrack(m_scenario, boat, m_duration)) {
            if (!core::kChartArea.contains(p.position.latitude, p.position.longitude) ||
                !m_check.isAtSea(p.position)) {
                m_check.report(
                    path, tr("the computed drift reaches land at %1 (%2); change the wind, the current or "
                             "the alert's position")
                              .arg(p.at.text(), positionText(p.position)));
                break;
            }
        }
    }
}

} // namespace marsa::replay::detail
