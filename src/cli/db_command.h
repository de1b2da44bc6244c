#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli db copy --from SOURCE --to TARGET: arguments after "db". Returns the exit code:
/// 0 copied and verified, 1 failed (nothing copied), 2 usage mistake.
int dbCommand(const QStringList &arguments);

/// marsa-cli exercise create --from DB --to FILE --name NAME: arguments after "exercise". Returns
/// the exit code: 0 created, 1 failed (no file left), 2 usage mistake.
int exerciseCommand(const QStringList &arguments);

} // namespace marsa::cli
