#pragma once

#include "domain/Meeting.h"
#include "domain/Person.h"

#include <QWidget>

class QComboBox;
class QTableWidget;
class QUndoStack;

namespace tf {

class Workspace;

// Attendance checked in one list (present, absent, substitute present,
// adjunct) and the secretary appointed on the spot from the participants.
// Every change is stored at once and can be undone.
class AttendancePanel : public QWidget
{
    Q_OBJECT
public:
    AttendancePanel(Workspace &workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    void load(const Meeting &meeting);
    void setLocked(bool locked);
    // Changes one participant as a user would: stored and undoable.
    void setAttendance(qint64 personId, Attendance attendance, qint64 substituteId);
    void setAdjunct(qint64 personId, bool adjunct);
    void appointSecretary(qint64 personId);
    QList<Person> participants() const;

Q_SIGNALS:
    void meetingChanged(const tf::Meeting &meeting);
    void failed(const QString &message);

private:
    void fill();
    void store(const Participant &target, const Participant &expected, bool refill);
    void change(const QString &undoText, Participant before, Participant after);
    void storeSecretary(qint64 personId, bool refill);

    Workspace &m_workspace;
    QUndoStack *m_undoStack;
    Meeting m_meeting;
    QList<Participant> m_participants;
    QList<Person> m_people;
    QComboBox *m_secretary;
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace tf
