#pragma once

#include "services/chair/MeetingGuests.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tf {

class Workspace;

// Invites a client of the meeting's unit, or a relative the client names,
// to the meeting, and lists (and removes) those invited. Guests have no
// login: they are named in the kallelse and the attendance.
class GuestDialog : public QDialog
{
    Q_OBJECT
public:
    GuestDialog(
        Workspace &workspace, qint64 meetingId, const QDate &meetingDay, QWidget *parent = nullptr);

private:
    void reload();
    void invite();
    void removeGuest();

    Workspace &m_workspace;
    qint64 m_meetingId;
    QList<NamedGuest> m_guests;
    QComboBox *m_client;
    QLineEdit *m_relative;
    QLineEdit *m_relation;
    QListWidget *m_list;
    QPushButton *m_remove;
};

} // namespace tf
