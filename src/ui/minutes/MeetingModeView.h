#pragma once

#include "domain/Meeting.h"
#include "domain/MeetingTimer.h"
#include "services/ActionList.h"
#include "services/minutes/MeetingActions.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QToolButton;
class QUndoStack;

namespace tf {

class ActionRecorder;
class AttendancePanel;
class ClosingPanel;
class FollowUpPanel;
class LiveRefresh;
class MeetingChooser;
class MeetingClockBar;
struct MeetingModeRead;
class MinutesEditor;
class ProblemBanner;
class Workspace;

// The secretary's meeting mode: choose the meeting, then walk the agenda with
// large text for a projector, timers against the template's minutes,
// attendance, notes saved as they are typed, actions in one keystroke, undo
// and redo, and the closing of the minutes. Works with the keyboard alone.
// Notes and actions another client saves for the meeting show as they come,
// except in the field the user is typing in; so does an approval elsewhere.
class MeetingModeView : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingModeView(Workspace &workspace, QWidget *parent = nullptr);
    ~MeetingModeView() override;

    // Opens the meeting in meeting mode at the given agenda item (the first
    // when 0 or not in the meeting); with start, a planned meeting starts (a
    // jump from search only shows it). The meeting is read beside the GUI
    // thread (ReadsBeside) and shown when its rows come: at once on SQLite,
    // after the server's answer on PostgreSQL (meetingShown). Another
    // meeting opened meanwhile is the one shown.
    void openMeeting(qint64 meetingId, bool start = true, qint64 agendaItemId = 0);
    // A meeting asked for is still being read.
    bool isOpening() const { return m_openingAsked != m_openingShown; }
    // The chooser's meetings or a meeting asked for are still being read.
    bool isReading() const;
    qint64 meetingId() const { return m_meeting.id; }
    MinutesEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const { return m_undoStack; }
    MeetingTimer &timer() { return m_timer; }
    // Shows the time left; called every second by the clock.
    void updateClock();
    void newAction();
    bool saveNow();
    // A meeting is open here, being held and not yet finished: leaving it
    // deserves a question.
    bool meetingInProgress() const { return m_inProgress; }

Q_SIGNALS:
    // The meeting asked for with openMeeting() is shown (or is gone).
    void meetingShown(qint64 meetingId);

private:
    struct Opening;
    // Shows a meeting read by openMeeting().
    void showOpened(const Opening &opening, MeetingModeRead read);
    void buildActions();
    // Shows the tab at index, counted round: after the last comes the first.
    void showTab(int index);
    // Locks or unlocks the editing for the closing state; readMeeting reads
    // the meeting again (its status changes with finishing and approval).
    void applyLock(bool readMeeting = true);
    // What another client changed in the meeting shown, read beside the
    // window.
    struct OthersChanges
    {
        QList<MinuteEntry> entries;
        DecidedActions actions;
        FollowUps followUps;
        std::optional<Meeting> meeting; // when its attendance changed
        bool locked = false;
    };
    void showOthersChanges();

    Workspace &m_workspace;
    Meeting m_meeting;
    int m_openingAsked = 0; // openMeeting() calls; the last one's read is shown
    int m_openingShown = 0;
    int m_othersAsked = 0; // reads of others' changes; the last one is shown
    MeetingTimer m_timer;
    QUndoStack *m_undoStack;
    MeetingChooser *m_chooser;
    MeetingClockBar *m_clockBar = nullptr;
    ProblemBanner *m_saveProblem = nullptr; // a failed save, until the next one succeeds
    QLabel *m_saveStatus;
    QTabWidget *m_tabs;
    MinutesEditor *m_editor;
    AttendancePanel *m_attendance;
    ClosingPanel *m_closing;
    FollowUpPanel *m_followUps;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_newAction;
    QToolButton *m_undoButton;
    QToolButton *m_redoButton;
    QTimer *m_clock;
    LiveRefresh *m_othersChanges; // what other clients save for the meeting
    QAction *m_newActionAction = nullptr;
    bool m_locked = false; // as last shown
    bool m_inProgress = false; // as last shown
    std::unique_ptr<ActionRecorder> m_actionRecorder;
};

} // namespace tf
