#include "cli/cli_support.h"

#include <cstdio>

namespace marsa::cli {

void printErr(const QString &text) {
    std::fprintf(stderr, "marsa-cli: %s\n", text.toLocal8Bit().constData());
}

void printOut(const QString &text) {
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
}

std::optional<int> parseOptions(QCommandLineParser &parser, const QStringList &arguments) {
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

} // namespace marsa::cli
