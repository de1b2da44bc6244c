#pragma once

#include <QStringList>

namespace marsa::cli {

/// marsa-cli db copy --from SOURCE --to TARGET: arguments after "db". Returns the exit code:
/// 0 copied and verified, 1 failed (nothing copied), 2 usage mistake.
int dbCommand(const QStringList &arguments);

} // namespace marsa::cli
