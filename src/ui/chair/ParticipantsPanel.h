#pragma once

#include "domain/Meeting.h"
#include "domain/Person.h"
#include "services/chair/ChairPanelRead.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tf {

class PersonChoiceModel;
class Workspace;

// The expected participants of one meeting: the team, with förhinder and a
// named substitute, adjuncts with the date they were invited, and the client
// or relatives invited as guests. Adjuncts
// invited later than the unit's lead time are flagged. Read-only once the
// minutes are locked.
class ParticipantsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParticipantsPanel(Workspace &workspace, QWidget *parent = nullptr);

    // What the panel shows of a meeting, read in one go.
    struct Shown
    {
        qint64 meetingId = 0; // 0: none
        bool locked = false; // its minutes are approved
        std::optional<QList<Person>> staff; // to add from, when asked for
        QStringList guests; // the client and relatives invited
        QStringList externals; // invited from other organisations
        QList<Participant> participants;
        QHash<qint64, QString> names; // the participants'
        QList<qint64> late; // adjuncts invited later than the lead time
        int leadDays = 0;
    };
    // What the panel shows of the chair's panel read with its participants
    // (the chair's panel reads it beside the window).
    static Shown shownOf(const ChairPanelRead &read);
    // Shows it.
    void showRead(const Shown &shown);
    // Whether the staff to add from is still to be read
    // (ChairPanelParts::staffToday).
    bool lacksStaff() const { return !m_peopleLoaded; }
    QDate today() const { return m_today; }
    // Reads the meeting (0: none) on this thread and shows it.
    void setMeeting(qint64 meetingId);
    // Reads the staff list again (after the team dialog).
    void reloadPeople();
    // Reads the participants again after another client changed them,
    // keeping the chosen person and the scroll position.
    void showOthersChanges();
    // "Today" for the lead-time flag; tests fix it.
    void setToday(const QDate &today) { m_today = today; }

Q_SIGNALS:
    void changed();

private:
    void reload();
    void fillStaff(const QList<Person> &staff);
    void fillSubstitutes();
    void setAbsent(int row, bool absent);
    void setSubstitute(int row, int index);
    void addPerson(bool adjunct);
    void markInvited();
    void removePerson();
    void editGuests();
    void editExternals();
    bool run(const std::function<void()> &change);

    Workspace &m_workspace;
    qint64 m_meetingId = 0;
    QList<Participant> m_participants; // as shown, row by row, with their versions
    QDate m_today = QDate::currentDate();
    bool m_loading = false;
    bool m_locked = false;
    bool m_peopleLoaded = false;
    QTableWidget *m_table;
    QComboBox *m_person;
    QPushButton *m_addMember;
    QPushButton *m_addAdjunct;
    QPushButton *m_invited;
    QPushButton *m_remove;
    // The client and relatives invited, and the button to change them.
    QLabel *m_guests;
    QPushButton *m_guestButton;
    QPushButton *m_externalButton;
    QLabel *m_status;
    // One list of the active staff, shared by the person chooser and every
    // row's substitute chooser (row 0 there: no substitute).
    PersonChoiceModel *m_people; // the staff to add from
    PersonChoiceModel *m_substitutes; // shared by every row's chooser
};

} // namespace tf
