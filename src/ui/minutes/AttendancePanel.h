#pragma once

#include "domain/Meeting.h"
#include "domain/MeetingGuest.h"
#include "domain/Person.h"
#include "services/chair/MeetingGuests.h"
#include "services/minutes/MeetingAttendance.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace tf {

class PersonChoiceModel;
class Workspace;

// Attendance checked in one list (present, absent, substitute present,
// adjunct) and the secretary appointed on the spot from the participants.
// Every change is stored at once and can be undone. The list is made for the
// keyboard: the arrows move between people, a letter (N, F, E) or Space sets
// the person's attendance and moves on to the next one, and one button marks
// everyone not yet marked as present. Below it, the client and relatives
// invited as guests, each ticked when present.
class AttendancePanel : public QWidget
{
    Q_OBJECT
public:
    AttendancePanel(Workspace &workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Reads the meeting's attendance and guests and shows them.
    void load(const Meeting &meeting);
    // Shows them read with the other panels' reads.
    void showRead(const Meeting &meeting, MeetingAttendance::AttendanceRead read,
        const QList<NamedGuest> &guests);
    void setLocked(bool locked);
    // Changes one participant as a user would: stored and undoable.
    void setAttendance(qint64 personId, Attendance attendance, qint64 substituteId);
    void setAdjunct(qint64 personId, bool adjunct);
    void appointSecretary(qint64 personId);
    // Everyone not yet marked is present; one step to undo.
    void markAllPresent();
    // Puts the keyboard in the list, on its current person.
    void focusList();
    QList<Person> participants() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void meetingChanged(const tf::Meeting &meeting);
    void failed(const QString &message);

private:
    void fill();
    // Reads the staff who may stand in, once a meeting, and offers them in
    // every substitute chooser.
    void offerStaff();
    // Offers, in every substitute chooser, the staff not called to the
    // meeting and those already standing in.
    void offerStandIns();
    QList<Person> standInChoices() const;
    void store(const QList<Participant> &targets, const QList<Participant> &expected);
    void change(const QString &undoText, QList<Participant> before, QList<Participant> after);
    void showAttendance();
    // The attendance a key sets for the participant in row, if it is one.
    bool attendanceForKey(int key, int row, Attendance *attendance) const;
    void storeSecretary(qint64 personId, bool refill);
    void fillGuests();
    void fillGuests(const QList<NamedGuest> &guests);
    void guestChanged(QListWidgetItem *item);

    Workspace &m_workspace;
    QUndoStack *m_undoStack;
    Meeting m_meeting;
    QList<Participant> m_participants;
    QList<Person> m_people;
    QList<Person> m_substitutes; // those standing in, read with the meeting
    // Who may stand in on the meeting's day, read when a substitute is
    // first to be chosen (offerStaff).
    std::optional<QList<Person>> m_staff;
    bool m_staffAsked = false;
    PersonChoiceModel *m_standIns; // shared by every row's substitute chooser
    QComboBox *m_secretary;
    QTableWidget *m_table;
    QPushButton *m_allPresent;
    QList<MeetingGuest> m_guests;
    QLabel *m_guestLabel;
    QListWidget *m_guestList;
    bool m_filling = false;
};

} // namespace tf
