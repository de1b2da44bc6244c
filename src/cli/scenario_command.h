#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli scenario validate FILE... [--db PATH] | scenario list: checks exercise scenario files
/// (docs/scenarios.md) and lists the ones the product ships.
int scenarioCommand(const QStringList &arguments);

} // namespace marsa::cli
