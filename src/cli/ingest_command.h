#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli ingest --db PATH FILE...: AIS log files into the track store, through the same
/// storage::TrackWriter as the live feed. Progress on stderr, a summary on stdout. Returns 0,
/// 1 (a file or the database could not be read or written) or 2 (usage).
int ingestCommand(const QStringList &arguments);

} // namespace marsa::cli
