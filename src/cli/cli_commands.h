#pragma once

#include <QStringList>

namespace marsa::cli {

/// Runs one marsa-cli command with its arguments (without the program name); returns the exit
/// code. Output goes to stdout, messages to stderr.
int runCommand(const QStringList &arguments);

} // namespace marsa::cli
