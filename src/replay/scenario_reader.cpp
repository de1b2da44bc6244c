#include "replay/scenario_reader.h"

#include "geo/land_mask.h"
#include "geo/places_reader.h"
#include "geo/reference_data.h"
#include "replay/drift.h"
#include "replay/scenario_parser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <memory>
#include <utility>

namespace marsa::replay {
namespace {

using detail::member;
using detail::tr;

constexpr int kFormatVersion = 1;

QStringList coreKeys(QString (*key)(int), int count) {
    QStringList keys;
    for (int i = 0; i < count; ++i) {
        keys << key(i);
    }
    return keys;
}

QStringList phaseKeys() {
    return coreKeys([](int i) { return core::phaseKey(core::EmergencyPhase(i)); }, 3);
}
QStringList sourceKeys() {
    return coreKeys([](int i) { return core::alertSourceKey(core::AlertSource(i)); },
                    int(core::AlertSource::Other) + 1);
}
QStringList craftKeys() {
    return coreKeys([](int i) { return core::craftKey(core::CraftType(i)); },
                    int(core::CraftType::Other) + 1);
}

std::optional<ScenarioStart> parseStart(const QString &text) {
    ScenarioStart start;
    if (text == QLatin1String("now")) {
        start.kind = ScenarioStart::Kind::Now;
        return start;
    }
    static const QRegularExpression timeOfDay(
        QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?Z$"));
    if (const auto m = timeOfDay.match(text); m.hasMatch()) {
        start.kind = ScenarioStart::Kind::TimeOfDay;
        start.timeOfDay = QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return start;
    }
    static const QRegularExpression utc(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z$"));
    if (utc.match(text).hasMatch()) {
        start.kind = ScenarioStart::Kind::Utc;
        start.utc = QDateTime::fromString(text, Qt::ISODate);
        if (start.utc.isValid()) {
            return start;
        }
    }
    return std::nullopt;
}

} // namespace

namespace detail {

ScenarioReadResult ScenarioParser::run() {
    const auto root = m_check.object(
        QString(), m_json.root, {"marsaScenario", "title", "start", "duration", "weather", "cases", "assets"},
        {"trainerNotes", "traffic", "injects", "fromReplay"});
    if (root) {
        readHeader(*root);
        readWeather(member(*root, {}, "weather"));
        readCases(member(*root, {}, "cases"));
        if (const Member traffic = member(*root, {}, "traffic"); traffic.present()) {
            readTraffic(traffic);
        }
        readAssets(member(*root, {}, "assets"));
        if (const Member injects = member(*root, {}, "injects"); injects.present()) {
            readInjects(injects);
        }
        if (!m_check.hasIssues()) {
            checkDriftAtSea();
        }
    }
    ScenarioReadResult result;
    result.issues = m_check.takeIssues();
    if (result.issues.empty()) {
        result.scenario = std::move(m_scenario);
    }
    return result;
}

void ScenarioParser::readHeader(const QJsonObject &root) {
    if (const Member m = member(root, {}, "marsaScenario"); m.present()) {
        if (const auto version = m_check.integer(m.path, m.value, 1, 1000);
            version && *version != kFormatVersion) {
            m_check.report(m.path, tr("format version %1 is not known; this Marsa reads version %2")
                                       .arg(*version)
                                       .arg(kFormatVersion));
        }
    }
    if (const Member m = member(root, {}, "title"); m.present()) {
        m_scenario.title = m_check.string(m.path, m.value).value_or(QString());
    }
    if (const Member m = member(root, {}, "trainerNotes"); m.present()) {
        m_scenario.trainerNotes = m_check.string(m.path, m.value, false).value_or(QString());
    }
    if (const Member m = member(root, {}, "start"); m.present()) {
        if (const auto text = m_check.string(m.path, m.value)) {
            if (const auto start = parseStart(*text)) {
                m_scenario.start = *start;
            } else {
                m_check.report(m.path,
                               tr("\"%1\" is not a UTC time (2026-01-14T01:40:00Z), a UTC time of day "
                                  "(01:40Z) or \"now\"")
                                   .arg(*text));
            }
        }
    }
    if (const Member m = member(root, {}, "fromReplay"); m.present()) {
        if (const auto o = m_check.object(m.path, m.value, {"from", "to"}, {})) {
            ReplayOrigin origin;
            for (auto [name, field] : {std::pair{"from", &origin.fromUtc}, std::pair{"to", &origin.toUtc}}) {
                const Member f = member(*o, m.path, name);
                const auto text = f.present() ? m_check.string(f.path, f.value) : std::nullopt;
                const auto start = text ? parseStart(*text) : std::nullopt;
                if (text && (!start || start->kind != ScenarioStart::Kind::Utc)) {
                    m_check.report(f.path, tr("\"%1\" is not a UTC time (2026-01-14T01:40:00Z)").arg(*text));
                } else if (start) {
                    *field = start->utc;
                }
            }
            m_scenario.origin = origin;
        }
    }
    if (const Member m = member(root, {}, "duration"); m.present()) {
        if (const auto duration = m_check.offset(m.path, m.value)) {
            if (duration->seconds < 10 * 60 || duration->seconds > 72 * 3600) {
                m_check.report(m.path, tr("an exercise lasts from T+00:10:00 to T+72:00:00"));
            } else {
                m_duration = *duration;
            }
        }
    }
    m_scenario.duration = m_duration;
}

void ScenarioParser::readWeather(const Member &m) {
    const auto entries = m_check.array(m.path, m.value, true);
    if (!entries) {
        return;
    }
    std::optional<Offset> previous;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QString path = elementPath(m.path, i);
        const auto o = m_check.object(path, entries->at(i), {"at"},
                                      {"wind", "seaState", "visibilityNm", "remarks", "recorded"});
        if (!o) {
            continue;
        }
        WeatherEntry entry;
        if (const Member r = member(*o, path, "recorded"); r.present()) {
            entry.recorded = m_check.boolean(r.path, r.value).value_or(true);
        }
        // Recorded weather says the wind and the sea; weather not recorded says nothing of them.
        for (const char *name : {"wind", "seaState", "visibilityNm"}) {
            const bool present = member(*o, path, name).present();
            if (entry.recorded && !present && qstrcmp(name, "visibilityNm") != 0) {
                m_check.report(path, tr("missing field \"%1\"").arg(QLatin1String(name)));
            } else if (!entry.recorded && present) {
                m_check.report(memberPath(path, QLatin1String(name)),
                               tr("weather that is not recorded has no \"%1\"").arg(QLatin1String(name)));
            }
        }
        const Member at = member(*o, path, "at");
        if (const auto t = at.present() ? m_check.offset(at.path, at.value) : std::nullopt) {
            entry.at = *t;
            m_check.checkWithin(at.path, *t, m_duration);
            m_check.checkOrder(at.path, *t, previous);
            if (i == 0 && t->seconds != 0) {
                m_check.report(at.path, tr("the first weather entry must be at T+00:00:00"));
            }
            previous = *t;
        }
        if (const Member w = member(*o, path, "wind"); w.present()) {
            if (const auto wind = m_check.object(w.path, w.value, {"fromDeg", "knots"}, {})) {
                const Member from = member(*wind, w.path, "fromDeg");
                const Member knots = member(*wind, w.path, "knots");
                entry.wind.fromDeg =
                    from.present() ? m_check.number(from.path, from.value, 0, 360).value_or(0) : 0;
                entry.wind.knots =
                    knots.present() ? m_check.number(knots.path, knots.value, 0, 100).value_or(0) : 0;
            }
        }
        if (const Member s = member(*o, path, "seaState"); s.present()) {
            entry.seaState = int(m_check.integer(s.path, s.value, 0, 9).value_or(0));
        }
        if (const Member v = member(*o, path, "visibilityNm"); v.present()) {
            entry.visibilityNm = m_check.number(v.path, v.value, 0, 100).value_or(0);
        }
        if (const Member r = member(*o, path, "remarks"); r.present()) {
            entry.remarks = m_check.string(r.path, r.value, false).value_or(QString());
        }
        m_scenario.weather.push_back(entry);
    }
}

void ScenarioParser::readCases(const Member &m) {
    const auto entries = m_check.array(m.path, m.value, true);
    if (!entries) {
        return;
    }
    bool anyAtZero = false;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const QString path = elementPath(m.path, i);
        auto boat = readCase(path, entries->at(i));
        if (!boat) {
            continue;
        }
        anyAtZero = anyAtZero || boat->alertAt.seconds == 0;
        if (!boat->id.isEmpty()) {
            if (m_casePaths.contains(boat->id)) {
                m_check.report(
                    memberPath(path, QStringLiteral("id")),
                    tr("id \"%1\" is already used by %2").arg(boat->id, m_casePaths.value(boat->id)));
            }
            m_casePaths.insert(boat->id, path);
        }
        m_scenario.cases.push_back(std::move(*boat));
    }
    if (!m_scenario.cases.empty() && !anyAtZero && !m_scenario.origin) {
        m_check.report(m.path, tr("no case's alert is at T+00:00:00; the exercise starts with an alert"));
    }
}

std::optional<ScenarioCase> ScenarioParser::readCase(const QString &path, const QJsonValue &value) {
    const auto o = m_check.object(path, value, {"id", "alert", "drift"}, {});
    if (!o) {
        return std::nullopt;
    }
    ScenarioCase boat;
    if (const Member id = member(*o, path, "id"); id.present()) {
        boat.id = m_check.string(id.path, id.value).value_or(QString());
    }
    const Member alertMember = member(*o, path, "alert");
    const auto alert = alertMember.present()
                           ? m_check.object(alertMember.path, alertMember.value,
                                            {"at", "source", "position", "personsOnBoard", "craft", "phase"},
                                            {"uncertaintyNm", "condition", "report"})
                           : std::nullopt;
    if (alert) {
        const QString &a = alertMember.path;
        if (const Member at = member(*alert, a, "at"); at.present()) {
            if (const auto t = m_check.offset(at.path, at.value)) {
                boat.alertAt = *t;
                m_check.checkWithin(at.path, *t, m_duration);
            }
        }
        if (const Member s = member(*alert, a, "source"); s.present()) {
            if (const auto key = m_check.choice(s.path, s.value, sourceKeys())) {
                boat.source = *core::alertSourceFromKey(*key);
            }
        }
        if (const Member p = member(*alert, a, "position"); p.present()) {
            boat.position = m_check.position(p.path, p.value).value_or(geo::LatLon{});
        }
        if (const Member u = member(*alert, a, "uncertaintyNm"); u.present()) {
            boat.uncertaintyNm = m_check.number(u.path, u.value, 0, 100).value_or(0);
        }
        readPersons(member(*alert, a, "personsOnBoard"), boat.personsOnBoard);
        if (const Member c = member(*alert, a, "craft"); c.present()) {
            if (const auto key = m_check.choice(c.path, c.value, craftKeys())) {
                boat.craft = *core::craftFromKey(*key);
            }
        }
        if (const Member ph = member(*alert, a, "phase"); ph.present()) {
            if (const auto key = m_check.choice(ph.path, ph.value, phaseKeys())) {
                boat.phase = *core::phaseFromKey(*key);
            }
        }
        if (const Member c = member(*alert, a, "condition"); c.present()) {
            boat.condition = m_check.string(c.path, c.value, false).value_or(QString());
        }
        if (const Member r = member(*alert, a, "report"); r.present()) {
            boat.report = m_check.string(r.path, r.value, false).value_or(QString());
        }
    }
    if (const Member d = member(*o, path, "drift"); d.present()) {
        readDrift(d, boat);
    }
    return boat;
}

void ScenarioParser::readPersons(const Member &m, core::PersonsOnBoard &pob) {
    if (!m.present()) {
        return;
    }
    const auto o = m_check.object(m.path, m.value, {"total"}, {"men", "women", "children"});
    if (!o) {
        return;
    }
    const Member total = member(*o, m.path, "total");
    // A case of the operational records may not know its persons yet: 0 there, never in a script.
    const int fewest = m_scenario.origin ? 0 : 1;
    pob.total = total.present() ? int(m_check.integer(total.path, total.value, fewest, 2000).value_or(0)) : 0;
    int known = 0;
    int parts = 0;
    for (auto [name, field] :
         {std::pair{"men", &pob.men}, std::pair{"women", &pob.women}, std::pair{"children", &pob.children}}) {
        if (const Member part = member(*o, m.path, name); part.present()) {
            if (const auto n = m_check.integer(part.path, part.value, 0, 2000)) {
                *field = int(*n);
                known += int(*n);
                ++parts;
            }
        }
    }
    if (pob.total > 0 && known > pob.total) {
        m_check.report(
            m.path,
            tr("men, women and children add up to %1, more than the total of %2").arg(known).arg(pob.total));
    } else if (pob.total > 0 && parts == 3 && known != pob.total) {
        m_check.report(
            m.path,
            tr("men, women and children add up to %1, not the total of %2").arg(known).arg(pob.total));
    }
}

} // namespace detail

QString ScenarioIssue::text(const QString &fileName) const {
    if (path.isEmpty()) {
        return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
    }
    return QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(line).arg(path, message);
}

ScenarioReadResult readScenario(const QByteArray &text, const ScenarioContext &context) {
    JsonSyntaxError syntax;
    const auto json = readLinedJson(text, syntax);
    if (!json) {
        ScenarioReadResult result;
        result.issues.push_back({syntax.line, syntax.path, syntax.message});
        return result;
    }
    return detail::ScenarioParser(*json, context).run();
}

ScenarioReadResult readScenarioFile(const QString &path, const ScenarioContext &context) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ScenarioReadResult result;
        result.issues.push_back({0, {}, tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    return readScenario(file.readAll(), context);
}

core::Result<ScenarioContext> standardScenarioContext() {
    static std::shared_ptr<geo::LandMask> land;
    if (!land) {
        auto loaded = geo::LandMask::load(geo::basemapPath());
        if (!loaded) {
            return loaded.error();
        }
        land = std::make_shared<geo::LandMask>(std::move(loaded.value()));
    }
    auto places = geo::readPlaces(geo::sarReferencePath());
    if (!places) {
        return places.error();
    }
    ScenarioContext context;
    context.land = land.get();
    for (const core::Place &place : places.value()) {
        context.placeKeys << place.key;
    }
    return context;
}

QStringList shippedScenarios() {
    const QDir folder(QStringLiteral(":/marsa/scenarios"));
    QStringList paths;
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        paths << folder.filePath(name);
    }
    return paths;
}

} // namespace marsa::replay
