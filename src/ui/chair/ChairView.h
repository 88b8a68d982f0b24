#pragma once

#include "domain/Meeting.h"
#include "domain/Unit.h"
#include "services/chair/ChairCalendar.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QComboBox;

namespace tf {

class ChairMeetingPanel;
class LiveRefresh;
class MeetingCalendar;
class Workspace;

// The chair's view: a unit's meetings in a week grid, a month calendar and a
// list, with conflicts and late invitations flagged; new series; beside it
// the chosen meeting (ChairMeetingPanel: agenda, participants, kallelse and
// calendar export).
class ChairView : public QWidget
{
    Q_OBJECT
public:
    explicit ChairView(Workspace &workspace, QWidget *parent = nullptr);

    // "Today" for the rolling window and lead-time flags; tests fix it.
    void setToday(const QDate &today);
    void reloadUnits();
    qint64 currentUnitId() const;
    qint64 currentMeetingId() const { return m_meetingId; }
    // Whether the units, the calendar or the meeting asked for are not yet
    // shown.
    bool isReading() const;
    void selectMeeting(qint64 meetingId);
    void showDate(const QDate &date);

    // The actions behind the buttons, callable by tests.
    void newUnit();
    void editTeam();
    void editClients();
    void newSeries();
    // A single meeting (two steps: the button, then forum, day and time).
    void newSingleMeeting();

private:
    void unitChanged();
    // Reads the shown range's meetings beside the window (at once on
    // SQLite) and shows them when read.
    void reloadMeetings();
    void showCalendar(const QList<CalendarMeeting> &shown);
    void showMeeting();
    // Reads the units beside the window and puts them in the picker; then
    // `then`, told whether the chosen unit is still there.
    void readUnits(const std::function<void(bool kept)> &then);
    // Puts the units in the picker; false when the chosen one is gone.
    bool fillUnits(const QList<Unit> &units);
    // Another client changed what the view shows: read it again, keeping
    // the unit, the chosen meeting, the scroll positions and any typing.
    void showOthersChanges();

    Workspace &m_workspace;
    QDate m_today = QDate::currentDate();
    qint64 m_meetingId = 0;
    QComboBox *m_unit;
    MeetingCalendar *m_calendar;
    ChairMeetingPanel *m_meetingPanel;
    LiveRefresh *m_othersChanges;
    bool m_nextMeetingWhenRead = false; // a unit was chosen: show its next meeting
    bool m_planWhenRead = false; // a unit or range newly shown: plan its series first
    int m_asked = 0; // calendars asked for; the last one is shown
    int m_answered = 0;
    int m_unitsAsked = 0; // the same for the unit picker
    int m_unitsAnswered = 0;
};

} // namespace tf
