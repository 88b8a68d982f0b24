#pragma once

#include "domain/Meeting.h"
#include "services/ActionList.h"

#include <QGroupBox>

class QListWidget;
class QPushButton;

namespace tf {

class Workspace;

// The open actions back on this meeting's agenda for follow-up; the team
// closes them here when they are done, or records that it followed one up,
// which moves its next follow-up date on by its frequency.
class FollowUpPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit FollowUpPanel(Workspace &workspace, QWidget *parent = nullptr);

    void load(const Meeting &meeting);
    // Shows the follow-ups as read with the meeting (MeetingModeRead).
    void showRows(const Meeting &meeting, const FollowUps &followUps);
    void markSelectedDone();
    void markSelectedFollowedUp();

private:
    Workspace &m_workspace;
    Meeting m_meeting;
    QListWidget *m_list;
    QPushButton *m_done;
    QPushButton *m_followedUp;
};

} // namespace tf
