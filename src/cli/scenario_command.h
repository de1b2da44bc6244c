#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli scenario validate FILE... [--db PATH] | show FILE | list: checks exercise scenario
/// files (docs/scenarios.md), prints one's timeline and drift, and lists the ones the product ships.
int scenarioCommand(const QStringList &arguments);

} // namespace marsa::cli
