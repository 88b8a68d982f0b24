// Shows the program's save dialog on the database's own folder, closes it,
// then saves notes when told to, and waits to be killed. The file-dialog
// crash test uses it to check that the dialog leaves SQLite's locks alone.
// Prints "closed" once the dialog is gone and "saved ID" after each commit.
// Reads "save TEXT" lines on standard input.
// Usage: teamforum_dialog_saver DATABASE AGENDA_ITEM_ID
#include "services/Workspace.h"
#include "storage/ConnectionSpec.h"
#include "storage/MinutesRepository.h"
#include "ui/common/FileDialog.h"

#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3)
        return 2;
    tf::ConnectionSpec spec;
    spec.engine = tf::ConnectionSpec::Engine::Sqlite;
    spec.path = QString::fromLocal8Bit(argv[1]);
    const qint64 agendaItemId = QByteArray(argv[2]).toLongLong();
    tf::Workspace workspace(spec);
    workspace.open();
    workspace.setActorId(1);

    // The dialog lists the folder and its files' types while it is open; it
    // is closed as a user would, after a while.
    QTimer::singleShot(2000, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    tf::FileDialog::saveFile(nullptr, QStringLiteral("Spara som PDF"),
        QFileInfo(spec.path).absolutePath() + QStringLiteral("/protokoll.pdf"),
        QStringLiteral("PDF (*.pdf)"));
    std::printf("closed\n");
    std::fflush(stdout);

    tf::MinuteEntry entry;
    entry.agendaItemId = agendaItemId;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char line[256];
        if (!std::fgets(line, sizeof line, stdin)) {
            input.setEnabled(false);
            return;
        }
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.startsWith(QLatin1String("save ")))
            return;
        entry.text = text.mid(5);
        entry = workspace.minutes().saveEntry(entry, 1);
        std::printf("saved %lld\n", static_cast<long long>(entry.id));
        std::fflush(stdout);
    });
    return app.exec();
}
