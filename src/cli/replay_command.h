#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli replay --db PATH (--incident CASE | --from T --to T) --at T --state: the state the
/// console showed at instant T of the journal, as JSON on stdout. Returns the exit code: 0 done,
/// 1 failed (no such case, unreadable database, nothing journalled), 2 usage mistake.
int replayCommand(const QStringList &arguments);

} // namespace marsa::cli
