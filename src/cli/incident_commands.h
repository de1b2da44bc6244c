#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli incident list|show|export: the incidents of a database, read through the
/// coordination service; nothing is changed. The arguments start with the subcommand. Exit codes:
/// 0 done, 1 a failure or an unknown case, 2 a usage mistake (a malformed case number too).
int incidentCommand(const QStringList &arguments);

} // namespace marsa::cli
