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
    // Shows the meeting (0: none), read beside the window (at once on
    // SQLite); hasUnit chooses the hint shown without one. Of several asked
    // meanwhile only the last is shown.
    void showMeeting(qint64 meetingId, bool hasUnit);
    // The meeting shown.
    qint64 meetingId() const { return m_meetingId; }
    // Whether the meeting asked for is not yet shown.
    bool isReading() const { return m_answered != m_asked; }
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
    struct Shown;
    static Shown read(Workspace &workspace, qint64 meetingId, bool withPanels, const QDate &today,
        bool withStaff);
    void showRead(const Shown &shown, bool hasUnit);
    void fillLeader(const Shown &shown, bool editable);

    Workspace &m_workspace;
    QDate m_today = QDate::currentDate();
    qint64 m_meetingId = 0;
    bool m_hasUnit = false;
    int m_asked = 0; // meetings asked for; the last one is shown
    int m_answered = 0;
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
