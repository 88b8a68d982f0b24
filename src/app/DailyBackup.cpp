#include "app/DailyBackup.h"

#include "domain/StorageError.h"
#include "services/backup/Backups.h"
#include "storage/ConnectionSpec.h"
#include "ui/shell/MainWindow.h"

#include <QCoreApplication>
#include <QDate>
#include <QPointer>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace tf {

namespace {
constexpr int kAfterStartMs = 30'000;

void backUpOnThreadOfItsOwn(const ConnectionSpec &spec, MainWindow *window)
{
    const int daysKept = Backups::daysKeptSetting();
    const QString databasePath = spec.path;
    QPointer<MainWindow> shown(window);
    QThread *worker = QThread::create([databasePath, daysKept, shown] {
        try {
            if (const auto made = Backups(databasePath).daily(daysKept, QDate::currentDate()))
                spdlog::info("daily backup written: {} bytes", made->bytes);
        } catch (const StorageError &error) {
            spdlog::error("daily backup failed: {}", error.nativeCode().toStdString());
            const QString text
                = QCoreApplication::translate("main", "Today's backup could not be made: %1")
                      .arg(error.userMessage());
            QMetaObject::invokeMethod(
                qApp,
                [shown, text] {
                    if (shown)
                        shown->statusBar()->showMessage(text);
                },
                Qt::QueuedConnection);
        }
    });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    // A backup under way is finished before the program ends.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, worker, [worker] { worker->wait(); });
    worker->start(QThread::LowPriority);
}
} // namespace

void startDailyBackup(const ConnectionSpec &spec, MainWindow *window)
{
    if (spec.engine != ConnectionSpec::Engine::Sqlite)
        return;
    QTimer::singleShot(
        kAfterStartMs, window, [spec, window] { backUpOnThreadOfItsOwn(spec, window); });
}

} // namespace tf
