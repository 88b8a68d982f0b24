#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace tf {

class AgendaPanel;
class ParticipantsPanel;
class Workspace;

// The right-hand side of the chair's view: one meeting's header, its agenda
// and participants, and what the chair does with it (move, cancel, kallelse,
// calendar export). A meeting whose minutes are locked is only shown.
class ChairMeetingPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChairMeetingPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setToday(const QDate &today);
    // Shows the meeting (0: none); hasUnit chooses the hint shown without one.
    void showMeeting(qint64 meetingId, bool hasUnit);
    qint64 meetingId() const { return m_meetingId; }
    // Reloads after the team or the clients of the unit changed.
    void reloadParticipants();
    void reloadAgenda();
    // Shows what another client changed in the meeting, its agenda or its
    // participants; the chosen rows and what is typed stay.
    void showOthersChanges();
    // The user is editing an agenda cell.
    bool isEditing() const;

    // The actions behind the buttons, callable by tests.
    void moveMeeting();
    void toggleCancelled();
    void previewKallelse();
    void saveKallelse();
    void exportCalendar();
    // Chooses the leader at `index` of the leader combo for this occurrence.
    void chooseLeader(int index);

Q_SIGNALS:
    // The meeting or its agenda or team changed; the calendar reloads.
    void changed();
    // The meeting was moved to another day, which the calendar should show.
    void moved(const QDate &localDate);

private:
    void fillLeader(bool editable);

    Workspace &m_workspace;
    QDate m_today = QDate::currentDate();
    qint64 m_meetingId = 0;
    bool m_hasUnit = false;
    QLabel *m_header;
    QPushButton *m_move;
    QPushButton *m_cancel;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_export;
    // The occurrence's leader (seed 001: "växelvis" municipality and health
    // centre), proposed by alternation, changeable by the chair.
    QLabel *m_leaderLabel;
    QComboBox *m_leader;
    QLabel *m_leaderNote;
    bool m_fillingLeader = false;
    QTabWidget *m_detail;
    AgendaPanel *m_agenda;
    ParticipantsPanel *m_participants;
};

} // namespace tf
