#pragma once

#include "domain/Meeting.h"
#include "services/minutes/NotesWriter.h"
#include "ui/minutes/NotesEdit.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <optional>

class QTimer;

namespace tf {

class Workspace;

// Saves the minutes' notes fields as they are typed in: 300 ms after the
// last keystroke and, during steady typing, at least every 700 ms. A
// failed save keeps the text in the field and says so. When someone else
// saved the same field meanwhile and both only added to it, the two texts
// are merged in the field and saved; when one changed what the other had,
// the writer chooses (conflicted) and the field waits unsaved until then.
// Text that could not be saved because the connection was lost is saved
// when it is back (ConnectionWatch); text held up by someone else's lock is
// tried again after a few seconds. The saves go through NotesWriter: on
// PostgreSQL typing never waits for the server, the answer is taken when
// it comes, and a field typed in meanwhile is saved again after it.
class MinutesAutosave : public QObject
{
    Q_OBJECT
public:
    explicit MinutesAutosave(Workspace &workspace, QObject *parent = nullptr);

    // Saves the field's text as the given item's section from now on.
    void track(
        NotesEdit *edit, qint64 agendaItemId, const QString &section, const MinuteEntry &stored);
    // Forgets every field (their pages are about to go).
    void clear();
    void setReadOnly(bool readOnly);
    // The meeting's stored notes by agenda item and section.
    using StoredEntries = QHash<qint64, QHash<QString, MinuteEntry>>;
    StoredEntries storedEntries(qint64 meetingId) const;
    static StoredEntries byItemAndSection(const QList<MinuteEntry> &entries);
    // Fields the user is not in and has no unsaved typing in take what
    // the meeting's minutes hold now.
    void takeStored(qint64 meetingId);
    // The same with the notes read beside the window: a version older than
    // the field's (read before a save of the field's own) is not taken.
    void takeStored(const StoredEntries &stored);

    // Saves what is pending now and waits for the answer (closing the
    // view, another meeting, a choice made); false when the store refused
    // it or a field waits for the writer's choice. Typing saves without
    // waiting: the answer is taken when it comes (NotesWriter).
    bool saveNow();
    bool hasPendingChanges() const;
    // A save was sent and its answer has not been taken yet.
    bool isSaving() const { return m_sent.has_value(); }
    // The writer's choice after conflicted(): `text` (theirs, mine or a
    // combination) is saved over the stored version the conflict met.
    void resolve(NotesEdit *edit, const QString &text);
    // The writer decides later: the field keeps its text, and the next save
    // meets the conflict again.
    void postpone(NotesEdit *edit);
    // How long the last and the longest save held this thread, in µs:
    // sending a save and taking its answer each count alone, a save that
    // was waited for (saveNow) as a whole.
    qint64 lastSaveMicroseconds() const { return m_lastSaveUs; }
    qint64 longestSaveMicroseconds() const { return m_longestSaveUs; }

Q_SIGNALS:
    void saved(const QString &message);
    void saveFailed(const QString &message);
    // Someone else saved the same field meanwhile; both texts are kept.
    void merged(const QString &message);
    // Someone else changed what this writer changed: `mine` and `theirs`
    // for the writer to choose between, `proposal` both joined.
    void conflicted(
        tf::NotesEdit *edit, const QString &mine, const QString &theirs, const QString &proposal);

private:
    // Sends the fields typed in since the last save, unless a save is on
    // its way: then they go when its answer is taken.
    void saveSoon();
    void saveIfPending();
    // Sends the typed fields that wait for no choice; false when none.
    bool send();
    void onAnswered();
    // What the answer of the save sent says, put into the fields.
    struct Taken
    {
        bool ok = true;
        bool sendAgain = false; // a merge to be saved
    };
    Taken take();
    void announceSaved();
    void noteHeld(qint64 microseconds);
    bool waitsForChoice() const;
    enum class Outcome { Merged, Choose };
    // After a conflict: puts the stored text and the field's together
    // (mergeNotes) and takes the stored version when no choice is needed;
    // else keeps the stored entry for the writer's choice (conflicted).
    Outcome meetStored(NotesEdit *edit, const MinuteEntry &stored);
    // Shows text in the field, the cursor kept as far from the end as it was.
    static void showText(NotesEdit *edit, const QString &text);

    struct Field
    {
        qint64 agendaItemId = 0;
        QString section;
        MinuteEntry entry;
        bool dirty = false;
        std::optional<MinuteEntry> theirs; // a conflict waiting for the writer
    };

    // A save on its way: its answer, the fields sent (in the answer's
    // order) and which fields they were (clear() makes them others).
    struct Sent
    {
        QFuture<QList<NoteSaveResult>> answer;
        QList<NotesEdit *> edits;
        quint64 fieldsGeneration = 0;
    };

    Workspace &m_workspace;
    QFutureWatcher<QList<NoteSaveResult>> *m_watcher;
    std::optional<Sent> m_sent;
    bool m_sendAgain = false; // typed in while a save was on its way
    quint64 m_fieldsGeneration = 0; // raised by clear()
    QTimer *m_timer;
    QTimer *m_retry; // after a save that met someone else's lock
    QElapsedTimer m_dirtySince; // the oldest unsaved keystroke
    QHash<NotesEdit *, Field> m_fields;
    qint64 m_lastSaveUs = 0;
    qint64 m_longestSaveUs = 0;
};

} // namespace tf
