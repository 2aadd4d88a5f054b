#include "Logging.h"

#include <memory>
#include <vector>

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace tessera::system {

namespace {

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const char* category = context.category ? context.category : "default";
    spdlog::log(levelOf(type), "[{}] {}", category, message.toStdString());
    if (type == QtFatalMsg) {
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

QString defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/tessera/logs");
}

void installLogging(const LogOptions& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(options.verboseConsole ? spdlog::level::info : spdlog::level::warn);
    console->set_pattern("%^%l%$: %v");
    sinks.push_back(console);
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        try { // spdlog reports a file it cannot open by throwing; logging then stays on the console
            const auto path = QDir(options.directory).filePath(options.fileName).toStdString();
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 5 * 1024 * 1024, 3);
            file->set_level(spdlog::level::debug);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& error) {
            console->log(spdlog::details::log_msg("tessera", spdlog::level::warn,
                                                  std::string("cannot open the log file: ") + error.what()));
        }
    }
    auto logger = std::make_shared<spdlog::logger>("tessera", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(handleMessage);
}

} // namespace tessera::system
