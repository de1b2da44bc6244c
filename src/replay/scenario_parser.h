#pragma once

#include "replay/scenario_checker.h"

#include <QHash>

// The scenario reader's sections (scenario_reader.cpp, scenario_sections.cpp), each read by one
// function that reports its own mistakes through the Checker.
namespace marsa::replay::detail {

class ScenarioParser {
public:
    ScenarioParser(const LinedJson &json, const ScenarioContext &context)
        : m_check(json, context)
        , m_json(json) {}

    ScenarioReadResult run();

private:
    void readHeader(const QJsonObject &root);
    void readWeather(const Member &m);
    void readCases(const Member &m);
    std::optional<ScenarioCase> readCase(const QString &path, const QJsonValue &value);
    void readPersons(const Member &m, core::PersonsOnBoard &pob);
    void readDrift(const Member &m, ScenarioCase &boat);
    void readTraffic(const Member &m);
    std::optional<TrafficVessel> readVessel(const QString &path, const QJsonValue &value);
    void readAssets(const Member &m);
    void readInjects(const Member &m);
    void readInject(const QString &path, const QJsonValue &value);
    void checkCaseReference(const Member &m, const Inject &inject);
    void checkAssetReference(const Member &m);
    void checkMmsiUnique(const QString &path, std::int64_t mmsi);
    void checkDriftAtSea();

    Checker m_check;
    const LinedJson &m_json;
    Scenario m_scenario;
    Offset m_duration{72 * 3600};
    QHash<QString, QString> m_casePaths;      ///< case id -> its path, for references
    QHash<QString, QString> m_assetPaths;     ///< asset name -> its path
    QHash<std::int64_t, QString> m_mmsiPaths; ///< MMSI of a vessel or new asset -> its path
};

} // namespace marsa::replay::detail
