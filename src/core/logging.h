#pragma once

#include <QString>

#include <fmt/format.h>
#include <spdlog/common.h>
#include <spdlog/sinks/sink.h>

#include <memory>
#include <optional>
#include <vector>

/// Lets spdlog and fmt print QStrings: `spdlog::info("opened {}", path)`.
template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename FormatContext>
    auto format(const QString &text, FormatContext &context) const {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), utf8.size()),
                                                        context);
    }
};

namespace marsa::core {

struct LoggingOptions {
    QString directory; ///< where marsa.log rotates; empty: no file
    QString fileName = QStringLiteral("marsa.log");
    spdlog::level::level_enum level = spdlog::level::info;
    bool toStderr = true;
    std::vector<spdlog::sink_ptr> extraSinks; ///< e.g. the console's event-log panel
};

/// Installs the default logger: a rotating file (5 files of 5 MB) in the data folder, stderr,
/// and any extra sinks. Never log passwords or personal data of rescued people.
void setupLogging(const LoggingOptions &options);

/// "trace", "debug", "info", "warn", "error", "critical" or "off".
std::optional<spdlog::level::level_enum> parseLogLevel(const QString &name);

} // namespace marsa::core
