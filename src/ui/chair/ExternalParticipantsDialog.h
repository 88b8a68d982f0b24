#pragma once

#include "services/chair/MeetingGuests.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tf {

class Workspace;

// Invites people from other organisations (the health centre's
// distriktssköterska, doctor or nurse at a samordningsmöte) to the meeting,
// and with "the whole series" to each of its coming occurrences. The unit's
// register offers those invited before, so nobody types the doctor's name
// every week; a new person is added to the register with organisation, role
// and e-mail. They have no login; they are in the kallelse (the calendar
// invitation when their e-mail is known), the attendance and the minutes.
class ExternalParticipantsDialog : public QDialog
{
    Q_OBJECT
public:
    ExternalParticipantsDialog(Workspace &workspace, qint64 meetingId, QWidget *parent = nullptr);

    // The actions behind the buttons, callable by tests.
    void inviteChosen();
    void addAndInvite();
    void removeChosen();

private:
    void reload();

    Workspace &m_workspace;
    qint64 m_meetingId;
    qint64 m_unitId = 0;
    QList<NamedGuest> m_invited;
    QComboBox *m_register;
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QCheckBox *m_wholeSeries;
    QListWidget *m_list;
    QPushButton *m_inviteChosen;
    QPushButton *m_remove;
};

} // namespace tf
