#include "core/logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace marsa::core {

void setupLogging(const LoggingOptions &options) {
    std::vector<spdlog::sink_ptr> sinks = options.extraSinks;
    if (options.toStderr) {
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    }
    QString fileError;
    if (!options.directory.isEmpty()) {
        if (QDir().mkpath(options.directory)) {
            const QString path = QDir(options.directory).filePath(options.fileName);
            try {
                constexpr std::size_t kMaxFileBytes = 5 * 1024 * 1024;
                constexpr std::size_t kMaxFiles = 5;
                sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    path.toStdString(), kMaxFileBytes, kMaxFiles));
            } catch (const spdlog::spdlog_ex &error) {
                fileError = QString::fromUtf8(error.what());
            }
        } else {
            fileError = QStringLiteral("cannot create ") + options.directory;
        }
    }
    auto logger = std::make_shared<spdlog::logger>("marsa", sinks.begin(), sinks.end());
    logger->set_level(options.level);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %^%-5l%$ %v", spdlog::pattern_time_type::utc);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    if (!fileError.isEmpty()) {
        spdlog::warn("log file not written: {}", fileError);
    }
}

std::optional<spdlog::level::level_enum> parseLogLevel(const QString &name) {
    const std::string text = name.trimmed().toLower().toStdString();
    if (text == "warning") {
        return spdlog::level::warn;
    }
    const auto level = spdlog::level::from_str(text);
    // from_str answers "off" for anything it does not know; accept "off" only when asked for.
    if (level == spdlog::level::off && text != "off") {
        return std::nullopt;
    }
    return level;
}

} // namespace marsa::core
