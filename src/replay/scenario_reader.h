#pragma once

#include "core/result.h"
#include "replay/scenario.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace marsa::geo {
class LandMask;
}

namespace marsa::replay {

/// One mistake in a scenario file: where (line and field path) and what.
struct ScenarioIssue {
    int line = 0; ///< 1-based; 0 when the file itself cannot be read
    QString path; ///< "injects[3].at"; empty for a mistake of the text itself
    QString message;

    /// "zuwara-night.json:42: injects[3].at: message", as compilers write it.
    QString text(const QString &fileName) const;
};

/// What a scenario is checked against besides its own rules.
struct ScenarioContext {
    const geo::LandMask *land = nullptr;   ///< positions must be at sea (not checked when null)
    QStringList placeKeys;                 ///< home ports of new assets (not checked when empty)
    std::optional<QStringList> assetNames; ///< existing assets (not checked when not given)
};

struct ScenarioReadResult {
    std::optional<Scenario> scenario;  ///< only when there is no issue
    std::vector<ScenarioIssue> issues; ///< in line order
};

/// Reads and checks a scenario (docs/scenarios.md). Every mistake is reported, not only the first.
ScenarioReadResult readScenario(const QByteArray &text, const ScenarioContext &context);
ScenarioReadResult readScenarioFile(const QString &path, const ScenarioContext &context);

/// The product's own context: the land basemap and the places of the embedded reference file.
/// The land mask is loaded once and kept for the life of the program.
core::Result<ScenarioContext> standardScenarioContext();

/// The scenarios shipped in the resources (":/marsa/scenarios/...json"), sorted by name.
QStringList shippedScenarios();

} // namespace marsa::replay
