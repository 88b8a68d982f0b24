#include "services/Logging.h"

#include "storage/PrivateFiles.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace tf {

namespace {
void routeQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", text);
        spdlog::default_logger()->flush();
        break;
    }
}
} // namespace

QString logFilePath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("logs/teamforum.log"));
}

void setupLogging(const QString &folder)
{
    const QString path = logFilePath(folder);
    QDir().mkpath(QFileInfo(path).absolutePath());
    makePrivate(folder);
    makePrivate(QFileInfo(path).absolutePath());
    const QStringList logs = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
    for (const QString &log : logs)
        makePrivate(QFileInfo(path).dir().filePath(log));
    try {
        constexpr std::size_t maxSize = 5 * 1024 * 1024;
        constexpr std::size_t maxFiles = 3;
        auto logger
            = spdlog::rotating_logger_mt("teamforum", path.toStdString(), maxSize, maxFiles);
        logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] %v");
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
        spdlog::flush_every(std::chrono::seconds(2));
    } catch (const spdlog::spdlog_ex &) {
        // Without a writable log folder the program still works; messages go
        // to stderr through spdlog's default logger.
    }
    qInstallMessageHandler(routeQtMessage);
}

} // namespace tf
