#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli tracks thin|export ...: arguments after "tracks". Returns the exit code: 0 done,
/// 1 failed (no such database, no positions, file exists), 2 usage mistake.
int tracksCommand(const QStringList &arguments);

} // namespace marsa::cli
