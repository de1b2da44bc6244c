#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli exercise debrief --db PATH [--json] [--pdf FILE] [--force]: the trainees' records
/// measured against the exercise's scenario (docs/exercises.md, "Debrief").
int debriefCommand(const QStringList &arguments);

} // namespace marsa::cli
