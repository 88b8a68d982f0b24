#pragma once

#include "domain/Meeting.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace tf {

class NotesEdit;
class Workspace;

// The agenda walked item by item, with a notes field per item (and for a
// client item one per section of the routine). Everything typed is saved
// 300 ms after the last keystroke, on this thread: a commit takes a few
// milliseconds, measured in lastSaveMilliseconds(). A failed save keeps the
// text in the field and says so.
class MinutesEditor : public QWidget
{
    Q_OBJECT
public:
    // The notes fields keep their own typing history (NotesEdit); the
    // meeting's undo stack of attendance and actions is not theirs to touch.
    explicit MinutesEditor(Workspace &workspace, QWidget *parent = nullptr);

    void load(const Meeting &meeting);
    void setLocked(bool locked);
    int currentIndex() const;
    void setCurrentIndex(int index);
    AgendaItem currentItem() const;
    // The selected text of the focused notes field, else its current line.
    QString currentLine() const;
    void refreshActions();
    // Shows what other clients saved meanwhile: notes fields the user is
    // not in and has no unsaved typing in take the stored text (and
    // version), and the item's actions are read again.
    void refreshFromStore();

    // Saves what is pending now; false when the store refused it.
    bool saveNow();
    bool hasPendingChanges() const;
    qint64 lastSaveMilliseconds() const { return m_lastSaveMs; }
    qint64 longestSaveMilliseconds() const { return m_longestSaveMs; }

Q_SIGNALS:
    void currentIndexChanged(int index);
    void saved(const QString &message);
    void saveFailed(const QString &message);

private:
    struct Field
    {
        qint64 agendaItemId = 0;
        QString section;
        MinuteEntry entry;
        bool dirty = false;
    };
    QWidget *buildPage(const AgendaItem &item, const QHash<QString, MinuteEntry> &stored);
    QString riskSummary(qint64 clientId);
    QString participationSummary(qint64 agendaItemId);
    NotesEdit *addField(QWidget *page, const AgendaItem &item, const QString &section,
        const QString &title, const MinuteEntry &stored);

    Workspace &m_workspace;
    Meeting m_meeting;
    QList<AgendaItem> m_items;
    QListWidget *m_agenda;
    QStackedWidget *m_pages;
    QListWidget *m_actions;
    QLabel *m_actionsTitle;
    QTimer *m_saveTimer;
    QElapsedTimer m_dirtySince; // the oldest unsaved keystroke
    QHash<NotesEdit *, Field> m_fields;
    qint64 m_lastSaveMs = 0;
    qint64 m_longestSaveMs = 0;
};

} // namespace tf
