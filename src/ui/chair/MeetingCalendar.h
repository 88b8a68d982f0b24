#pragma once

#include "domain/Meeting.h"

#include <QDate>
#include <QHash>
#include <QTabWidget>

class QCalendarWidget;
class QLabel;
class QTableView;
class QTableWidget;

namespace tf {

class MeetingListModel;

// A unit's meetings three ways: a week grid, a month calendar (days with
// meetings in bold) and a list of the coming twelve months with notes
// (conflicts, late invitations, moved, cancelled).
class MeetingCalendar : public QTabWidget
{
    Q_OBJECT
public:
    explicit MeetingCalendar(QWidget *parent = nullptr);

    // `meetings` covers at least the shown week and month.
    void setMeetings(const QList<Meeting> &meetings, const QHash<qint64, QString> &titles,
        const QHash<qint64, QString> &notes);
    void showDate(const QDate &date);
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
    void fillWeek();
    void fillMonth();
    void fillList();

    QDate m_date = QDate::currentDate();
    QList<Meeting> m_meetings;
    QHash<qint64, QString> m_titles;
    QHash<qint64, QString> m_notes;
    QTableWidget *m_week;
    QLabel *m_weekLabel;
    QCalendarWidget *m_month;
    MeetingListModel *m_listModel;
    QTableView *m_list;
    bool m_selecting = false; // the calendar itself selects a meeting
};

} // namespace tf
