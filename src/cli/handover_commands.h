#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli disembarkation list|export|pdf: the disembarkations of a database and their handovers, read
/// through the handover service; nothing is changed. The arguments start with the subcommand. Exit
/// codes: 0 done, 1 a failure (unreadable database, file exists), 2 a usage mistake.
int disembarkationCommand(const QStringList &arguments);

/// marsa-cli stats: persons disembarked by week or month, by place, by sex and age group; dead and
/// missing; medical cases; boats; --csv writes IOM's weekly-update layout. `arguments` start with the
/// program name and command (QCommandLineParser's convention).
int statsCommand(const QStringList &arguments);

} // namespace marsa::cli
