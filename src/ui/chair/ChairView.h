#pragma once

#include "domain/Meeting.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace tf {

class AgendaPanel;
class MeetingCalendar;
class ParticipantsPanel;
class Workspace;

// The chair's view: a unit's meetings in a week grid, a month calendar and a
// list, with conflicts and late invitations flagged; new series; one
// meeting's agenda and participants; kallelse and calendar export.
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
    void selectMeeting(qint64 meetingId);
    void showDate(const QDate &date);

    // The actions behind the buttons, callable by tests.
    void newUnit();
    void editTeam();
    void editClients();
    void newSeries();
    void moveMeeting();
    void toggleCancelled();
    void previewKallelse();
    void saveKallelse();
    void exportCalendar();

private:
    void unitChanged();
    void reloadMeetings();
    void showMeeting();
    bool run(const QString &title, const std::function<void()> &change);

    Workspace &m_workspace;
    QDate m_today = QDate::currentDate();
    qint64 m_meetingId = 0;
    QComboBox *m_unit;
    MeetingCalendar *m_calendar;
    QLabel *m_meetingHeader;
    QPushButton *m_move;
    QPushButton *m_cancel;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_export;
    QTabWidget *m_detail;
    AgendaPanel *m_agenda;
    ParticipantsPanel *m_participants;
};

} // namespace tf
