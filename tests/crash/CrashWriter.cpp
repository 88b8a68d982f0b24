// Types into the real notes field of meeting mode, one character every
// 20 ms, until it is killed. Prints "typed N" after each keystroke and
// "committed N" after each save, so the crash test knows what was committed.
// Usage: teamforum_crash_writer DATABASE MEETING_ID
#include "services/Workspace.h"
#include "storage/ConnectionSpec.h"
#include "ui/minutes/MinutesEditor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3)
        return 2;
    tf::ConnectionSpec spec;
    spec.engine = tf::ConnectionSpec::Engine::Sqlite;
    spec.path = QString::fromLocal8Bit(argv[1]);
    tf::Workspace workspace(spec);
    workspace.open();
    workspace.setActorId(1);
    tf::MinutesEditor editor(workspace);
    tf::Meeting meeting;
    meeting.id = QByteArray(argv[2]).toLongLong();
    editor.load(meeting);
    editor.show();
    // The notes of the first agenda item, as the secretary starts.
    editor.setCurrentIndex(0);
    QPlainTextEdit *notes = nullptr;
    for (auto *edit : editor.findChildren<QPlainTextEdit *>(QStringLiteral("notesTextEdit"))) {
        if (edit->isVisible())
            notes = edit;
    }
    if (!notes)
        return 3;
    notes->moveCursor(QTextCursor::End);
    QObject::connect(&editor, &tf::MinutesEditor::saveFailed, [](const QString &message) {
        std::printf("failed %s\n", message.toUtf8().constData());
        std::fflush(stdout);
    });
    QObject::connect(&editor, &tf::MinutesEditor::saved, [notes] {
        std::printf("committed %lld\n", static_cast<long long>(notes->toPlainText().size()));
        std::fflush(stdout);
    });
    const QString words = QStringLiteral("Åsa och Örjan går igenom fallrisken, äter tillsammans. ");
    int next = 0;
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, [&] {
        const QString ch(words.at(next++ % words.size()));
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, ch);
        QApplication::sendEvent(notes, &press);
        std::printf("typed %lld\n", static_cast<long long>(notes->toPlainText().size()));
        std::fflush(stdout);
    });
    typing.start(20);
    return app.exec();
}
