#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli ais decode|generate ... (arguments after "ais"); answers the exit code.
int aisCommand(const QStringList &arguments);

} // namespace marsa::cli
