#pragma once

#include "domain/Meeting.h"

#include <QDate>
#include <QHash>
#include <QTabWidget>

class QCalendarWidget;
class QDateEdit;
class QLabel;
class QTableView;
class QTableWidget;

namespace tf {

class MeetingListModel;

// A unit's meetings three ways: a week grid, a month calendar (days with
// meetings in bold; a click on a day chooses its meeting) and a list of the
// coming meetings with notes (conflicts, late invitations, moved,
// cancelled). "Today" and "Go to date" above them.
class MeetingCalendar : public QTabWidget
{
    Q_OBJECT
public:
    explicit MeetingCalendar(QWidget *parent = nullptr);

    // `meetings` covers at least the shown week and month.
    void setMeetings(const QList<Meeting> &meetings, const QHash<qint64, QString> &titles,
        const QHash<qint64, QString> &notes);
    void showDate(const QDate &date);
    void setToday(const QDate &today);
    // Shows the first meeting on or after today that is not cancelled and
    // chooses it; only today when there is none.
    void showNextMeeting();
    QDate shownDate() const { return m_date; }
    void selectMeeting(qint64 meetingId);
    // Keyboard focus to the shown view's meetings.
    void focusMeetings();
    // The first day of the shown week and the day after the list ends.
    QDate rangeStart() const;
    QDate rangeEnd() const;

Q_SIGNALS:
    void meetingSelected(qint64 meetingId);
    void dateChanged(const QDate &date);

private:
    // The day's first meeting, one not cancelled before a cancelled one; 0: none.
    qint64 meetingOn(const QDate &day) const;
    void fillWeek();
    void fillMonth();
    void fillList();

    QDate m_date = QDate::currentDate();
    QDate m_today = QDate::currentDate();
    QList<Meeting> m_meetings;
    QHash<qint64, QString> m_titles;
    QHash<qint64, QString> m_notes;
    QTableWidget *m_week;
    QLabel *m_weekLabel;
    QCalendarWidget *m_month;
    MeetingListModel *m_listModel;
    QTableView *m_list;
    QLabel *m_listEmpty;
    QDateEdit *m_goTo;
    bool m_selecting = false; // the calendar itself selects a meeting
};

} // namespace tf
