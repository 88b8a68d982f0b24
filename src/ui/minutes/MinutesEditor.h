#pragma once

#include "domain/Meeting.h"
#include "domain/care/Objection.h"
#include "services/minutes/MeetingActions.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QListWidget;
class QStackedWidget;

namespace tf {

struct MinutesPages;

class ItemActionsList;
class MinutesAutosave;
class NotesEdit;
class Workspace;

// The agenda walked item by item, with a notes field per item (and for a
// client item one per section of the routine). Everything typed is saved
// as it is typed (MinutesAutosave), on this thread: a commit takes a few
// milliseconds, measured in lastSaveMicroseconds().
class MinutesEditor : public QWidget
{
    Q_OBJECT
public:
    // The notes fields keep their own typing history (NotesEdit); the
    // meeting's undo stack of attendance and actions is not theirs to touch.
    explicit MinutesEditor(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the meeting's pages (readMinutesPages) and shows them.
    void load(const Meeting &meeting);
    // Shows pages read with the other panels' reads; the caller saved the
    // fields before reading (saveNow).
    void showPages(const Meeting &meeting, const MinutesPages &read);
    void setLocked(bool locked);
    int currentIndex() const;
    void setCurrentIndex(int index);
    // The row of the agenda item with this id, -1 when the meeting has none.
    int indexOfItem(qint64 agendaItemId) const;
    int itemCount() const { return static_cast<int>(m_items.size()); }
    AgendaItem currentItem() const;
    // The selected text of the focused notes field, else its current line.
    QString currentLine() const;
    // Reads the meeting's actions again (one was recorded or undone).
    void refreshActions();
    // Shows what other clients saved meanwhile: notes fields the user is
    // not in and has no unsaved typing in take the stored text (and
    // version), and the item's actions are read again.
    void refreshFromStore();
    // The same with the notes and actions read beside the window.
    void showStored(const QList<MinuteEntry> &entries, const DecidedActions &actions);

    // Saves what is pending now; false when the store refused it.
    bool saveNow();
    bool hasPendingChanges() const;
    // A save was sent and its answer has not come yet (see MinutesAutosave).
    bool isSaving() const;
    qint64 lastSaveMicroseconds() const;
    qint64 longestSaveMicroseconds() const;

Q_SIGNALS:
    void currentIndexChanged(int index);
    void saved(const QString &message);
    void saveFailed(const QString &message);
    // Another writer's text and this one's were merged in a field.
    void merged(const QString &message);

private:
    // The current item's actions, of those last read.
    void showItemActions();
    // Someone else changed what the user changed in a notes field: both
    // side by side, and the user chooses (ConflictDialog).
    void showConflict(
        NotesEdit *edit, const QString &mine, const QString &theirs, const QString &proposal);
    QWidget *buildPage(const AgendaItem &item, const QHash<QString, MinuteEntry> &stored,
        const MinutesPages &read);
    // Under a client's notes field: its earlier texts (corrections, with
    // why), the client's objections to the note, a button to record one (an
    // addition; the note stays as it is) and one to correct the note.
    void addObjections(QWidget *page, const AgendaItem &item, const QString &section,
        const QString &title, const MinuteEntry &stored);
    // Enabled while the minutes are not locked, with a tooltip saying why.
    void showCorrectable(QPushButton *button);
    NotesEdit *addField(QWidget *page, const AgendaItem &item, const QString &section,
        const QString &title, const MinuteEntry &stored);

    Workspace &m_workspace;
    Meeting m_meeting;
    QList<AgendaItem> m_items;
    DecidedActions m_meetingActions; // as last read, shown under their items
    QListWidget *m_agenda;
    QStackedWidget *m_pages;
    ItemActionsList *m_actions;
    QLabel *m_actionsTitle;
    MinutesAutosave *m_autosave;
    // The meeting's objections and corrections by note id, read once per load.
    QHash<qint64, QList<Objection>> m_objections;
    // The objections to its clients' risk assessments, by assessment id.
    QHash<qint64, QList<Objection>> m_assessmentObjections;
    QHash<qint64, QList<NoteCorrection>> m_corrections;
    // "Correct the note…" under each client notes field of the loaded meeting.
    QList<QPointer<QPushButton>> m_correctionButtons;
    bool m_locked = false;
};

} // namespace tf
