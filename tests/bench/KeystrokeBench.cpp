#include "KeystrokeBench.h"

#include "Stats.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "ui/minutes/MinutesEditor.h"
#include "ui/minutes/NotesEdit.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QTextCursor>

namespace tf::bench {

namespace {
// A planned meeting with an agenda: the generator writes four weeks ahead.
qint64 comingMeeting(Workspace &workspace)
{
    QSqlQuery query(workspace.database().connection());
    query.exec(QStringLiteral("SELECT m.id FROM meeting m WHERE m.status = 'planned' AND EXISTS "
                              "(SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id) "
                              "ORDER BY m.start_utc LIMIT 1"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

QJsonObject measureKeystrokeCommit(Workspace &workspace, int runs, double targetMs)
{
    const qint64 meetingId = comingMeeting(workspace);
    const auto meeting = workspace.meetings().byId(meetingId);
    if (!meeting)
        return {{QStringLiteral("error"), QStringLiteral("no planned meeting with an agenda")}};
    Workspace reader(workspace.database().spec());
    reader.open();

    MinutesEditor editor(workspace);
    editor.resize(1200, 800);
    editor.show();
    editor.load(*meeting);
    QApplication::processEvents();
    NotesEdit *notes = nullptr;
    const auto fields = editor.findChildren<NotesEdit *>();
    for (NotesEdit *field : fields) {
        if (field->isVisible() && !field->isReadOnly()) {
            notes = field;
            break;
        }
    }
    if (!notes)
        return {{QStringLiteral("error"), QStringLiteral("no editable notes field")}};
    notes->setFocus();
    QApplication::processEvents();

    QString failure;
    QObject::connect(&editor, &MinutesEditor::saveFailed, &editor,
        [&failure](const QString &message) { failure = message; });
    // Every save's hold on the GUI thread, in ms with microseconds.
    QList<double> stalls;
    QObject::connect(&editor, &MinutesEditor::saved, &editor, [&stalls, &editor] {
        stalls << static_cast<double>(editor.lastSaveMicroseconds()) / 1000.0;
    });
    QList<double> latencies;
    // Typed as a person types, a key every 150 ms (the editor saves while
    // the typing goes on); the figure runs from the last key.
    constexpr int kKeyIntervalMs = 150;
    // ASCII only: QTest::keyClick asserts on other characters.
    const QString marker = QStringLiteral("Matning ");
    for (int run = 0; run < runs * 4; ++run) {
        const QString word = marker + QString::number(run);
        notes->moveCursor(QTextCursor::End); // after what earlier runs wrote
        const QString typed = QStringLiteral(" ") + word;
        QElapsedTimer sinceKey;
        for (qsizetype i = 0; i < typed.size(); ++i) {
            if (i > 0)
                QTest::qWait(kKeyIntervalMs);
            QTest::keyClick(notes, typed.at(i).toLatin1());
            sinceKey.start();
        }
        bool seen = false;
        while (!seen && sinceKey.elapsed() < 5000) {
            QApplication::processEvents(QEventLoop::AllEvents, 5);
            const auto entries = reader.minutes().entries(meetingId);
            for (const MinuteEntry &entry : entries)
                seen = seen || entry.text.endsWith(word);
        }
        latencies << (seen ? static_cast<double>(sinceKey.nsecsElapsed()) / 1e6 : 5000.0);
    }
    QJsonObject result = figure(latencies, targetMs);
    result.insert(QStringLiteral("keyIntervalMs"), kKeyIntervalMs);
    if (!failure.isEmpty())
        result.insert(QStringLiteral("saveError"), failure);
    QJsonObject stall = figure(stalls, 16);
    const double longestMs = static_cast<double>(editor.longestSaveMicroseconds()) / 1000.0;
    stall.insert(QStringLiteral("saves"), static_cast<double>(stalls.size()));
    stall.insert(QStringLiteral("longestMs"), longestMs);
    stall.insert(QStringLiteral("meetsTarget"), !stalls.isEmpty() && longestMs <= 16);
    result.insert(QStringLiteral("guiThreadSaveStall"), stall);
    return result;
}

} // namespace tf::bench
